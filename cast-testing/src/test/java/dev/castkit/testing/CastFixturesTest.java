package dev.castkit.testing;

import static dev.castkit.testing.CastAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.castkit.core.AnalysisStatus;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastStep;
import dev.castkit.core.rules.CastRules;
import dev.castkit.core.rules.ValidationReport;
import org.junit.jupiter.api.Test;

class CastFixturesTest {
  private static final CastRules RULES = CastRules.standard();

  @Test
  void eachFixtureIsReadyForItsStepWithoutAnyFinding() {
    for (CastStep step : CastStep.values()) {
      ValidationReport report = RULES.check(CastFixtures.readyFor(step));
      assertThat(report).as("ready for step %s", step.number()).isReadyFor(step).hasNoFindings();
      for (CastStep later : CastStep.values()) {
        // nothing of the step it is ready for, nor of any later one
        assertThat(report.step(later).begun())
            .as("step %s of the fixture ready for step %s", later.number(), step.number())
            .isEqualTo(later.number() < step.number() || later.number() == 1);
      }
    }
  }

  @Test
  void theMinimalAnalysisIsReadyForStepOne() {
    CastAnalysis minimal = CastFixtures.minimal();
    assertThat(minimal).isEqualTo(CastFixtures.readyFor(CastStep.ASSEMBLE_BASIC_INFORMATION));
    assertThat(minimal.losses()).isEmpty();
    assertThat(RULES.check(minimal)).isReadyFor(CastStep.ASSEMBLE_BASIC_INFORMATION);
  }

  @Test
  void theCompleteAnalysisIsFinalWithEveryStepComplete() {
    CastAnalysis complete = CastFixtures.complete();
    assertThat(complete.status()).isEqualTo(AnalysisStatus.FINAL);
    assertThat(RULES.check(complete)).hasAllStepsComplete().hasNoFindings();
    assertThat(complete.recommendations())
        .singleElement()
        .satisfies(r -> assertThat(r.id()).isEqualTo(CastFixtures.RECOMMENDATION));
  }

  @Test
  void aNullStepIsRefused() {
    assertThatThrownBy(() -> CastFixtures.readyFor(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("complete()");
  }
}
