package dev.castkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.castkit.core.CastModelException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** {@link Ids}: the id syntax at its boundaries, its messages, and the natural order. */
class IdsTest {
  private static final Pattern SYNTAX = Pattern.compile(Ids.PATTERN);

  @Test
  void everyCharacterIsAcceptedFirstAndAfterwardsExactlyAsThePatternSays() {
    for (char c = 0; c < 300; c++) {
      String first = c + "1";
      String later = "A" + c;
      assertThat(Ids.isValid(first))
          .as("U+%04X first", (int) c)
          .isEqualTo(SYNTAX.matcher(first).matches());
      assertThat(Ids.isValid(later))
          .as("U+%04X later", (int) c)
          .isEqualTo(SYNTAX.matcher(later).matches());
    }
    assertThat(Ids.isValid("\u0080")).isFalse();
    assertThat(Ids.isValid("a\u0080")).isFalse();
    assertThat(Ids.isValid("a\u007f")).isFalse();
  }

  @Test
  void anIdHoldsOneTo128Characters() {
    assertThat(Ids.isValid(null)).isFalse();
    assertThat(Ids.isValid("")).isFalse();
    assertThat(Ids.isValid("a")).isTrue();
    assertThat(Ids.isValid("a".repeat(Ids.MAX_LENGTH))).isTrue();
    assertThat(Ids.isValid("a".repeat(Ids.MAX_LENGTH + 1))).isFalse();
    assertThat(Ids.isValid("H-1.a_b:c")).isTrue();
  }

  @Test
  void requireGivesTheValueBackOrSaysWhatIsWrong() {
    String id = "SC-1.a";
    assertThat(Ids.require("ConstraintId", id)).isSameAs(id);
    assertThatThrownBy(() -> Ids.require("LossId", null))
        .isInstanceOfSatisfying(
            CastModelException.class,
            e -> assertThat(e.code()).isEqualTo(CastModelException.Code.NULL_ATTRIBUTE))
        .hasMessageContaining("LossId is null");
    assertThatThrownBy(() -> Ids.require("LossId", ""))
        .isInstanceOfSatisfying(
            CastModelException.class,
            e -> assertThat(e.code()).isEqualTo(CastModelException.Code.BLANK_TEXT))
        .hasMessageContaining("LossId is empty")
        .hasMessageContaining("1 to 128");
    assertThatThrownBy(() -> Ids.require("LossId", " \t"))
        .hasMessageContaining("LossId is only white space");
    String longBad = "-" + "x".repeat(200);
    assertThatThrownBy(() -> Ids.require("HazardId", longBad))
        .isInstanceOfSatisfying(
            CastModelException.class,
            e -> assertThat(e.code()).isEqualTo(CastModelException.Code.MALFORMED_ID))
        .hasMessageContaining("HazardId '" + Texts.abbreviate(longBad) + "' is not a valid id")
        .hasMessageContaining("starting with a letter or digit");
  }

  @Test
  void abbreviateKeepsSixtyCharactersAndShortensLongerTexts() {
    String sixty = "a".repeat(60);
    assertThat(Texts.abbreviate(sixty)).isEqualTo(sixty);
    assertThat(Texts.abbreviate("")).isEqualTo("");
    String sixtyOne = "b".repeat(61);
    assertThat(Texts.abbreviate(sixtyOne)).isEqualTo("b".repeat(57) + "...").hasSize(60);
  }

  @Test
  void naturalOrderComparesNumbersByValue() {
    List<String> sorted =
        List.of(
            "1", "2", "10", "A", "H", "H-01", "H-1", "H-2", "H-2.a", "H-2.b", "H-10", "H-10a", "Ha",
            "a", "a1", "a01b", "a1c");
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = 0; j < sorted.size(); j++) {
        int c = Ids.compareNatural(sorted.get(i), sorted.get(j));
        assertThat(Integer.signum(c))
            .as("%s against %s", sorted.get(i), sorted.get(j))
            .isEqualTo(Integer.compare(i, j));
      }
    }
  }

  @Test
  void naturalOrderIsTheTokenOrderOfTheSimpleDefinition() {
    // a small alphabet, so that runs of digits, zeros, prefixes and ties are frequent
    String alphabet = "0019a.b";
    Gen<String> ids =
        lists()
            .of(integers().between(0, alphabet.length() - 1))
            .ofSizeBetween(0, 7)
            .map(
                l -> {
                  StringBuilder sb = new StringBuilder();
                  l.forEach(k -> sb.append(alphabet.charAt(k)));
                  return sb.toString();
                });
    qt().withExamples(20_000)
        .forAll(ids, ids)
        .checkAssert(
            (a, b) -> {
              int c = Ids.compareNatural(a, b);
              assertThat(Integer.signum(c)).as("%s against %s", a, b).isEqualTo(simple(a, b));
              assertThat(Integer.signum(Ids.compareNatural(b, a))).isEqualTo(-Integer.signum(c));
              assertThat(c == 0).isEqualTo(a.equals(b));
            });
  }

  /**
   * Natural order as first described: split into runs of digits and single other characters; two
   * runs of digits compare by value, anything else by its first character; then the shorter rest
   * first; then plain string order.
   */
  private static int simple(String a, String b) {
    List<String> ta = tokens(a);
    List<String> tb = tokens(b);
    int consumedA = 0;
    int consumedB = 0;
    for (int k = 0; k < Math.min(ta.size(), tb.size()); k++) {
      String x = ta.get(k);
      String y = tb.get(k);
      int c;
      if (Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0))) {
        c = new BigInteger(x).compareTo(new BigInteger(y));
      } else {
        c = Character.compare(x.charAt(0), y.charAt(0));
      }
      if (c != 0) {
        return Integer.signum(c);
      }
      consumedA += x.length();
      consumedB += y.length();
    }
    int rest = Integer.compare(a.length() - consumedA, b.length() - consumedB);
    return rest != 0 ? rest : Integer.signum(a.compareTo(b));
  }

  private static List<String> tokens(String s) {
    List<String> t = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      int j = i + 1;
      if (Character.isDigit(s.charAt(i))) {
        while (j < s.length() && Character.isDigit(s.charAt(j))) {
          j++;
        }
      }
      t.add(s.substring(i, j));
      i = j;
    }
    return t;
  }
}
