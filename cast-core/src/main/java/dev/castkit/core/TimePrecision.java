package dev.castkit.core;

/** How precisely the time of a {@link TimelineEvent} is known. */
public enum TimePrecision {
  /** Known to the millisecond. */
  MILLISECOND,
  /** Known to the second. */
  SECOND,
  /** Known to the minute. */
  MINUTE,
  /** Known to the hour. */
  HOUR,
  /** Known to the day (UTC). */
  DAY
}
