package dev.castkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.castkit.core.rules.CastRules;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The generators' texts hold what breaks renderers, codecs and rules: checked on a few thousand
 * draws of each kind, so a narrowed alphabet fails here rather than silently testing less.
 */
class GeneratedTextTest {
  private static List<String> texts(CastGenerators.Text kind) {
    Gen<String> text = in -> new Draw(in, kind).text();
    List<String> all = new ArrayList<>();
    qt().withExamples(3000).forAll(text).checkAssert(all::add);
    return all;
  }

  private static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))) {
        return true;
      }
      if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  private static final Predicate<String> BLAME =
      s -> CastRules.standardBlameWords().stream().anyMatch(s::contains);
  private static final Predicate<String> LIST_MARKER_AT_LINE_START =
      s -> s.matches("(?s)(^|.*[\\n\\r])\\d+[.)].*");
  private static final Predicate<String> CONTROL =
      s -> s.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0x7f);

  @Test
  void awkwardTextHoldsEveryKindOfTroubleTheFormatCanCarry() {
    List<String> texts = texts(CastGenerators.Text.AWKWARD);
    assertThat(texts).allSatisfy(t -> assertThat(t).isNotBlank());
    assertThat(texts).anyMatch(BLAME);
    assertThat(texts).anyMatch(LIST_MARKER_AT_LINE_START);
    assertThat(texts).anyMatch(t -> t.contains("\r") && !t.contains("\r\n"));
    assertThat(texts).anyMatch(t -> t.contains("\r\n"));
    assertThat(texts).anyMatch(t -> t.contains("\u2028"));
    assertThat(texts).anyMatch(t -> t.contains("\u2029"));
    assertThat(texts).anyMatch(CONTROL);
    assertThat(texts).anyMatch(t -> t.contains("\u0000"));
    assertThat(texts).anyMatch(t -> t.codePoints().anyMatch(Character::isSupplementaryCodePoint));
    // JSON cannot hold them: never in awkward text
    assertThat(texts).noneMatch(GeneratedTextTest::hasLoneSurrogate);
    assertThat(texts).noneMatch(t -> t.contains("\u0085"));
  }

  @Test
  void hostileTextAddsLoneSurrogates() {
    assertThat(texts(CastGenerators.Text.HOSTILE)).anyMatch(GeneratedTextTest::hasLoneSurrogate);
  }

  @Test
  void plainTextIsPlain() {
    assertThat(texts(CastGenerators.Text.PLAIN))
        .allSatisfy(t -> assertThat(t).matches("[a-z]+( [a-z]+)*"))
        .noneMatch(BLAME);
  }
}
