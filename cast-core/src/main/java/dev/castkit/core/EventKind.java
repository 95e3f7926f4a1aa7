package dev.castkit.core;

/**
 * What a {@link TimelineEvent} records: a change at a moment, or a condition that held over a time.
 * Since format 1.1.
 */
public enum EventKind {
  /** Something that happened: a change at a moment, or over a short time (the default). */
  EVENT,
  /**
   * A condition that held, often long before the loss and often without a date: a latent flaw "in
   * production for many years", a configuration in place since a migration. Give it a coarse time
   * (a {@link TimePrecision#YEAR}) when one is known, or none.
   */
  CONDITION
}
