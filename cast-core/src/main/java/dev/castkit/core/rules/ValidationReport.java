package dev.castkit.core.rules;

import dev.castkit.core.CastStep;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link CastRules#check} found: the findings in a deterministic order, and how far each of
 * the five steps has come.
 *
 * <pre>{@code
 * ValidationReport report = CastRules.standard().check(analysis);
 * if (report.hasErrors()) {
 *   report.findings().stream()
 *       .filter(f -> f.severity() == Severity.ERROR)
 *       .forEach(f -> System.err.println(f));
 * }
 * System.out.println(report.count(Severity.WARNING) + " warnings");
 * report.readyFor().ifPresentOrElse(
 *     step -> System.out.println("ready for step " + step.number() + ": " + step.title()),
 *     () -> System.out.println("all five steps complete"));
 * }</pre>
 */
public final class ValidationReport {
  private final List<Finding> findings;
  private final Map<CastStep, StepStatus> steps;
  private final int[] counts = new int[Severity.values().length];

  private ValidationReport(List<Finding> findings, Map<CastStep, StepStatus> steps) {
    this.findings = findings;
    this.steps = steps;
    for (Finding f : findings) {
      counts[f.severity().ordinal()]++;
    }
  }

  /**
   * Creates a report (for {@link CastRules} and tests).
   *
   * @throws IllegalArgumentException when an argument or element is null, or a step is missing or
   *     given twice
   */
  static ValidationReport of(Collection<Finding> findings, Collection<StepStatus> steps) {
    if (findings == null || steps == null) {
      throw new IllegalArgumentException("ValidationReport needs findings and step statuses");
    }
    List<Finding> sorted = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      if (f == null) {
        throw new IllegalArgumentException("ValidationReport: a finding is null");
      }
      sorted.add(f);
    }
    Collections.sort(sorted);
    Map<CastStep, StepStatus> byStep = new EnumMap<>(CastStep.class);
    for (StepStatus s : steps) {
      if (s == null) {
        throw new IllegalArgumentException("ValidationReport: a step status is null");
      }
      if (byStep.put(s.step(), s) != null) {
        throw new IllegalArgumentException(
            "ValidationReport: step " + s.step().number() + " is given twice");
      }
    }
    for (CastStep step : CastStep.values()) {
      if (!byStep.containsKey(step)) {
        throw new IllegalArgumentException(
            "ValidationReport: the status of step " + step.number() + " is missing");
      }
    }
    return new ValidationReport(List.copyOf(sorted), Collections.unmodifiableMap(byStep));
  }

  /**
   * All findings, ordered by step, code, element id (natural order), message and severity, so the
   * same analysis always gives the same list.
   *
   * @return the findings (empty when there are none)
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * The findings that belong to one step, in the order of {@link #findings()}.
   *
   * @param step the step
   * @return its findings (empty when there are none)
   * @throws IllegalArgumentException when {@code step} is null
   */
  public List<Finding> findings(CastStep step) {
    if (step == null) {
      throw new IllegalArgumentException("step must not be null");
    }
    List<Finding> result = new ArrayList<>();
    for (Finding f : findings) {
      if (f.step() == step) {
        result.add(f);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Whether any finding is an error.
   *
   * @return true when there is at least one {@link Severity#ERROR}
   */
  public boolean hasErrors() {
    return counts[Severity.ERROR.ordinal()] > 0;
  }

  /**
   * How many findings have a severity.
   *
   * @param severity the severity
   * @return the number of findings with it
   * @throws IllegalArgumentException when {@code severity} is null
   */
  public int count(Severity severity) {
    if (severity == null) {
      throw new IllegalArgumentException("severity must not be null");
    }
    return counts[severity.ordinal()];
  }

  /**
   * The status of each of the five steps, in step order.
   *
   * @return five statuses
   */
  public List<StepStatus> steps() {
    return List.copyOf(steps.values());
  }

  /**
   * The status of one step.
   *
   * @param step the step
   * @return its status
   * @throws IllegalArgumentException when {@code step} is null
   */
  public StepStatus step(CastStep step) {
    if (step == null) {
      throw new IllegalArgumentException("step must not be null");
    }
    return steps.get(step);
  }

  /**
   * The step the analysis is ready for: the first step, in the Handbook's order, that is not
   * complete. The order is advice; work on later steps is allowed at any time.
   *
   * @return the step to work on, or empty when all five steps are complete
   */
  public Optional<CastStep> readyFor() {
    for (StepStatus s : steps.values()) {
      if (!s.complete()) {
        return Optional.of(s.step());
      }
    }
    return Optional.empty();
  }

  /**
   * Two reports are equal when their findings and step statuses are.
   *
   * @param o another object
   * @return true when equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationReport r && findings.equals(r.findings) && steps.equals(r.steps);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * findings.hashCode() + steps.hashCode();
  }

  /**
   * A short summary for logs: the counts per severity and the step the analysis is ready for.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ValidationReport["
        + count(Severity.ERROR)
        + " errors, "
        + count(Severity.WARNING)
        + " warnings, "
        + count(Severity.INFO)
        + " infos, ready for "
        + readyFor().map(s -> "step " + s.number()).orElse("nothing: all steps complete")
        + "]";
  }
}
