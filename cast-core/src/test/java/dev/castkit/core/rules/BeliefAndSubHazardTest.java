package dev.castkit.core.rules;

import static dev.castkit.core.rules.StandardRulesTest.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.Hazard;
import dev.castkit.core.HazardId;
import dev.castkit.core.LossId;
import dev.castkit.core.ProcessModelFlaw;
import dev.castkit.core.ProcessModelFlawId;
import org.junit.jupiter.api.Test;

/**
 * Two checks that once only a property test (or nothing) caught: blame in what a controller
 * believed, and a sub-hazard that leads to a loss no one recorded.
 */
class BeliefAndSubHazardTest {

  @Test
  void blameInAProcessModelFlawsBeliefIsReportedOnTheFlaw() {
    CastAnalysis a =
        Fixture.withOpsAnalysis(
            b ->
                b.addProcessModelFlaw(
                    ProcessModelFlaw.builder()
                        .id(ProcessModelFlawId.of("PMF-1"))
                        .believed("The careless operator had checked the capacity")
                        .actual("Nobody had looked at the remaining capacity")
                        .build()));
    assertThat(findings(a, "CAST-W001"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.elementId()).contains("PMF-1");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message()).contains("\"careless\"").contains("belief");
            });
  }

  @Test
  void aSubHazardLeadingToAnUnrecordedLossIsADanglingReference() {
    Hazard sub =
        Hazard.builder()
            .id(HazardId.of("H-1.1"))
            .description("One zone serves with less capacity than its load")
            .parent(Fixture.H1)
            .addLoss(LossId.of("L-9"))
            .build();
    CastAnalysis a = Fixture.complete().toBuilder().addHazard(sub).build();
    assertThat(findings(a, "CAST-I001"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.elementId()).contains("H-1.1");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message()).contains("L-9");
            });
    // only the dangling reference: whether an unknown loss is among the parent's is not judged
    assertThat(findings(a, "CAST-H002")).isEmpty();
  }

  @Test
  void aSubHazardOfAParentLeadingToAnUnrecordedLossIsNotComparedWithIt() {
    // H-1 leads to L-9, which no one recorded: its losses are not known, so whether L-1 is among
    // them is not judged (docs/rules.md, CAST-H002); the dangling L-9 is reported.
    Hazard parent =
        Fixture.hazard().toBuilder().losses(java.util.List.of(LossId.of("L-9"))).build();
    Hazard sub =
        Hazard.builder()
            .id(HazardId.of("H-1.1"))
            .description("One zone serves with less capacity than its load")
            .parent(Fixture.H1)
            .addLoss(Fixture.L1)
            .build();
    CastAnalysis a = Fixture.complete().toBuilder().hazards(java.util.List.of(parent, sub)).build();
    assertThat(findings(a, "CAST-H002")).isEmpty();
    assertThat(findings(a, "CAST-I001"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("L-9"));
    // with L-9 recorded, L-1 is not among the parent's losses
    CastAnalysis recorded =
        a.toBuilder().addLoss(Fixture.loss().toBuilder().id(LossId.of("L-9")).build()).build();
    assertThat(findings(recorded, "CAST-H002"))
        .singleElement()
        .satisfies(f -> assertThat(f.elementId()).contains("H-1.1"));
  }
}
