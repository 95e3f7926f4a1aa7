package dev.castkit.json.internal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * What a YAML scalar means, by the YAML 1.2 core schema (reading), and which style writes a string
 * so that YAML 1.1 and YAML 1.2 readers both read it back as that string (writing). Plain Java, no
 * YAML library: every check is one pass over the characters, so a megabyte scalar costs a
 * megabyte's scan. Not API: the writing half is public for the Jackson 3 binding, which writes YAML
 * by the same rules.
 */
public final class YamlCore {
  private YamlCore() {}

  /** The meaning of a plain scalar in the YAML 1.2 core schema. */
  enum Kind {
    STRING,
    NULL,
    TRUE,
    FALSE,
    /** {@code [-+]?[0-9]+} without a leading zero (or a single 0). */
    INT,
    /**
     * {@code [-+]?0[0-9]+}: 10 in YAML 1.2 but 8 in YAML 1.1 (octal) or a string ({@code 08});
     * refused where a number is read, since readers disagree on it.
     */
    INT_LEADING_ZERO,
    /** {@code 0o[0-7]+}. */
    OCTAL,
    /** {@code 0x[0-9a-fA-F]+}. */
    HEX,
    /** {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?}. */
    FLOAT,
    /** {@code [-+]?\.(inf|Inf|INF)} and {@code \.(nan|NaN|NAN)}: not JSON numbers. */
    NOT_A_JSON_NUMBER
  }

  /**
   * Resolves a plain (unquoted, untagged) scalar by the YAML 1.2 core schema.
   *
   * @param s the scalar's text
   * @return its kind
   */
  static Kind resolve(String s) {
    int n = s.length();
    if (n == 0) {
      return Kind.NULL;
    }
    char c0 = s.charAt(0);
    if (n <= 5
        && (c0 == '~' || c0 == 'n' || c0 == 'N' || c0 == 't' || c0 == 'T' || c0 == 'f'
            || c0 == 'F')) {
      switch (s) {
        case "~", "null", "Null", "NULL":
          return Kind.NULL;
        case "true", "True", "TRUE":
          return Kind.TRUE;
        case "false", "False", "FALSE":
          return Kind.FALSE;
        default:
          return Kind.STRING;
      }
    }
    if (n > 2 && c0 == '0' && s.charAt(1) == 'o') {
      return all(s, 2, 8) ? Kind.OCTAL : Kind.STRING;
    }
    if (n > 2 && c0 == '0' && s.charAt(1) == 'x') {
      return all(s, 2, 16) ? Kind.HEX : Kind.STRING;
    }
    int i = (c0 == '-' || c0 == '+') ? 1 : 0;
    if (i < n && s.charAt(i) == '.') {
      String rest = s.substring(i + 1);
      if (rest.equals("inf") || rest.equals("Inf") || rest.equals("INF")) {
        return Kind.NOT_A_JSON_NUMBER;
      }
      if (i == 0 && (rest.equals("nan") || rest.equals("NaN") || rest.equals("NAN"))) {
        return Kind.NOT_A_JSON_NUMBER;
      }
    }
    int digitsStart = i;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
    }
    int intDigits = i - digitsStart;
    if (i == n) {
      if (intDigits == 0) {
        return Kind.STRING;
      }
      return intDigits > 1 && s.charAt(digitsStart) == '0' ? Kind.INT_LEADING_ZERO : Kind.INT;
    }
    int fraction = 0;
    boolean dot = false;
    if (s.charAt(i) == '.') {
      dot = true;
      i++;
      int start = i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      fraction = i - start;
    }
    if (intDigits == 0 && fraction == 0) {
      return Kind.STRING;
    }
    if (intDigits == 0 && !dot) {
      return Kind.STRING;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
        i++;
      }
      int start = i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      if (i == start) {
        return Kind.STRING;
      }
    }
    return i == n ? Kind.FLOAT : Kind.STRING;
  }

  private static boolean all(String s, int from, int radix) {
    for (int i = from; i < s.length(); i++) {
      if (Character.digit(s.charAt(i), radix) < 0 || s.charAt(i) > 'f') {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  // ---------------------------------------------------------------- writing

  /** How a string is written. */
  public enum Style {
    PLAIN,
    DOUBLE_QUOTED,
    LITERAL
  }

  /**
   * The style that writes {@code s} so that every YAML reader, 1.1 or 1.2, reads back exactly
   * {@code s} as a string: plain only where neither schema gives the text another meaning; a {@code
   * |} block for multi-line text made of characters a block holds as they are; double quotes (with
   * escapes) for everything else.
   *
   * @param s the string
   * @return the style
   */
  public static Style style(String s) {
    if (s.isEmpty()) {
      return Style.DOUBLE_QUOTED;
    }
    boolean lineBreak = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        lineBreak = true;
      } else if (!blockSafe(c)) {
        return Style.DOUBLE_QUOTED;
      }
    }
    if (lineBreak) {
      return s.charAt(0) == ' ' || s.charAt(0) == '\t' || s.charAt(0) == '\n'
          ? Style.DOUBLE_QUOTED
          : Style.LITERAL;
    }
    return plainSafe(s) ? Style.PLAIN : Style.DOUBLE_QUOTED;
  }

  /**
   * Whether a character stands for itself inside a block scalar for every YAML reader: printable
   * (YAML's c-printable), not a line break to any reader (YAML 1.1 and the YAML library count
   * U+0085, U+2028 and U+2029 as breaks), not a carriage return (read as a line end), not a
   * byte-order mark. (A lone surrogate half cannot be written at all.)
   */
  private static boolean blockSafe(char c) {
    if (c < 0x20) {
      return c == '\t';
    }
    if (c < 0x7F) {
      return true;
    }
    if (c <= 0x9F) {
      return false; // DEL, C1 controls and NEL
    }
    return c != '\u2028' && c != '\u2029' && c != '\uFEFF' && c != '\uFFFE' && c != '\uFFFF';
  }

  /**
   * Whether a single-line string may be written unquoted: it starts with a letter, a digit or one
   * of {@code ( / _ .} and holds no character with a meaning in YAML's block syntax (no {@code ":
   * "}, no {@code " #"}, no tab, no trailing colon or space); and neither schema resolves it to
   * anything but a string: not a YAML 1.2 core null, boolean or number, not a YAML 1.1 boolean
   * ({@code y}, {@code no}, {@code on}, ...), number (binary, octal, sexagesimal {@code 1:20}, with
   * {@code _}), timestamp ({@code 2021-10-04}), merge key ({@code <<}) or value key ({@code =}).
   * Anything that starts like a number or a date and holds no space is quoted, whatever follows:
   * that covers every YAML 1.1 number and timestamp without copying their grammars.
   */
  public static boolean plainSafe(String s) {
    int n = s.length();
    if (n == 0 || s.charAt(n - 1) == ' ' || s.charAt(n - 1) == ':') {
      return false;
    }
    char c0 = s.charAt(0);
    if (!(Character.isLetterOrDigit(c0) || c0 == '(' || c0 == '/' || c0 == '_' || c0 == '.')) {
      return false;
    }
    if (resolve(s) != Kind.STRING || yaml11Word(s)) {
      return false;
    }
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r' || !blockSafe(c) || c == '\u00A0') {
        return false;
      }
      if (c == ' ') {
        space = true;
        if (i + 1 < n && s.charAt(i + 1) == '#') {
          return false;
        }
      } else if (c == ':' && i + 1 < n && s.charAt(i + 1) == ' ') {
        return false;
      }
    }
    int i = (c0 == '-' || c0 == '+') ? 1 : 0;
    boolean numberLike = i < n && (isDigit(s.charAt(i)) || s.charAt(i) == '.');
    return !(numberLike && !space) && !looksLikeDate(s);
  }

  private static boolean yaml11Word(String s) {
    switch (s) {
      case "y",
      "Y",
      "yes",
      "Yes",
      "YES",
      "n",
      "N",
      "no",
      "No",
      "NO",
      "on",
      "On",
      "ON",
      "off",
      "Off",
      "OFF",
      "<<",
      "=":
        return true;
      default:
        return false;
    }
  }

  /** YAML 1.1 timestamps start {@code YYYY-M}; quoted whatever follows (a space, a time). */
  private static boolean looksLikeDate(String v) {
    return v.length() >= 6
        && isDigit(v.charAt(0))
        && isDigit(v.charAt(1))
        && isDigit(v.charAt(2))
        && isDigit(v.charAt(3))
        && v.charAt(4) == '-'
        && isDigit(v.charAt(5));
  }

  /**
   * Whether a JSON number literal is read as the same number by YAML 1.1 readers when written
   * plain: YAML 1.1 floats need a dot and a signed exponent, so {@code 1e5} or {@code 1.5E3} would
   * be strings to them; such a literal is written with an explicit {@code !!float} tag.
   */
  public static boolean numberNeedsFloatTag(String literal) {
    int e = Math.max(literal.indexOf('e'), literal.indexOf('E'));
    if (e < 0) {
      return false;
    }
    boolean dot = literal.indexOf('.') >= 0 && literal.indexOf('.') < e;
    boolean sign =
        e + 1 < literal.length() && (literal.charAt(e + 1) == '-' || literal.charAt(e + 1) == '+');
    return !(dot && sign);
  }

  /**
   * Writes U+FEFF, U+2028 and U+2029 as their escapes (backslash, u, four hex digits). These reach
   * the output only inside double quotes (plain scalars, blocks and keys that hold them are
   * double-quoted, {@link #style}), where an escape means the same. YAML 1.2 allows a byte-order
   * mark in no scalar, yet both YAML libraries write it raw. SnakeYAML (Jackson 2) escapes the two
   * separators itself ({@code \L}, {@code \P}), since YAML 1.1 counts them as line breaks;
   * SnakeYAML Engine (Jackson 3) writes them raw, and reads neither {@code \L} nor {@code \P}, so
   * the escape that every reader knows is written instead.
   *
   * @param out the writer of the YAML library's emitter
   * @return a writer that escapes those three characters
   */
  public static Writer escapingBomAndSeparators(Writer out) {
    return new Escaping(out);
  }

  private static final class Escaping extends FilterWriter {
    Escaping(Writer out) {
      super(out);
    }

    private static String escape(int c) {
      return switch (c) {
        case '\uFEFF' -> "\\uFEFF";
        case '\u2028' -> "\\u2028";
        case '\u2029' -> "\\u2029";
        default -> null;
      };
    }

    @Override
    public void write(int c) throws IOException {
      String e = escape(c);
      if (e != null) {
        out.write(e);
      } else {
        out.write(c);
      }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      int start = off;
      for (int i = off; i < off + len; i++) {
        String e = escape(buf[i]);
        if (e != null) {
          out.write(buf, start, i - start);
          out.write(e);
          start = i + 1;
        }
      }
      out.write(buf, start, off + len - start);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      write(str.toCharArray(), off, len);
    }
  }
}
