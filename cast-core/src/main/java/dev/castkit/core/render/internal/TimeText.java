package dev.castkit.core.render.internal;

import dev.castkit.core.EventTime;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How times, durations and quantities read in a report: in UTC with the local time beside it, as
 * precise as they are known, with no dependence on the default locale or time zone. Not API.
 */
public final class TimeText {
  private TimeText() {}

  private static DateTimeFormatter pattern(String pattern) {
    return DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
  }

  private static final DateTimeFormatter YEAR = pattern("uuuu");
  private static final DateTimeFormatter MONTH = pattern("uuuu-MM");
  private static final DateTimeFormatter DAY = pattern("uuuu-MM-dd");
  private static final DateTimeFormatter HOUR = pattern("HH'h'");
  private static final DateTimeFormatter MINUTE = pattern("HH:mm");
  private static final DateTimeFormatter SECOND = pattern("HH:mm:ss");
  private static final DateTimeFormatter MILLISECOND = pattern("HH:mm:ss.SSS");
  // The zone's own short name (PST, CET) from the JDK's data, or GMT+5:30 when it has none.
  private static final DateTimeFormatter ZONE = pattern("zzz");

  /**
   * A time in UTC as precisely as it is known ("2017-02-28 17:37", "2021-10", "2008"), "about" in
   * front when approximate; with a zone, "UTC" after it and the local time beside it: "2017-02-28
   * 17:37 UTC (09:37 PST)", the local date named when it is another day. A time known to the day or
   * less precisely has no local time: its day may differ by zone, and the UTC day is the one
   * stored.
   *
   * @param t the time
   * @param zone the zone it was lived in, if known
   * @param sayUtc whether to write "UTC" after a clock time even without a zone (in a column of
   *     times some of which have one)
   * @return the text
   */
  public static String of(EventTime t, Optional<ZoneId> zone, boolean sayUtc) {
    ZonedDateTime utc = t.at().atZone(ZoneOffset.UTC);
    String text;
    boolean clock;
    switch (t.precision()) {
      case YEAR -> {
        text = YEAR.format(utc);
        clock = false;
      }
      case MONTH -> {
        text = MONTH.format(utc);
        clock = false;
      }
      case DAY -> {
        text = DAY.format(utc);
        clock = false;
      }
      default -> {
        text = DAY.format(utc) + " " + clock(t, utc);
        clock = true;
      }
    }
    if (clock && zone.isPresent()) {
      ZonedDateTime local = t.at().atZone(zone.get());
      String localText = clock(t, local) + " " + ZONE.format(local);
      if (!local.toLocalDate().equals(utc.toLocalDate())) {
        localText = DAY.format(local) + " " + localText;
      }
      text += " UTC (" + localText + ")";
    } else if (clock && sayUtc) {
      text += " UTC";
    }
    return t.approximate() ? "about " + text : text;
  }

  private static String clock(EventTime t, ZonedDateTime time) {
    return switch (t.precision()) {
      case HOUR -> HOUR.format(time);
      case MINUTE -> MINUTE.format(time);
      case SECOND -> SECOND.format(time);
      default -> MILLISECOND.format(time);
    };
  }

  /**
   * A duration in the largest units that hold it exactly, at most three: "45 min", "18 h", "1 d 6
   * h", "1 h 30 min", "90 ms"; "about" in front when approximate.
   */
  public static String duration(Duration d, boolean approximate) {
    List<String> parts = new ArrayList<>();
    long days = d.toDays();
    int hours = d.toHoursPart();
    int minutes = d.toMinutesPart();
    int seconds = d.toSecondsPart();
    int millis = d.toMillisPart();
    if (days > 0) {
      parts.add(days + " d");
    }
    if (hours > 0) {
      parts.add(hours + " h");
    }
    if (minutes > 0) {
      parts.add(minutes + " min");
    }
    if (seconds > 0) {
      parts.add(seconds + " s");
    }
    if (millis > 0 || parts.isEmpty()) {
      parts.add(millis + " ms");
    }
    String text = String.join(" ", parts.subList(0, Math.min(3, parts.size())));
    if (parts.size() > 3) {
      approximate = true; // the rest is cut off
    }
    return approximate ? "about " + text : text;
  }

  /**
   * A decimal in plain digits with a comma between thousands, whatever the default locale:
   * "1,500,000", "0.25", "12,345.5".
   */
  public static String decimal(BigDecimal value) {
    String plain = value.stripTrailingZeros().toPlainString();
    String sign = "";
    if (plain.startsWith("-")) {
      sign = "-";
      plain = plain.substring(1);
    }
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(',');
      }
      grouped.append(whole.charAt(i));
    }
    return sign + grouped + fraction;
  }
}
