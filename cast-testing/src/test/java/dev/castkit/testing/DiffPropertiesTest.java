package dev.castkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.ElementId;
import dev.castkit.core.ExtensionValue;
import dev.castkit.core.diff.AnalysisDiff;
import dev.castkit.core.diff.AnalysisMerge;
import dev.castkit.core.diff.Change;
import dev.castkit.core.diff.ChangeKind;
import dev.castkit.core.diff.MergeResult;
import dev.castkit.core.internal.ReferenceGraph;
import dev.castkit.core.internal.ReferenceGraph.Place;
import dev.castkit.core.testing.Shuffled;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link AnalysisDiff} and {@link AnalysisMerge} over generated analyses: an element
 * is edited by giving it an extension (every type has them), through its public builder.
 */
class DiffPropertiesTest {
  private static final int EXAMPLES = 150;

  /** The elements with an id that names exactly one element (not a component of two structures). */
  private static List<Place> single(CastAnalysis a) {
    Map<ElementId, Integer> count = new HashMap<>();
    List<Place> places = ReferenceGraph.build(a).places();
    for (Place p : places) {
      count.merge(p.id(), 1, Integer::sum);
    }
    List<Place> out = new ArrayList<>();
    for (Place p : places.subList(1, places.size())) {
      if (count.get(p.id()) == 1) {
        out.add(p);
      }
    }
    return out;
  }

  private static CastAnalysis mark(CastAnalysis a, ElementId id, String key, String value) {
    return a.replace(id, marked(a.find(id, Object.class).orElseThrow(), key, value));
  }

  @Test
  void anAnalysisDiffersFromItselfInNothing() {
    qt().withExamples(EXAMPLES)
        .forAll(CastGenerators.analyses())
        .checkAssert(
            a -> assertThat(AnalysisDiff.between(a, a.toBuilder().build()).changes()).isEmpty());
  }

  @Test
  void theOrderOfSetsIsNoChangeAndReorderedListsAreOnlyReordered() {
    qt().withExamples(EXAMPLES)
        .forAll(CastGenerators.analyses(), longs().all())
        .checkAssert(
            (a, seed) -> {
              CastAnalysis shuffled = Shuffled.of(a, seed);
              for (Change c : AnalysisDiff.between(a, shuffled).changes()) {
                // Every set is shuffled too; none may show, and no element may seem changed.
                assertThat(c.kind()).as("%s", c).isEqualTo(ChangeKind.REORDERED);
              }
              assertThat(AnalysisMerge.merge(a, shuffled, a).analysis()).isEqualTo(shuffled);
            });
  }

  @Test
  void oneEditedElementIsOneChangeAtThatElement() {
    qt().withExamples(EXAMPLES)
        .forAll(CastGenerators.analyses(), integers().allPositive())
        .checkAssert(
            (a, choice) -> {
              List<Place> places = single(a);
              if (places.isEmpty()) {
                return;
              }
              Place p = places.get(choice % places.size());
              CastAnalysis b = mark(a, p.id(), "x-diff-test", "edited");
              List<Change> changes = AnalysisDiff.between(a, b).changes();
              assertThat(changes).hasSize(1);
              Change c = changes.get(0);
              assertThat(c.kind()).isEqualTo(ChangeKind.ADDED);
              assertThat(c.isExtension()).isTrue();
              assertThat(c.key()).contains(p.id().value());
              assertThat(c.elementType()).isEqualTo(p.type().name());
              assertThat(c.path()).endsWith("[" + p.id().value() + "].x-diff-test");
              assertThat(c.after()).isEqualTo(ExtensionValue.of("edited"));
              // and the other way round
              List<Change> back = AnalysisDiff.between(b, a).changes();
              assertThat(back).extracting(Change::kind).containsExactly(ChangeKind.REMOVED);
              assertThat(back.get(0).path()).isEqualTo(c.path());
            });
  }

  @Test
  void applyingADiffToTheOlderVersionGivesTheNewer() {
    qt().withExamples(EXAMPLES)
        .forAll(CastGenerators.analyses(), CastGenerators.analyses())
        .checkAssert(
            (a, b) -> {
              MergeResult applied = AnalysisDiff.between(a, b).applyTo(a);
              assertThat(applied.isClean()).isTrue();
              assertThat(applied.analysis()).isEqualTo(b);
            });
  }

  @Test
  void aMergeWithAnUnchangedSideGivesTheOtherSide() {
    qt().withExamples(EXAMPLES)
        .forAll(CastGenerators.analyses(), integers().allPositive())
        .checkAssert(
            (base, choice) -> {
              List<Place> places = single(base);
              if (places.isEmpty()) {
                return;
              }
              CastAnalysis x = mark(base, places.get(choice % places.size()).id(), "x-m", "x");
              assertThat(AnalysisMerge.merge(base, x, base).analysis()).isEqualTo(x);
              assertThat(AnalysisMerge.merge(base, base, x).analysis()).isEqualTo(x);
            });
  }

  @Test
  void editsToDifferentElementsNeverConflictAndBothAreKept() {
    qt().withExamples(EXAMPLES)
        .forAll(CastGenerators.analyses(), integers().allPositive(), integers().allPositive())
        .checkAssert(
            (base, i, j) -> {
              List<Place> places = single(base);
              if (places.size() < 2) {
                return;
              }
              ElementId mine = places.get(i % places.size()).id();
              ElementId yours = places.get(j % places.size()).id();
              if (mine.equals(yours)) {
                return;
              }
              CastAnalysis ours = mark(base, mine, "x-ours", "mine");
              CastAnalysis theirs = mark(base, yours, "x-theirs", "yours");
              MergeResult r = AnalysisMerge.merge(base, ours, theirs);
              assertThat(r.conflicts()).as("%s and %s", mine, yours).isEmpty();
              assertThat(r.analysis()).isEqualTo(mark(ours, yours, "x-theirs", "yours"));
            });
  }

  @Test
  void oneFieldEditedDifferentlyOnBothSidesIsExactlyOneConflict() {
    qt().withExamples(EXAMPLES)
        .forAll(CastGenerators.analyses(), integers().allPositive())
        .checkAssert(
            (base, i) -> {
              List<Place> places = single(base);
              if (places.isEmpty()) {
                return;
              }
              ElementId id = places.get(i % places.size()).id();
              CastAnalysis ours = mark(base, id, "x-edit", "mine");
              CastAnalysis theirs = mark(base, id, "x-edit", "yours");
              MergeResult r = AnalysisMerge.merge(base, ours, theirs);
              assertThat(r.conflicts()).hasSize(1);
              assertThat(r.conflicts().get(0).path()).endsWith("[" + id.value() + "].x-edit");
              assertThat(r.analysis()).isEqualTo(ours);
            });
  }

  /** The element with one more extension, through its public toBuilder(). */
  private static Object marked(Object element, String key, String value) {
    try {
      Method toBuilder = element.getClass().getMethod("toBuilder");
      toBuilder.setAccessible(true);
      Object builder = toBuilder.invoke(element);
      Method put = builder.getClass().getMethod("putExtension", String.class, ExtensionValue.class);
      put.setAccessible(true);
      put.invoke(builder, key, ExtensionValue.of(value));
      Method build = builder.getClass().getMethod("build");
      build.setAccessible(true);
      return build.invoke(builder);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot mark " + element, e);
    }
  }
}
