package dev.castkit.core.rules;

/**
 * How much a {@link Finding} matters. Nothing is refused: an analysis in progress may have findings
 * of every severity; {@link ValidationReport#hasErrors()} tells whether it can be trusted as it is.
 */
public enum Severity {
  /**
   * The analysis contradicts itself or CAST: a dangling reference, a cycle, a final analysis with
   * an open question.
   */
  ERROR,
  /** The analysis is incomplete or worded in a way CAST advises against. */
  WARNING,
  /** Worth knowing, nothing to fix: for example a link marked missing at the time of the loss. */
  INFO
}
