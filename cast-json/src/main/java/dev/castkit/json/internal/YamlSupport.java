package dev.castkit.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.math.BigInteger;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.ImplicitTuple;
import org.yaml.snakeyaml.events.ScalarEvent;

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
    JacksonLine.require(
        "com.fasterxml.jackson.dataformat:jackson-dataformat-yaml",
        com.fasterxml.jackson.dataformat.yaml.PackageVersion.VERSION);
    YAMLFactoryBuilder b = YAMLFactory.builder().loaderOptions(loader);
    Factories.configure(b, limits);
    return new Factory(
        b.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
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
   * A parser on a document whose tabs after colons were replaced by spaces.
   *
   * @param factory the YAML factory ({@link #factory})
   * @param tabs the document and the replaced positions
   * @return the parser
   */
  static JsonParser parser(JsonFactory factory, YamlText.Tabs tabs) {
    return ((Factory) factory).createParser(tabs);
  }

  /**
   * Quotes a key (with double quotes and escapes) unless it may be written plain: the same rule as
   * for values ({@link YamlCore#plainSafe}), so that a YAML 1.1 reader takes no key for a merge
   * ({@code <<}), a value key ({@code =}), a boolean, a number or a date. Values are styled by
   * {@link Generator} itself.
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

  // (the empty scalar too: "x: !!null" is null in YAML 1.2's core schema and in YAML 1.1)
  private static final Set<String> NULL_SPELLINGS = Set.of("", "~", "null", "Null", "NULL");

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

  /**
   * The YAML factory: every input goes through {@link YamlText} (decoding by the YAML rules, line
   * breaks of YAML 1.1 made ordinary characters) into a {@link Parser}; every output through a
   * {@link Generator}. Not API.
   */
  static final class Factory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    Factory(YAMLFactoryBuilder builder) {
      super(builder);
    }

    /**
     * A parser on a document whose tabs after colons were replaced by spaces ({@link
     * YamlText#tabsAfterColons}); it refuses to read a scalar that holds a replaced tab.
     */
    YAMLParser createParser(YamlText.Tabs tabs) {
      YAMLParser p =
          createParser(tabs.text(), _createContext(_createContentReference(tabs.text()), true));
      ((Parser) p).replacedTabs = tabs.positions();
      return p;
    }

    private YAMLParser createParser(String doc, IOContext ctxt) {
      return parser(doc, ctxt);
    }

    private YAMLParser parser(String doc, IOContext ctxt) {
      YamlText.Prepared prepared = YamlText.prepare(doc);
      return new Parser(
          ctxt,
          _parserFeatures,
          _yamlParserFeatures,
          _loaderOptions,
          _objectCodec,
          new java.io.StringReader(prepared.text()),
          prepared.breaks());
    }

    @Override
    public YAMLParser createParser(String content) throws IOException {
      return parser(content, _createContext(_createContentReference(content), true));
    }

    @Override
    protected YAMLParser _createParser(Reader r, IOContext ctxt) throws IOException {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[8192];
      for (int n; (n = r.read(buffer)) >= 0; ) {
        text.append(buffer, 0, n);
      }
      return parser(text.toString(), ctxt);
    }

    @Override
    protected YAMLParser _createParser(
        char[] data, int offset, int len, IOContext ctxt, boolean r) {
      return parser(new String(data, offset, len), ctxt);
    }

    @Override
    protected YAMLParser _createParser(InputStream in, IOContext ctxt) throws IOException {
      return parser(YamlText.decode(in.readAllBytes()), ctxt);
    }

    @Override
    protected YAMLParser _createParser(byte[] data, int offset, int len, IOContext ctxt) {
      byte[] bytes =
          offset == 0 && len == data.length
              ? data
              : java.util.Arrays.copyOfRange(data, offset, offset + len);
      return parser(YamlText.decode(bytes), ctxt);
    }

    @Override
    protected YAMLGenerator _createGenerator(Writer out, IOContext ctxt) throws IOException {
      return new Generator(
          ctxt,
          _generatorFeatures,
          _yamlGeneratorFeatures,
          _quotingChecker,
          _objectCodec,
          out,
          _version);
    }
  }

  /**
   * The YAML parser, reading scalars by the YAML 1.2 core schema (the library's own resolver is
   * YAML 1.1: {@code 010} was 8, {@code 0b101} 5, {@code 1_000} 1000, {@code 1:20} 80). Not API.
   *
   * <ul>
   *   <li>Plain scalars: {@code null}, {@code ~} and nothing are null; {@code true}/{@code false}
   *       (three spellings each) booleans; {@code [-+]?[0-9]+}, {@code 0o17} and {@code 0x1F}
   *       integers; {@code 1.5}, {@code .5}, {@code 1e3} floats; everything else a string.
   *   <li>An integer with a leading zero ({@code 010}) is 10 in YAML 1.2 and 8 in YAML 1.1: where a
   *       number is read it is refused ({@link YamlNumberException}) rather than guessed; where a
   *       string is expected it is the text written, like any other scalar.
   *   <li>The core tags {@code !!int}, {@code !!float}, {@code !!bool}, {@code !!null} resolve
   *       their value by the same grammar; a value that does not fit its tag is left a string,
   *       which the reader then refuses as not fitting its tag.
   *   <li>The non-specific tag ({@code ! 42}) makes a scalar a string, whatever it spells.
   *   <li>Characters the document's preparation replaced ({@link YamlText}) are put back in every
   *       string and key.
   * </ul>
   */
  static final class Parser extends YAMLParser {
    private static final String CORE = "tag:yaml.org,2002:";
    private static final int DECIMAL = 10;
    private static final int AMBIGUOUS = -1;

    private final YamlText.Breaks breaks;
    // code point indexes of tabs replaced by spaces, or null
    java.util.BitSet replacedTabs;
    // how the current integer token's text is read: DECIMAL (by the library), 8, 16 or AMBIGUOUS
    private int radix = DECIMAL;

    Parser(
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
      if (replacedTabs != null
          && t == JsonToken.FIELD_NAME
          && _lastEvent instanceof ScalarEvent k) {
        checkTabs(k);
      }
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
      if (replacedTabs != null) {
        checkTabs(scalar);
      }
      String tag = scalar.getTag();
      if ("!".equals(tag)) {
        // the non-specific tag makes a scalar a string (YAML 1.2 and 1.1, example 6.28: ! 12 is
        // the string "12"); the library, like PyYAML, read it as a plain scalar: the number 42
        _textValue = restored(scalar.getValue());
        return JsonToken.VALUE_STRING;
      }
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
        if (t == JsonToken.VALUE_STRING) {
          _textValue = restored(_textValue);
        }
        return t;
      }
      String value = scalar.getValue();
      _textValue = value;
      _cleanedTextValue = null;
      YamlCore.Kind kind = YamlCore.resolve(value);
      if (typed && !fits(core, kind)) {
        _textValue = restored(value);
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
          _textValue = restored(value);
          return JsonToken.VALUE_STRING;
      }
    }

    /** A string with the characters the document's preparation replaced put back. */
    private String restored(String value) {
      return breaks == null ? value : breaks.restore(value);
    }

    private void checkTabs(ScalarEvent scalar) {
      int start = scalar.getStartMark().getIndex();
      int end = scalar.getEndMark().getIndex();
      int next = replacedTabs.nextSetBit(start);
      if (next >= 0 && next < end) {
        throw new YamlText.TabInScalar();
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

  /**
   * The YAML generator: each string in the style {@link YamlCore#style} chooses (plain where no
   * YAML reader, 1.1 or 1.2, can take it for anything else; a {@code |} block for multi-line text;
   * double quotes with escapes otherwise, so that U+0085, U+2028, U+2029, carriage returns and
   * control characters are written as escapes and never raw), and each number so that YAML 1.1
   * readers read the same number. Keys are quoted by {@link YamlSupport}'s checker with the same
   * rule. Not API.
   */
  static final class Generator extends YAMLGenerator {
    private static final String FLOAT_TAG = "tag:yaml.org,2002:float";
    private static final ImplicitTuple EXPLICIT = new ImplicitTuple(false, false);

    Generator(
        IOContext ctxt,
        int jsonFeatures,
        int yamlFeatures,
        StringQuotingChecker quoting,
        ObjectCodec codec,
        Writer out,
        DumperOptions.Version version)
        throws IOException {
      super(
          ctxt,
          jsonFeatures,
          yamlFeatures,
          quoting,
          codec,
          YamlCore.escapingBomAndSeparators(out),
          version);
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
              null,
              FLOAT_TAG,
              EXPLICIT,
              encodedValue,
              null,
              null,
              DumperOptions.ScalarStyle.PLAIN));
    }
  }
}
