package dev.castkit.core.diff;

import static dev.castkit.core.diff.DiffSamples.E1;
import static dev.castkit.core.diff.DiffSamples.H1;
import static dev.castkit.core.diff.DiffSamples.H2;
import static dev.castkit.core.diff.DiffSamples.L1;
import static dev.castkit.core.diff.DiffSamples.L2;
import static dev.castkit.core.diff.DiffSamples.R1;
import static dev.castkit.core.diff.DiffSamples.R2;
import static dev.castkit.core.diff.DiffSamples.analysis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.Evidence;
import dev.castkit.core.EvidenceKind;
import dev.castkit.core.ExtensionValue;
import dev.castkit.core.Hazard;
import dev.castkit.core.HazardId;
import dev.castkit.core.Recommendation;
import dev.castkit.core.RecommendationStatus;
import dev.castkit.core.TimelineEvent;
import dev.castkit.core.testing.Format11Sample;
import dev.castkit.core.testing.RenderSamples;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysisMergeTest {
  private static final CastAnalysis BASE = analysis();

  private static Recommendation rec(CastAnalysis a, dev.castkit.core.RecommendationId id) {
    return a.find(id, Recommendation.class).orElseThrow();
  }

  private static CastAnalysis withStatus(
      CastAnalysis a, dev.castkit.core.RecommendationId id, RecommendationStatus s) {
    return a.replace(id, rec(a, id).toBuilder().status(s).build());
  }

  private static CastAnalysis withHazard(CastAnalysis a, String id, String description) {
    return a.toBuilder()
        .addHazard(
            Hazard.builder().id(HazardId.of(id)).description(description).addLoss(L1).build())
        .build();
  }

  @Test
  void aSideThatChangedNothingGivesTheOtherSide() {
    for (CastAnalysis x :
        List.of(
            RenderSamples.checkoutOutage(),
            Format11Sample.checkoutOutage(),
            withStatus(BASE, R1, RecommendationStatus.ACCEPTED))) {
      assertThat(AnalysisMerge.merge(BASE, x, BASE).analysis()).isEqualTo(x);
      assertThat(AnalysisMerge.merge(BASE, BASE, x).analysis()).isEqualTo(x);
      assertThat(AnalysisMerge.merge(BASE, x, x).analysis()).isEqualTo(x);
      assertThat(AnalysisMerge.merge(BASE, x, BASE).isClean()).isTrue();
    }
  }

  @Test
  void editsToDifferentElementsMergeCleanly() {
    CastAnalysis ours = withStatus(BASE, R1, RecommendationStatus.ACCEPTED);
    CastAnalysis theirs = withStatus(BASE, R2, RecommendationStatus.IMPLEMENTED);
    MergeResult r = AnalysisMerge.merge(BASE, ours, theirs);
    assertThat(r.isClean()).isTrue();
    assertThat(r.toString()).isEqualTo("clean merge");
    assertThat(r.analysis()).isEqualTo(withStatus(ours, R2, RecommendationStatus.IMPLEMENTED));
  }

  @Test
  void editsToDifferentFieldsOfOneElementMergeCleanly() {
    CastAnalysis ours = withStatus(BASE, R1, RecommendationStatus.ACCEPTED);
    CastAnalysis theirs = BASE.replace(R1, rec(BASE, R1).toBuilder().owner("SRE").build());
    MergeResult r = AnalysisMerge.merge(BASE, ours, theirs);
    assertThat(r.conflicts()).isEmpty();
    Recommendation merged = rec(r.analysis(), R1);
    assertThat(merged.status()).isEqualTo(RecommendationStatus.ACCEPTED);
    assertThat(merged.owner()).contains("SRE");
  }

  @Test
  void oneFieldChangedDifferentlyIsAConflictAndKeepsOurValue() {
    CastAnalysis ours = withStatus(BASE, R1, RecommendationStatus.ACCEPTED);
    CastAnalysis theirs = withStatus(BASE, R1, RecommendationStatus.REJECTED);
    MergeResult r = AnalysisMerge.merge(BASE, ours, theirs);
    assertThat(r.isClean()).isFalse();
    assertThat(r.conflicts()).hasSize(1);
    Conflict c = r.conflicts().get(0);
    assertThat(c.path()).isEqualTo("recommendations[R-1].status");
    assertThat(c.elementType()).isEqualTo("Recommendation");
    assertThat(c.key()).contains("R-1");
    assertThat(c.field()).contains("status");
    assertThat(c.base()).isEqualTo(RecommendationStatus.PROPOSED);
    assertThat(c.ours()).isEqualTo(RecommendationStatus.ACCEPTED);
    assertThat(c.theirs()).isEqualTo(RecommendationStatus.REJECTED);
    assertThat(c.reason()).isEqualTo("changed on both sides");
    assertThat(c)
        .hasToString(
            "recommendations[R-1].status: changed on both sides: base PROPOSED, ours ACCEPTED,"
                + " theirs REJECTED");
    assertThat(r.analysis()).isEqualTo(ours);
    assertThat(r.toString()).startsWith("1 conflict(s): ");
  }

  @Test
  void anElementChangedOnOneSideAndRemovedOnTheOtherIsAConflict() {
    CastAnalysis ours = withStatus(BASE, R1, RecommendationStatus.ACCEPTED);
    CastAnalysis theirs = BASE.remove(R1);
    MergeResult r = AnalysisMerge.merge(BASE, ours, theirs);
    assertThat(r.conflicts())
        .extracting(Conflict::path, Conflict::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "recommendations[R-1]", "changed on our side, removed on theirs"));
    assertThat(r.conflicts().get(0).theirs()).isNull();
    assertThat(r.analysis()).isEqualTo(ours);
    MergeResult back = AnalysisMerge.merge(BASE, theirs, ours);
    assertThat(back.conflicts())
        .extracting(Conflict::reason)
        .containsExactly("removed on our side, changed on theirs");
    assertThat(back.analysis()).isEqualTo(theirs);
  }

  @Test
  void anElementRemovedOnOneSideAndUntouchedOnTheOtherIsRemoved() {
    MergeResult r =
        AnalysisMerge.merge(
            BASE, BASE.remove(H2), withStatus(BASE, R1, RecommendationStatus.ACCEPTED));
    assertThat(r.isClean()).isTrue();
    assertThat(r.analysis().hazards()).extracting(Hazard::id).containsExactly(H1);
    assertThat(rec(r.analysis(), R1).status()).isEqualTo(RecommendationStatus.ACCEPTED);
  }

  @Test
  void elementsAddedOnBothSidesAreBothKeptAfterTheirPredecessors() {
    CastAnalysis ours = withHazard(BASE, "H-3", "Stale data");
    CastAnalysis theirs =
        BASE.toBuilder()
            .hazards(
                List.of(
                    BASE.hazards().get(0),
                    Hazard.builder()
                        .id(HazardId.of("H-1.5"))
                        .description("Retry storm")
                        .addLoss(L1)
                        .build(),
                    BASE.hazards().get(1)))
            .build();
    MergeResult r = AnalysisMerge.merge(BASE, ours, theirs);
    assertThat(r.isClean()).isTrue();
    assertThat(r.analysis().hazards())
        .extracting(h -> h.id().value())
        .containsExactly("H-1", "H-1.5", "H-2", "H-3");
  }

  @Test
  void theSameIdAddedDifferentlyOnBothSidesIsAConflict() {
    MergeResult r =
        AnalysisMerge.merge(
            BASE, withHazard(BASE, "H-3", "Stale data"), withHazard(BASE, "H-3", "Stale cache"));
    assertThat(r.conflicts())
        .extracting(Conflict::path, Conflict::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "hazards[H-3]", "added on both sides, differently"));
    MergeResult same =
        AnalysisMerge.merge(
            BASE, withHazard(BASE, "H-3", "Stale data"), withHazard(BASE, "H-3", "Stale data"));
    assertThat(same.isClean()).isTrue();
    assertThat(same.analysis().hazards()).hasSize(3);
  }

  @Test
  void setsTakeWhatEitherSideAddedAndLoseWhatEitherRemoved() {
    Hazard h1 = BASE.hazards().get(0);
    CastAnalysis ours = BASE.replace(H1, h1.toBuilder().addLoss(L2).build());
    CastAnalysis theirs =
        BASE.replace(
            H1,
            h1.toBuilder().description("Service down hard").losses(List.of()).addLoss(L2).build());
    MergeResult r = AnalysisMerge.merge(BASE, ours, theirs);
    assertThat(r.isClean()).isTrue();
    Hazard merged = r.analysis().hazards().get(0);
    assertThat(merged.losses()).containsExactly(L2);
    assertThat(merged.description()).isEqualTo("Service down hard");
  }

  @Test
  void listsWithoutKeysTakeBothSidesAdditions() {
    TimelineEvent e1 = BASE.timeline().get(0);
    Evidence chat = Evidence.builder().kind(EvidenceKind.CHAT).source("#incident").build();
    Evidence metric = Evidence.builder().kind(EvidenceKind.METRIC).source("error rate").build();
    CastAnalysis ours = BASE.replace(E1, e1.toBuilder().addEvidence(chat).build());
    CastAnalysis theirs =
        BASE.replace(E1, e1.toBuilder().addEvidence(metric).build()).toBuilder()
            .addAnalyst("Bo")
            .build();
    MergeResult r = AnalysisMerge.merge(BASE, ours, theirs);
    assertThat(r.isClean()).isTrue();
    assertThat(r.analysis().timeline().get(0).evidence())
        .containsExactly(e1.evidence().get(0), chat, metric);
    assertThat(r.analysis().analysts()).containsExactly("Ana", "Bo");
  }

  @Test
  void anItemWithoutKeyEditedOnBothSidesIsAConflict() {
    TimelineEvent e1 = BASE.timeline().get(0);
    Evidence log = e1.evidence().get(0);
    CastAnalysis ours =
        BASE.replace(
            E1,
            e1.toBuilder().evidence(List.of(log.toBuilder().excerpt("restart 1").build())).build());
    CastAnalysis theirs =
        BASE.replace(
            E1,
            e1.toBuilder().evidence(List.of(log.toBuilder().excerpt("restart 2").build())).build());
    MergeResult r = AnalysisMerge.merge(BASE, ours, theirs);
    assertThat(r.conflicts()).extracting(Conflict::path).containsExactly("timeline[E-1].evidence");
    assertThat(r.analysis()).isEqualTo(ours);
  }

  @Test
  void extensionsMergeKeyByKey() {
    Recommendation r1 = rec(BASE, R1);
    CastAnalysis ours =
        BASE.replace(R1, r1.toBuilder().extensions(Map.of("x-a", ExtensionValue.of("1"))).build());
    CastAnalysis theirs =
        BASE.replace(R1, r1.toBuilder().extensions(Map.of("x-b", ExtensionValue.of("2"))).build());
    MergeResult r = AnalysisMerge.merge(BASE, ours, theirs);
    assertThat(r.isClean()).isTrue();
    assertThat(rec(r.analysis(), R1).extensions())
        .isEqualTo(Map.of("x-a", ExtensionValue.of("1"), "x-b", ExtensionValue.of("2")));
    CastAnalysis clash =
        BASE.replace(R1, r1.toBuilder().extensions(Map.of("x-a", ExtensionValue.of("3"))).build());
    MergeResult c = AnalysisMerge.merge(BASE, ours, clash);
    assertThat(c.conflicts())
        .extracting(Conflict::path, Conflict::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "recommendations[R-1].x-a", java.util.Optional.of("x-a")));
  }

  @Test
  void changesThatTogetherBreakTheModelAreAConflictNotAnException() {
    // Base: E-2 lasted ten minutes. Ours drops the duration; theirs marks it approximate. Each is
    // valid; together an approximate duration without a duration is not. Both also reword the
    // event: that conflict inside it gives way to the one conflict for the whole event.
    TimelineEvent e2 = BASE.timeline().get(1);
    CastAnalysis base =
        BASE.replace(e2.id(), e2.toBuilder().duration(java.time.Duration.ofMinutes(10)).build());
    TimelineEvent lasting = base.timeline().get(1);
    CastAnalysis ours =
        base.replace(
            e2.id(),
            TimelineEvent.builder()
                .from(lasting)
                .duration(java.util.Optional.empty())
                .description("Errors rise fast")
                .build());
    CastAnalysis theirs =
        base.replace(
            e2.id(),
            lasting.toBuilder()
                .durationApproximate(true)
                .description("Errors rise slowly")
                .build());
    MergeResult r = AnalysisMerge.merge(base, ours, theirs);
    assertThat(r.isClean()).isFalse();
    assertThat(r.conflicts()).hasSize(1);
    Conflict c = r.conflicts().get(0);
    assertThat(c.path()).isEqualTo("timeline[E-2]");
    assertThat(c.field()).isEmpty();
    assertThat(c.reason())
        .startsWith("both sides' changes together make an invalid TimelineEvent: ")
        .contains("durationApproximate");
    assertThat(r.analysis()).isEqualTo(ours);
  }

  @Test
  void nullArgumentsAreRefusedWithAMessage() {
    assertThatThrownBy(() -> AnalysisMerge.merge(BASE, null, BASE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "AnalysisMerge.merge needs three analyses (base, ours, theirs), got base,"
                + " null, theirs");
  }
}
