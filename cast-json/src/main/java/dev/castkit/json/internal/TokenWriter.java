package dev.castkit.json.internal;

import java.io.IOException;

/**
 * The tokens the writer produces: the one thing a binding to a version of Jackson implements for
 * writing. Not API. {@link Jackson2Tokens} binds it to Jackson 2; cast-json-jackson3 binds it to
 * Jackson 3.
 */
public interface TokenWriter {
  void startObject() throws IOException;

  void endObject() throws IOException;

  void startArray() throws IOException;

  void endArray() throws IOException;

  void name(String name) throws IOException;

  void string(String value) throws IOException;

  void number(int value) throws IOException;

  /** A number given in JSON's spelling, written as it is. */
  void numberLiteral(String literal) throws IOException;

  void bool(boolean value) throws IOException;

  void nullValue() throws IOException;

  /** How deep the output is nested where the next value goes. */
  int depth();

  /** The JSON pointer of where the next value goes. */
  String pointer();

  /** The JSON pointer of the member {@code name} of the object being written. */
  String memberPointer(String name);
}
