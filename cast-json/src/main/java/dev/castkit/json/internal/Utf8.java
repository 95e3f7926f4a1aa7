package dev.castkit.json.internal;

import dev.castkit.json.CastJsonException;
import dev.castkit.json.CastJsonException.Code;

/** A strict UTF-8 check (RFC 3629: no overlong form, no surrogate, nothing past U+10FFFF). */
public final class Utf8 {
  private Utf8() {}

  /** Whether a JSON document in bytes is UTF-8 rather than UTF-16 or UTF-32 (RFC 8259, 8.1). */
  public static boolean isUtf8(byte[] doc) {
    if (doc.length < 2) {
      return true;
    }
    int b0 = doc[0] & 0xFF;
    int b1 = doc[1] & 0xFF;
    return b0 != 0 && b1 != 0 && !(b0 == 0xFE && b1 == 0xFF) && !(b0 == 0xFF && b1 == 0xFE);
  }

  /**
   * The UTF-16 variant of a JSON document in bytes ("UTF-16BE" or "UTF-16LE", by its byte-order
   * mark or, as RFC 4627 described, by where the zero bytes of its first ASCII characters are), or
   * null when it is not UTF-16 (UTF-8, UTF-32 or too short to tell).
   */
  public static String utf16(byte[] doc) {
    if (doc.length < 2) {
      return null;
    }
    int b0 = doc[0] & 0xFF;
    int b1 = doc[1] & 0xFF;
    boolean utf32 =
        doc.length >= 4
            && ((b0 == 0 && b1 == 0) || (doc[2] == 0 && doc[3] == 0 && (b0 == 0xFF || b1 == 0)));
    if (utf32) {
      return null;
    }
    if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0 && b1 != 0)) {
      return "UTF-16BE";
    }
    if ((b0 == 0xFF && b1 == 0xFE) || (b0 != 0 && b1 == 0)) {
      return "UTF-16LE";
    }
    return null;
  }

  /**
   * Decodes a UTF-16 document strictly, dropping a byte-order mark.
   *
   * @throws CastJsonException with {@link Code#SYNTAX_ERROR} at the first unit that is not
   *     well-formed UTF-16 (a lone surrogate, an odd last byte)
   */
  public static String decodeUtf16(byte[] doc, String charset) {
    java.nio.charset.CharsetDecoder decoder =
        java.nio.charset.Charset.forName(charset)
            .newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(doc);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(doc.length / 2 + 1);
    java.nio.charset.CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    out.flip();
    String text = out.toString();
    if (result.isError()) {
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
          "not well-formed JSON: invalid " + charset + " (a lone surrogate or an odd last byte)",
          "",
          line,
          text.length() - lineStart + 1,
          null);
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * Checks that {@code doc} is well-formed UTF-8.
   *
   * @throws CastJsonException with {@link Code#SYNTAX_ERROR} at the first byte that is not
   */
  public static void check(byte[] doc, Limits limits) {
    int line = 1;
    int lineStart = 0;
    int i = 0;
    while (i < doc.length) {
      int b = doc[i] & 0xFF;
      if (b < 0x80) {
        if (b == '\n') {
          line++;
          lineStart = i + 1;
        }
        i++;
        continue;
      }
      int length;
      int min;
      if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
        min = 0x80;
      } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        min = 0x800;
      } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        min = 0x10000;
      } else {
        throw invalid(b, line, i - lineStart + 1);
      }
      if (i + length > doc.length) {
        throw invalid(b, line, i - lineStart + 1);
      }
      int cp = b & (0xFF >> (length + 1));
      for (int k = 1; k < length; k++) {
        int c = doc[i + k] & 0xFF;
        if ((c & 0xC0) != 0x80) {
          throw invalid(c, line, i + k - lineStart + 1);
        }
        cp = (cp << 6) | (c & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        throw invalid(b, line, i - lineStart + 1);
      }
      i += length;
    }
  }

  private static CastJsonException invalid(int b, int line, int column) {
    return new CastJsonException(
        Code.SYNTAX_ERROR,
        "not well-formed JSON: invalid UTF-8 at byte 0x" + Integer.toHexString(b),
        "",
        line,
        column,
        null);
  }
}
