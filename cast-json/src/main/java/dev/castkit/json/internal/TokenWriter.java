package dev.castkit.json.internal;

import dev.castkit.core.internal.model.ElementType;
import dev.castkit.core.internal.model.Field;
import dev.castkit.core.internal.model.Model;
import java.io.IOException;
import java.util.List;

/**
 * The tokens the writer produces: the one thing a binding to a version of Jackson implements for
 * writing. Not API. {@link Jackson2Tokens} binds it to Jackson 2; cast-json-jackson3 binds it to
 * Jackson 3.
 */
public interface TokenWriter {
  /**
   * The names of the model's fields, indexed by {@link Field#number()}: a binding encodes each once
   * and writes {@link #name(int)} from that.
   */
  List<String> MODEL_NAMES = modelNames();

  void startObject() throws IOException;

  void endObject() throws IOException;

  void startArray() throws IOException;

  void endArray() throws IOException;

  void name(String name) throws IOException;

  /**
   * The name of a field of the model.
   *
   * @param fieldNumber the field's {@link Field#number()}; its name is {@code
   *     MODEL_NAMES.get(fieldNumber)}
   */
  void name(int fieldNumber) throws IOException;

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

  // loops, not streams: a lambda is a class spun at run time, on the first write's path
  private static List<String> modelNames() {
    String[] names = new String[Model.FIELD_COUNT];
    for (ElementType<?, ?> type : Model.ALL) {
      for (Field f : type.fields()) {
        names[f.number()] = f.name();
      }
    }
    return List.of(names);
  }
}
