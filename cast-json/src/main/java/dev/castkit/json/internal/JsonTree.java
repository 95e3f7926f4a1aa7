package dev.castkit.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.castkit.json.CastJson;
import dev.castkit.json.CastJsonException;
import dev.castkit.json.CastJsonException.Code;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain JSON tree on jackson-core alone (jackson-databind is optional), for JSON Patch. Not API.
 *
 * <p>A value is a {@code LinkedHashMap<String, Object>} (object, members in document order), an
 * {@code ArrayList<Object>} (array), a {@code String}, a {@link Num}, a {@code Boolean} or {@link
 * #NULL}; never Java's null. {@code equals} of two trees is JSON equality with numbers compared by
 * their text (what byte-for-byte output needs); {@link #sameValue} compares numbers by value, as
 * RFC 6902's {@code test} does.
 */
public final class JsonTree {
  private JsonTree() {}

  /** JSON's null. */
  public enum Null {
    /** The one null. */
    NULL;

    @Override
    public String toString() {
      return "null";
    }
  }

  /** JSON's null, as a tree value. */
  public static final Null NULL = Null.NULL;

  /**
   * A number, kept as its literal text so that it is written back as it was read.
   *
   * @param text the literal
   */
  public record Num(String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  /** The deepest nesting a tree may have (the highest depth a {@link CastJson} ever reads). */
  public static final int MAX_DEPTH = CastJson.MAX_NESTING_DEPTH_LIMIT;

  /** The standard limits, but the nesting limit of {@link #MAX_DEPTH}. */
  private static final Limits LIMITS =
      new Limits(
          MAX_DEPTH,
          CastJson.DEFAULT_MAX_STRING_LENGTH,
          CastJson.DEFAULT_MAX_NUMBER_LENGTH,
          CastJson.DEFAULT_MAX_DOCUMENT_LENGTH,
          CastJson.DEFAULT_MAX_VALUE_COUNT);

  // Names decoded where they stand: no arrangement of names can overflow a shared table.
  private static final JsonFactory FACTORY = Factories.jsonWithPlainNames(LIMITS);

  /** Receives the position of each value read, with its pointer; for locating errors later. */
  @FunctionalInterface
  public interface Positions {
    /**
     * Called for every value read.
     *
     * @param value the value
     * @param pointer its JSON pointer
     * @param line its 1-based line
     * @param column its 1-based column
     */
    void at(Object value, String pointer, int line, int column);
  }

  /**
   * Reads one JSON value that fills the whole text.
   *
   * @param text the JSON text
   * @param what what the text is, for messages ("JSON Patch")
   * @param positions told where each container starts, or null
   * @return the tree
   * @throws CastJsonException when the text is not one JSON value within the standard limits
   */
  public static Object parse(String text, String what, Positions positions) {
    if (text.length() > CastJson.DEFAULT_MAX_DOCUMENT_LENGTH) {
      throw new CastJsonException(
          Code.DOCUMENT_TOO_LARGE,
          "the "
              + what
              + " has "
              + text.length()
              + " characters; at most "
              + CastJson.DEFAULT_MAX_DOCUMENT_LENGTH
              + " are read",
          "",
          -1,
          -1,
          null);
    }
    Reading r = new Reading(what, positions);
    try (JsonParser p = FACTORY.createParser(text)) {
      r.parser = p;
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new CastJsonException(
            Code.EMPTY_DOCUMENT, "the " + what + " is empty", "", 1, 1, null);
      }
      Object value = r.value(t, "", 1);
      if (p.nextToken() != null) {
        throw r.error(Code.SYNTAX_ERROR, "content after the end of the " + what, "");
      }
      return value;
    } catch (StreamConstraintsException e) {
      String message = String.valueOf(e.getOriginalMessage());
      boolean nesting = message.contains("getMaxNestingDepth") || message.startsWith("Depth (");
      boolean number = message.contains("getMaxNumberLength") || message.startsWith("Number");
      JsonLocation at = e.getLocation();
      throw new CastJsonException(
          nesting ? Code.NESTING_TOO_DEEP : number ? Code.NUMBER_TOO_LONG : Code.STRING_TOO_LONG,
          "the " + what + " exceeds a limit: " + message,
          r.pointer,
          at == null ? -1 : at.getLineNr(),
          at == null ? -1 : at.getColumnNr(),
          e);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String message = e.getOriginalMessage();
      throw new CastJsonException(
          Code.SYNTAX_ERROR,
          "the " + what + " is not well-formed JSON: " + message,
          r.pointer,
          at == null ? -1 : at.getLineNr(),
          at == null ? -1 : at.getColumnNr(),
          e);
    } catch (IOException e) {
      throw new CastJsonException(
          Code.IO_ERROR, "cannot read the " + what + ": " + e, "", -1, -1, e);
    }
  }

  private static final class Reading {
    final String what;
    final Positions positions;
    JsonParser parser;
    String pointer = "";
    long values;

    Reading(String what, Positions positions) {
      this.what = what;
      this.positions = positions;
    }

    CastJsonException error(Code code, String detail, String at) {
      JsonLocation l = parser.currentTokenLocation();
      return new CastJsonException(code, detail, at, l.getLineNr(), l.getColumnNr(), null);
    }

    Object value(JsonToken t, String at, int depth) throws IOException {
      pointer = at;
      if (++values > CastJson.DEFAULT_MAX_VALUE_COUNT) {
        throw error(
            Code.TOO_MANY_VALUES,
            "the " + what + " holds more than " + CastJson.DEFAULT_MAX_VALUE_COUNT + " values",
            at);
      }
      JsonLocation start = parser.currentTokenLocation();
      Object value =
          switch (t) {
            case START_OBJECT -> object(at, depth);
            case START_ARRAY -> array(at, depth);
            case VALUE_STRING -> checked(parser.getText(), at);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Num(parser.getText());
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> NULL;
            default -> throw error(Code.SYNTAX_ERROR, "unexpected " + t, at);
          };
      if (positions != null) {
        positions.at(value, at, start.getLineNr(), start.getColumnNr());
      }
      return value;
    }

    private String checked(String text, String at) {
      if (text.length() > CastJson.DEFAULT_MAX_STRING_LENGTH) {
        throw error(
            Code.STRING_TOO_LONG,
            "a string or key of the "
                + what
                + " is longer than "
                + CastJson.DEFAULT_MAX_STRING_LENGTH
                + " characters",
            at);
      }
      return text;
    }

    private void deeper(String at, int depth) {
      if (depth > MAX_DEPTH) {
        throw error(
            Code.NESTING_TOO_DEEP,
            "the " + what + " nests objects and arrays deeper than " + MAX_DEPTH,
            at);
      }
    }

    private Map<String, Object> object(String at, int depth) throws IOException {
      deeper(at, depth);
      Map<String, Object> members = new LinkedHashMap<>();
      for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
        String name = checked(parser.currentName(), at);
        String child = at + "/" + Pointer.escape(name);
        if (members.containsKey(name)) {
          throw error(Code.DUPLICATE_KEY, "the key \"" + name + "\" is given twice", child);
        }
        members.put(name, value(parser.nextToken(), child, depth + 1));
      }
      return members;
    }

    private List<Object> array(String at, int depth) throws IOException {
      deeper(at, depth);
      List<Object> items = new ArrayList<>();
      for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
        items.add(value(t, at + "/" + items.size(), depth + 1));
      }
      return items;
    }
  }

  /**
   * Writes a tree as JSON in the canonical layout (two-space indent, {@code "key": value}, final
   * line break), members in the order held.
   *
   * @param value the tree
   * @return the JSON text
   */
  public static String write(Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(new CanonicalPrinter());
      write(g, value);
    } catch (StreamConstraintsException e) {
      // not reached: the trees written are never deeper than Jackson's write limit
      throw new CastJsonException(
          Code.NESTING_TOO_DEEP, "cannot write: " + e.getOriginalMessage(), "", -1, -1, e);
    } catch (IOException e) {
      throw new IllegalStateException("writing to a string cannot fail", e);
    }
    return out.append('\n').toString();
  }

  /**
   * Writes a tree to a generator.
   *
   * @param g the generator
   * @param value the tree
   * @throws IOException when the generator fails
   */
  @SuppressWarnings("unchecked")
  static void write(JsonGenerator g, Object value) throws IOException {
    if (value instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
        g.writeFieldName(e.getKey());
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof List<?> list) {
      g.writeStartArray();
      for (Object item : list) {
        write(g, item);
      }
      g.writeEndArray();
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof Num n) {
      g.writeNumber(n.text());
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else {
      g.writeNull();
    }
  }

  /**
   * A deep copy, so that a tree held by a patch is never shared with a document it changes.
   *
   * @param value a tree
   * @return an equal tree sharing no container with it
   */
  @SuppressWarnings("unchecked")
  public static Object copy(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<String, Object>) map).forEach((k, v) -> copy.put(k, copy(v)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(v -> copy.add(copy(v)));
      return copy;
    }
    return value;
  }

  /**
   * How deeply a value nests: 0 for a string, number, boolean or null, 1 for an array or object of
   * those, and so on.
   *
   * @param value a tree no deeper than {@link #MAX_DEPTH}
   * @return its depth
   */
  public static int depth(Object value) {
    int deepest = 0;
    if (value instanceof Map<?, ?> map) {
      for (Object v : map.values()) {
        deepest = Math.max(deepest, depth(v));
      }
      return deepest + 1;
    }
    if (value instanceof List<?> list) {
      for (Object v : list) {
        deepest = Math.max(deepest, depth(v));
      }
      return deepest + 1;
    }
    return 0;
  }

  /**
   * How many values a tree holds (itself included), counted up to a limit.
   *
   * @param value a tree
   * @param limit where to stop counting
   * @return the count, or a number at least {@code limit} when there are that many
   */
  public static long count(Object value, long limit) {
    long n = 1;
    if (value instanceof Map<?, ?> map) {
      for (Object v : map.values()) {
        if (n >= limit) {
          break;
        }
        n += count(v, limit - n);
      }
    } else if (value instanceof List<?> list) {
      for (Object v : list) {
        if (n >= limit) {
          break;
        }
        n += count(v, limit - n);
      }
    }
    return n;
  }

  /**
   * RFC 6902 equality: numbers by value, objects regardless of member order, arrays in order.
   *
   * @param a a tree
   * @param b another
   * @return whether they are the same JSON value
   */
  public static boolean sameValue(Object a, Object b) {
    if (a instanceof Num x && b instanceof Num y) {
      return x.equals(y) || sameNumber(x.text(), y.text());
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (Map.Entry<?, ?> e : x.entrySet()) {
        if (!y.containsKey(e.getKey()) || !sameValue(e.getValue(), y.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!sameValue(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  private static boolean sameNumber(String a, String b) {
    try {
      return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
    } catch (NumberFormatException | ArithmeticException e) {
      // a literal Jackson accepts and BigDecimal does not (an exponent beyond an int)
      return false;
    }
  }

  /**
   * The JSON type of a value, for messages.
   *
   * @param value a tree
   * @return "an object", "an array", "a string", "a number", "a boolean" or "null"
   */
  public static String typeOf(Object value) {
    if (value instanceof Map) {
      return "an object";
    }
    if (value instanceof List) {
      return "an array";
    }
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof Num) {
      return "a number";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    return "null";
  }
}
