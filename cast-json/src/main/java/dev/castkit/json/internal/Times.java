package dev.castkit.json.internal;

import dev.castkit.core.internal.model.ValueKind;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** RFC 3339 UTC times and full dates, parsed strictly and written canonically. Not API. */
public final class Times {
  private static final long MIN_SECOND =
      LocalDateTime.of(0, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
  private static final long MAX_SECOND =
      LocalDateTime.of(9999, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);

  private Times() {}

  /**
   * Parses {@code YYYY-MM-DDTHH:MM:SS[.F{1,9}]Z}.
   *
   * @return the instant, or null when the text is not such a time
   */
  static Instant parseInstant(String s) {
    int n = s.length();
    if (n < 20 || s.charAt(n - 1) != 'Z') {
      return null;
    }
    if (!digits(s, 0, 4)
        || s.charAt(4) != '-'
        || !digits(s, 5, 2)
        || s.charAt(7) != '-'
        || !digits(s, 8, 2)
        || s.charAt(10) != 'T'
        || !digits(s, 11, 2)
        || s.charAt(13) != ':'
        || !digits(s, 14, 2)
        || s.charAt(16) != ':'
        || !digits(s, 17, 2)) {
      return null;
    }
    int nanos = 0;
    if (n > 20) {
      int fractionDigits = n - 21;
      if (s.charAt(19) != '.' || fractionDigits < 1 || fractionDigits > 9) {
        return null;
      }
      if (!digits(s, 20, fractionDigits)) {
        return null;
      }
      nanos = Integer.parseInt(s, 20, n - 1, 10);
      for (int i = fractionDigits; i < 9; i++) {
        nanos *= 10;
      }
    }
    try {
      return LocalDateTime.of(
              Integer.parseInt(s, 0, 4, 10),
              Integer.parseInt(s, 5, 7, 10),
              Integer.parseInt(s, 8, 10, 10),
              Integer.parseInt(s, 11, 13, 10),
              Integer.parseInt(s, 14, 16, 10),
              Integer.parseInt(s, 17, 19, 10),
              nanos)
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Parses {@code YYYY-MM-DD}.
   *
   * @return the date, or null when the text is not such a date
   */
  static LocalDate parseDate(String s) {
    if (s.length() != 10
        || !digits(s, 0, 4)
        || s.charAt(4) != '-'
        || !digits(s, 5, 2)
        || s.charAt(7) != '-'
        || !digits(s, 8, 2)) {
      return null;
    }
    try {
      return LocalDate.of(
          Integer.parseInt(s, 0, 4, 10),
          Integer.parseInt(s, 5, 7, 10),
          Integer.parseInt(s, 8, 10, 10));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static final java.util.regex.Pattern ZONE =
      java.util.regex.Pattern.compile(ValueKind.ZONE_PATTERN);

  private static final java.util.regex.Pattern DURATION =
      java.util.regex.Pattern.compile(ValueKind.DURATION_PATTERN);

  /**
   * Parses an IANA time zone id, such as {@code America/Los_Angeles} or {@code UTC}; null when it
   * is not one this Java knows. Offsets ({@code +02:00}, {@code Z}) are not zones.
   */
  static java.time.ZoneId parseZone(String s) {
    if (!ZONE.matcher(s).matches()) {
      return null;
    }
    try {
      java.time.ZoneId zone = java.time.ZoneId.of(s);
      return zone instanceof java.time.ZoneOffset || !zone.getId().equals(s) ? null : zone;
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** Parses an ISO 8601 duration such as {@code PT45M} or {@code P1DT2H}; null when it is not. */
  static java.time.Duration parseDuration(String s) {
    if (!DURATION.matcher(s).matches()) {
      return null;
    }
    try {
      return java.time.Duration.parse(s);
    } catch (java.time.DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  /** Parses a JSON number as a decimal of 0 or more; null when it is negative or not a number. */
  static java.math.BigDecimal parseDecimal(String s) {
    try {
      java.math.BigDecimal d = new java.math.BigDecimal(s);
      return d.signum() < 0 ? null : d;
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  /** Whether an instant can be written as a four-digit-year RFC 3339 time. */
  static boolean writable(Instant at) {
    return at.getEpochSecond() >= MIN_SECOND && at.getEpochSecond() <= MAX_SECOND;
  }

  /** Whether a date can be written with a four-digit year. */
  static boolean writable(LocalDate date) {
    return date.getYear() >= 0 && date.getYear() <= 9999;
  }

  /** Writes seconds always, and exactly three fraction digits when {@code millis} is set. */
  static String format(Instant at, boolean millis) {
    LocalDateTime t =
        LocalDateTime.ofEpochSecond(at.getEpochSecond(), at.getNano(), ZoneOffset.UTC);
    StringBuilder sb = new StringBuilder(millis ? 24 : 20);
    pad(sb, t.getYear(), 4).append('-');
    pad(sb, t.getMonthValue(), 2).append('-');
    pad(sb, t.getDayOfMonth(), 2).append('T');
    pad(sb, t.getHour(), 2).append(':');
    pad(sb, t.getMinute(), 2).append(':');
    pad(sb, t.getSecond(), 2);
    if (millis) {
      sb.append('.');
      pad(sb, t.getNano() / 1_000_000, 3);
    }
    return sb.append('Z').toString();
  }

  static String format(LocalDate date) {
    StringBuilder sb = new StringBuilder(10);
    pad(sb, date.getYear(), 4).append('-');
    pad(sb, date.getMonthValue(), 2).append('-');
    return pad(sb, date.getDayOfMonth(), 2).toString();
  }

  private static StringBuilder pad(StringBuilder sb, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      sb.append('0');
    }
    return sb.append(digits);
  }

  private static boolean digits(String s, int from, int count) {
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
