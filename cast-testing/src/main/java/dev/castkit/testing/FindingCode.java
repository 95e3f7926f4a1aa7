package dev.castkit.testing;

import dev.castkit.core.rules.CastRules;
import dev.castkit.core.rules.Rule;

/**
 * Every code of the standard rules ({@link CastRules#standard()}), so that a typo in a test is a
 * compile error rather than a finding that silently never matches. What each means, why CAST wants
 * it and how to fix what it reports: {@code docs/rules.md}.
 *
 * <pre>{@code
 * assertThat(CastRules.standard().check(analysis)).hasFinding(FindingCode.CAST_H004, "H-2");
 *
 * Rule rule = FindingCode.CAST_W001.rule();   // its default severity, step and title
 * FindingCode code = FindingCode.of("CAST-S001");
 * }</pre>
 *
 * <p>A house rule has a code of its own; the assertions take a {@code String} code for those.
 */
public enum FindingCode {
  /**
   * {@code CAST-A001} (warning, step 3): every controller has a step-3 analysis once step 3 has
   * begun.
   */
  CAST_A001("CAST-A001"),
  /** {@code CAST-A002} (warning, step 3): every contribution says why it made sense at the time. */
  CAST_A002("CAST-A002"),
  /**
   * {@code CAST-A003} (warning, step 3): a component analysis lists only the component's own
   * responsibilities.
   */
  CAST_A003("CAST-A003"),
  /**
   * {@code CAST-A004} (error, step 3): a contribution that limited the loss is not stated as a
   * cause.
   */
  CAST_A004("CAST-A004"),
  /** {@code CAST-H001} (error, step 1): every hazard leads to at least one loss. */
  CAST_H001("CAST-H001"),
  /** {@code CAST-H002} (error, step 1): a sub-hazard's losses are among its parent's. */
  CAST_H002("CAST-H002"),
  /** {@code CAST-H003} (warning, step 1): every loss is reached by some hazard. */
  CAST_H003("CAST-H003"),
  /** {@code CAST-H004} (warning, step 1): every hazard has a safety constraint. */
  CAST_H004("CAST-H004"),
  /** {@code CAST-H005} (error, step 1): every safety constraint addresses a hazard. */
  CAST_H005("CAST-H005"),
  /** {@code CAST-I001} (error, any step): every reference resolves. */
  CAST_I001("CAST-I001"),
  /** {@code CAST-I002} (error, any step): ids are unique across the whole analysis. */
  CAST_I002("CAST-I002"),
  /**
   * {@code CAST-I003} (error, steps 1, 2): chains of parents and of events that follow others have
   * no cycle.
   */
  CAST_I003("CAST-I003"),
  /** {@code CAST-O001} (warning, steps 3-5): steps 1 and 2 are begun before later steps. */
  CAST_O001("CAST-O001"),
  /**
   * {@code CAST-O002} (warning, step 5): an improvement program follows the identification of
   * flaws.
   */
  CAST_O002("CAST-O002"),
  /**
   * {@code CAST-P001} (warning, step 5): every flaw is addressed by a recommendation or says why no
   * action is taken.
   */
  CAST_P001("CAST-P001"),
  /** {@code CAST-P002} (error, step 5): every recommendation addresses something. */
  CAST_P002("CAST-P002"),
  /** {@code CAST-P003} (error, step 5): a rejected recommendation has a rationale. */
  CAST_P003("CAST-P003"),
  /**
   * {@code CAST-Q001} (error, the question's step): an analysis marked final has no open question.
   */
  CAST_Q001("CAST-Q001"),
  /** {@code CAST-Q002} (warning, the question's step): an answered question records its answer. */
  CAST_Q002("CAST-Q002"),
  /**
   * {@code CAST-S001} (warning, step 2): every control action has a feedback link back to its
   * controller.
   */
  CAST_S001("CAST-S001"),
  /**
   * {@code CAST-S002} (info, step 2): links marked other than present (missing, inoperable,
   * degraded, delayed, incorrect, unnoticed) are shown, once per link.
   */
  CAST_S002("CAST-S002"),
  /** {@code CAST-S003} (warning, step 2): every responsibility serves a safety constraint. */
  CAST_S003("CAST-S003"),
  /** {@code CAST-S004} (warning, step 2): every controller has a responsibility. */
  CAST_S004("CAST-S004"),
  /**
   * {@code CAST-S005} (warning, step 2): every component that issues a control action states a
   * responsibility.
   */
  CAST_S005("CAST-S005"),
  /** {@code CAST-S006} (warning, step 2): every group holds a component. */
  CAST_S006("CAST-S006"),
  /** {@code CAST-T001} (error, step 1): timeline events with times are in order. */
  CAST_T001("CAST-T001"),
  /** {@code CAST-T002} (error, step 1): an event that follows another did not happen before it. */
  CAST_T002("CAST-T002"),
  /** {@code CAST-T003} (error, step 1): the incident's milestones are in order. */
  CAST_T003("CAST-T003"),
  /** {@code CAST-T004} (error, step 1): a milestone has the time of its event. */
  CAST_T004("CAST-T004"),
  /**
   * {@code CAST-W001} (warning, steps 1, 3, 4): events, contributions and flaws are worded without
   * blame or hindsight.
   */
  CAST_W001("CAST-W001"),
  /** {@code CAST-W002} (warning, step 1): hazards are system states, not component failures. */
  CAST_W002("CAST-W002");

  private final String code;

  FindingCode(String code) {
    this.code = code;
  }

  /**
   * The code as findings carry it.
   *
   * @return for example {@code "CAST-H001"}
   */
  public String code() {
    return code;
  }

  /**
   * The standard rule of this code, with its default severity, step and title.
   *
   * @return the rule
   * @throws IllegalStateException when {@link CastRules#standard()} has no rule of this code (the
   *     castkit on the class path is another version than this module's)
   */
  public Rule rule() {
    for (Rule rule : CastRules.standard().rules()) {
      if (rule.code().equals(code)) {
        return rule;
      }
    }
    throw new IllegalStateException(
        "CastRules.standard() has no rule "
            + code
            + ": use cast-testing of the same version as cast-core");
  }

  /**
   * The constant of a code.
   *
   * @param code a code as findings carry it, for example {@code "CAST-S001"}
   * @return the constant
   * @throws IllegalArgumentException when no standard rule has that code
   */
  public static FindingCode of(String code) {
    for (FindingCode c : values()) {
      if (c.code.equals(code)) {
        return c;
      }
    }
    throw new IllegalArgumentException("'" + code + "' is not the code of a standard rule");
  }

  /**
   * The code, as findings carry it.
   *
   * @return {@link #code()}
   */
  @Override
  public String toString() {
    return code;
  }
}
