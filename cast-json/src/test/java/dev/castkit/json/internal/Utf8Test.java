package dev.castkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.castkit.json.CastJsonException;
import dev.castkit.json.CastJsonException.Code;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8}: the strict UTF-8 check at each boundary of RFC 3629, and the detection and strict
 * decoding of UTF-16. On Jackson 2.23 and later the JSON reader does not call the check (the parser
 * checks names itself), so it is tested here directly.
 */
class Utf8Test {
  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] concat(String before, byte[] middle, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(middle);
    out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static CastJsonException checkFails(byte[] doc) {
    CastJsonException e =
        catchThrowableOfType(CastJsonException.class, () -> Utf8.check(doc, Limits.DEFAULT));
    assertThat(e).as("the check refuses %s", HexShow.of(doc)).isNotNull();
    assertThat(e.code()).isEqualTo(Code.SYNTAX_ERROR);
    return e;
  }

  private static void checkPasses(byte[] doc) {
    assertThatCode(() -> Utf8.check(doc, Limits.DEFAULT))
        .as("the check accepts %s", HexShow.of(doc))
        .doesNotThrowAnyException();
  }

  /** Bytes in hex, for messages. */
  private static final class HexShow {
    static String of(byte[] b) {
      StringBuilder sb = new StringBuilder();
      for (byte x : b) {
        sb.append(String.format("%02X ", x & 0xFF));
      }
      return sb.toString().trim();
    }
  }

  @Test
  void everyLengthOfSequenceIsAcceptedUpToItsLastCodePoint() {
    checkPasses(new byte[0]);
    checkPasses("plain ASCII\n{}".getBytes(StandardCharsets.UTF_8));
    // first and last code point of each length, and both sides of the surrogates
    for (int cp : new int[] {0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF}) {
      checkPasses(
          concat("a", new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8), "b"));
    }
  }

  @Test
  void overlongFormsSurrogatesAndCodePointsPastTheLastAreRefusedAtTheirFirstByte() {
    int[][] bad = {
      {0xC0, 0x80}, // overlong NUL
      {0xC1, 0xBF}, // overlong U+007F
      {0xE0, 0x80, 0x80}, // overlong 3-byte
      {0xE0, 0x9F, 0xBF}, // U+07FF in three bytes
      {0xF0, 0x80, 0x80, 0x80}, // overlong 4-byte
      {0xF0, 0x8F, 0xBF, 0xBF}, // U+FFFF in four bytes
      {0xED, 0xA0, 0x80}, // U+D800
      {0xED, 0xBF, 0xBF}, // U+DFFF
      {0xF4, 0x90, 0x80, 0x80}, // U+110000
      {0xF5, 0x80, 0x80, 0x80}, // no such lead byte
      {0xFF},
      {0x80} // a continuation byte alone
    };
    for (int[] b : bad) {
      CastJsonException e = checkFails(concat("{\n  \"ab", bytes(b), "\"}"));
      assertThat(e.line()).as(HexShow.of(bytes(b))).isEqualTo(2);
      assertThat(e.column()).as(HexShow.of(bytes(b))).isEqualTo(6);
      assertThat(e.getMessage()).contains("invalid UTF-8 at byte 0x" + Integer.toHexString(b[0]));
    }
  }

  @Test
  void aBadContinuationByteIsRefusedWhereItStands() {
    CastJsonException e = checkFails(concat("x\ny\nab", bytes(0xE2, 0x82, 0x28), "c"));
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(5); // the third byte of the sequence
    assertThat(e.getMessage()).contains("byte 0x28");
    e = checkFails(concat("", bytes(0xC3, 0xC3), ""));
    assertThat(e.column()).isEqualTo(2);
  }

  @Test
  void aSequenceCutByTheEndIsRefusedAtItsFirstByte() {
    for (int[] cut : new int[][] {{0xC3}, {0xE2, 0x82}, {0xF0, 0x9F, 0x98}}) {
      CastJsonException e = checkFails(concat("{\nab", bytes(cut), ""));
      assertThat(e.line()).isEqualTo(2);
      assertThat(e.column()).isEqualTo(3);
    }
  }

  @Test
  void columnsCountBytesSinceTheLastLineFeed() {
    // "é" is two bytes: the bad byte after it is the third of its line
    CastJsonException e = checkFails(concat("{}\n\u00e9", bytes(0xFF), ""));
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(3);
  }

  @Test
  void utf8IsToldFromUtf16AndUtf32ByTheFirstTwoBytes() {
    assertThat(Utf8.isUtf8(new byte[0])).isTrue();
    assertThat(Utf8.isUtf8(bytes('{'))).isTrue();
    assertThat(Utf8.isUtf8(bytes('{', '}'))).isTrue();
    assertThat(Utf8.isUtf8(bytes(0xEF, 0xBB, 0xBF, '{'))).isTrue();
    assertThat(Utf8.isUtf8(bytes(0, '{'))).isFalse();
    assertThat(Utf8.isUtf8(bytes('{', 0))).isFalse();
    assertThat(Utf8.isUtf8(bytes(0xFE, 0xFF, 0, '{'))).isFalse();
    assertThat(Utf8.isUtf8(bytes(0xFF, 0xFE, '{', 0))).isFalse();
    assertThat(Utf8.isUtf8(bytes(0xFE, '{'))).isTrue();
    assertThat(Utf8.isUtf8(bytes(0xFF, '{'))).isTrue();
  }

  @Test
  void utf16IsToldByItsByteOrderMarkOrItsZeroBytesAndUtf32IsNot() {
    assertThat(Utf8.utf16(new byte[0])).isNull();
    assertThat(Utf8.utf16(bytes('{'))).isNull();
    assertThat(Utf8.utf16(bytes('{', '}'))).isNull();
    assertThat(Utf8.utf16(bytes(0xFE, 0xFF))).isEqualTo("UTF-16BE");
    assertThat(Utf8.utf16(bytes(0xFE, 0xFF, 0, '{'))).isEqualTo("UTF-16BE");
    assertThat(Utf8.utf16(bytes(0xFF, 0xFE, '{', 0))).isEqualTo("UTF-16LE");
    assertThat(Utf8.utf16(bytes(0, '{', 0, '}'))).isEqualTo("UTF-16BE");
    assertThat(Utf8.utf16(bytes('{', 0, '}', 0))).isEqualTo("UTF-16LE");
    assertThat(Utf8.utf16(bytes('{', 0))).isEqualTo("UTF-16LE");
    assertThat(Utf8.utf16(bytes(0, '{'))).isEqualTo("UTF-16BE");
    // UTF-32: big endian (two zero bytes first), little endian (with or without its mark)
    assertThat(Utf8.utf16(bytes(0, 0, 0, '{'))).isNull();
    assertThat(Utf8.utf16(bytes(0, 0, 0xFE, 0xFF))).isNull();
    assertThat(Utf8.utf16(bytes('{', 0, 0, 0))).isNull();
    assertThat(Utf8.utf16(bytes(0xFF, 0xFE, 0, 0))).isNull();
    // two zero bytes after a first character that is not a mark: UTF-16BE of "{" then U+0000
    assertThat(Utf8.utf16(bytes(0, '{', 0, 0))).isEqualTo("UTF-16BE");
    assertThat(Utf8.utf16(bytes(0xFE, 0xFF, 0, 0))).isEqualTo("UTF-16BE");
  }

  @Test
  void utf16IsDecodedStrictlyWithoutItsByteOrderMark() {
    byte[] be = "\uFEFF{\"a\": \"\u00e9\"}".getBytes(StandardCharsets.UTF_16BE);
    assertThat(Utf8.decodeUtf16(be, "UTF-16BE")).isEqualTo("{\"a\": \"\u00e9\"}");
    byte[] le = "{}".getBytes(StandardCharsets.UTF_16LE);
    assertThat(Utf8.decodeUtf16(le, "UTF-16LE")).isEqualTo("{}");
    // a lone high surrogate on the second line, after "ab"
    byte[] lone = bytes(0, '{', 0, '\n', 0, 'a', 0, 'b', 0xD8, 0x00, 0, 'c');
    CastJsonException e =
        catchThrowableOfType(CastJsonException.class, () -> Utf8.decodeUtf16(lone, "UTF-16BE"));
    assertThat(e.code()).isEqualTo(Code.SYNTAX_ERROR);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(3);
    assertThat(e.getMessage()).contains("invalid UTF-16BE");
    // an odd last byte
    byte[] odd = bytes('{', 0, '}', 0, '\n');
    e = catchThrowableOfType(CastJsonException.class, () -> Utf8.decodeUtf16(odd, "UTF-16LE"));
    assertThat(e.code()).isEqualTo(Code.SYNTAX_ERROR);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(3);
  }
}
