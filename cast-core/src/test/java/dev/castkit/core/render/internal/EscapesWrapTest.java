package dev.castkit.core.render.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EscapesWrapTest {

  @Test
  void wrapsAtWordBoundariesWithinTheWidth() {
    assertThat(Escapes.wrap("maintenance practices and change procedures", 18))
        .isEqualTo("maintenance\npractices and\nchange procedures");
    assertThat(Escapes.wrap("short", 18)).isEqualTo("short");
    // exactly the width stays on one line
    assertThat(Escapes.wrap("abcde fghij", 11)).isEqualTo("abcde fghij");
    assertThat(Escapes.wrap("abcde fghij", 10)).isEqualTo("abcde\nfghij");
  }

  @Test
  void splitsAWordOnlyWhenItAloneIsLongerThanALine() {
    assertThat(Escapes.wrap("see https://example.com/a/very/long/path now", 10))
        .isEqualTo("see\nhttps://ex\nample.com/\na/very/lon\ng/path now");
    assertThat(Escapes.wrap("Data-centre security", 12)).isEqualTo("Data-centre\nsecurity");
  }

  @Test
  void keepsLineBreaksCollapsesSpacesAndCountsCodePoints() {
    assertThat(Escapes.wrap("one two\r\nthree   four", 7)).isEqualTo("one two\nthree\nfour");
    // four emoji are four characters, not eight chars, and a pair is never cut in half
    assertThat(Escapes.wrap("😀😀😀😀 😀😀😀😀", 4)).isEqualTo("😀😀😀😀\n😀😀😀😀");
    assertThat(Escapes.wrap("😀😀😀", 2)).isEqualTo("😀😀\n😀");
    assertThat(Escapes.wrap("", 5)).isEmpty();
  }

  @Test
  void widthBelowOneIsRefused() {
    assertThatThrownBy(() -> Escapes.wrap("a", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("width");
  }
}
