package dev.castkit.json.internal;

import java.io.IOException;

/**
 * The tokens of a document, as the reader needs them: the one thing a binding to a version of
 * Jackson implements for reading. Not API. {@link Jackson2Tokens} binds it to Jackson 2;
 * cast-json-jackson3 binds it to Jackson 3.
 */
public interface TokenReader {
  /** The kinds of token. */
  enum Token {
    START_OBJECT,
    END_OBJECT,
    START_ARRAY,
    END_ARRAY,
    FIELD_NAME,
    STRING,
    INT,
    FLOAT,
    TRUE,
    FALSE,
    NULL,
    /** Binary data embedded by a binary format. */
    EMBEDDED,
    /** Anything else the parser reports. */
    OTHER
  }

  /** Moves to the next token; null at the end of the input. */
  Token next() throws IOException;

  /** The current token; null before the first and after the last. */
  Token current();

  /** The current field's name (on a field name or its value). */
  String currentName() throws IOException;

  /** The text of the current string, number, boolean or name. */
  String text() throws IOException;

  /** The parser's buffer holding the current text; valid until the next token. */
  char[] textChars() throws IOException;

  int textOffset() throws IOException;

  int textLength() throws IOException;

  /** Whether the current number fits an {@code int}. */
  boolean isInt() throws IOException;

  int intValue() throws IOException;

  /** The current number in JSON's spelling, whatever the format spelt (YAML: 0x1F, 1_000, +1). */
  String plainNumber() throws IOException;

  /** How deep the current token is nested: 0 at the top. */
  int depth();

  /** The JSON pointer of the current token. */
  String pointer();

  /**
   * The line and column of the current token, packed as {@code line << 32 | column}, or -1 when not
   * known. Called at the start of every object: it should not allocate.
   */
  long position();

  /**
   * Whether the format writes scalars without types, so that a string may be spelt as a number or a
   * boolean (YAML: {@code formatVersion: 1.0}).
   */
  boolean untypedScalars();

  /** What the current token uses that the format allows but this reader refuses; null if none. */
  String unsupportedFeature(Token t) throws IOException;

  /** The name the parser gives the current token, for a token of kind {@link Token#OTHER}. */
  String tokenName();
}
