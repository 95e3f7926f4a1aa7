package dev.castkit.json.jackson3.internal;

import dev.castkit.json.internal.CastReader;
import dev.castkit.json.internal.Limits;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Everything that names jackson-dataformat-yaml 3 (and SnakeYAML Engine, which it reads with), in
 * one class so that the optional dependency is loaded only when YAML is used. Not API. Refuses what
 * cast-json refuses on Jackson 2: aliases, binary values, tags other than the core ones.
 */
final class Jackson3Yaml {
  private static final String STANDARD_TAG = "tag:yaml.org,2002:";
  private static final Set<String> ALLOWED =
      Set.of("str", "int", "float", "bool", "null", "map", "seq");
  private static final Set<String> NULL_SPELLINGS = Set.of("~", "null", "Null", "NULL");

  private Jackson3Yaml() {}

  static TokenStreamFactory factory(Limits limits) {
    LoadSettings load =
        LoadSettings.builder()
            .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentLength()))
            .setAllowDuplicateKeys(false)
            .build();
    var b = YAMLFactory.builder().loadSettings(load);
    Jackson3Codec.configure(b, limits);
    return b.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
        .disable(YAMLWriteFeature.SPLIT_LINES)
        .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
        .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
        .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
        .stringQuotingChecker(new Quoting())
        .build();
  }

  /** Also quotes what YAML 1.1 tools resolve as a timestamp, as castkit does on Jackson 2. */
  private static final class Quoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value) || looksLikeTimestamp(value);
    }

    private static boolean looksLikeTimestamp(String v) {
      if (v.length() < 8 || v.charAt(4) != '-') {
        return false;
      }
      for (int i : new int[] {0, 1, 2, 3, 5}) {
        if (v.charAt(i) < '0' || v.charAt(i) > '9') {
          return false;
        }
      }
      return true;
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
      case "null" -> token == JsonToken.VALUE_NULL && NULL_SPELLINGS.contains(yaml.getText());
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
