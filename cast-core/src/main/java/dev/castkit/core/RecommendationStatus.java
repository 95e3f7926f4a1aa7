package dev.castkit.core;

/** The follow-up state of a {@link Recommendation}. */
public enum RecommendationStatus {
  /** Proposed, not yet accepted. */
  PROPOSED,
  /** Accepted; work has not begun. */
  ACCEPTED,
  /** Being implemented. */
  IN_PROGRESS,
  /** Implemented; not yet checked. */
  IMPLEMENTED,
  /** Implemented and checked to work. */
  VERIFIED_EFFECTIVE,
  /** Rejected; the rationale says why. */
  REJECTED
}
