package dev.castkit.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;

/**
 * The binding of {@link TokenReader} and {@link TokenWriter} to Jackson 2's streaming API. Not API.
 * Everything the reader and writer need of Jackson 2 is here.
 */
public final class Jackson2Tokens {
  private Jackson2Tokens() {}

  private static final TokenReader.Token[] TOKENS =
      new TokenReader.Token[JsonToken.values().length];

  static {
    for (JsonToken t : JsonToken.values()) {
      TOKENS[t.ordinal()] =
          switch (t) {
            case START_OBJECT -> TokenReader.Token.START_OBJECT;
            case END_OBJECT -> TokenReader.Token.END_OBJECT;
            case START_ARRAY -> TokenReader.Token.START_ARRAY;
            case END_ARRAY -> TokenReader.Token.END_ARRAY;
            case FIELD_NAME -> TokenReader.Token.FIELD_NAME;
            case VALUE_STRING -> TokenReader.Token.STRING;
            case VALUE_NUMBER_INT -> TokenReader.Token.INT;
            case VALUE_NUMBER_FLOAT -> TokenReader.Token.FLOAT;
            case VALUE_TRUE -> TokenReader.Token.TRUE;
            case VALUE_FALSE -> TokenReader.Token.FALSE;
            case VALUE_NULL -> TokenReader.Token.NULL;
            case VALUE_EMBEDDED_OBJECT -> TokenReader.Token.EMBEDDED;
            default -> TokenReader.Token.OTHER;
          };
    }
  }

  /**
   * A reader of a parser the codec opened, of the format it knows.
   *
   * @param parser the parser
   * @param yaml whether it reads YAML
   * @return the reader
   */
  static TokenReader reader(JsonParser parser, boolean yaml) {
    return new Reader(parser, yaml);
  }

  /**
   * A reader of a parser someone else opened (a mapper with {@link
   * dev.castkit.json.CastJsonModule}).
   *
   * @param parser the parser
   * @param limits the limits to enforce
   * @return the reader
   */
  public static CastReader castReader(JsonParser parser, Limits limits) {
    // Decided by name, so that JSON-only callers never load the optional YAML classes.
    boolean yaml = parser.getClass().getName().startsWith("com.fasterxml.jackson.dataformat.yaml.");
    return new CastReader(new Reader(parser, yaml), limits, 0);
  }

  /**
   * A writer to a generator.
   *
   * @param generator the generator
   * @return the writer
   */
  static TokenWriter writer(JsonGenerator generator) {
    return new Writer(generator);
  }

  /**
   * A writer of the analysis to a generator someone else opened.
   *
   * @param generator the generator
   * @param maxNestingDepth the deepest nesting to write
   * @return the writer
   */
  public static CastWriter castWriter(JsonGenerator generator, int maxNestingDepth) {
    return new CastWriter(new Writer(generator), maxNestingDepth);
  }

  /**
   * The JSON pointer of a parser's current token.
   *
   * @param parser a parser
   * @return the pointer, {@code ""} at the root
   */
  static String pointerOf(JsonParser parser) {
    JsonStreamContext context = parser.getParsingContext();
    return context == null ? "" : context.pathAsPointer().toString();
  }

  private static long pack(int line, int column) {
    return line < 0 || column < 0 ? -1L : ((long) line << 32) | column;
  }

  private static final class Reader implements TokenReader {
    private final JsonParser p;
    private final boolean yaml;

    /**
     * A JSON parser's base, whose token position is read without allocating a location; null when
     * the position is read from the parser's locations (YAML, other parsers, or a base whose
     * numbers did not agree with its locations).
     */
    private ParserBase base;

    /** What to add to the base's line and column to give its location's; known once calibrated. */
    private int lineDelta;

    private int columnDelta;
    private boolean calibrated;

    Reader(JsonParser p, boolean yaml) {
      this.p = p;
      this.yaml = yaml;
      this.base = !yaml && p instanceof ParserBase pb ? pb : null;
    }

    @Override
    public Token next() throws IOException {
      JsonToken t = p.nextToken();
      return t == null ? null : TOKENS[t.ordinal()];
    }

    @Override
    public Token current() {
      JsonToken t = p.currentToken();
      return t == null ? null : TOKENS[t.ordinal()];
    }

    @Override
    public String currentName() throws IOException {
      return p.currentName();
    }

    @Override
    public String text() throws IOException {
      return p.getText();
    }

    @Override
    public char[] textChars() throws IOException {
      return p.getTextCharacters();
    }

    @Override
    public int textOffset() throws IOException {
      return p.getTextOffset();
    }

    @Override
    public int textLength() throws IOException {
      return p.getTextLength();
    }

    @Override
    public boolean isInt() throws IOException {
      return p.getNumberType() == JsonParser.NumberType.INT;
    }

    @Override
    public int intValue() throws IOException {
      return p.getIntValue();
    }

    @Override
    public String plainNumber() throws IOException {
      return switch (p.getNumberType()) {
        case INT, LONG, BIG_INTEGER -> p.getBigIntegerValue().toString();
        default -> p.getDecimalValue().toString();
      };
    }

    @Override
    public int depth() {
      return p.getParsingContext().getNestingDepth();
    }

    @Override
    public String pointer() {
      return pointerOf(p);
    }

    @Override
    public long position() {
      // (A field name's position is kept apart from the token's: read it from its location.)
      if (base != null && p.currentToken() != JsonToken.FIELD_NAME) {
        if (calibrated) {
          return pack(base.getTokenLineNr() + lineDelta, base.getTokenColumnNr() + columnDelta);
        }
        // Once per document: how the base's numbers relate to its locations (the column is
        // one more in some versions of Jackson 2). If they cannot be related, use locations.
        JsonLocation at = p.currentTokenLocation();
        lineDelta = at.getLineNr() - base.getTokenLineNr();
        columnDelta = at.getColumnNr() - base.getTokenColumnNr();
        calibrated = true;
        if (lineDelta != 0 || columnDelta < -1 || columnDelta > 0 || at.getLineNr() < 1) {
          base = null;
        }
        return pack(at.getLineNr(), at.getColumnNr());
      }
      JsonLocation at = p.currentTokenLocation();
      return at == null ? -1L : pack(at.getLineNr(), at.getColumnNr());
    }

    @Override
    public boolean untypedScalars() {
      return yaml;
    }

    @Override
    public String unsupportedFeature(Token t) throws IOException {
      return yaml ? YamlSupport.problem(p, p.currentToken()) : null;
    }

    @Override
    public String tokenName() {
      JsonToken t = p.currentToken();
      return t == null ? "" : t.asString() == null ? t.name() : t.asString();
    }
  }

  private static final class Writer implements TokenWriter {
    /** The model's field names, each quoted and encoded once, by field number. */
    private static final SerializedString[] NAMES = new SerializedString[MODEL_NAMES.size()];

    static {
      for (int i = 0; i < NAMES.length; i++) {
        NAMES[i] = new SerializedString(MODEL_NAMES.get(i));
      }
    }

    private final JsonGenerator g;

    Writer(JsonGenerator g) {
      this.g = g;
    }

    @Override
    public void startObject() throws IOException {
      g.writeStartObject();
    }

    @Override
    public void endObject() throws IOException {
      g.writeEndObject();
    }

    @Override
    public void startArray() throws IOException {
      g.writeStartArray();
    }

    @Override
    public void endArray() throws IOException {
      g.writeEndArray();
    }

    @Override
    public void name(String name) throws IOException {
      g.writeFieldName(name);
    }

    @Override
    public void name(int fieldNumber) throws IOException {
      g.writeFieldName(NAMES[fieldNumber]);
    }

    @Override
    public void string(String value) throws IOException {
      g.writeString(value);
    }

    @Override
    public void number(int value) throws IOException {
      g.writeNumber(value);
    }

    @Override
    public void numberLiteral(String literal) throws IOException {
      g.writeNumber(literal);
    }

    @Override
    public void bool(boolean value) throws IOException {
      g.writeBoolean(value);
    }

    @Override
    public void nullValue() throws IOException {
      g.writeNull();
    }

    @Override
    public int depth() {
      return g.getOutputContext().getNestingDepth();
    }

    @Override
    public String pointer() {
      return g.getOutputContext().pathAsPointer().toString();
    }

    @Override
    public String memberPointer(String name) {
      // The object being written: its context's own current name is that of its last field.
      JsonStreamContext parent = g.getOutputContext().getParent();
      JsonPointer object = parent == null ? JsonPointer.empty() : parent.pathAsPointer();
      return object.appendProperty(name).toString();
    }
  }
}
