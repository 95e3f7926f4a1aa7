package dev.castkit.core;

/**
 * What kind of source a fact comes from, roughly from the strongest to the weakest for what
 * happened inside the organisation. Since format 1.1.
 */
public enum SourceKind {
  /** The operator's own report: a post-incident review, a status page, a statement. */
  OPERATOR_REPORT,
  /** An independent investigation: a regulator, a safety board, a court. */
  INVESTIGATION,
  /** A third party's measurement or observation: outside monitoring, a researcher's data. */
  THIRD_PARTY_MEASUREMENT,
  /** A secondary account: press, a blog, a book. */
  SECONDARY_ACCOUNT,
  /** Anything else. */
  OTHER
}
