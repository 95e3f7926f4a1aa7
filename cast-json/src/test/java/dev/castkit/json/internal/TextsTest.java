package dev.castkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Texts#hasUnpairedSurrogate} over strings and character buffers, and {@link
 * ReportWriter#wellFormed}, which replaces what the first finds.
 */
class TextsTest {
  private static final List<String> WELL_FORMED =
      List.of(
          "",
          "plain",
          "\ud83d\ude00",
          "a\ud83d\ude00b\ud83d\ude01",
          "\ue000\uffff", // above the surrogates, no surrogate
          "\ud7ff");
  private static final List<String> BROKEN =
      List.of(
          "\ud800",
          "\udc00",
          "a\ud800",
          "\ud800b",
          "\udc00\ud800",
          "\ud83d\ude00\ud800",
          "\ud800\ud800\udc00",
          "x\ud83d\ude00\udc00");

  @Test
  void unpairedSurrogatesAreFoundInStringsAndBuffers() {
    for (String s : WELL_FORMED) {
      assertThat(Texts.hasUnpairedSurrogate(s)).as(escape(s)).isFalse();
      assertThat(inBuffer(s)).as(escape(s)).isFalse();
    }
    for (String s : BROKEN) {
      assertThat(Texts.hasUnpairedSurrogate(s)).as(escape(s)).isTrue();
      assertThat(inBuffer(s)).as(escape(s)).isTrue();
    }
  }

  @Test
  void aBufferIsCheckedOnlyBetweenItsBounds() {
    char[] chars = "\ud800ab\ud83d\ude00c\udc00".toCharArray();
    assertThat(Texts.hasUnpairedSurrogate(chars, 1, 5)).isFalse();
    assertThat(Texts.hasUnpairedSurrogate(chars, 0, 3)).isTrue();
    assertThat(Texts.hasUnpairedSurrogate(chars, 1, 6)).isTrue();
    // the pair cut by the end of the range is unpaired
    assertThat(Texts.hasUnpairedSurrogate(chars, 1, 3)).isTrue();
    // and cut by its start
    assertThat(Texts.hasUnpairedSurrogate(chars, 4, 2)).isTrue();
  }

  @Test
  void wellFormedTextIsKeptAndEachLoneSurrogateReplaced() {
    for (String s : WELL_FORMED) {
      assertThat(ReportWriter.wellFormed(s)).isSameAs(s);
    }
    assertThat(ReportWriter.wellFormed("\ud800")).isEqualTo("\ufffd");
    assertThat(ReportWriter.wellFormed("\udc00")).isEqualTo("\ufffd");
    assertThat(ReportWriter.wellFormed("a\ud800")).isEqualTo("a\ufffd");
    assertThat(ReportWriter.wellFormed("\ud800b")).isEqualTo("\ufffdb");
    assertThat(ReportWriter.wellFormed("\udc00\ud800")).isEqualTo("\ufffd\ufffd");
    assertThat(ReportWriter.wellFormed("\ud83d\ude00\ud800x")).isEqualTo("\ud83d\ude00\ufffdx");
    // pairs after a replacement are kept whole
    assertThat(ReportWriter.wellFormed("\ud800\ud800\udc00y\ud83d\ude00"))
        .isEqualTo("\ufffd\ud800\udc00y\ud83d\ude00");
    assertThat(ReportWriter.wellFormed("x\ud83d\ude00\udc00")).isEqualTo("x\ud83d\ude00\ufffd");
  }

  private static boolean inBuffer(String s) {
    // padded on both sides with a lone surrogate that the range leaves out
    char[] chars = ("\udc00" + s + "\ud800").toCharArray();
    return Texts.hasUnpairedSurrogate(chars, 1, s.length());
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    s.chars().forEach(c -> sb.append(String.format("\\u%04x", c)));
    return sb.toString();
  }
}
