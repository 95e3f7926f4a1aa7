package dev.castkit.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * When a timeline event happened, and how precisely that is known, so that "around 21:00" and
 * "13:42:07" are both honest. A time never claims more precision than it has: with {@link
 * TimePrecision#MINUTE} its seconds are zero.
 *
 * <p>The factories {@link #of(Instant)}, {@link #of(Instant, TimePrecision)} and {@link
 * #approximately(Instant, TimePrecision)} truncate the instant to the precision, so a timestamp
 * from a database or a log (which carries micro- or nanoseconds) can be given as it is. The
 * canonical constructor is strict: it refuses an instant finer than its precision, as the JSON
 * reader refuses such a time in a document (a stored time is never silently changed).
 *
 * <pre>{@code
 * EventTime exact = EventTime.of(Instant.parse("2017-02-28T17:37:12Z"));   // SECOND
 * EventTime around = EventTime.approximately(Instant.parse("2017-02-28T21:00:00Z"), TimePrecision.HOUR);
 * EventTime logged = EventTime.of(Instant.now(), TimePrecision.MILLISECOND); // microseconds dropped
 * }</pre>
 *
 * @param at the instant, in UTC
 * @param precision how precisely it is known
 * @param approximate whether it is an estimate ("around 21:00") rather than a reading
 */
public record EventTime(Instant at, TimePrecision precision, boolean approximate) {

  /**
   * Checks that the instant carries no more precision than claimed; the factories truncate instead.
   *
   * @param at the instant, in UTC
   * @param precision how precisely it is known
   * @param approximate whether it is an estimate
   * @throws CastModelException with {@code NULL_ATTRIBUTE} or {@code INVALID_VALUE}
   */
  public EventTime {
    if (at == null || precision == null) {
      throw new CastModelException(
          CastModelException.Code.NULL_ATTRIBUTE,
          "EventTime",
          at == null ? "at" : "precision",
          "EventTime needs an instant and a precision");
    }
    if (!at.equals(truncate(at, precision))) {
      throw new CastModelException(
          CastModelException.Code.INVALID_VALUE,
          "EventTime",
          "at",
          "EventTime "
              + at
              + " is more precise than its precision "
              + precision
              + "; use "
              + truncate(at, precision)
              + " or a finer precision");
    }
  }

  /**
   * A time known to the second (the default).
   *
   * @param at the instant; any fraction of a second is dropped
   * @return the time
   * @throws CastModelException with {@code NULL_ATTRIBUTE} when {@code at} is null
   */
  public static EventTime of(Instant at) {
    return of(at, TimePrecision.SECOND);
  }

  /**
   * A time known to the given precision.
   *
   * @param at the instant, truncated to the precision (so {@code Instant.now()} with {@link
   *     TimePrecision#SECOND} drops the fraction of a second)
   * @param precision how precisely it is known
   * @return the time
   * @throws CastModelException with {@code NULL_ATTRIBUTE} when an argument is null
   */
  public static EventTime of(Instant at, TimePrecision precision) {
    return new EventTime(truncateIfPresent(at, precision), precision, false);
  }

  /**
   * An estimated time ("around 21:00").
   *
   * @param at the instant, truncated to the precision
   * @param precision how precisely it is known
   * @return the time
   * @throws CastModelException with {@code NULL_ATTRIBUTE} when an argument is null
   */
  public static EventTime approximately(Instant at, TimePrecision precision) {
    return new EventTime(truncateIfPresent(at, precision), precision, true);
  }

  // nulls go on to the constructor, which says which one is missing
  private static Instant truncateIfPresent(Instant at, TimePrecision precision) {
    return at == null || precision == null ? at : truncate(at, precision);
  }

  /**
   * Truncates an instant to a precision, for callers that hold a finer instant.
   *
   * @param at the instant
   * @param precision the precision
   * @return the instant with everything finer than the precision set to zero
   * @throws CastModelException with {@code NULL_ATTRIBUTE} when an argument is null
   */
  public static Instant truncate(Instant at, TimePrecision precision) {
    if (at == null || precision == null) {
      throw new CastModelException(
          CastModelException.Code.NULL_ATTRIBUTE,
          "EventTime",
          at == null ? "at" : "precision",
          "EventTime.truncate needs an instant and a precision");
    }
    switch (precision) {
      case MILLISECOND:
        return at.truncatedTo(ChronoUnit.MILLIS);
      case SECOND:
        return at.truncatedTo(ChronoUnit.SECONDS);
      case MINUTE:
        return at.truncatedTo(ChronoUnit.MINUTES);
      case HOUR:
        return at.truncatedTo(ChronoUnit.HOURS);
      case DAY:
        return at.truncatedTo(ChronoUnit.DAYS);
      case MONTH:
        {
          LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
          return day.withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
      case YEAR:
        {
          LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
          return day.withDayOfYear(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
      default:
        throw new IllegalStateException("unknown precision " + precision);
    }
  }
}
