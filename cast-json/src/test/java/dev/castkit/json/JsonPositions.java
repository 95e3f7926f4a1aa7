package dev.castkit.json;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sorts the positions of a well-formed UTF-8 JSON document into lexical classes: for a cut (or an
 * insertion) before byte {@code i}, what the bytes before it leave the parser in the middle of.
 */
final class JsonPositions {
  private JsonPositions() {}

  static final String EMPTY = "at the start (nothing before the cut)";
  static final String KEY = "inside a key";
  static final String STRING = "inside a string value";
  static final String ESCAPE = "inside a backslash escape";
  static final String UNICODE_ESCAPE = "inside a \\u escape";
  static final String MULTI_BYTE = "inside a multi-byte UTF-8 character";
  static final String NUMBER = "inside a number";
  static final String LITERAL = "inside true, false or null";
  static final String AFTER_OPEN_OBJECT = "right after {";
  static final String AFTER_OPEN_ARRAY = "right after [";
  static final String AFTER_KEY = "right after a key";
  static final String AFTER_COLON = "right after a colon";
  static final String AFTER_STRING = "right after a string value";
  static final String AFTER_SCALAR = "right after a number, true, false or null";
  static final String AFTER_COMMA = "right after a comma";
  static final String AFTER_CLOSE = "right after } or ]";
  static final String WHITE_SPACE = "in white space between tokens";

  static final List<String> ALL =
      List.of(
          EMPTY,
          KEY,
          STRING,
          ESCAPE,
          UNICODE_ESCAPE,
          MULTI_BYTE,
          NUMBER,
          LITERAL,
          AFTER_OPEN_OBJECT,
          AFTER_OPEN_ARRAY,
          AFTER_KEY,
          AFTER_COLON,
          AFTER_STRING,
          AFTER_SCALAR,
          AFTER_COMMA,
          AFTER_CLOSE,
          WHITE_SPACE);

  /**
   * The positions of each class, for cuts before byte 0 up to (not including) the end of the last
   * closing bracket (a cut after it leaves the whole document).
   */
  static Map<String, List<Integer>> classify(byte[] doc) {
    Map<String, List<Integer>> classes = new LinkedHashMap<>();
    for (String c : ALL) {
      classes.put(c, new ArrayList<>());
    }
    int end = doc.length;
    while (end > 0 && doc[end - 1] != '}' && doc[end - 1] != ']') {
      end--;
    }
    Deque<Character> containers = new ArrayDeque<>();
    boolean inString = false;
    boolean isKey = false;
    boolean expectKey = false;
    int escape = 0; // 1 after a backslash, 2..5 inside \\uXXXX
    boolean inNumber = false;
    boolean inLiteral = false;
    String after = EMPTY;
    for (int i = 0; i < end; i++) {
      byte b = doc[i];
      // the class of a cut before byte i
      String here;
      if (i == 0) {
        here = EMPTY;
      } else if (inString) {
        if ((b & 0xC0) == 0x80) {
          here = MULTI_BYTE;
        } else if (escape == 1) {
          here = ESCAPE;
        } else if (escape > 1) {
          here = UNICODE_ESCAPE;
        } else {
          here = isKey ? KEY : STRING;
        }
      } else if (inNumber && !inLiteral && isNumberByte(b)) {
        here = NUMBER;
      } else if (inLiteral && b >= 'a' && b <= 'z') {
        here = LITERAL;
      } else {
        here = after;
      }
      classes.get(here).add(i);

      // consume byte i
      if (inString) {
        if (escape == 1) {
          escape = b == 'u' ? 2 : 0;
        } else if (escape > 1) {
          escape = escape == 5 ? 0 : escape + 1;
        } else if (b == '\\') {
          escape = 1;
        } else if (b == '"') {
          inString = false;
          after = isKey ? AFTER_KEY : AFTER_STRING;
        }
        continue;
      }
      if (inNumber && !isNumberByte(b)) {
        inNumber = false;
      }
      if (inLiteral && !(b >= 'a' && b <= 'z')) {
        inLiteral = false;
      }
      switch (b) {
        case '{' -> {
          containers.push('{');
          expectKey = true;
          after = AFTER_OPEN_OBJECT;
        }
        case '[' -> {
          containers.push('[');
          after = AFTER_OPEN_ARRAY;
        }
        case '}', ']' -> {
          containers.pop();
          after = AFTER_CLOSE;
        }
        case ':' -> after = AFTER_COLON;
        case ',' -> {
          expectKey = !containers.isEmpty() && containers.peek() == '{';
          after = AFTER_COMMA;
        }
        case '"' -> {
          inString = true;
          isKey = expectKey;
          expectKey = false;
        }
        case ' ', '\n', '\r', '\t' -> after = WHITE_SPACE;
        default -> {
          if (!inLiteral && isNumberByte(b)) {
            inNumber = true;
          } else {
            inLiteral = true;
          }
          after = AFTER_SCALAR;
        }
      }
    }
    return classes;
  }

  private static boolean isNumberByte(byte b) {
    return (b >= '0' && b <= '9') || b == '-' || b == '+' || b == '.' || b == 'e' || b == 'E';
  }
}
