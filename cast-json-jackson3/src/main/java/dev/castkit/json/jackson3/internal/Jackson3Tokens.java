package dev.castkit.json.jackson3.internal;

import dev.castkit.json.internal.CastReader;
import dev.castkit.json.internal.CastWriter;
import dev.castkit.json.internal.Limits;
import dev.castkit.json.internal.TokenReader;
import dev.castkit.json.internal.TokenWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;

/**
 * The binding of {@link TokenReader} and {@link TokenWriter} to Jackson 3's streaming API: the
 * Jackson 3 counterpart of cast-json's {@code Jackson2Tokens}. Not API. The reader and writer are
 * cast-json's own; everything they need of Jackson 3 is here. Jackson 3 throws only unchecked
 * {@code JacksonException}s, which the codec turns into located errors as on Jackson 2.
 */
public final class Jackson3Tokens {
  private Jackson3Tokens() {}

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
            case PROPERTY_NAME -> TokenReader.Token.FIELD_NAME;
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
   * The tokens of a parser the codec opened, of the format it knows.
   *
   * @param parser the parser
   * @param yaml whether it reads YAML
   * @return the tokens
   */
  static TokenReader reader(JsonParser parser, boolean yaml) {
    return new Reader(parser, yaml);
  }

  /**
   * The tokens written to a generator.
   *
   * @param generator the generator
   * @return the tokens
   */
  static TokenWriter writer(JsonGenerator generator) {
    return new Writer(generator);
  }

  /**
   * A reader of a parser someone opened.
   *
   * @param parser the parser
   * @param limits the limits to enforce
   * @param documentLength the document's length, or 0 when not known
   * @return the reader
   */
  public static CastReader castReader(JsonParser parser, Limits limits, int documentLength) {
    // Decided by name, so that JSON-only callers never load the optional YAML classes.
    boolean yaml = parser.getClass().getName().startsWith("tools.jackson.dataformat.yaml.");
    return new CastReader(new Reader(parser, yaml), limits, documentLength);
  }

  /**
   * A writer of the analysis to a generator.
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
  public static String pointerOf(JsonParser parser) {
    TokenStreamContext context = parser.streamReadContext();
    return context == null ? "" : context.pathAsPointer().toString();
  }

  private static final class Reader implements TokenReader {
    private final JsonParser p;
    private final boolean yaml;

    Reader(JsonParser p, boolean yaml) {
      this.p = p;
      this.yaml = yaml;
    }

    @Override
    public Token next() {
      return token(p.nextToken());
    }

    @Override
    public Token current() {
      return token(p.currentToken());
    }

    private Token token(JsonToken t) {
      if (t == null) {
        return null;
      }
      // Jackson 3 reads "x: !!null" as an empty string with the tag; it is null (as on Jackson 2)
      if (yaml && t == JsonToken.VALUE_STRING && Jackson3Yaml.isTaggedNull(p)) {
        return Token.NULL;
      }
      return TOKENS[t.ordinal()];
    }

    @Override
    public String currentName() {
      return p.currentName();
    }

    @Override
    public String text() {
      return p.getText();
    }

    @Override
    public char[] textChars() {
      return p.getTextCharacters();
    }

    @Override
    public int textOffset() {
      return p.getTextOffset();
    }

    @Override
    public int textLength() {
      return p.getTextLength();
    }

    @Override
    public boolean isInt() {
      return p.getNumberType() == JsonParser.NumberType.INT;
    }

    @Override
    public int intValue() {
      return p.getIntValue();
    }

    @Override
    public String plainNumber() {
      return switch (p.getNumberType()) {
        case INT, LONG, BIG_INTEGER -> p.getBigIntegerValue().toString();
        default -> p.getDecimalValue().toString();
      };
    }

    @Override
    public int depth() {
      return p.streamReadContext().getNestingDepth();
    }

    @Override
    public String pointer() {
      return pointerOf(p);
    }

    @Override
    public long position() {
      TokenStreamLocation at = p.currentTokenLocation();
      if (at == null || at.getLineNr() < 0 || at.getColumnNr() < 0) {
        return -1L;
      }
      return ((long) at.getLineNr() << 32) | at.getColumnNr();
    }

    @Override
    public boolean untypedScalars() {
      return yaml;
    }

    @Override
    public String unsupportedFeature(Token t) {
      return yaml ? Jackson3Yaml.problem(p, p.currentToken()) : null;
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
    public void startObject() {
      g.writeStartObject();
    }

    @Override
    public void endObject() {
      g.writeEndObject();
    }

    @Override
    public void startArray() {
      g.writeStartArray();
    }

    @Override
    public void endArray() {
      g.writeEndArray();
    }

    @Override
    public void name(String name) {
      g.writeName(name);
    }

    @Override
    public void name(int fieldNumber) {
      g.writeName(NAMES[fieldNumber]);
    }

    @Override
    public void string(String value) {
      g.writeString(value);
    }

    @Override
    public void number(int value) {
      g.writeNumber(value);
    }

    @Override
    public void numberLiteral(String literal) {
      g.writeNumber(literal);
    }

    @Override
    public void bool(boolean value) {
      g.writeBoolean(value);
    }

    @Override
    public void nullValue() {
      g.writeNull();
    }

    @Override
    public int depth() {
      return g.streamWriteContext().getNestingDepth();
    }

    @Override
    public String pointer() {
      return g.streamWriteContext().pathAsPointer().toString();
    }

    @Override
    public String memberPointer(String name) {
      // The object being written: its context's own current name is that of its last property.
      TokenStreamContext parent = g.streamWriteContext().getParent();
      JsonPointer object = parent == null ? JsonPointer.empty() : parent.pathAsPointer();
      return object.appendProperty(name).toString();
    }
  }
}
