package dev.castkit.core.diff;

import static dev.castkit.core.diff.DiffSamples.E1;
import static dev.castkit.core.diff.DiffSamples.FB1;
import static dev.castkit.core.diff.DiffSamples.H1;
import static dev.castkit.core.diff.DiffSamples.H2;
import static dev.castkit.core.diff.DiffSamples.L1;
import static dev.castkit.core.diff.DiffSamples.L2;
import static dev.castkit.core.diff.DiffSamples.R1;
import static dev.castkit.core.diff.DiffSamples.analysis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.castkit.core.AnalysisStatus;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastStep;
import dev.castkit.core.ControlLink;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.EventTime;
import dev.castkit.core.Evidence;
import dev.castkit.core.EvidenceKind;
import dev.castkit.core.ExtensionValue;
import dev.castkit.core.Hazard;
import dev.castkit.core.HazardId;
import dev.castkit.core.LinkStatus;
import dev.castkit.core.Question;
import dev.castkit.core.QuestionId;
import dev.castkit.core.Recommendation;
import dev.castkit.core.RecommendationStatus;
import dev.castkit.core.StructureVariant;
import dev.castkit.core.TimePrecision;
import dev.castkit.core.TimelineEvent;
import dev.castkit.core.testing.Format11Sample;
import dev.castkit.core.testing.RenderSamples;
import dev.castkit.core.testing.Shuffled;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysisDiffTest {
  private static final CastAnalysis A = analysis();

  private static Recommendation r1(CastAnalysis a) {
    return a.find(R1, Recommendation.class).orElseThrow();
  }

  @Test
  void anAnalysisHasNoDifferenceFromItselfOrAnEqualCopy() {
    for (CastAnalysis a :
        List.of(A, RenderSamples.checkoutOutage(), Format11Sample.checkoutOutage())) {
      assertThat(AnalysisDiff.between(a, a).isEmpty()).isTrue();
      assertThat(AnalysisDiff.between(a, a.toBuilder().build()).changes()).isEmpty();
    }
  }

  @Test
  void aFieldChangeIsOneChangeKeyedByElementAndField() {
    CastAnalysis b =
        A.replace(R1, r1(A).toBuilder().status(RecommendationStatus.IMPLEMENTED).build());
    List<Change> changes = AnalysisDiff.between(A, b).changes();
    assertThat(changes).hasSize(1);
    Change c = changes.get(0);
    assertThat(c.kind()).isEqualTo(ChangeKind.CHANGED);
    assertThat(c.path()).isEqualTo("recommendations[R-1].status");
    assertThat(c.elementType()).isEqualTo("Recommendation");
    assertThat(c.key()).contains("R-1");
    assertThat(c.field()).contains("status");
    assertThat(c.before()).isEqualTo(RecommendationStatus.PROPOSED);
    assertThat(c.after()).isEqualTo(RecommendationStatus.IMPLEMENTED);
    assertThat(c.step()).contains(CastStep.CREATE_IMPROVEMENT_PROGRAM);
    assertThat(c.isExtension()).isFalse();
    assertThat(c.within(Recommendation.class)).contains(r1(b));
    assertThat(c).hasToString("CHANGED recommendations[R-1].status: PROPOSED -> IMPLEMENTED");
  }

  @Test
  void aChangedLinkSaysWhichStructureHoldsIt() {
    ControlStructure operating = A.controlStructures().get(1);
    ControlLink fb = operating.links().get(1);
    List<ControlLink> links = new ArrayList<>(operating.links());
    links.set(1, fb.toBuilder().status(LinkStatus.MISSING).build());
    ControlStructure changed = operating.toBuilder().links(links).build();
    CastAnalysis b =
        A.toBuilder().controlStructures(List.of(A.controlStructures().get(0), changed)).build();
    List<Change> changes = AnalysisDiff.between(A, b).changes();
    assertThat(changes)
        .extracting(Change::path)
        .containsExactly("controlStructures[CS-2].links[FB-1].status");
    Change c = changes.get(0);
    assertThat(c.key()).contains(FB1.value());
    assertThat(c.before()).isEqualTo(LinkStatus.PRESENT);
    assertThat(c.after()).isEqualTo(LinkStatus.MISSING);
    assertThat(c.step()).contains(CastStep.MODEL_CONTROL_STRUCTURE);
    assertThat(c.within(ControlStructure.class).map(ControlStructure::variant))
        .contains(StructureVariant.AS_OPERATING);
  }

  @Test
  void addedAndRemovedElementsAreWholeChangesWithTheElement() {
    Hazard h3 =
        Hazard.builder().id(HazardId.of("H-3")).description("Stale data").addLoss(L1).build();
    CastAnalysis b = A.toBuilder().addHazard(h3).build().remove(H2);
    List<Change> changes = AnalysisDiff.between(A, b).changes();
    assertThat(changes)
        .extracting(Change::toString)
        .containsExactly("REMOVED hazards[H-2]", "ADDED hazards[H-3]");
    Change removed = changes.get(0);
    assertThat(removed.before()).isEqualTo(A.hazards().get(1));
    assertThat(removed.after()).isNull();
    assertThat(removed.field()).isEmpty();
    Change added = changes.get(1);
    assertThat(added.after()).isEqualTo(h3);
    assertThat(added.key()).contains("H-3");
    assertThat(added.elementType()).isEqualTo("Hazard");
    assertThat(added.step()).contains(CastStep.ASSEMBLE_BASIC_INFORMATION);
    assertThat(added.within(Hazard.class)).contains(h3);
  }

  @Test
  void setsAreComparedAsSets() {
    Hazard h1 = A.hazards().get(0);
    CastAnalysis both = A.replace(H1, h1.toBuilder().addLoss(L2).build());
    CastAnalysis otherOrder = A.replace(H1, h1.toBuilder().losses(List.of(L2, L1)).build());
    assertThat(AnalysisDiff.between(both, otherOrder).isEmpty()).isTrue();
    List<Change> changes = AnalysisDiff.between(A, both).changes();
    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).path()).isEqualTo("hazards[H-1].losses");
    assertThat(new java.util.HashSet<Object>((java.util.Collection<?>) changes.get(0).after()))
        .isEqualTo(java.util.Set.of(L1, L2));
  }

  @Test
  void shufflingEverySetAndListGivesOnlyReorderedLists() {
    for (CastAnalysis a :
        List.of(RenderSamples.checkoutOutage(), Format11Sample.checkoutOutage())) {
      for (long seed = 1; seed <= 5; seed++) {
        CastAnalysis shuffled = Shuffled.of(a, seed);
        List<Change> changes = AnalysisDiff.between(a, shuffled).changes();
        assertThat(changes).allSatisfy(c -> assertThat(c.kind()).isEqualTo(ChangeKind.REORDERED));
        assertThat(changes)
            .allSatisfy(
                c ->
                    assertThat(new java.util.ArrayList<Object>((java.util.Collection<?>) c.after()))
                        .containsExactlyInAnyOrderElementsOf((java.util.Collection<?>) c.before()));
      }
    }
  }

  @Test
  void aReorderedListIsOneChangeWithTheOldAndNewOrder() {
    CastAnalysis b = A.toBuilder().hazards(List.of(A.hazards().get(1), A.hazards().get(0))).build();
    List<Change> changes = AnalysisDiff.between(A, b).changes();
    assertThat(changes).hasSize(1);
    Change c = changes.get(0);
    assertThat(c.kind()).isEqualTo(ChangeKind.REORDERED);
    assertThat(c.path()).isEqualTo("hazards");
    assertThat(c.elementType()).isEqualTo("CastAnalysis");
    assertThat(c.before()).isEqualTo(List.of("H-1", "H-2"));
    assertThat(c.after()).isEqualTo(List.of("H-2", "H-1"));
  }

  @Test
  void aTimeIsOneValueWithItsPrecision() {
    TimelineEvent e1 = A.timeline().get(0);
    EventTime precise = EventTime.of(Instant.parse("2026-01-05T10:00:07Z"), TimePrecision.SECOND);
    CastAnalysis b = A.replace(E1, e1.toBuilder().time(precise).build());
    List<Change> changes = AnalysisDiff.between(A, b).changes();
    assertThat(changes).extracting(Change::path).containsExactly("timeline[E-1].time");
    assertThat(changes.get(0).after()).isEqualTo(precise);
    assertThat(changes.get(0).before()).isEqualTo(e1.time().orElseThrow());
  }

  @Test
  void anOptionalFieldLeftOutIsNull() {
    CastAnalysis b = A.toBuilder().summary("Restarts took the service down").build();
    Change c = AnalysisDiff.between(A, b).changes().get(0);
    assertThat(c.path()).isEqualTo("summary");
    assertThat(c.before()).isNull();
    assertThat(c.after()).isEqualTo("Restarts took the service down");
    assertThat(c.step()).isEmpty();
    Change back = AnalysisDiff.between(b, A).changes().get(0);
    assertThat(back.before()).isEqualTo("Restarts took the service down");
    assertThat(back.after()).isNull();
  }

  @Test
  void aDefaultedFieldIsComparedByValue() {
    CastAnalysis b = A.toBuilder().status(AnalysisStatus.FINAL).build();
    Change c = AnalysisDiff.between(A, b).changes().get(0);
    assertThat(c.path()).isEqualTo("status");
    assertThat(c.before()).isEqualTo(AnalysisStatus.DRAFT);
    assertThat(c.after()).isEqualTo(AnalysisStatus.FINAL);
  }

  @Test
  void itemsWithoutKeysAreMatchedByValue() {
    TimelineEvent e1 = A.timeline().get(0);
    Evidence chat = Evidence.builder().kind(EvidenceKind.CHAT).source("#incident").build();
    CastAnalysis b = A.replace(E1, e1.toBuilder().addEvidence(chat).build());
    List<Change> changes = AnalysisDiff.between(A, b).changes();
    assertThat(changes)
        .extracting(Change::toString)
        .containsExactly("ADDED timeline[E-1].evidence[1]");
    assertThat(changes.get(0).key()).isEmpty();
    assertThat(changes.get(0).elementType()).isEqualTo("Evidence");
    assertThat(changes.get(0).within(TimelineEvent.class).map(TimelineEvent::id)).contains(E1);
    CastAnalysis swapped =
        b.replace(E1, e1.toBuilder().evidence(List.of(chat, e1.evidence().get(0))).build());
    List<Change> reordered = AnalysisDiff.between(b, swapped).changes();
    assertThat(reordered).extracting(Change::kind).containsExactly(ChangeKind.REORDERED);
    assertThat(reordered.get(0).path()).isEqualTo("timeline[E-1].evidence");
  }

  @Test
  void aQuestionBelongsToItsOwnStep() {
    Question q2 =
        Question.builder()
            .id(QuestionId.of("Q-2"))
            .text("Who approved the deploy?")
            .step(CastStep.IDENTIFY_FLAWS)
            .build();
    CastAnalysis b = A.toBuilder().addQuestion(q2).build();
    Change c = AnalysisDiff.between(A, b).changes().get(0);
    assertThat(c.path()).isEqualTo("questions[Q-2]");
    assertThat(c.step()).contains(CastStep.IDENTIFY_FLAWS);
  }

  @Test
  void extensionsAreComparedKeyByKey() {
    Recommendation r = r1(A);
    CastAnalysis b =
        A.replace(
            R1,
            r.toBuilder()
                .extensions(
                    Map.of(
                        "x-ticket", ExtensionValue.of("OPS-1"), "x-votes", ExtensionValue.of(true)))
                .build());
    CastAnalysis c =
        A.replace(
            R1, r.toBuilder().extensions(Map.of("x-ticket", ExtensionValue.of("OPS-2"))).build());
    List<Change> added = AnalysisDiff.between(A, b).changes();
    assertThat(added)
        .extracting(Change::toString)
        .containsExactlyInAnyOrder(
            "ADDED recommendations[R-1].x-ticket", "ADDED recommendations[R-1].x-votes");
    assertThat(added).allSatisfy(ch -> assertThat(ch.isExtension()).isTrue());
    List<Change> changed = AnalysisDiff.between(b, c).changes();
    assertThat(changed)
        .extracting(Change::kind, Change::path)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                ChangeKind.CHANGED, "recommendations[R-1].x-ticket"),
            org.assertj.core.groups.Tuple.tuple(
                ChangeKind.REMOVED, "recommendations[R-1].x-votes"));
    Change ticket =
        changed.stream().filter(ch -> ch.kind() == ChangeKind.CHANGED).findFirst().orElseThrow();
    assertThat(ticket.field()).contains("x-ticket");
    assertThat(ticket.before()).isEqualTo(ExtensionValue.of("OPS-1"));
    assertThat(ticket.key()).contains("R-1");
  }

  @Test
  void applyingTheDiffToTheOlderVersionGivesTheNewer() {
    CastAnalysis b = A.replace(R1, r1(A).toBuilder().owner("SRE").build()).remove(H2);
    AnalysisDiff diff = AnalysisDiff.between(A, b);
    MergeResult applied = diff.applyTo(A);
    assertThat(applied.isClean()).isTrue();
    assertThat(applied.analysis()).isEqualTo(b);
    assertThat(diff.before()).isSameAs(A);
    assertThat(diff.after()).isSameAs(b);
    assertThat(diff.toString())
        .isEqualTo("REMOVED hazards[H-2]\nCHANGED recommendations[R-1].owner: null -> SRE\n");
  }

  @Test
  void nullArgumentsAreRefusedWithAMessage() {
    assertThatThrownBy(() -> AnalysisDiff.between(null, A))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("AnalysisDiff.between needs two analyses, got null and one");
    assertThatThrownBy(() -> AnalysisDiff.between(A, A).applyTo(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ours");
  }
}
