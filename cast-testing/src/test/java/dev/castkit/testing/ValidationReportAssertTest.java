package dev.castkit.testing;

import static dev.castkit.testing.CastAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastStep;
import dev.castkit.core.Hazard;
import dev.castkit.core.HazardId;
import dev.castkit.core.rules.CastRules;
import dev.castkit.core.rules.Finding;
import dev.castkit.core.rules.ValidationReport;
import org.junit.jupiter.api.Test;

class ValidationReportAssertTest {
  private static final HazardId H2 = HazardId.of("H-2");

  /** The complete fixture with a hazard that leads to no loss (H001, an error; H004 a warning). */
  private static ValidationReport withLonelyHazard() {
    CastAnalysis a =
        CastFixtures.complete().toBuilder()
            .addHazard(Hazard.builder().id(H2).description("The load exceeds capacity").build())
            .build();
    return CastRules.standard().check(a);
  }

  @Test
  void findingsThatArePresentPass() {
    ValidationReport report = withLonelyHazard();
    assertThat(report)
        .hasFinding(FindingCode.CAST_H001, "H-2")
        .hasFinding(FindingCode.CAST_H001, H2)
        .hasFinding("CAST-H004", "H-2")
        .hasFinding(FindingCode.CAST_H004)
        .hasNoFinding(FindingCode.CAST_H001, "H-1")
        .hasNoFinding(FindingCode.CAST_I001)
        .hasNoFinding("ACME-001")
        .isReadyFor(CastStep.ASSEMBLE_BASIC_INFORMATION);
    assertThat(report).findings().extracting(Finding::code).contains("CAST-H001", "CAST-H004");
  }

  @Test
  void aMissingFindingFailsWithTheFindingsThereAre() {
    ValidationReport report = withLonelyHazard();
    assertThatThrownBy(() -> assertThat(report).hasFinding(FindingCode.CAST_H001, "H-1"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected a finding CAST-H001 on H-1, but there is none.")
        .hasMessageContaining("CAST-H001")
        .hasMessageContaining("H-2");
    assertThatThrownBy(() -> assertThat(report).hasFinding(FindingCode.CAST_S001))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected a finding CAST-S001, but there is none.");
  }

  @Test
  void anUnwantedFindingFailsNamingIt() {
    ValidationReport report = withLonelyHazard();
    assertThatThrownBy(() -> assertThat(report).hasNoFinding(FindingCode.CAST_H001, "H-2"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected no finding CAST-H001 on H-2, but found:");
    assertThatThrownBy(() -> assertThat(report).hasNoFinding(FindingCode.CAST_H004))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected no finding CAST-H004, but found:");
  }

  @Test
  void severitiesAreTold() {
    ValidationReport report = withLonelyHazard();
    assertThatThrownBy(() -> assertThat(report).hasNoErrors())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected no errors, but found:")
        .hasMessageContaining("CAST-H001")
        .hasMessageNotContaining("CAST-H004");
    assertThatThrownBy(() -> assertThat(report).hasNoErrorsOrWarnings())
        .hasMessageContaining("CAST-H004");
    ValidationReport clean = CastRules.standard().check(CastFixtures.complete());
    assertThat(clean).hasNoErrors().hasNoErrorsOrWarnings().hasNoFindings();
  }

  @Test
  void readinessIsTold() {
    ValidationReport report = withLonelyHazard();
    assertThatThrownBy(() -> assertThat(report).isReadyFor(CastStep.IDENTIFY_FLAWS))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected the analysis to be ready for step 4, but it is ready for")
        .hasMessageContaining("step 1 begun");
    assertThatThrownBy(() -> assertThat(report).hasAllStepsComplete())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected all five steps complete, but it is ready for step 1");
    ValidationReport complete = CastRules.standard().check(CastFixtures.complete());
    assertThatThrownBy(() -> assertThat(complete).isReadyFor(CastStep.IDENTIFY_FLAWS))
        .hasMessageContaining("but all five steps are complete");
  }

  @Test
  void aNullReportFailsAsAssertJDoes() {
    assertThatThrownBy(() -> assertThat((ValidationReport) null).hasNoErrors())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void descriptionsAreKept() {
    assertThatThrownBy(() -> assertThat(withLonelyHazard()).as("house check").hasNoErrors())
        .hasMessageStartingWith("[house check]");
  }
}
