package dev.castkit.core;

/**
 * The five steps of a CAST analysis. The order is advice: steps 1 and 2 are started first, earlier
 * steps are revisited as more is learned, and step 5 comes last.
 */
public enum CastStep {
  /** Step 1: the system, losses, hazards, constraints, timeline and questions. */
  ASSEMBLE_BASIC_INFORMATION(1, "Assemble basic information"),
  /** Step 2: controllers, controlled processes, control actions, feedback, responsibilities. */
  MODEL_CONTROL_STRUCTURE(2, "Model the safety control structure"),
  /** Step 3: each component's contribution, process model flaws and context. */
  ANALYZE_COMPONENTS(3, "Analyze each component in the loss"),
  /** Step 4: systemic factors that cut across components. */
  IDENTIFY_FLAWS(4, "Identify control structure flaws"),
  /** Step 5: recommendations and their follow-up. */
  CREATE_IMPROVEMENT_PROGRAM(5, "Create an improvement program");

  private final int number;
  private final String title;

  CastStep(int number, String title) {
    this.number = number;
    this.title = title;
  }

  /**
   * Returns the step's number in the Handbook.
   *
   * @return 1 to 5
   */
  public int number() {
    return number;
  }

  /**
   * Returns the step's title in the Handbook.
   *
   * @return the title, for example {@code "Assemble basic information"}
   */
  public String title() {
    return title;
  }

  /**
   * Returns the step with the given number.
   *
   * @param number 1 to 5
   * @return the step
   * @throws IllegalArgumentException when there is no such step
   */
  public static CastStep ofNumber(int number) {
    for (CastStep step : values()) {
      if (step.number == number) {
        return step;
      }
    }
    throw new IllegalArgumentException("no CAST step " + number + "; steps are numbered 1 to 5");
  }
}
