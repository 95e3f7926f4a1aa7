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
  void phrasesAreListedSortedWhateverTheOrderTheyWereGivenIn() {
    PhraseMatcher p = PhraseMatcher.of(List.of("should have", "blame", "Careless"));
    assertThat(p.phrases()).containsExactly("blame", "careless", "should have");
  }

  @Test
  void quotesAroundTheWordsOfAPhraseAreNotPartOfThem() {
    assertThat(PhraseMatcher.of(List.of("'careless'", "\u2019failed\u2019 to")).phrases())
        .containsExactly("careless", "failed to");
    assertThat(PhraseMatcher.words("'don't' ''")).containsExactly("don't");
  }

  @Test
  void aPhraseOfQuotesAloneHoldsNoWord() {
    for (String quotes : List.of("''", "'", "\u2019'", "ok ''")) {
      assertThat(PhraseMatcher.words(quotes)).as(quotes).doesNotContain("");
    }
    assertThatThrownBy(() -> PhraseMatcher.of(List.of("''")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("''");
  }

  @Test
  void aQuoteOnOneSideOfAWordIsNotPartOfIt() {
    assertThat(m.find("a 'careless remark")).containsEntry("careless", "careless");
    assertThat(m.find("a careless' remark")).containsEntry("careless", "careless");
    assertThat(m.find("\u2019Failed to\u2019")).containsEntry("failed to", "Failed to");
  }

  @Test
  void aStrayQuoteBetweenTwoWordsIsNoWordAndKeepsThemAdjacent() {
    // As words() reads the phrase "failed ' to": two words.
    assertThat(m.find("it failed ' to start")).containsEntry("failed to", "failed ' to");
    assertThat(m.find("it failed \u2019' to start")).containsKey("failed to");
  }

  @Test
  void theFirstCharacterAfterAsciiIsNotAWordCharacter() {
    // U+0080 (a C1 control character) is the first character past the ASCII table.
    assertThat(m.find("\u0080careless\u0080")).containsEntry("careless", "careless");
    assertThat(m.find("failed\u0080to")).containsEntry("failed to", "failed\u0080to");
    assertThat(m.find("human\u007ferror")).containsKey("human error");
  }

  @Test
  void upperCaseLettersAtBothEndsOfTheAlphabetAreFolded() {
    PhraseMatcher az = PhraseMatcher.of(List.of("azure zone", "a", "z"));
    assertThat(az.find("AZURE ZONE: A to Z")).containsOnlyKeys("azure zone", "a", "z");
    assertThat(az.find("'AZURE' 'ZONE'")).containsKey("azure zone");
  }

  @Test
  void aWordWhoseHashEqualsThatOfAListedWordIsNotThatWord() {
    // "an" and "c0" have the same String.hashCode (97 * 31 + 110 == 99 * 31 + 48).
    assertThat("an".hashCode()).isEqualTo("c0".hashCode());
    PhraseMatcher an = PhraseMatcher.of(List.of("an"));
    assertThat(an.find("c0 C0 'c0'")).isEmpty();
    assertThat(an.find("An")).containsKey("an");
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
