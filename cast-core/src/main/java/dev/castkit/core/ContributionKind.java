package dev.castkit.core;

/** What kind of behaviour a {@link Contribution} describes. */
public enum ContributionKind {
  /** Something the component did. */
  ACTION,
  /** Something the component did not do. */
  INACTION,
  /** A decision the component took. */
  DECISION
}
