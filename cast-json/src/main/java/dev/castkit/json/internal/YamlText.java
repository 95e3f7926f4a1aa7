package dev.castkit.json.internal;

import dev.castkit.json.CastJsonException;
import dev.castkit.json.CastJsonException.Code;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.BitSet;

/**
 * The characters of a YAML document, before the YAML library sees them. Plain Java, no YAML
 * library, so that a JSON-only caller never loads one. Not API.
 *
 * <ul>
 *   <li>Bytes are decoded as the YAML specification says (5.2): UTF-32 or UTF-16, big or little
 *       endian, by the byte-order mark or by where the zero bytes of the first character are; UTF-8
 *       otherwise. Decoding is strict: a byte sequence that is not the encoding is a located {@link
 *       Code#SYNTAX_ERROR}, never a replacement character.
 *   <li>The YAML library scans by YAML 1.1, where U+0085 (NEL), U+2028 and U+2029 are line breaks;
 *       in YAML 1.2 they are ordinary characters. Before scanning, each is replaced by a
 *       private-use character that occurs nowhere in the document (neither raw nor as an escape),
 *       and the parser puts it back in every string and key it reads ({@link Breaks}).
 * </ul>
 */
public final class YamlText {
  private YamlText() {}

  /**
   * Decodes a YAML document held in bytes, dropping a leading byte-order mark.
   *
   * @param doc the bytes
   * @return the text
   * @throws CastJsonException when the bytes are not well-formed in the encoding they declare
   */
  public static String decode(byte[] doc) {
    String charset = charset(doc);
    int bom = bomLength(doc, charset);
    CharsetDecoder decoder =
        Charset.forName(charset)
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(doc, bom, doc.length - bom);
    CharBuffer out = CharBuffer.allocate(doc.length - bom + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    out.flip();
    String text = out.toString();
    if (result.isError() || in.hasRemaining() && !result.isUnderflow()) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw new CastJsonException(
          Code.SYNTAX_ERROR,
          "not well-formed YAML: the bytes are not valid "
              + charset
              + " (the encoding "
              + (bom > 0 ? "its byte-order mark declares" : "its first bytes show")
              + ") at byte "
              + in.position(),
          "",
          line,
          text.length() - lineStart + 1,
          null);
    }
    return text;
  }

  /** The encoding of a YAML byte stream, by the rules of YAML 1.2, section 5.2. */
  static String charset(byte[] d) {
    int n = d.length;
    int b0 = n > 0 ? d[0] & 0xFF : -1;
    int b1 = n > 1 ? d[1] & 0xFF : -1;
    int b2 = n > 2 ? d[2] & 0xFF : -1;
    int b3 = n > 3 ? d[3] & 0xFF : -1;
    if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
      return "UTF-32BE";
    }
    if (b0 == 0 && b1 == 0 && b2 == 0 && b3 > 0) {
      return "UTF-32BE";
    }
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
      return "UTF-32LE";
    }
    if (b0 > 0 && b1 == 0 && b2 == 0 && b3 == 0) {
      return "UTF-32LE";
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return "UTF-16BE";
    }
    if (b0 == 0 && b1 > 0) {
      return "UTF-16BE";
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return "UTF-16LE";
    }
    if (b0 > 0 && b1 == 0) {
      return "UTF-16LE";
    }
    return "UTF-8";
  }

  private static int bomLength(byte[] d, String charset) {
    int n = d.length;
    switch (charset) {
      case "UTF-32BE":
        return n >= 4 && d[2] == (byte) 0xFE ? 4 : 0;
      case "UTF-32LE":
        return n >= 4 && d[0] == (byte) 0xFF ? 4 : 0;
      case "UTF-16BE":
        return d[0] == (byte) 0xFE ? 2 : 0;
      case "UTF-16LE":
        return d[0] == (byte) 0xFF ? 2 : 0;
      default:
        return n >= 3 && d[0] == (byte) 0xEF && d[1] == (byte) 0xBB && d[2] == (byte) 0xBF ? 3 : 0;
    }
  }

  /** The characters of YAML 1.1 line breaks that YAML 1.2 reads as ordinary characters. */
  private static final String BREAKS = "\u0085\u2028\u2029";

  private static final char PRIVATE_USE_FIRST = '\uE000';
  private static final char PRIVATE_USE_LAST = '\uF8FF';

  /**
   * A document prepared for the YAML library, and how to restore what was replaced.
   *
   * @param text the text to scan
   * @param breaks how to restore the replaced characters, or null when nothing was replaced
   */
  record Prepared(String text, Breaks breaks) {}

  /**
   * Replaces U+0085, U+2028 and U+2029 by private-use characters absent from the document.
   *
   * @param doc the document
   * @return the text to scan and how to restore it
   */
  static Prepared prepare(String doc) {
    int at = -1;
    for (int i = 0; i < doc.length(); i++) {
      if (BREAKS.indexOf(doc.charAt(i)) >= 0) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      return new Prepared(doc, null);
    }
    BitSet used = new BitSet(PRIVATE_USE_LAST - PRIVATE_USE_FIRST + 1);
    for (int i = 0; i < doc.length(); i++) {
      char c = doc.charAt(i);
      if (c >= PRIVATE_USE_FIRST && c <= PRIVATE_USE_LAST) {
        used.set(c - PRIVATE_USE_FIRST);
      } else if (c == '\\' && i + 1 < doc.length()) {
        // an escape that may stand for a private-use character: \\uXXXX, \\UXXXXXXXX
        char kind = doc.charAt(i + 1);
        int digits = kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
        if (digits > 0 && i + 2 + digits <= doc.length()) {
          long v = 0;
          boolean hex = true;
          for (int k = i + 2; k < i + 2 + digits && hex; k++) {
            int d = Character.digit(doc.charAt(k), 16);
            hex = d >= 0;
            v = v * 16 + d;
          }
          if (hex && v >= PRIVATE_USE_FIRST && v <= PRIVATE_USE_LAST) {
            used.set((int) v - PRIVATE_USE_FIRST);
          }
        }
      }
    }
    char[] from = BREAKS.toCharArray();
    char[] to = new char[from.length];
    int free = -1;
    for (int k = 0; k < from.length; k++) {
      free = used.nextClearBit(free + 1);
      if (free > PRIVATE_USE_LAST - PRIVATE_USE_FIRST) {
        return new Prepared(doc, null); // no free character: the library's reading stands
      }
      to[k] = (char) (PRIVATE_USE_FIRST + free);
    }
    char[] chars = doc.toCharArray();
    for (int i = at; i < chars.length; i++) {
      int k = BREAKS.indexOf(chars[i]);
      if (k >= 0) {
        chars[i] = to[k];
      }
    }
    return new Prepared(new String(chars), new Breaks(to, from));
  }

  /** Puts back the characters {@link #prepare} replaced. */
  static final class Breaks {
    private final char[] placeholders;
    private final char[] originals;

    Breaks(char[] placeholders, char[] originals) {
      this.placeholders = placeholders;
      this.originals = originals;
    }

    String restore(String s) {
      if (s == null) {
        return null;
      }
      String r = s;
      for (int k = 0; k < placeholders.length; k++) {
        r = r.replace(placeholders[k], originals[k]);
      }
      return r;
    }
  }

  /**
   * A document with the tabs that separate a value from its key's colon replaced by spaces, and
   * where they were (as code point indexes, the YAML library's unit).
   *
   * @param text the document to scan
   * @param positions the code point index of every replaced tab
   */
  record Tabs(String text, BitSet positions) {}

  /**
   * Whether a syntax error is the YAML library refusing a tab where YAML 1.2 allows one as
   * separation (the library is YAML 1.1, which allows only spaces there).
   */
  static boolean isTabError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (String.valueOf(t.getMessage()).contains("that cannot start any token")
          && String.valueOf(t.getMessage()).contains("TAB")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Replaces by a space every tab that follows a colon (after other spaces and tabs, if any) where
   * the colon is not the first thing on its line: in YAML 1.2 such a tab separates a key from its
   * value. A tab inside a quoted scalar or a block is content, and may look the same; the parser
   * refuses the result when a replaced tab lies inside a scalar ({@link TabInScalar}), and the
   * original error stands.
   *
   * @param doc the document
   * @return the document and the replaced positions, or null when no tab was replaced
   */
  static Tabs tabsAfterColons(String doc) {
    char[] chars = doc.toCharArray();
    BitSet positions = new BitSet();
    int codePoint = 0;
    boolean content = false; // something other than spaces and tabs seen on this line
    char last = 0; // the last character other than a space or a tab on this line
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c == '\n' || c == '\r') {
        content = false;
        last = 0;
      } else if (c == '\t') {
        if (content && last == ':') {
          chars[i] = ' ';
          positions.set(codePoint);
        }
      } else if (c != ' ') {
        content = true;
        last = c;
      }
      if (!Character.isHighSurrogate(c)
          || i + 1 >= chars.length
          || !Character.isLowSurrogate(chars[i + 1])) {
        codePoint++;
      }
    }
    return positions.isEmpty() ? null : new Tabs(new String(chars), positions);
  }

  /** A replaced tab turned out to be inside a scalar: the replacement is abandoned. */
  static final class TabInScalar extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TabInScalar() {
      super("a tab after a colon inside a scalar", null, false, false);
    }
  }
}
