package dev.castkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.core.ElementId;
import dev.castkit.core.internal.model.IdKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The ids of one document: every value comes back as asked, and a mention of a value still in the
 * table is the instance of its first mention.
 */
class IdTableTest {
  private static String any(IdTable table, String value) {
    char[] padded = ("<<" + value + ">>").toCharArray();
    return table.getAny(padded, 2, value.length());
  }

  private static ElementId id(IdTable table, IdKind kind, String value) {
    char[] padded = ("<<" + value + ">>").toCharArray();
    return table.get(kind, padded, 2, value.length());
  }

  @Test
  void aValueOfOneKindIsTheInstanceOfItsFirstMention() {
    IdTable table = new IdTable(0);
    ElementId first = id(table, IdKind.COMPONENT, "C-1");
    assertThat(first).isEqualTo(IdKind.COMPONENT.of("C-1"));
    assertThat(id(table, IdKind.COMPONENT, "C-1")).isSameAs(first);
    assertThat(table.get(IdKind.COMPONENT, "C-1")).isSameAs(first);
    // the same value as another kind is another id
    ElementId link = table.get(IdKind.LINK, "C-1");
    assertThat(link).isEqualTo(IdKind.LINK.of("C-1")).isNotEqualTo(first);
    assertThat(table.get(IdKind.LINK, "C-1")).isSameAs(link);
    String text = any(table, "C-1");
    assertThat(text).isEqualTo("C-1");
    assertThat(any(table, "C-1")).isSameAs(text);
    // the analysis's own id is not shared, and is still right
    assertThat(id(table, IdKind.ANALYSIS, "CAST-1")).isEqualTo(IdKind.ANALYSIS.of("CAST-1"));
  }

  @Test
  void valuesOfUpToFifteenLatin1CharactersAreSharedAndOthersComeBackRight() {
    IdTable table = new IdTable(0);
    for (String shared : new String[] {"C-123456789abcd", "\u00ff", "a\u00ffb"}) {
      String first = any(table, shared);
      assertThat(first).isEqualTo(shared);
      assertThat(any(table, shared)).as(shared).isSameAs(first);
    }
    // longer than 15 characters, or a character past Latin-1: a new instance, as without a table
    for (String unshared : new String[] {"C-123456789abcde", "\u0100", "C-\u20ac", ""}) {
      String first = any(table, unshared);
      assertThat(first).isEqualTo(unshared);
      assertThat(any(table, unshared)).as(unshared).isEqualTo(unshared).isNotSameAs(first);
    }
  }

  @Test
  void valuesWhoseCharactersPackAlikeStayApart() {
    // pairs that would have one key if the length were left out of it, or if characters past
    // Latin-1 were packed ('x' then U+0100 is the bits of 'y' then U+0000), in the first eight
    // characters and in the next seven
    String[][] pairs = {
      {"a", "\u0000a"},
      {"y\u0000", "x\u0100"},
      {"12345678y\u0000", "12345678x\u0100"},
      {"ab", "ba"},
      {"12345678ab", "12345678ba"},
    };
    for (String[] pair : pairs) {
      IdTable table = new IdTable(0);
      for (int round = 0; round < 2; round++) {
        assertThat(any(table, pair[0])).isEqualTo(pair[0]);
        assertThat(any(table, pair[1])).isEqualTo(pair[1]);
      }
    }
  }

  /** Distinct ids of up to 8 characters, as a document might hold, the same on every run. */
  private static List<String> values(int n) {
    Random random = new Random(1);
    Set<String> values = new LinkedHashSet<>();
    while (values.size() < n) {
      values.add("C-" + Integer.toString(random.nextInt(1 << 30), 36));
    }
    return new ArrayList<>(values);
  }

  /** How many of the values are, on another mention, the instance of their first. */
  private static int shared(IdTable table, List<String> values, List<ElementId> first) {
    int shared = 0;
    for (int i = 0; i < values.size(); i++) {
      ElementId again = table.get(IdKind.COMPONENT, values.get(i));
      assertThat(again).isEqualTo(first.get(i));
      if (again == first.get(i)) {
        shared++;
      }
    }
    return shared;
  }

  @Test
  void upToHalfItsLargestSizeTheValuesAreShared() {
    // 1,024 values fill the table of 2,048 slots to half: it grows to that size from any
    // expected size and keeps them all, but for the rare value that finds no place within 16
    // probes
    List<String> values = values(IdTable.MAX_CAPACITY / 2);
    for (int expected : new int[] {0, 100, 1 << 20, Integer.MAX_VALUE}) {
      IdTable table = new IdTable(expected);
      List<ElementId> first = new ArrayList<>();
      for (String v : values) {
        ElementId made = table.get(IdKind.COMPONENT, v);
        assertThat(made.value()).isEqualTo(v);
        first.add(made);
      }
      assertThat(shared(table, values, first))
          .as("table for %d", expected)
          .isGreaterThanOrEqualTo(values.size() * 99 / 100);
    }
  }

  @Test
  void pastItsLargestSizeTheRecentMentionsAreSharedAndOldOnesGiveWay() {
    IdTable table = new IdTable(0);
    List<String> values = values(3 * IdTable.MAX_CAPACITY);
    List<ElementId> first = new ArrayList<>();
    int again = 0;
    for (String v : values) {
      ElementId made = table.get(IdKind.COMPONENT, v);
      assertThat(made.value()).isEqualTo(v);
      // mentioned again at once: in the table, in the slot it took
      if (table.get(IdKind.COMPONENT, v) == made) {
        again++;
      }
      first.add(made);
    }
    assertThat(again).isGreaterThanOrEqualTo(values.size() * 99 / 100);
    // 2,048 slots cannot hold 6,144 ids
    assertThat(shared(table, values, first)).isLessThan(IdTable.MAX_CAPACITY);
  }

  @Test
  void idsThatDifferOnlyPastTheirEighthCharacterAreSharedToo() {
    // the first long of their keys is the same for all of them
    List<String> values = new ArrayList<>();
    for (String v : values(IdTable.MAX_CAPACITY / 2)) {
      values.add("CTRL-ACT" + v.substring(2));
    }
    IdTable table = new IdTable(0);
    List<ElementId> first = new ArrayList<>();
    for (String v : values) {
      first.add(table.get(IdKind.LINK, v));
    }
    int shared = 0;
    for (int i = 0; i < values.size(); i++) {
      ElementId again = table.get(IdKind.LINK, values.get(i));
      assertThat(again.value()).isEqualTo(values.get(i));
      if (again == first.get(i)) {
        shared++;
      }
    }
    assertThat(shared).isGreaterThanOrEqualTo(values.size() * 99 / 100);
  }

  @Test
  void theTableStopsGrowingAtItsLargestSize() {
    // as many ids as the largest table has slots: a table that kept growing would share nearly
    // all of them, one of 2,048 slots (kept half full until then) gives many of them up
    List<String> values = values(IdTable.MAX_CAPACITY);
    IdTable table = new IdTable(values.size());
    List<ElementId> first = new ArrayList<>();
    for (String v : values) {
      first.add(table.get(IdKind.COMPONENT, v));
    }
    assertThat(shared(table, values, first)).isLessThan(values.size() * 9 / 10);
  }
}
