package dev.castkit.json.internal;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.io.Writer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.events.ImplicitTuple;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * The YAML generator: each string in the style {@link YamlCore#style} chooses (plain where no YAML
 * reader, 1.1 or 1.2, can take it for anything else; a {@code |} block for multi-line text; double
 * quotes with escapes otherwise, so that U+0085, U+2028, U+2029, carriage returns and control
 * characters are written as escapes and never raw), and each number so that YAML 1.1 readers read
 * the same number. Keys are quoted by {@link YamlSupport}'s checker with the same rule. Not API.
 */
final class Yaml12Generator extends YAMLGenerator {
  private static final String FLOAT_TAG = "tag:yaml.org,2002:float";
  private static final ImplicitTuple EXPLICIT = new ImplicitTuple(false, false);

  Yaml12Generator(
      IOContext ctxt,
      int jsonFeatures,
      int yamlFeatures,
      StringQuotingChecker quoting,
      ObjectCodec codec,
      Writer out,
      DumperOptions.Version version)
      throws IOException {
    super(ctxt, jsonFeatures, yamlFeatures, quoting, codec, out, version);
  }

  @Override
  public void writeString(String text) throws IOException {
    if (text == null) {
      writeNull();
      return;
    }
    _verifyValueWrite("write String value");
    DumperOptions.ScalarStyle style =
        switch (YamlCore.style(text)) {
          case PLAIN -> DumperOptions.ScalarStyle.PLAIN;
          case LITERAL -> DumperOptions.ScalarStyle.LITERAL;
          default -> DumperOptions.ScalarStyle.DOUBLE_QUOTED;
        };
    _writeScalar(text, "string", style);
  }

  @Override
  public void writeString(char[] text, int offset, int len) throws IOException {
    writeString(new String(text, offset, len));
  }

  @Override
  public void writeNumber(String encodedValue) throws IOException {
    if (encodedValue == null || !YamlCore.numberNeedsFloatTag(encodedValue)) {
      super.writeNumber(encodedValue);
      return;
    }
    _verifyValueWrite("write number");
    _emit(
        new ScalarEvent(
            null, FLOAT_TAG, EXPLICIT, encodedValue, null, null, DumperOptions.ScalarStyle.PLAIN));
  }
}
