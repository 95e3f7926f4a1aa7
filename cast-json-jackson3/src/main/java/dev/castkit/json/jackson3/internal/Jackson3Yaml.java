package dev.castkit.json.jackson3.internal;

import dev.castkit.json.internal.CastReader;
import dev.castkit.json.internal.Limits;
import dev.castkit.json.internal.YamlCore;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.common.SpecVersion;
import org.snakeyaml.engine.v2.events.ImplicitTuple;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.io.IOContext;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLGenerator;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Everything that names jackson-dataformat-yaml 3 (and SnakeYAML Engine, which it reads and writes
 * with), in one class so that the optional dependency is loaded only when YAML is used. Not API.
 * Refuses what cast-json refuses on Jackson 2 (aliases, binary values, tags other than the core
 * ones) and writes strings, keys and numbers by cast-json's rules ({@link YamlCore}).
 */
final class Jackson3Yaml {
  private static final String STANDARD_TAG = "tag:yaml.org,2002:";
  private static final Set<String> ALLOWED =
      Set.of("str", "int", "float", "bool", "null", "map", "seq");
  // (the empty scalar too: "x: !!null" is null in YAML 1.2's core schema, as on Jackson 2)
  private static final Set<String> NULL_SPELLINGS = Set.of("", "~", "null", "Null", "NULL");

  private Jackson3Yaml() {}

  static TokenStreamFactory factory(Limits limits) {
    LoadSettings load =
        LoadSettings.builder()
            .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentLength()))
            .setAllowDuplicateKeys(false)
            .build();
    var b = YAMLFactory.builder().loadSettings(load);
    Jackson3Codec.configure(b, limits);
    return new Factory(
        b.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .stringQuotingChecker(new Quoting()));
  }

  /**
   * Quotes a key unless it may be written plain, by cast-json's rule for keys and values ({@link
   * YamlCore}): no YAML 1.1 or 1.2 reader takes a plain key or value for anything but the string.
   */
  private static final class Quoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean needToQuoteName(String name) {
      return !YamlCore.plainSafe(name);
    }

    @Override
    public boolean needToQuoteValue(String value) {
      return YamlCore.style(value) != YamlCore.Style.PLAIN;
    }
  }

  /** The YAML factory, whose generators write as cast-json's do on Jackson 2. */
  private static final class Factory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    Factory(YAMLFactoryBuilder b) {
      super(b);
    }

    @Override
    protected YAMLGenerator _createGenerator(
        ObjectWriteContext writeContext, IOContext io, Writer out) {
      return generator(writeContext, io, out);
    }

    @Override
    protected YAMLGenerator _createUTF8Generator(
        ObjectWriteContext writeContext, IOContext io, OutputStream out) {
      Writer utf8 = _createWriter(io, out, JsonEncoding.UTF8);
      return generator(writeContext, io, utf8);
    }

    private YAMLGenerator generator(ObjectWriteContext writeContext, IOContext io, Writer out) {
      return new Generator(
          writeContext,
          io,
          writeContext.getStreamWriteFeatures(_streamWriteFeatures),
          writeContext.getFormatWriteFeatures(_formatWriteFeatures),
          _quotingChecker,
          YamlCore.escapingBomAndSeparators(out),
          _version,
          _dumpSettings);
    }
  }

  /**
   * Writes each string in the style {@link YamlCore#style} chooses (plain, a {@code |} block, or
   * double quotes with escapes), and a number that YAML 1.1 would read as a string with an explicit
   * {@code !!float} tag: the same text as cast-json's generator on Jackson 2.
   */
  private static final class Generator extends YAMLGenerator {
    private static final ImplicitTuple EXPLICIT = new ImplicitTuple(false, false);

    Generator(
        ObjectWriteContext writeContext,
        IOContext io,
        int streamWriteFeatures,
        int yamlFeatures,
        StringQuotingChecker quoting,
        Writer out,
        SpecVersion version,
        DumpSettings dump) {
      // The constructor that every Jackson 3 line has (3.3 added one that also takes the
      // OutputStream; 3.1 lacks it, and Spring Boot 4.0 manages 3.1).
      super(writeContext, io, streamWriteFeatures, yamlFeatures, quoting, out, version, dump);
    }

    @Override
    public JsonGenerator writeString(String text) {
      if (text == null) {
        return writeNull();
      }
      _verifyValueWrite("write String value");
      ScalarStyle style =
          switch (YamlCore.style(text)) {
            case PLAIN -> ScalarStyle.PLAIN;
            case LITERAL -> ScalarStyle.LITERAL;
            default -> ScalarStyle.DOUBLE_QUOTED;
          };
      _writeScalar(text, "string", style);
      return this;
    }

    @Override
    public JsonGenerator writeNumber(String encodedValue) {
      if (encodedValue == null || !YamlCore.numberNeedsFloatTag(encodedValue)) {
        return super.writeNumber(encodedValue);
      }
      _verifyValueWrite("write number");
      _emit(
          new ScalarEvent(
              Optional.empty(),
              Optional.of("tag:yaml.org,2002:float"),
              EXPLICIT,
              encodedValue,
              ScalarStyle.PLAIN));
      return this;
    }
  }

  /** Where SnakeYAML Engine found a syntax error (1-based line and column), or null. */
  static int[] problemMark(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYamlEngineException m) {
        Mark mark = m.getProblemMark().or(m::getContextMark).orElse(null);
        return mark == null ? null : new int[] {mark.getLine() + 1, mark.getColumn() + 1};
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  /** What the format does not allow at the current token, or null. */
  static String problem(JsonParser parser, JsonToken token) {
    if (!(parser instanceof YAMLParser yaml)) {
      return null;
    }
    if (yaml.isCurrentAlias()) {
      return "YAML aliases (*"
          + CastReader.abbreviate(yaml.getText())
          + ") are not supported; write the value out in full";
    }
    if (token == JsonToken.VALUE_EMBEDDED_OBJECT) {
      return "binary YAML values (!!binary) are not supported";
    }
    String tag = yaml.getTypeId();
    if (tag != null && !fits(tag, token, yaml)) {
      return "the YAML tag "
          + shown(tag)
          + (tag.startsWith(STANDARD_TAG) && ALLOWED.contains(tag.substring(STANDARD_TAG.length()))
              ? " does not fit " + CastReader.abbreviate(String.valueOf(yaml.getText()))
              : " is not supported")
          + "; only !!str, !!int, !!float, !!bool, !!null, !!map and !!seq may be used, each on"
          + " a value of its type";
    }
    return null;
  }

  /** Whether the parser is on an empty string tagged !!null: the null the tag makes it. */
  static boolean isTaggedNull(JsonParser parser) {
    return parser instanceof YAMLParser yaml
        && yaml.getTextLength() == 0
        && (STANDARD_TAG + "null").equals(yaml.getTypeId());
  }

  private static boolean fits(String tag, JsonToken token, YAMLParser yaml) {
    if (tag.isEmpty() || tag.equals("!")) {
      return token.isScalarValue();
    }
    if (!tag.startsWith(STANDARD_TAG)) {
      return false;
    }
    return switch (tag.substring(STANDARD_TAG.length())) {
      case "str" -> token.isScalarValue();
      case "int" -> token == JsonToken.VALUE_NUMBER_INT;
      case "float" -> token.isNumeric();
      case "bool" -> token.isBoolean();
      case "null" ->
          token == JsonToken.VALUE_NULL && NULL_SPELLINGS.contains(yaml.getText())
              || isTaggedNull(yaml);
      case "map" -> token == JsonToken.START_OBJECT;
      case "seq" -> token == JsonToken.START_ARRAY;
      default -> false;
    };
  }

  private static String shown(String tag) {
    return tag.startsWith(STANDARD_TAG)
        ? "!!" + CastReader.abbreviate(tag.substring(STANDARD_TAG.length()))
        : "!" + CastReader.abbreviate(tag);
  }
}
