package dev.castkit.json.internal;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.math.BigInteger;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * The YAML parser, reading scalars by the YAML 1.2 core schema (the library's own resolver is YAML
 * 1.1: {@code 010} was 8, {@code 0b101} 5, {@code 1_000} 1000, {@code 1:20} 80). Not API.
 *
 * <ul>
 *   <li>Plain scalars: {@code null}, {@code ~} and nothing are null; {@code true}/{@code false}
 *       (three spellings each) booleans; {@code [-+]?[0-9]+}, {@code 0o17} and {@code 0x1F}
 *       integers; {@code 1.5}, {@code .5}, {@code 1e3} floats; everything else a string.
 *   <li>An integer with a leading zero ({@code 010}) is 10 in YAML 1.2 and 8 in YAML 1.1: where a
 *       number is read it is refused ({@link YamlNumberException}) rather than guessed; where a
 *       string is expected it is the text written, like any other scalar.
 *   <li>The core tags {@code !!int}, {@code !!float}, {@code !!bool}, {@code !!null} resolve their
 *       value by the same grammar; a value that does not fit its tag is left a string, which the
 *       reader then refuses as not fitting its tag.
 *   <li>Characters the document's preparation replaced ({@link YamlText}) are put back in every
 *       string and key.
 * </ul>
 */
final class Yaml12Parser extends YAMLParser {
  private static final String CORE = "tag:yaml.org,2002:";
  private static final int DECIMAL = 10;
  private static final int AMBIGUOUS = -1;

  private final YamlText.Breaks breaks;
  // how the current integer token's text is read: DECIMAL (by the library), 8, 16 or AMBIGUOUS
  private int radix = DECIMAL;

  Yaml12Parser(
      IOContext ctxt,
      int parserFeatures,
      int yamlFeatures,
      LoaderOptions loaderOptions,
      ObjectCodec codec,
      Reader reader,
      YamlText.Breaks breaks) {
    super(ctxt, parserFeatures, yamlFeatures, loaderOptions, codec, reader);
    this.breaks = breaks;
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken t = super.nextToken();
    if (breaks != null && t == JsonToken.FIELD_NAME) {
      String name = breaks.restore(_currentFieldName);
      if (!name.equals(_currentFieldName)) {
        // the duplicate check sees the key as written: the same key spelt raw and escaped is one
        _currentFieldName = name;
        _parsingContext.setCurrentName(name);
      }
    }
    return t;
  }

  @Override
  protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
    radix = DECIMAL;
    String tag = scalar.getTag();
    boolean plain = tag == null && scalar.getImplicit().canOmitTagInPlainScalar();
    String core = tag != null && tag.startsWith(CORE) ? tag.substring(CORE.length()) : null;
    boolean typed =
        core != null
            && (core.equals("int")
                || core.equals("float")
                || core.equals("bool")
                || core.equals("null"));
    if (!plain && !typed) {
      JsonToken t = super._decodeScalar(scalar);
      if (breaks != null && t == JsonToken.VALUE_STRING) {
        _textValue = breaks.restore(_textValue);
      }
      return t;
    }
    String value = scalar.getValue();
    _textValue = value;
    _cleanedTextValue = null;
    YamlCore.Kind kind = YamlCore.resolve(value);
    if (typed && !fits(core, kind)) {
      _textValue = breaks == null ? value : breaks.restore(value);
      return JsonToken.VALUE_STRING; // refused by the reader as not fitting its tag
    }
    if (typed && core.equals("float") && isInteger(kind)) {
      kind = YamlCore.Kind.FLOAT;
    }
    switch (kind) {
      case NULL:
        return JsonToken.VALUE_NULL;
      case TRUE:
        return JsonToken.VALUE_TRUE;
      case FALSE:
        return JsonToken.VALUE_FALSE;
      case INT:
        return _decodeNumberScalar(value, value.length());
      case INT_LEADING_ZERO:
        radix = AMBIGUOUS;
        return number(JsonToken.VALUE_NUMBER_INT);
      case OCTAL:
        radix = 8;
        return number(JsonToken.VALUE_NUMBER_INT);
      case HEX:
        radix = 16;
        return number(JsonToken.VALUE_NUMBER_INT);
      case FLOAT:
        _cleanedTextValue = value;
        return number(JsonToken.VALUE_NUMBER_FLOAT);
      case NOT_A_JSON_NUMBER:
        _cleanedTextValue =
            value.endsWith("nan") || value.endsWith("NaN") || value.endsWith("NAN")
                ? "NaN"
                : value.startsWith("-") ? "-Infinity" : "Infinity";
        return number(JsonToken.VALUE_NUMBER_FLOAT);
      default:
        if (breaks != null) {
          _textValue = breaks.restore(value);
        }
        return JsonToken.VALUE_STRING;
    }
  }

  private JsonToken number(JsonToken t) {
    _numTypesValid = NR_UNKNOWN;
    return t;
  }

  private static boolean isInteger(YamlCore.Kind kind) {
    return kind == YamlCore.Kind.INT
        || kind == YamlCore.Kind.INT_LEADING_ZERO
        || kind == YamlCore.Kind.OCTAL
        || kind == YamlCore.Kind.HEX;
  }

  private static boolean fits(String core, YamlCore.Kind kind) {
    switch (core) {
      case "int":
        return isInteger(kind);
      case "float":
        return isInteger(kind) || kind == YamlCore.Kind.FLOAT;
      case "bool":
        return kind == YamlCore.Kind.TRUE || kind == YamlCore.Kind.FALSE;
      default:
        return kind == YamlCore.Kind.NULL;
    }
  }

  @Override
  protected void _parseNumericValue(int expType) throws IOException {
    if (_currToken != JsonToken.VALUE_NUMBER_INT || radix == DECIMAL) {
      super._parseNumericValue(expType);
      return;
    }
    if (radix == AMBIGUOUS) {
      throw new YamlNumberException(
          "the number "
              + CastReader.abbreviate(_textValue)
              + " has a leading zero: YAML 1.2 reads it as "
              + CastReader.abbreviate(stripLeadingZeros(_textValue))
              + ", YAML 1.1 as an octal number or a string; write it without the leading zero"
              + " (or 0o... for octal), or quote it to keep the text",
          currentTokenLocation());
    }
    String digits = _textValue.substring(2);
    streamReadConstraints().validateIntegerLength(digits.length());
    BigInteger v = new BigInteger(digits, radix);
    if (v.bitLength() < 32) {
      _numberInt = v.intValue();
      _numTypesValid = NR_INT;
    } else if (v.bitLength() < 64) {
      _numberLong = v.longValue();
      _numTypesValid = NR_LONG;
    } else {
      _numberBigInt = v;
      _numTypesValid = NR_BIGINT;
    }
  }

  @Override
  protected int _parseIntValue() throws IOException {
    if (_currToken != JsonToken.VALUE_NUMBER_INT || radix == DECIMAL) {
      return super._parseIntValue();
    }
    _parseNumericValue(NR_INT);
    if ((_numTypesValid & NR_INT) == 0) {
      convertNumberToInt();
    }
    return _numberInt;
  }

  private static String stripLeadingZeros(String s) {
    int sign = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
    int i = sign;
    while (i < s.length() - 1 && s.charAt(i) == '0') {
      i++;
    }
    return (s.startsWith("-") ? "-" : "") + s.substring(i);
  }
}
