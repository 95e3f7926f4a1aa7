package dev.castkit.core;

/**
 * Whether a {@link Contribution} made the loss happen or worse, or limited it. Since format 1.1.
 */
public enum ContributionEffect {
  /** It contributed to the hazardous state or made the loss worse (the default). */
  CONTRIBUTED,
  /**
   * It limited the loss: a snapshot someone happened to take that saved the data, a rollback that
   * stopped the spread. It is part of the story, not a cause.
   */
  LIMITED
}
