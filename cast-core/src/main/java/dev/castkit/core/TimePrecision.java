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
  DAY,
  /** Known to the month (UTC): "in October 2021". Since format 1.1. */
  MONTH,
  /** Known to the year (UTC): "in 2008". Since format 1.1. */
  YEAR
}
