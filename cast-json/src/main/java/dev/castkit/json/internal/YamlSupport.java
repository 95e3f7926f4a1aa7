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
import java.util.Set;
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
    return new Yaml12Factory(
        YAMLFactory.builder()
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
            .stringQuotingChecker(new Quoting()));
  }

  /**
   * Quotes a key (with double quotes and escapes) unless it may be written plain: the same rule as
   * for values ({@link YamlCore#plainSafe}), so that a YAML 1.1 reader takes no key for a merge
   * ({@code <<}), a value key ({@code =}), a boolean, a number or a date. Values are styled by
   * {@link Yaml12Generator} itself.
   */
  private static final class Quoting extends StringQuotingChecker {
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

  /** The tags of YAML's core schema: they name a JSON type, never a class. */
  private static final Set<String> ALLOWED =
      Set.of("str", "int", "float", "bool", "null", "map", "seq");

  private static final Set<String> NULL_SPELLINGS = Set.of("~", "null", "Null", "NULL");

  /**
   * Whether an explicit tag names the JSON type of the value it is on. Any other tag is refused,
   * even in the standard prefix: {@code !!java.net.URL}, {@code !!set} or {@code !!timestamp} would
   * otherwise be dropped without a word, and a tag that does not fit its value ({@code !!int abc},
   * {@code !!null abc}) would be read as something the author did not write.
   */
  private static boolean fits(String tag, JsonToken token, YAMLParser yaml) throws IOException {
    if (tag.isEmpty() || tag.equals("!")) {
      return token.isScalarValue(); // the non-specific tag: a string
    }
    if (!tag.startsWith(STANDARD_TAG)) {
      return false;
    }
    switch (tag.substring(STANDARD_TAG.length())) {
      case "str":
        return token.isScalarValue();
      case "int":
        return token == JsonToken.VALUE_NUMBER_INT;
      case "float":
        return token.isNumeric();
      case "bool":
        return token.isBoolean();
      case "null":
        return token == JsonToken.VALUE_NULL && NULL_SPELLINGS.contains(yaml.getText());
      case "map":
        return token == JsonToken.START_OBJECT;
      case "seq":
        return token == JsonToken.START_ARRAY;
      default:
        return false;
    }
  }

  private static String shown(String tag) {
    return tag.startsWith(STANDARD_TAG)
        ? "!!" + CastReader.abbreviate(tag.substring(STANDARD_TAG.length()))
        : "!" + CastReader.abbreviate(tag);
  }

  /**
   * Where SnakeYAML found a syntax error (1-based line and column), or null when the exception
   * carries no mark. Jackson locates the error where its parser stands, which can be lines before
   * the problem (a tab used for indentation on line 5 was reported on line 4).
   */
  @SuppressWarnings("deprecation") // the wrapper is how Jackson 2 exposes SnakeYAML's marks
  static int[] problemMark(Throwable e) {
    if (e instanceof com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException m) {
      com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.Mark mark = m.getProblemMark();
      if (mark == null) {
        mark = m.getContextMark();
      }
      if (mark != null) {
        return new int[] {mark.getLine() + 1, mark.getColumn() + 1};
      }
    }
    return null;
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
}
