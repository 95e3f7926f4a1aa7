package dev.castkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.castkit.core.internal.ReferenceGraph;
import dev.castkit.core.rules.CastRules;
import dev.castkit.core.rules.Finding;
import dev.castkit.core.rules.Rule;
import dev.castkit.core.rules.Severity;
import dev.castkit.core.testing.TwoComponents;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** find, referrers, replace and remove on {@link CastAnalysis}. */
class NavigationTest {
  private static final LossId L1 = LossId.of("L-1");
  private static final HazardId H1 = HazardId.of("H-1");
  private static final ComponentId OPS = TwoComponents.OPS;
  private static final ComponentId SVC = TwoComponents.SVC;
  private static final LinkId CA1 = TwoComponents.CA1;
  private static final LinkId FB1 = TwoComponents.FB1;
  private static final FlawId F1 = FlawId.of("F-1");
  private static final RecommendationId REC1 = RecommendationId.of("REC-1");

  private static ControlStructure structure(String id, StructureVariant variant) {
    return TwoComponents.structure(id, variant);
  }

  private static CastAnalysis analysis() {
    return CastAnalysis.builder()
        .id(AnalysisId.of("CAST-1"))
        .title("Restart storm")
        .addLoss(
            Loss.builder().id(L1).description("Outage").category(LossCategory.AVAILABILITY).build())
        .addHazard(Hazard.builder().id(H1).description("Service down").addLoss(L1).build())
        .addControlStructure(structure("CS-1", StructureVariant.AS_DESIGNED))
        .addControlStructure(structure("CS-2", StructureVariant.AS_OPERATING))
        .addFlaw(
            Flaw.builder()
                .id(F1)
                .category(FlawCategory.COMMUNICATION_AND_COORDINATION)
                .description("Health feedback was late")
                .addLink(FB1)
                .build())
        .addRecommendation(
            Recommendation.builder()
                .id(REC1)
                .text("Page on health")
                .addFlaw(F1)
                .addLink(FB1)
                .owner("ops team")
                .build())
        .build();
  }

  @Test
  void findsAnElementByIdAsItsType() {
    CastAnalysis a = analysis();
    assertThat(a.find(H1, Hazard.class)).contains(a.hazards().get(0));
    assertThat(a.find(FB1, ControlLink.class))
        .contains(a.controlStructures().get(0).links().get(1));
    assertThat(a.find(OPS, Component.class).map(Component::name)).contains("Operator");
    assertThat(a.find(a.id(), CastAnalysis.class)).containsSame(a);
    assertThat(a.find(HazardId.of("H-9"), Hazard.class)).isEmpty();
    // An id of one kind does not find an element of another with the same text.
    assertThat(a.find(LossId.of("H-1"), Loss.class)).isEmpty();
    assertThat(a.find(REC1, Object.class)).containsSame(a.recommendations().get(0));
  }

  @Test
  void findRefusesATypeTheIdCannotName() {
    assertThatThrownBy(() -> analysis().find(H1, Loss.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("H-1 names a Hazard, which is not a Loss");
    assertThatThrownBy(() -> analysis().find(null, Hazard.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> analysis().find(H1, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void listsWhatRefersToAnElementOncePerElementInOrder() {
    CastAnalysis a = analysis();
    assertThat(a.referrers(FB1)).containsExactly(a.flaws().get(0), a.recommendations().get(0));
    assertThat(a.referrers(L1)).containsExactly(a.hazards().get(0));
    // Both links of both structures name C-ops.
    assertThat(a.referrers(OPS)).hasSize(4).allMatch(e -> e instanceof ControlLink);
    assertThat(a.referrers(REC1)).isEmpty();
    assertThat(a.referrers(LinkId.of("FB-9"))).isEmpty();
  }

  @Test
  void changingTheOwnerOfOneRecommendationTakesTwoLines() {
    CastAnalysis a = analysis();
    Recommendation r = a.find(REC1, Recommendation.class).orElseThrow();
    CastAnalysis changed = a.replace(r.id(), r.toBuilder().owner("SRE team").build());

    assertThat(changed.recommendations().get(0).owner()).contains("SRE team");
    assertThat(changed.toBuilder().recommendations(a.recommendations()).build()).isEqualTo(a);
    // What did not change is shared, not copied.
    assertThat(changed.controlStructures().get(0)).isSameAs(a.controlStructures().get(0));
  }

  @Test
  void replacesAnElementOfAStructureInEveryStructure() {
    CastAnalysis a = analysis();
    ControlLink slow =
        a.find(FB1, ControlLink.class).orElseThrow().toBuilder()
            .status(LinkStatus.DEGRADED)
            .build();
    CastAnalysis changed = a.replace(FB1, slow);
    for (ControlStructure s : changed.controlStructures()) {
      assertThat(s.links().get(1).status()).isEqualTo(LinkStatus.DEGRADED);
      assertThat(s.links().get(0)).isEqualTo(a.controlStructures().get(0).links().get(0));
    }
  }

  @Test
  void replaceRefusesWhatItCannotDo() {
    CastAnalysis a = analysis();
    Hazard h = a.hazards().get(0);
    assertThatThrownBy(() -> a.replace(HazardId.of("H-9"), h))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no hazard H-9");
    assertThatThrownBy(() -> a.replace(L1, h))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("loss L-1 can only be replaced by a Loss, got a Hazard");
    assertThatThrownBy(() -> a.replace(H1, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.replace(a.id(), a))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("analysis itself");
  }

  @Test
  void aReplacementThatBreaksAnInvariantIsRefusedByTheBuilder() {
    CastAnalysis a =
        analysis().toBuilder()
            .addHazard(Hazard.builder().id(HazardId.of("H-2")).description("Slow").build())
            .build();
    Hazard renamed = a.hazards().get(0).toBuilder().id(HazardId.of("H-2")).build();
    assertThatThrownBy(() -> a.replace(H1, renamed))
        .isInstanceOf(CastModelException.class)
        .hasMessageContaining("H-2");
  }

  @Test
  void removingOneLinkTakesOneLineAndLeavesItsReferencesForTheRules() {
    CastAnalysis a = analysis();
    CastAnalysis without = a.remove(FB1);

    for (ControlStructure s : without.controlStructures()) {
      assertThat(s.links()).extracting(ControlLink::id).containsExactly(CA1);
    }
    assertThat(without.find(FB1, ControlLink.class)).isEmpty();
    // The flaw and the recommendation still name FB-1: the rules report each dangling reference.
    assertThat(without.referrers(FB1)).containsExactlyElementsOf(a.referrers(FB1));
    assertThat(CastRules.standard().check(without).findings())
        .filteredOn(f -> f.code().equals("CAST-I001"))
        .extracting(Finding::elementId)
        .containsExactlyInAnyOrder(Optional.of("F-1"), Optional.of("REC-1"));
  }

  @Test
  void removingWhatIsNotThereChangesNothing() {
    CastAnalysis a = analysis();
    assertThat(a.remove(HazardId.of("H-9"))).isSameAs(a);
    assertThatThrownBy(() -> a.remove(a.id())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.remove(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void removingAStructureTakesItsPartsWithIt() {
    CastAnalysis a = analysis();
    CastAnalysis one = a.remove(ControlStructureId.of("CS-1"));
    assertThat(one.controlStructures())
        .extracting(ControlStructure::id)
        .containsExactly(ControlStructureId.of("CS-2"));
    assertThat(one.find(OPS, Component.class)).isPresent();
  }

  @Test
  void aHouseRuleLooksUpWhatRefersToAnElement() {
    Rule unnamed =
        Rule.of(
            "ACME-002",
            Severity.WARNING,
            CastStep.IDENTIFY_FLAWS,
            "every flaw is named by a recommendation or says why not",
            (analysis, out) ->
                analysis.flaws().stream()
                    .filter(f -> analysis.referrers(f.id()).isEmpty())
                    .forEach(f -> out.report(f.id(), "Nothing refers to flaw " + f.id() + ".")));
    CastRules rules = CastRules.builder().add(unnamed).build();
    CastAnalysis a = analysis();
    assertThat(rules.check(a).findings()).noneMatch(f -> f.code().equals("ACME-002"));
    CastAnalysis unaddressed = a.remove(REC1);
    assertThat(rules.check(unaddressed).findings())
        .filteredOn(f -> f.code().equals("ACME-002"))
        .extracting(Finding::message)
        .containsExactly("Nothing refers to flaw F-1.");
  }

  @Test
  void theGraphOfAnAnalysisIsBuiltOnceForItsLookups() {
    CastAnalysis a = analysis();
    assertThat(ReferenceGraph.of(a)).isSameAs(ReferenceGraph.of(a));
    assertThat(ReferenceGraph.of(a).analysis()).isSameAs(a);
  }
}
