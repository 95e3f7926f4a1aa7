package dev.castkit.core.diff;

import static dev.castkit.core.diff.DiffSamples.E1;
import static dev.castkit.core.diff.DiffSamples.H1;
import static dev.castkit.core.diff.DiffSamples.L1;
import static dev.castkit.core.diff.DiffSamples.L2;
import static dev.castkit.core.diff.DiffSamples.R1;
import static dev.castkit.core.diff.DiffSamples.analysis;
import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.core.AnalyzedSystem;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.EventTime;
import dev.castkit.core.Evidence;
import dev.castkit.core.EvidenceKind;
import dev.castkit.core.ExtensionValue;
import dev.castkit.core.Hazard;
import dev.castkit.core.HazardId;
import dev.castkit.core.LossId;
import dev.castkit.core.Milestone;
import dev.castkit.core.MilestoneKind;
import dev.castkit.core.Recommendation;
import dev.castkit.core.RecommendationStatus;
import dev.castkit.core.Revision;
import dev.castkit.core.TimePrecision;
import dev.castkit.core.TimelineEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The less common paths of the diff and the merge: nested objects, keys, order, equality. */
class DiffAndMergeDetailsTest {
  private static final AnalyzedSystem SYSTEM =
      AnalyzedSystem.builder().name("Checkout").addInside("API").addInside("DB").build();
  private static final CastAnalysis BASE = analysis().toBuilder().system(SYSTEM).build();

  private static CastAnalysis system(CastAnalysis a, AnalyzedSystem s) {
    return a.toBuilder().system(s).build();
  }

  private static Recommendation r1(CastAnalysis a) {
    return a.find(R1, Recommendation.class).orElseThrow();
  }

  private static Hazard hazard(String id) {
    return Hazard.builder().id(HazardId.of(id)).description("Hazard " + id).addLoss(L1).build();
  }

  // --- the diff ---

  @Test
  void aNestedObjectIsAddedRemovedOrComparedFieldByField() {
    CastAnalysis none = analysis();
    assertThat(AnalysisDiff.between(none, BASE).changes())
        .extracting(Change::toString)
        .containsExactly("ADDED system");
    assertThat(AnalysisDiff.between(BASE, none).changes())
        .extracting(Change::toString)
        .containsExactly("REMOVED system");
    CastAnalysis described = system(BASE, SYSTEM.toBuilder().description("The shop").build());
    List<Change> changes = AnalysisDiff.between(BASE, described).changes();
    assertThat(changes).extracting(Change::path).containsExactly("system.description");
    assertThat(changes.get(0).elementType()).isEqualTo("AnalyzedSystem");
    assertThat(changes.get(0).key()).isEmpty();
    assertThat(changes.get(0).within(CastAnalysis.class)).contains(described);
  }

  @Test
  void aListOfTextsIsReorderedOrChanged() {
    CastAnalysis swapped = system(BASE, SYSTEM.toBuilder().inside(List.of("DB", "API")).build());
    assertThat(AnalysisDiff.between(BASE, swapped).changes())
        .extracting(Change::kind, Change::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ChangeKind.REORDERED, "system.inside"));
    CastAnalysis other = system(BASE, SYSTEM.toBuilder().inside(List.of("API", "Cache")).build());
    assertThat(AnalysisDiff.between(BASE, other).changes())
        .extracting(Change::kind)
        .containsExactly(ChangeKind.CHANGED);
    CastAnalysis longer = system(BASE, SYSTEM.toBuilder().addInside("Cache").build());
    assertThat(AnalysisDiff.between(BASE, longer).changes())
        .extracting(Change::kind)
        .containsExactly(ChangeKind.CHANGED);
  }

  @Test
  void itemsWithoutKeysThatWentAreRemovedByPosition() {
    TimelineEvent e1 = BASE.timeline().get(0);
    Evidence chat = Evidence.builder().kind(EvidenceKind.CHAT).source("#incident").build();
    CastAnalysis two = BASE.replace(E1, e1.toBuilder().addEvidence(chat).build());
    CastAnalysis onlyChat = BASE.replace(E1, e1.toBuilder().evidence(List.of(chat)).build());
    assertThat(AnalysisDiff.between(two, onlyChat).changes())
        .extracting(Change::toString)
        .containsExactly("REMOVED timeline[E-1].evidence[0]");
    assertThat(AnalysisDiff.between(two, BASE).changes())
        .extracting(Change::toString)
        .containsExactly("REMOVED timeline[E-1].evidence[1]");
  }

  @Test
  void keysThatAreNotIdsNameTheirElement() {
    Milestone started =
        Milestone.builder()
            .kind(MilestoneKind.STARTED)
            .time(EventTime.of(Instant.parse("2026-01-05T10:00:00Z"), TimePrecision.MINUTE))
            .build();
    Revision first = Revision.builder().version("draft 1").description("First draft").build();
    CastAnalysis a = BASE.toBuilder().addMilestone(started).addRevision(first).build();
    CastAnalysis b =
        BASE.toBuilder()
            .addMilestone(started.toBuilder().event(E1).build())
            .addRevision(first.toBuilder().author("Ana").build())
            .build();
    assertThat(AnalysisDiff.between(a, b).changes())
        .extracting(Change::path)
        .containsExactly("milestones[STARTED].event", "revisions[draft 1].author");
    assertThat(AnalysisDiff.between(a, b).changes().get(0).key()).contains("STARTED");
    assertThat(AnalysisDiff.between(a, b).isEmpty()).isFalse();
  }

  @Test
  void changesAreEqualByWhatTheySay() {
    CastAnalysis b = BASE.replace(R1, r1(BASE).toBuilder().owner("SRE").build());
    Change one = AnalysisDiff.between(BASE, b).changes().get(0);
    Change same = AnalysisDiff.between(BASE, b).changes().get(0);
    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
    Change back = AnalysisDiff.between(b, BASE).changes().get(0);
    assertThat(one).isNotEqualTo(back).isNotEqualTo("owner");
    CastAnalysis c = BASE.replace(R1, r1(BASE).toBuilder().owner("Ops").build());
    assertThat(one).isNotEqualTo(AnalysisDiff.between(BASE, c).changes().get(0));
    CastAnalysis d = b.toBuilder().title("Other").build();
    assertThat(AnalysisDiff.between(d, b).changes().get(0)).isNotEqualTo(one);
  }

  // --- the merge ---

  @Test
  void aNestedObjectMergesFieldByField() {
    CastAnalysis ours = system(BASE, SYSTEM.toBuilder().description("The shop").build());
    CastAnalysis theirs = system(BASE, SYSTEM.toBuilder().addGoal("Take orders").build());
    MergeResult r = AnalysisMerge.merge(BASE, ours, theirs);
    assertThat(r.isClean()).isTrue();
    assertThat(r.analysis().system().orElseThrow())
        .isEqualTo(SYSTEM.toBuilder().description("The shop").addGoal("Take orders").build());
  }

  @Test
  void aNestedObjectRemovedOnOneSideAndChangedOnTheOtherIsAConflict() {
    CastAnalysis removed = analysis();
    CastAnalysis changed = system(BASE, SYSTEM.toBuilder().description("The shop").build());
    MergeResult r = AnalysisMerge.merge(BASE, removed, changed);
    assertThat(r.conflicts())
        .extracting(Conflict::path, Conflict::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "system", "removed on our side, changed on theirs"));
    assertThat(r.analysis()).isEqualTo(removed);
    MergeResult back = AnalysisMerge.merge(BASE, changed, removed);
    assertThat(back.conflicts())
        .extracting(Conflict::reason)
        .containsExactly("changed on our side, removed on theirs");
    MergeResult added =
        AnalysisMerge.merge(
            removed, BASE, system(removed, AnalyzedSystem.builder().name("Shop").build()));
    assertThat(added.conflicts())
        .extracting(Conflict::reason)
        .containsExactly("added on both sides, differently");
  }

  @Test
  void extensionsSurviveAMergeOfOtherFields() {
    Map<String, ExtensionValue> ext = Map.of("x-team", ExtensionValue.of("checkout"));
    CastAnalysis base = BASE.replace(R1, r1(BASE).toBuilder().extensions(ext).build());
    Recommendation r = r1(base);
    CastAnalysis ours = base.replace(R1, r.toBuilder().owner("SRE").build());
    CastAnalysis theirs =
        base.replace(R1, r.toBuilder().status(RecommendationStatus.ACCEPTED).build());
    assertThat(r1(AnalysisMerge.merge(base, ours, theirs).analysis()).extensions()).isEqualTo(ext);
    Map<String, ExtensionValue> other = Map.of("x-team", ExtensionValue.of("payments"));
    CastAnalysis theirsToo =
        base.replace(
            R1, r.toBuilder().status(RecommendationStatus.ACCEPTED).extensions(other).build());
    Recommendation merged = r1(AnalysisMerge.merge(base, ours, theirsToo).analysis());
    assertThat(merged.extensions()).isEqualTo(other);
    assertThat(merged.owner()).contains("SRE");
    assertThat(merged.status()).isEqualTo(RecommendationStatus.ACCEPTED);
  }

  @Test
  void whenOnlyTheirSideReorderedTheirOrderIsKeptWithOurAdditions() {
    CastAnalysis base = BASE.toBuilder().addHazard(hazard("H-3")).build();
    List<Hazard> hs = base.hazards();
    CastAnalysis theirs =
        base.toBuilder().hazards(List.of(hs.get(2), hs.get(0), hs.get(1))).build();
    CastAnalysis ours =
        base.toBuilder().hazards(List.of(hs.get(0), hazard("H-1.5"), hs.get(1), hs.get(2))).build();
    MergeResult r = AnalysisMerge.merge(base, ours, theirs);
    assertThat(r.isClean()).isTrue();
    assertThat(r.analysis().hazards())
        .extracting(h -> h.id().value())
        .containsExactly("H-3", "H-1", "H-1.5", "H-2");
    CastAnalysis oursReordered =
        base.toBuilder().hazards(List.of(hs.get(1), hs.get(0), hs.get(2))).build();
    MergeResult both = AnalysisMerge.merge(base, oursReordered, theirs);
    assertThat(both.analysis().hazards())
        .extracting(h -> h.id().value())
        .containsExactly("H-2", "H-1", "H-3");
  }

  @Test
  void additionsOnBothSidesInOnePlaceComeOursFirst() {
    CastAnalysis ours =
        BASE.toBuilder()
            .hazards(List.of(hazard("H-0"), BASE.hazards().get(0), BASE.hazards().get(1)))
            .build();
    CastAnalysis theirs =
        BASE.toBuilder()
            .hazards(List.of(hazard("H-00"), BASE.hazards().get(0), BASE.hazards().get(1)))
            .build();
    assertThat(AnalysisMerge.merge(BASE, ours, theirs).analysis().hazards())
        .extracting(h -> h.id().value())
        .containsExactly("H-0", "H-00", "H-1", "H-2");
    CastAnalysis oursText =
        system(BASE, SYSTEM.toBuilder().inside(List.of("API", "Queue", "DB")).build());
    CastAnalysis theirsText =
        system(BASE, SYSTEM.toBuilder().inside(List.of("Edge", "API", "Cache", "DB")).build());
    assertThat(
            AnalysisMerge.merge(BASE, oursText, theirsText)
                .analysis()
                .system()
                .orElseThrow()
                .inside())
        .containsExactly("Edge", "API", "Queue", "Cache", "DB");
    CastAnalysis theirsEnd = system(BASE, SYSTEM.toBuilder().addInside("Logs").build());
    CastAnalysis oursGone = system(BASE, SYSTEM.toBuilder().inside(List.of("API")).build());
    assertThat(
            AnalysisMerge.merge(BASE, oursGone, theirsEnd)
                .analysis()
                .system()
                .orElseThrow()
                .inside())
        .containsExactly("API", "Logs");
  }

  @Test
  void aSetKeepsWhatBothKeptLosesWhatEitherRemovedAndTakesWhatEitherAdded() {
    Hazard h1 = BASE.hazards().get(0).toBuilder().addLoss(L2).build();
    CastAnalysis base = BASE.replace(H1, h1);
    LossId l3 = LossId.of("L-3");
    CastAnalysis ours = base.replace(H1, h1.toBuilder().losses(List.of(L2)).build());
    CastAnalysis theirs = base.replace(H1, h1.toBuilder().addLoss(l3).build());
    MergeResult r = AnalysisMerge.merge(base, ours, theirs);
    assertThat(r.isClean()).isTrue();
    assertThat(r.analysis().hazards().get(0).losses()).containsExactlyInAnyOrder(L2, l3);
  }

  @Test
  void conflictsAreEqualByWhatTheySay() {
    CastAnalysis ours = BASE.replace(R1, r1(BASE).toBuilder().owner("A").build());
    CastAnalysis theirs = BASE.replace(R1, r1(BASE).toBuilder().owner("B").build());
    Conflict c = AnalysisMerge.merge(BASE, ours, theirs).conflicts().get(0);
    Conflict same = AnalysisMerge.merge(BASE, ours, theirs).conflicts().get(0);
    assertThat(c).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo("A");
    assertThat(c).isNotEqualTo(AnalysisMerge.merge(BASE, theirs, ours).conflicts().get(0));
    CastAnalysis third = BASE.replace(R1, r1(BASE).toBuilder().owner("C").build());
    assertThat(c).isNotEqualTo(AnalysisMerge.merge(BASE, ours, third).conflicts().get(0));
    CastAnalysis otherBase = BASE.replace(R1, r1(BASE).toBuilder().owner("Z").build());
    assertThat(c).isNotEqualTo(AnalysisMerge.merge(otherBase, ours, theirs).conflicts().get(0));
    assertThat(c.key()).contains("R-1");
  }
}
