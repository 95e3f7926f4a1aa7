package dev.castkit.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Everything that names jackson-dataformat-yaml, kept in one class so that the optional dependency
 * is loaded only when YAML is used. Not API.
 */
final class YamlSupport {
  private static final String STANDARD_TAG = "tag:yaml.org,2002:";

  private YamlSupport() {}

  static JsonFactory factory(Limits limits) {
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentLength()));
    loader.setNestingDepthLimit(limits.maxNestingDepth());
    loader.setAllowDuplicateKeys(false);
    return YAMLFactory.builder()
        .loaderOptions(loader)
        .streamReadConstraints(Factories.readConstraints(limits))
        .streamWriteConstraints(Factories.writeConstraints(limits))
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .disable(YAMLGenerator.Feature.SPLIT_LINES)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .stringQuotingChecker(new Quoting())
        .build();
  }

  /**
   * Also quotes what YAML 1.1 tools resolve as a timestamp (times, dates), so that a YAML reader in
   * another language sees the same strings as a JSON reader.
   */
  private static final class Quoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value) || looksLikeTimestamp(value);
    }

    private static boolean looksLikeTimestamp(String v) {
      return v.length() >= 8
          && digit(v, 0)
          && digit(v, 1)
          && digit(v, 2)
          && digit(v, 3)
          && v.charAt(4) == '-'
          && digit(v, 5);
    }

    private static boolean digit(String v, int i) {
      return v.charAt(i) >= '0' && v.charAt(i) <= '9';
    }
  }

  /** What the format does not allow at the current token, or null. */
  static String problem(JsonParser parser, JsonToken token) throws IOException {
    if (!(parser instanceof YAMLParser yaml)) {
      return null;
    }
    if (yaml.isCurrentAlias()) {
      return "YAML aliases (*"
          + CastReader.abbreviate(yaml.getText())
          + ") are not supported;"
          + " write the value out in full";
    }
    if (token == JsonToken.VALUE_EMBEDDED_OBJECT) {
      return "binary YAML values (!!binary) are not supported";
    }
    String tag = yaml.getTypeId();
    if (tag != null && !tag.startsWith(STANDARD_TAG)) {
      return "the YAML tag !"
          + CastReader.abbreviate(tag)
          + " is not supported; only the standard"
          + " tags (such as !!str) may be used";
    }
    return null;
  }
}
