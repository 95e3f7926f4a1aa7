package dev.castkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.castkit.core.CastStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static Finding f(String code, CastStep step, String id, String message) {
    return Finding.of(code, Severity.WARNING, step, Optional.ofNullable(id), message);
  }

  private static List<StepStatus> allComplete() {
    List<StepStatus> steps = new ArrayList<>();
    for (CastStep s : CastStep.values()) {
      steps.add(StepStatus.of(s, true, List.of()));
    }
    return steps;
  }

  @Test
  void findingsAreSortedByStepCodeNaturalIdAndMessage() {
    Finding a = f("CAST-H001", CastStep.ASSEMBLE_BASIC_INFORMATION, null, "whole");
    Finding b = f("CAST-H001", CastStep.ASSEMBLE_BASIC_INFORMATION, "H-2", "b");
    Finding c = f("CAST-H001", CastStep.ASSEMBLE_BASIC_INFORMATION, "H-10", "a");
    Finding d = f("CAST-H001", CastStep.ASSEMBLE_BASIC_INFORMATION, "H-10", "b");
    Finding e = f("CAST-A001", CastStep.MODEL_CONTROL_STRUCTURE, "C-1", "x");
    ValidationReport r = ValidationReport.of(List.of(e, d, c, b, a), allComplete());
    assertThat(r.findings()).containsExactly(a, b, c, d, e);
    assertThat(r.findings(CastStep.MODEL_CONTROL_STRUCTURE)).containsExactly(e);
  }

  @Test
  void countsAndErrorsFollowTheSeverities() {
    Finding warning = f("X-1", CastStep.IDENTIFY_FLAWS, "F-1", "w");
    ValidationReport r = ValidationReport.of(List.of(warning), allComplete());
    assertThat(r.hasErrors()).isFalse();
    assertThat(r.count(Severity.WARNING)).isEqualTo(1);
    ValidationReport withError =
        ValidationReport.of(List.of(warning, warning.withSeverity(Severity.ERROR)), allComplete());
    assertThat(withError.hasErrors()).isTrue();
    assertThat(withError.count(Severity.ERROR)).isEqualTo(1);
    assertThat(withError.count(Severity.INFO)).isZero();
  }

  @Test
  void readyForIsTheFirstIncompleteStep() {
    List<StepStatus> steps = allComplete();
    steps.set(3, StepStatus.of(CastStep.IDENTIFY_FLAWS, true, List.of("open question")));
    steps.set(1, StepStatus.of(CastStep.MODEL_CONTROL_STRUCTURE, false, List.of("nothing yet")));
    ValidationReport r = ValidationReport.of(List.of(), steps);
    assertThat(r.readyFor()).contains(CastStep.MODEL_CONTROL_STRUCTURE);
    assertThat(ValidationReport.of(List.of(), allComplete()).readyFor()).isEmpty();
  }

  @Test
  void aReportNeedsEveryStepOnce() {
    List<StepStatus> four = allComplete().subList(0, 4);
    assertThatThrownBy(() -> ValidationReport.of(List.of(), four))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("step 5");
    List<StepStatus> twice = new ArrayList<>(allComplete());
    twice.add(twice.get(0));
    assertThatThrownBy(() -> ValidationReport.of(List.of(), twice))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
  }

  @Test
  void aFindingRefusesMissingOrMalformedParts() {
    assertThatThrownBy(
            () -> Finding.of(" ", Severity.INFO, CastStep.IDENTIFY_FLAWS, Optional.empty(), "m"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> Finding.of("X-1", null, CastStep.IDENTIFY_FLAWS, Optional.empty(), "m"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                Finding.of("X-1", Severity.INFO, CastStep.IDENTIFY_FLAWS, Optional.of("a b"), "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a b");
    assertThatThrownBy(() -> Finding.of("X-1", Severity.INFO, CastStep.IDENTIFY_FLAWS, null, "m"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> Finding.of("X-1", Severity.INFO, CastStep.IDENTIFY_FLAWS, Optional.empty(), ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStepStatusIsCompleteExactlyWhenNothingBlocksIt() {
    assertThat(StepStatus.of(CastStep.IDENTIFY_FLAWS, true, List.of()).complete()).isTrue();
    assertThat(StepStatus.of(CastStep.IDENTIFY_FLAWS, true, List.of("x")).complete()).isFalse();
    assertThatThrownBy(() -> StepStatus.of(CastStep.IDENTIFY_FLAWS, false, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not begun");
  }

  @Test
  void textFormsSayWhatMatters() {
    Finding x = f("CAST-H001", CastStep.ASSEMBLE_BASIC_INFORMATION, "H-2", "Hazard H-2 ...");
    assertThat(x.toString()).isEqualTo("CAST-H001 WARNING step 1 H-2: Hazard H-2 ...");
    assertThat(ValidationReport.of(List.of(x), allComplete()).toString())
        .contains("1 warnings")
        .contains("all steps complete");
  }

  @Test
  void reportsFindingsAndStatusesAreEqualExactlyWhenTheirPartsAre() {
    Finding x = f("CAST-H001", CastStep.ASSEMBLE_BASIC_INFORMATION, "H-2", "m");
    assertThat(x).isEqualTo(f("CAST-H001", CastStep.ASSEMBLE_BASIC_INFORMATION, "H-2", "m"));
    assertThat(x.hashCode())
        .isEqualTo(f("CAST-H001", CastStep.ASSEMBLE_BASIC_INFORMATION, "H-2", "m").hashCode());
    assertThat(x)
        .isNotEqualTo(f("CAST-H002", CastStep.ASSEMBLE_BASIC_INFORMATION, "H-2", "m"))
        .isNotEqualTo(f("CAST-H001", CastStep.ASSEMBLE_BASIC_INFORMATION, "H-3", "m"))
        .isNotEqualTo(f("CAST-H001", CastStep.ASSEMBLE_BASIC_INFORMATION, null, "m"))
        .isNotEqualTo(f("CAST-H001", CastStep.ASSEMBLE_BASIC_INFORMATION, "H-2", "n"))
        .isNotEqualTo(f("CAST-H001", CastStep.IDENTIFY_FLAWS, "H-2", "m"))
        .isNotEqualTo(x.withSeverity(Severity.ERROR))
        .isNotEqualTo("CAST-H001");

    StepStatus open = StepStatus.of(CastStep.IDENTIFY_FLAWS, true, List.of("x"));
    assertThat(open).isEqualTo(StepStatus.of(CastStep.IDENTIFY_FLAWS, true, List.of("x")));
    assertThat(open.hashCode())
        .isEqualTo(StepStatus.of(CastStep.IDENTIFY_FLAWS, true, List.of("x")).hashCode());
    assertThat(open)
        .isNotEqualTo(StepStatus.of(CastStep.IDENTIFY_FLAWS, false, List.of("x")))
        .isNotEqualTo(StepStatus.of(CastStep.IDENTIFY_FLAWS, true, List.of("y")))
        .isNotEqualTo(StepStatus.of(CastStep.ANALYZE_COMPONENTS, true, List.of("x")));

    ValidationReport r = ValidationReport.of(List.of(x), allComplete());
    assertThat(r).isEqualTo(ValidationReport.of(List.of(x), allComplete()));
    assertThat(r.hashCode()).isEqualTo(ValidationReport.of(List.of(x), allComplete()).hashCode());
    List<StepStatus> steps = allComplete();
    steps.set(3, open);
    assertThat(r)
        .isNotEqualTo(ValidationReport.of(List.of(), allComplete()))
        .isNotEqualTo(ValidationReport.of(List.of(x), steps));
  }

  @Test
  void aStepStatusSaysWhetherItIsCompleteBegunOrNotBegunAndWhatBlocksIt() {
    assertThat(StepStatus.of(CastStep.IDENTIFY_FLAWS, true, List.of()).toString())
        .isEqualTo("step 4 complete");
    assertThat(StepStatus.of(CastStep.IDENTIFY_FLAWS, true, List.of("a", "b")).toString())
        .isEqualTo("step 4 begun: [a, b]");
    assertThat(StepStatus.of(CastStep.MODEL_CONTROL_STRUCTURE, false, List.of("a")).toString())
        .isEqualTo("step 2 not begun: [a]");
  }

  @Test
  void aReportSaysTheStepItIsReadyFor() {
    List<StepStatus> steps = allComplete();
    steps.set(2, StepStatus.of(CastStep.ANALYZE_COMPONENTS, false, List.of("nothing yet")));
    assertThat(ValidationReport.of(List.of(), steps).toString())
        .isEqualTo("ValidationReport[0 errors, 0 warnings, 0 infos, ready for step 3]");
  }
}
