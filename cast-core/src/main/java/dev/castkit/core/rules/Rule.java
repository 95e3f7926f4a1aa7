package dev.castkit.core.rules;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastStep;
import dev.castkit.core.ElementId;
import dev.castkit.core.rules.internal.SimpleRule;
import java.util.function.BiConsumer;

/**
 * One rule: a code, a default severity, the step its findings usually belong to, a title, and the
 * check itself. The standard rules are {@code CAST-*}; a tool adds its house rules with {@link
 * CastRules.Builder#add(Rule)}.
 *
 * <pre>{@code
 * Rule owners = Rule.of("ACME-001", Severity.WARNING, CastStep.CREATE_IMPROVEMENT_PROGRAM,
 *     "every recommendation has an owner",
 *     (analysis, out) -> analysis.recommendations().stream()
 *         .filter(r -> r.owner().isEmpty())
 *         .forEach(r -> out.report(r.id(), "Recommendation " + r.id() + " has no owner.")));
 * CastRules rules = CastRules.builder().add(owners).build();
 * }</pre>
 *
 * <p>The standard rules are made the same way and get the same context: the analysis and a
 * reporter. To look elements up by id and find what refers to them, a rule calls {@link
 * CastAnalysis#find} and {@link CastAnalysis#referrers}; during a check they read the index of
 * elements and references that the standard rules have already built for that analysis.
 *
 * <pre>{@code
 * Rule tracked = Rule.of("ACME-002", Severity.WARNING, CastStep.IDENTIFY_FLAWS,
 *     "every flaw is named by a recommendation or says why not",
 *     (analysis, out) -> analysis.flaws().stream()
 *         .filter(f -> analysis.referrers(f.id()).isEmpty() && f.noActionRationale().isEmpty())
 *         .forEach(f -> out.report(f.id(), "Nothing refers to flaw " + f.id() + ".")));
 * }</pre>
 *
 * <p>A rule must be thread-safe (one {@link CastRules} may check many analyses at once) and should
 * not throw: if it does, the check goes on and reports an error finding under the rule's code that
 * says the rule could not run.
 */
public interface Rule {

  /**
   * The rule's code: stable, not blank, no white space. Every finding of the rule carries it.
   *
   * @return the code, for example {@code "ACME-001"}
   */
  String code();

  /**
   * The severity of its findings unless the caller overrides it with {@link
   * CastRules.Builder#severity(String, Severity)}.
   *
   * @return the default severity
   */
  Severity severity();

  /**
   * The step its findings belong to unless it reports another one.
   *
   * @return the step
   */
  CastStep step();

  /**
   * What the rule wants, in a few words, for lists of rules.
   *
   * @return the title, for example {@code "every recommendation has an owner"}
   */
  String title();

  /**
   * Checks an analysis and reports what it finds through {@code out}. The report's code and
   * severity are filled in for the rule.
   *
   * @param analysis the analysis, never null
   * @param out where to report findings
   */
  void check(CastAnalysis analysis, Reporter out);

  /**
   * Makes a rule of its parts.
   *
   * @param code the code: not blank, no white space
   * @param severity the default severity
   * @param step the step its findings belong to by default
   * @param title what the rule wants, in a few words
   * @param check the check
   * @return the rule
   * @throws IllegalArgumentException when an argument is missing or blank
   */
  static Rule of(
      String code,
      Severity severity,
      CastStep step,
      String title,
      BiConsumer<CastAnalysis, Reporter> check) {
    return SimpleRule.of(code, severity, step, title, check);
  }

  /**
   * Where a rule reports its findings. Every method fills in the rule's code and its severity
   * (after the caller's overrides).
   */
  interface Reporter {

    /**
     * Reports a finding about one element, in the rule's step.
     *
     * @param element the element concerned
     * @param message what was noticed, for a person
     * @throws IllegalArgumentException when an argument is null or the message blank
     */
    void report(ElementId element, String message);

    /**
     * Reports a finding about one element, in a given step.
     *
     * @param step the step the finding belongs to
     * @param element the element concerned
     * @param message what was noticed, for a person
     * @throws IllegalArgumentException when an argument is null or the message blank
     */
    void report(CastStep step, ElementId element, String message);

    /**
     * Reports a finding about the analysis as a whole, in the rule's step.
     *
     * @param message what was noticed, for a person
     * @throws IllegalArgumentException when the message is null or blank
     */
    void report(String message);

    /**
     * Reports a finding about the analysis as a whole, in a given step.
     *
     * @param step the step the finding belongs to
     * @param message what was noticed, for a person
     * @throws IllegalArgumentException when an argument is null or the message blank
     */
    void report(CastStep step, String message);
  }
}
