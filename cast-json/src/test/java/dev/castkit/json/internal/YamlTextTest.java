package dev.castkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.castkit.json.CastJsonException;
import dev.castkit.json.CastJsonException.Code;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link YamlText}: how the bytes of a YAML document are decoded, how YAML 1.1's extra line breaks
 * are hidden from the YAML library and put back, and where tabs after colons are.
 */
class YamlTextTest {
  private static final String BREAKS = "\u0085\u2028\u2029";

  private static byte[] bytes(int... b) {
    byte[] out = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = (byte) b[i];
    }
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void shortDocumentsAreUtf8() {
    assertThat(YamlText.decode(new byte[0])).isEmpty();
    assertThat(YamlText.decode(bytes('a'))).isEqualTo("a");
    assertThat(YamlText.decode(bytes('a', 'b'))).isEqualTo("ab");
    assertThat(YamlText.decode(bytes('a', 'b', 'c'))).isEqualTo("abc");
    // zero bytes that match none of the patterns of section 5.2 are UTF-8 text
    assertThat(YamlText.decode(bytes(0, 0))).isEqualTo("\0\0");
    assertThat(YamlText.decode(bytes(0, 0, 0, 0))).isEqualTo("\0\0\0\0");
    assertThat(YamlText.decode(bytes(0))).isEqualTo("\0");
  }

  @Test
  void theEncodingIsTakenFromTheZeroBytesOfTheFirstCharacter() {
    for (String charset : List.of("UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE")) {
      for (String doc : List.of("a", "a: b\n", "x")) {
        assertThat(YamlText.decode(doc.getBytes(Charset.forName(charset))))
            .as(charset + " " + doc)
            .isEqualTo(doc);
      }
    }
  }

  @Test
  void aByteOrderMarkIsDroppedEvenWhenItIsTheWholeDocument() {
    for (String charset : List.of("UTF-8", "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE")) {
      Charset cs = Charset.forName(charset);
      assertThat(YamlText.decode("\uFEFF".getBytes(cs))).as(charset).isEmpty();
      assertThat(YamlText.decode("\uFEFFa".getBytes(cs))).as(charset).isEqualTo("a");
      assertThat(YamlText.decode("\uFEFFk: v\n".getBytes(cs))).as(charset).isEqualTo("k: v\n");
    }
    // a second mark is a character of the document
    assertThat(YamlText.decode("\uFEFF\uFEFFa".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("\uFEFFa");
  }

  @Test
  void bytesThatAreNotTheEncodingAreALocatedSyntaxError() {
    byte[] cut = concat("ab\ncd".getBytes(StandardCharsets.UTF_8), bytes(0xC3));
    CastJsonException e = catchThrowableOfType(CastJsonException.class, () -> YamlText.decode(cut));
    assertThat(e.code()).isEqualTo(Code.SYNTAX_ERROR);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(3);
    assertThat(e.jsonPointer()).isEmpty();
    assertThat(e.detail())
        .isEqualTo(
            "not well-formed YAML: the bytes are not valid UTF-8 (the encoding its first bytes"
                + " show) at byte 5");

    byte[] marked = concat(bytes(0xEF, 0xBB, 0xBF), "x: \n  y".getBytes(StandardCharsets.UTF_8));
    byte[] bad = concat(marked, bytes(0xFF, 'z'));
    CastJsonException m = catchThrowableOfType(CastJsonException.class, () -> YamlText.decode(bad));
    assertThat(m.line()).isEqualTo(2);
    assertThat(m.column()).isEqualTo(4);
    assertThat(m.detail())
        .isEqualTo(
            "not well-formed YAML: the bytes are not valid UTF-8 (the encoding its byte-order mark"
                + " declares) at byte 10");

    // UTF-32 with a byte-order mark, then a code point past U+10FFFF
    byte[] big = bytes(0, 0, 0xFE, 0xFF, 0, 0, 0, 'a', 0, 0x11, 0, 0);
    byte[] little = bytes(0xFF, 0xFE, 0, 0, 'a', 0, 0, 0, 0, 0, 0x11, 0);
    for (byte[] utf32 : List.of(big, little)) {
      CastJsonException u =
          catchThrowableOfType(CastJsonException.class, () -> YamlText.decode(utf32));
      assertThat(u.line()).isEqualTo(1);
      assertThat(u.column()).isEqualTo(2);
      assertThat(u.detail())
          .isEqualTo(
              "not well-formed YAML: the bytes are not valid UTF-32"
                  + (utf32 == big ? "BE" : "LE")
                  + " (the encoding its byte-order mark declares) at byte 8");
    }

    // on the first line the column counts from the start of the document
    byte[] first = concat("abc".getBytes(StandardCharsets.UTF_8), bytes(0xFE));
    CastJsonException f =
        catchThrowableOfType(CastJsonException.class, () -> YamlText.decode(first));
    assertThat(f.line()).isEqualTo(1);
    assertThat(f.column()).isEqualTo(4);
  }

  @Test
  void aDocumentWithoutYaml11BreaksIsScannedAsItIs() {
    for (String doc : List.of("", "a: b\n", "x: \"\\u2028\"\n", "\uE000: \\")) {
      YamlText.Prepared p = YamlText.prepare(doc);
      assertThat(p.text()).isSameAs(doc);
      assertThat(p.breaks()).isNull();
    }
  }

  /** Prepares a document, checks that it hides every break and restores to itself. */
  private static YamlText.Breaks hidden(String doc) {
    YamlText.Prepared p = YamlText.prepare(doc);
    assertThat(p.breaks()).as("breaks of %s", doc).isNotNull();
    for (char c : BREAKS.toCharArray()) {
      assertThat(p.text()).doesNotContain(String.valueOf(c));
    }
    assertThat(p.text()).hasSameSizeAs(doc);
    assertThat(p.breaks().restore(p.text())).isEqualTo(doc);
    assertThat(p.breaks().restore(null)).isNull();
    return p.breaks();
  }

  @Test
  void yaml11BreaksAreHiddenAndRestoredWherePrivateUseCharactersAreNotUsed() {
    hidden("\u2028");
    hidden("\u2028k: v\n");
    hidden("k: \u0085\u2028\u2029\n");
    hidden("\u2029\\");
    hidden("x: \"\u2028\\");
    // the document's own private-use characters are kept
    YamlText.Breaks raw = hidden("\uE000\uE001: \u2028\uF8FF\uE002");
    assertThat(raw.restore("\uE000\uE001\uE002\uF8FF")).isEqualTo("\uE000\uE001\uE002\uF8FF");
  }

  @Test
  void privateUseCharactersWrittenAsEscapesAreNotBorrowed() {
    // \\uXXXX and \\UXXXXXXXX stand for the character: the scanner decodes them to it
    String doc = "x: \"\\uE000\\U0000E001\\uE0021\u2028\"\ny: \"\\u00e9 \\UE003 \\uE00\"\n";
    YamlText.Breaks breaks = hidden(doc);
    for (char c : "\uE000\uE001\uE002".toCharArray()) {
      assertThat(breaks.restore(String.valueOf(c)))
          .as("U+%04X", (int) c)
          .isEqualTo(String.valueOf(c));
    }
    // an escape at the very end of the document counts too
    YamlText.Breaks atEnd = hidden("\u2028\\uE000");
    assertThat(atEnd.restore("\uE000")).isEqualTo("\uE000");
    YamlText.Breaks longAtEnd = hidden("\u2028\\U0000E000");
    assertThat(longAtEnd.restore("\uE000")).isEqualTo("\uE000");
    // a cut escape stands for nothing
    hidden("\u2028\\uE0");
    hidden("\u2028\\U0000E0");
    hidden("\u2028\\u");
  }

  /** Every private-use character from {@code from} to {@code to}, both included, raw. */
  private static String privateUse(char from, char to) {
    StringBuilder b = new StringBuilder();
    for (char c = from; c <= to; c++) {
      b.append(c);
    }
    return b.toString();
  }

  @Test
  void whenFewerThanThreePrivateUseCharactersAreFreeTheLibrarysReadingStands() {
    // free: U+E000 and U+E001 only (U+F8FF raw)
    String raw = privateUse('\uE002', '\uF8FF') + "\u2028";
    YamlText.Prepared p = YamlText.prepare(raw);
    assertThat(p.text()).isEqualTo(raw);
    assertThat(p.breaks()).isNull();
    // free: the same two (U+F8FF as an escape)
    String escaped = privateUse('\uE002', '\uF8FE') + "\"\\uF8FF\"\u2028";
    YamlText.Prepared q = YamlText.prepare(escaped);
    assertThat(q.text()).isEqualTo(escaped);
    assertThat(q.breaks()).isNull();
  }

  @Test
  void theLastPrivateUseCharacterIsBorrowedWhenItIsFree() {
    // free: U+E000, U+E001 and U+F8FF
    String doc = privateUse('\uE002', '\uF8FE') + "\u0085\u2028\u2029";
    YamlText.Breaks breaks = hidden(doc);
    assertThat(breaks.restore("\uF8FF")).isNotEqualTo("\uF8FF");
  }

  @Test
  void tabsAfterColonsAreReplacedAtTheirCodePointIndex() {
    YamlText.Tabs tabs = YamlText.tabsAfterColons("k\uD83D\uDE00:\tv\n\uD83D\uDE00x:\t\ty\n");
    assertThat(tabs.text()).isEqualTo("k\uD83D\uDE00: v\n\uD83D\uDE00x:  y\n");
    BitSet expected = new BitSet();
    expected.set(3);
    expected.set(9);
    expected.set(10);
    assertThat(tabs.positions()).isEqualTo(expected);
    // a lone surrogate is one code point, at the start and at the end
    YamlText.Tabs lone = YamlText.tabsAfterColons("\uD83D:\tb\uD83D");
    assertThat(lone.text()).isEqualTo("\uD83D: b\uD83D");
    assertThat(lone.positions()).isEqualTo(BitSet.valueOf(new long[] {1L << 2}));
    YamlText.Tabs loneLow = YamlText.tabsAfterColons("\uDE00\uDE00a:\tb");
    assertThat(loneLow.positions()).isEqualTo(BitSet.valueOf(new long[] {1L << 4}));
    // tabs elsewhere are left
    assertThat(YamlText.tabsAfterColons("a: b\n\t- c\nd:\n\te\n")).isNull();
    assertThat(YamlText.tabsAfterColons("a:\r\tb")).isNull();
  }

  @Test
  void onlyTheLibrarysRefusalOfATabIsATabError() {
    IOException tab =
        new IOException(
            "while scanning for the next token\nfound character '\\t(TAB)' that cannot start any"
                + " token. (Do not use \\t(TAB) for indentation)");
    assertThat(YamlText.isTabError(tab)).isTrue();
    assertThat(YamlText.isTabError(new RuntimeException("wrapped", tab))).isTrue();
    assertThat(
            YamlText.isTabError(new IOException("found character '@' that cannot start any token")))
        .isFalse();
    assertThat(YamlText.isTabError(new IOException("a TAB"))).isFalse();
    assertThat(YamlText.isTabError(new RuntimeException((String) null))).isFalse();
    assertThat(YamlText.isTabError(null)).isFalse();
  }
}
