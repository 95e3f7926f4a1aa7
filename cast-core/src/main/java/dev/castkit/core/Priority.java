package dev.castkit.core;

/** How urgent a {@link Recommendation} is. */
public enum Priority {
  /** Do first. */
  HIGH,
  /** Do soon. */
  MEDIUM,
  /** Do when possible. */
  LOW
}
