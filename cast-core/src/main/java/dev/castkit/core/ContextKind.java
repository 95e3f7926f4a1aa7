package dev.castkit.core;

/** The kind of a {@link ContextFactor}: why behaviour made sense at the time. */
public enum ContextKind {
  /** Physical conditions (equipment, environment). */
  PHYSICAL,
  /** Workload, stress, attention, expectations. */
  PSYCHOLOGICAL,
  /** What information was available, and how it was presented. */
  INFORMATIONAL,
  /** Goals, incentives, pressure and priorities set by management. */
  MANAGERIAL,
  /** The situation at the moment: time of day, concurrent events. */
  SITUATIONAL,
  /** Anything else. */
  OTHER
}
