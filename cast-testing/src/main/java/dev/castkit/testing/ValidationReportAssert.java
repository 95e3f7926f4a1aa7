package dev.castkit.testing;

import dev.castkit.core.CastStep;
import dev.castkit.core.ElementId;
import dev.castkit.core.rules.Finding;
import dev.castkit.core.rules.Severity;
import dev.castkit.core.rules.StepStatus;
import dev.castkit.core.rules.ValidationReport;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.ListAssert;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions on a {@link ValidationReport}; get one with {@link
 * CastAssertions#assertThat(ValidationReport)}. A failure lists every finding of the report, one a
 * line, so the message alone says what the rules saw.
 *
 * <pre>{@code
 * assertThat(report)
 *     .hasNoErrors()
 *     .hasFinding(FindingCode.CAST_H004, "H-2")           // with the element it concerns
 *     .hasFinding(FindingCode.CAST_S002)                  // on any element
 *     .hasNoFinding(FindingCode.CAST_I001)
 *     .hasFinding("ACME-001", "REC-3")                    // a house rule's code
 *     .isReadyFor(CastStep.ANALYZE_COMPONENTS);
 *
 * assertThat(report).findings().extracting(Finding::code).contains("CAST-W001");
 * }</pre>
 *
 * <p>Being AssertJ assertions, they take {@code as(...)} descriptions and work in soft assertions
 * ({@code SoftAssertions.assertSoftly(s -> s.check(() -> assertThat(report).hasNoErrors()))}).
 */
public final class ValidationReportAssert
    extends AbstractAssert<ValidationReportAssert, ValidationReport> {

  ValidationReportAssert(@Nullable ValidationReport actual) {
    super(actual, ValidationReportAssert.class);
  }

  /**
   * Some finding has this code and concerns this element.
   *
   * @param code a standard rule's code
   * @param elementId the id of the element, as written (for example {@code "H-2"})
   * @return this
   */
  public ValidationReportAssert hasFinding(FindingCode code, String elementId) {
    return hasFinding(code.code(), elementId);
  }

  /**
   * Some finding has this code and concerns this element.
   *
   * @param code a standard rule's code
   * @param elementId the element's id
   * @return this
   */
  public ValidationReportAssert hasFinding(FindingCode code, ElementId elementId) {
    return hasFinding(code.code(), elementId.value());
  }

  /**
   * Some finding has this code and concerns this element; for house rules.
   *
   * @param code any rule's code, for example {@code "ACME-001"}
   * @param elementId the id of the element, as written
   * @return this
   */
  public ValidationReportAssert hasFinding(String code, String elementId) {
    isNotNull();
    if (matching(code, Optional.of(elementId)).isEmpty()) {
      failWithMessage(
          "Expected a finding %s on %s, but there is none.%n%s",
          code, elementId, describe(actual.findings()));
    }
    return this;
  }

  /**
   * Some finding has this code, whatever it concerns.
   *
   * @param code a standard rule's code
   * @return this
   */
  public ValidationReportAssert hasFinding(FindingCode code) {
    return hasFinding(code.code());
  }

  /**
   * Some finding has this code, whatever it concerns; for house rules.
   *
   * @param code any rule's code
   * @return this
   */
  public ValidationReportAssert hasFinding(String code) {
    isNotNull();
    if (matching(code, Optional.empty()).isEmpty()) {
      failWithMessage(
          "Expected a finding %s, but there is none.%n%s", code, describe(actual.findings()));
    }
    return this;
  }

  /**
   * No finding has this code and concerns this element.
   *
   * @param code a standard rule's code
   * @param elementId the id of the element, as written
   * @return this
   */
  public ValidationReportAssert hasNoFinding(FindingCode code, String elementId) {
    return hasNoFinding(code.code(), elementId);
  }

  /**
   * No finding has this code and concerns this element; for house rules.
   *
   * @param code any rule's code
   * @param elementId the id of the element, as written
   * @return this
   */
  public ValidationReportAssert hasNoFinding(String code, String elementId) {
    isNotNull();
    List<Finding> found = matching(code, Optional.of(elementId));
    if (!found.isEmpty()) {
      failWithMessage(
          "Expected no finding %s on %s, but found:%n%s", code, elementId, describe(found));
    }
    return this;
  }

  /**
   * No finding has this code.
   *
   * @param code a standard rule's code
   * @return this
   */
  public ValidationReportAssert hasNoFinding(FindingCode code) {
    return hasNoFinding(code.code());
  }

  /**
   * No finding has this code; for house rules.
   *
   * @param code any rule's code
   * @return this
   */
  public ValidationReportAssert hasNoFinding(String code) {
    isNotNull();
    List<Finding> found = matching(code, Optional.empty());
    if (!found.isEmpty()) {
      failWithMessage("Expected no finding %s, but found:%n%s", code, describe(found));
    }
    return this;
  }

  /**
   * No finding is an {@link Severity#ERROR}.
   *
   * @return this
   */
  public ValidationReportAssert hasNoErrors() {
    return hasNoneAtLeast(Severity.ERROR, "errors");
  }

  /**
   * No finding is an {@link Severity#ERROR} or a {@link Severity#WARNING}.
   *
   * @return this
   */
  public ValidationReportAssert hasNoErrorsOrWarnings() {
    return hasNoneAtLeast(Severity.WARNING, "errors or warnings");
  }

  /**
   * The report has no finding at all, not even an {@link Severity#INFO}.
   *
   * @return this
   */
  public ValidationReportAssert hasNoFindings() {
    return hasNoneAtLeast(Severity.INFO, "findings");
  }

  /**
   * The first step that is not complete is {@code step} ({@link ValidationReport#readyFor()}).
   *
   * @param step the step
   * @return this
   */
  public ValidationReportAssert isReadyFor(CastStep step) {
    isNotNull();
    Optional<CastStep> ready = actual.readyFor();
    if (!ready.equals(Optional.of(step))) {
      failWithMessage(
          "Expected the analysis to be ready for step %s, but %s.%n%s",
          step.number(), readiness(ready), describeSteps());
    }
    return this;
  }

  /**
   * All five steps are complete ({@link ValidationReport#readyFor()} is empty).
   *
   * @return this
   */
  public ValidationReportAssert hasAllStepsComplete() {
    isNotNull();
    Optional<CastStep> ready = actual.readyFor();
    if (ready.isPresent()) {
      failWithMessage(
          "Expected all five steps complete, but %s.%n%s", readiness(ready), describeSteps());
    }
    return this;
  }

  /**
   * AssertJ's list assertions on the findings, in the report's order.
   *
   * @return the assertions
   */
  public ListAssert<Finding> findings() {
    isNotNull();
    return new ListAssert<>(actual.findings());
  }

  private ValidationReportAssert hasNoneAtLeast(Severity severity, String what) {
    isNotNull();
    // Severity lists ERROR, WARNING, INFO: a lower ordinal is more severe
    List<Finding> found =
        filter(f -> f.severity().ordinal() <= severity.ordinal(), actual.findings());
    if (!found.isEmpty()) {
      failWithMessage("Expected no %s, but found:%n%s", what, describe(found));
    }
    return this;
  }

  private List<Finding> matching(String code, Optional<String> elementId) {
    return filter(
        f -> f.code().equals(code) && (elementId.isEmpty() || f.elementId().equals(elementId)),
        actual.findings());
  }

  private static List<Finding> filter(Predicate<Finding> p, List<Finding> findings) {
    return findings.stream().filter(p).collect(Collectors.toList());
  }

  private static String readiness(Optional<CastStep> ready) {
    return ready
        .map(s -> "it is ready for step " + s.number() + " (" + s.title() + ")")
        .orElse("all five steps are complete");
  }

  private String describeSteps() {
    StringBuilder sb = new StringBuilder("Steps:");
    for (StepStatus s : actual.steps()) {
      sb.append(String.format("%n  %s", s));
    }
    return sb.toString();
  }

  private static String describe(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "The report has no finding.";
    }
    StringBuilder sb = new StringBuilder("Findings:");
    for (Finding f : findings) {
      sb.append(String.format("%n  %s", f));
    }
    return sb.toString();
  }
}
