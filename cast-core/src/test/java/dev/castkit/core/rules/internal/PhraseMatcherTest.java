package dev.castkit.core.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
  private final PhraseMatcher m =
      PhraseMatcher.of(List.of("failed to", "human error", "careless", "should have", "blame"));

  @Test
  void findsWholeWordsAndPhrasesIgnoringCaseAndReturnsThemAsWritten() {
    assertThat(m.find("Ops FAILED to  notice; pure Human-Error!"))
        .containsEntry("failed to", "FAILED to")
        .containsEntry("human error", "Human-Error")
        .hasSize(2);
  }

  @Test
  void doesNotFindWordsInsideOtherWords() {
    assertThat(m.find("blameless, unfailed tomorrow, carelessly, shoulder have")).isEmpty();
  }

  @Test
  void aPhraseMustBeContiguousAndComplete() {
    assertThat(m.find("failed badly to")).isEmpty();
    assertThat(m.find("it failed")).isEmpty();
    assertThat(m.find("human")).isEmpty();
  }

  @Test
  void eachPhraseIsReportedOnceAtItsFirstPlaceInSortedOrder() {
    assertThat(m.find("Careless, careless; should have blamed? no: Blame."))
        .containsExactly(
            java.util.Map.entry("blame", "Blame"),
            java.util.Map.entry("careless", "Careless"),
            java.util.Map.entry("should have", "should have"));
  }

  @Test
  void forEachGivesEveryOccurrenceWithWhereItIsWritten() {
    String text = "Careless, careless; Human-Error";
    List<String> seen = new java.util.ArrayList<>();
    m.forEach(text, (phrase, start, end) -> seen.add(phrase + "@" + text.substring(start, end)));
    assertThat(seen)
        .containsExactly("careless@Careless", "careless@careless", "human error@Human-Error");
  }

  @Test
  void quotesAroundAWordAndTypographicApostrophesAreHandled() {
    PhraseMatcher apostrophes = PhraseMatcher.of(List.of("shouldn't have"));
    assertThat(apostrophes.find("they shouldn\u2019t have")).containsKey("shouldn't have");
    assertThat(m.find("'careless'")).containsEntry("careless", "careless");
  }

  @Test
  void unicodeLettersAreWordCharacters() {
    PhraseMatcher accents = PhraseMatcher.of(List.of("négligent"));
    assertThat(accents.find("Un opérateur NÉGLIGENT")).containsKey("négligent");
    assertThat(accents.find("négligente")).isEmpty();
  }

  @Test
  void phrasesAreNormalisedAndDeduplicated() {
    PhraseMatcher p = PhraseMatcher.of(List.of("Failed  To", "failed-to", "x"));
    assertThat(p.phrases()).containsExactly("failed to", "x");
  }

  @Test
  void aPhraseWithoutWordsIsRefused() {
    assertThatThrownBy(() -> PhraseMatcher.of(List.of("--")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'--'");
    assertThatThrownBy(() -> PhraseMatcher.of(Arrays.asList("ok", null)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLongTextIsScannedInOnePass() {
    String text = "word ".repeat(200_000) + "human error";
    assertThat(m.find(text)).containsOnlyKeys("human error");
  }

  @Test
  void theResourceListsLoadAndAMissingOneIsAClearError() {
    assertThat(PhraseMatcher.readResource("/dev/castkit/core/rules/blame-words.txt"))
        .contains("failed to")
        .noneMatch(l -> l.startsWith("#"));
    assertThatThrownBy(() -> PhraseMatcher.readResource("/nope.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/nope.txt");
  }
}
