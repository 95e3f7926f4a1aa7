package dev.castkit.core.rules;

import dev.castkit.core.CastStep;
import java.util.List;
import java.util.Objects;

/**
 * How far one CAST step has come: whether it has begun, whether it is complete, and what keeps it
 * from being complete (and so blocks the next step). The criteria of each step are in {@code
 * docs/rules.md}.
 *
 * <pre>{@code
 * StepStatus s = report.step(CastStep.ASSEMBLE_BASIC_INFORMATION);
 * if (!s.complete()) {
 *   s.blockers().forEach(b -> System.out.println("step 1: " + b));
 * }
 * }</pre>
 */
public final class StepStatus {
  private final CastStep step;
  private final boolean begun;
  private final List<String> blockers;

  private StepStatus(CastStep step, boolean begun, List<String> blockers) {
    this.step = step;
    this.begun = begun;
    this.blockers = blockers;
  }

  /**
   * Creates a step status (for {@link CastRules} and tests). A step is complete exactly when
   * nothing blocks it, and a complete step has begun.
   *
   * @throws IllegalArgumentException when an argument is missing, a blocker is blank, or the step
   *     has not begun but nothing blocks it
   */
  static StepStatus of(CastStep step, boolean begun, List<String> blockers) {
    if (step == null) {
      throw new IllegalArgumentException("StepStatus needs a step");
    }
    if (blockers == null) {
      throw new IllegalArgumentException(
          "StepStatus of step " + step.number() + ": blockers is null");
    }
    for (String b : blockers) {
      if (b == null || b.isBlank()) {
        throw new IllegalArgumentException(
            "StepStatus of step " + step.number() + ": a blocker must not be blank");
      }
    }
    if (!begun && blockers.isEmpty()) {
      throw new IllegalArgumentException(
          "StepStatus of step " + step.number() + ": a step that has not begun cannot be complete");
    }
    return new StepStatus(step, begun, List.copyOf(blockers));
  }

  /**
   * The step.
   *
   * @return the step
   */
  public CastStep step() {
    return step;
  }

  /**
   * Whether the step has any content.
   *
   * @return true when it has begun
   */
  public boolean begun() {
    return begun;
  }

  /**
   * Whether the step meets its completion criteria: nothing blocks it.
   *
   * @return true when complete
   */
  public boolean complete() {
    return blockers.isEmpty();
  }

  /**
   * What keeps the step from being complete, each in words, in a stable order.
   *
   * @return the blockers; empty when the step is complete
   */
  public List<String> blockers() {
    return blockers;
  }

  /**
   * Two statuses are equal when all their attributes are.
   *
   * @param o another object
   * @return true when equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof StepStatus s
        && step == s.step
        && begun == s.begun
        && blockers.equals(s.blockers);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(step, begun, blockers);
  }

  /**
   * A one-line form for logs.
   *
   * @return the text
   */
  @Override
  public String toString() {
    String state = complete() ? "complete" : begun ? "begun" : "not begun";
    return "step " + step.number() + " " + state + (complete() ? "" : ": " + blockers);
  }
}
