package dev.castkit.core;

/**
 * When a {@link Recommendation} takes effect. The Handbook splits hard changes rather than dropping
 * them.
 */
public enum Horizon {
  /** A change made now, often a stopgap. */
  IMMEDIATE,
  /** A change to the control structure that takes longer. */
  LONG_TERM
}
