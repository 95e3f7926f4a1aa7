package dev.castkit.core.rules;

import dev.castkit.core.CastStep;
import dev.castkit.core.internal.Ids;
import dev.castkit.core.rules.internal.RuleMeta;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a rule noticed about an analysis: a stable code (such as {@code CAST-H001}), a
 * severity, the CAST step it belongs to, the id of the element concerned and a message a person
 * understands without the code.
 *
 * <pre>{@code
 * Finding f = report.findings().get(0);
 * String where = f.elementId().orElse("the analysis");
 * System.out.println(f.code() + " (" + f.severity() + ", step " + f.step().number() + ") "
 *     + where + ": " + f.message());
 * }</pre>
 *
 * <p>Findings order by step, code, element id (naturally, so {@code H-2} before {@code H-10}),
 * message and severity; {@link ValidationReport#findings()} lists them in that order.
 */
public final class Finding implements Comparable<Finding> {
  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::step)
          .thenComparing(Finding::code)
          .thenComparing(f -> f.elementId, Finding::compareElementIds)
          .thenComparing(Finding::message)
          .thenComparing(Finding::severity);

  private final String code;
  private final Severity severity;
  private final CastStep step;
  private final String elementId;
  private final String message;

  private Finding(String code, Severity severity, CastStep step, String elementId, String message) {
    this.code = code;
    this.severity = severity;
    this.step = step;
    this.elementId = elementId;
    this.message = message;
  }

  /**
   * Creates a finding. Rules report through {@link Rule.Reporter}, which fills in the code and
   * severity; within the package, tests and {@link CastRules} make findings with this.
   *
   * @throws IllegalArgumentException when an argument is missing, blank or malformed
   */
  static Finding of(
      String code, Severity severity, CastStep step, Optional<String> elementId, String message) {
    if (elementId == null) {
      throw new IllegalArgumentException(
          "Finding " + code + ": elementId must be an Optional, possibly empty, not null");
    }
    RuleMeta.requireFinding(code, severity, step, elementId.orElse(null), message);
    return new Finding(code, severity, step, elementId.orElse(null), message);
  }

  /** A finding whose parts the checker has already checked. */
  static Finding checked(
      String code, Severity severity, CastStep step, String elementId, String message) {
    return new Finding(code, severity, step, elementId, message);
  }

  /**
   * The code of the rule that made this finding, stable across versions.
   *
   * @return the code, for example {@code "CAST-H001"}
   */
  public String code() {
    return code;
  }

  /**
   * How much it matters, after the caller's severity overrides.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * The CAST step the element concerned belongs to.
   *
   * @return the step
   */
  public CastStep step() {
    return step;
  }

  /**
   * The id of the element concerned: for a dangling reference, the element that holds the reference
   * (the message names the missing id).
   *
   * @return the id, or empty when the finding concerns the analysis as a whole
   */
  public Optional<String> elementId() {
    return Optional.ofNullable(elementId);
  }

  /**
   * What was noticed, in words a person understands without the code.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * Returns this finding with another severity.
   *
   * @param newSeverity the severity
   * @return a finding equal to this one but for its severity
   * @throws IllegalArgumentException when {@code newSeverity} is null
   */
  public Finding withSeverity(Severity newSeverity) {
    if (newSeverity == null) {
      throw new IllegalArgumentException("Finding " + code + ": severity must not be null");
    }
    return newSeverity == severity
        ? this
        : new Finding(code, newSeverity, step, elementId, message);
  }

  /**
   * Orders by step, code, element id (natural order; findings about the whole analysis first),
   * message and severity.
   *
   * @param other another finding
   * @return a negative number, zero or a positive number
   */
  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }

  private static int compareElementIds(String a, String b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    return Ids.compareNatural(a, b);
  }

  /**
   * Two findings are equal when all their attributes are.
   *
   * @param o another object
   * @return true when equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Finding f
        && code.equals(f.code)
        && severity == f.severity
        && step == f.step
        && Objects.equals(elementId, f.elementId)
        && message.equals(f.message);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(code, severity, step, elementId, message);
  }

  /**
   * A one-line form for logs, such as {@code CAST-H001 ERROR step 1 H-2: Hazard H-2 leads to no
   * loss.}
   *
   * @return the text
   */
  @Override
  public String toString() {
    return code
        + " "
        + severity
        + " step "
        + step.number()
        + (elementId == null ? "" : " " + elementId)
        + ": "
        + message;
  }
}
