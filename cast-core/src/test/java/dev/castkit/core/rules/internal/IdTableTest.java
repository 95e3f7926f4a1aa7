package dev.castkit.core.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.core.ElementId;
import dev.castkit.core.HazardId;
import dev.castkit.core.LossId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The table of ids gives the same answers with ordinary ids and with ids whose hashes collide. */
class IdTableTest {
  /** n ids with one String hash code: concatenations of "Aa" and "BB". */
  private static List<String> colliding(int n) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder s = new StringBuilder("H-");
      for (int bit = 0; bit < 10; bit++) {
        s.append(((i >> bit) & 1) == 0 ? "Aa" : "BB");
      }
      values.add(s.toString());
    }
    assertThat(values.stream().map(String::hashCode).distinct()).hasSize(1);
    return values;
  }

  private static void assertAnswers(List<String> values) {
    IdTable table = new IdTable(values.size());
    for (String v : values) {
      table.add(HazardId.of(v));
    }
    // the first ten a second time, one of them as a loss id
    for (int i = 0; i < 10; i++) {
      table.add(i == 0 ? LossId.of(values.get(i)) : HazardId.of(values.get(i)));
    }
    for (String v : values) {
      assertThat(table.contains(v)).as(v).isTrue();
      assertThat(table.contains(HazardId.of(v))).as(v).isTrue();
    }
    assertThat(table.contains(LossId.of(values.get(0)))).isTrue();
    assertThat(table.contains(LossId.of(values.get(1)))).isFalse();
    assertThat(table.contains("H-absent")).isFalse();
    assertThat(table.repeated()).isTrue();
    Map<String, List<String>> repeated = new LinkedHashMap<>();
    table.forEachRepeated(
        (key, all) -> {
          List<String> kinds = new ArrayList<>();
          for (ElementId id : all) {
            kinds.add(id.getClass().getSimpleName());
          }
          repeated.put(key, kinds);
        });
    assertThat(repeated).hasSize(10);
    assertThat(repeated.get(values.get(0))).containsExactly("HazardId", "LossId");
    assertThat(repeated.get(values.get(5))).containsExactly("HazardId", "HazardId");
  }

  @Test
  void ordinaryIds() {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      values.add("H-" + i);
    }
    assertAnswers(values);
  }

  @Test
  void idsWhoseHashesCollideGiveTheSameAnswers() {
    // more than the longest run of probes the table accepts before it moves to a HashMap
    assertAnswers(colliding(1000));
  }

  @Test
  void withoutARepeatedIdNothingIsRepeated() {
    IdTable table = new IdTable(3);
    table.add(HazardId.of("H-1"));
    table.add(LossId.of("L-1"));
    assertThat(table.repeated()).isFalse();
    List<String> repeated = new ArrayList<>();
    table.forEachRepeated((key, all) -> repeated.add(key));
    assertThat(repeated).isEmpty();
    // an id defined once answers for its own type only
    assertThat(table.contains(LossId.of("H-1"))).isFalse();
    assertThat(table.contains(HazardId.of("L-1"))).isFalse();
    assertThat(table.contains(HazardId.of("H-1"))).isTrue();
  }

  @Test
  void anIdDefinedThreeTimesListsEveryDefinitionInOrder() {
    IdTable table = new IdTable(3);
    table.add(HazardId.of("X-1"));
    table.add(LossId.of("X-1"));
    table.add(HazardId.of("X-1"));
    assertThat(repeated(table)).containsExactly(Map.entry("X-1", "HazardId LossId HazardId"));
  }

  @Test
  void aTableGivenTooLowAnEstimateStillAnswersForEveryId() {
    // An estimate of 1 makes the smallest table: the first ids fill every slot of it, the next
    // find none free.
    for (int n : List.of(8, 9, 40)) {
      IdTable table = new IdTable(1);
      for (int i = 0; i < n; i++) {
        table.add(HazardId.of("H-" + i));
      }
      for (int i = 0; i < n; i++) {
        table.add(LossId.of("H-" + i));
      }
      Map<String, String> repeated = repeated(table);
      assertThat(repeated).as("%d ids", n).hasSize(n);
      assertThat(repeated.values()).containsOnly("HazardId LossId");
      for (int i = 0; i < n; i++) {
        assertThat(table.contains("H-" + i)).as("H-%d of %d", i, n).isTrue();
        assertThat(table.contains(LossId.of("H-" + i))).as("H-%d of %d", i, n).isTrue();
      }
      // looking for an absent id in a full table walks every slot (and moves it to a HashMap)
      assertThat(table.contains("H-" + n)).isFalse();
      assertThat(repeated(table)).isEqualTo(repeated);
    }
  }

  private static Map<String, String> repeated(IdTable table) {
    Map<String, String> repeated = new LinkedHashMap<>();
    table.forEachRepeated(
        (key, all) -> {
          List<String> kinds = new ArrayList<>();
          for (ElementId id : all) {
            kinds.add(id.getClass().getSimpleName());
          }
          repeated.put(key, String.join(" ", kinds));
        });
    return repeated;
  }
}
