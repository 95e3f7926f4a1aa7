package dev.castkit.core.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.core.EventTime;
import dev.castkit.core.TimePrecision;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class TimeTextTest {
  private static final Instant S3 = Instant.parse("2017-02-28T17:37:00Z");
  private static final Optional<ZoneId> SEATTLE = Optional.of(ZoneId.of("America/Los_Angeles"));

  @Test
  void utcWithTheLocalTimeBesideIt() {
    assertThat(TimeText.of(EventTime.of(S3, TimePrecision.MINUTE), SEATTLE, false))
        .isEqualTo("2017-02-28 17:37 UTC (09:37 PST)");
    // summer time has its own name
    assertThat(
            TimeText.of(
                EventTime.of(Instant.parse("2021-10-04T15:39:00Z"), TimePrecision.MINUTE),
                SEATTLE,
                false))
        .isEqualTo("2021-10-04 15:39 UTC (08:39 PDT)");
    // another day locally: the local date is named
    assertThat(
            TimeText.of(
                EventTime.of(S3, TimePrecision.SECOND),
                Optional.of(ZoneId.of("Asia/Tokyo")),
                false))
        .isEqualTo("2017-02-28 17:37:00 UTC (2017-03-01 02:37:00 JST)");
    // a zone without a short name in the JDK's data reads as its offset
    assertThat(
            TimeText.of(
                EventTime.of(S3, TimePrecision.MINUTE), Optional.of(ZoneId.of("+05:30")), false))
        .isEqualTo("2017-02-28 17:37 UTC (23:07 +05:30)");
  }

  @Test
  void asPreciseAsItIsKnown() {
    assertThat(TimeText.of(EventTime.of(S3, TimePrecision.YEAR), SEATTLE, false)).isEqualTo("2017");
    assertThat(TimeText.of(EventTime.of(S3, TimePrecision.MONTH), SEATTLE, false))
        .isEqualTo("2017-02");
    assertThat(TimeText.of(EventTime.of(S3, TimePrecision.DAY), SEATTLE, true))
        .isEqualTo("2017-02-28");
    assertThat(TimeText.of(EventTime.approximately(S3, TimePrecision.HOUR), SEATTLE, false))
        .isEqualTo("about 2017-02-28 17h UTC (09h PST)");
    assertThat(
            TimeText.of(
                EventTime.of(Instant.parse("2017-02-28T17:37:00.250Z"), TimePrecision.MILLISECOND),
                Optional.empty(),
                false))
        .isEqualTo("2017-02-28 17:37:00.250");
    assertThat(TimeText.of(EventTime.of(S3, TimePrecision.MINUTE), Optional.empty(), true))
        .isEqualTo("2017-02-28 17:37 UTC");
  }

  @Test
  void durationsInTheLargestUnitsThatHoldThem() {
    assertThat(TimeText.duration(Duration.ofMinutes(45), false)).isEqualTo("45 min");
    assertThat(TimeText.duration(Duration.ofHours(18), true)).isEqualTo("about 18 h");
    assertThat(TimeText.duration(Duration.ofMinutes(90), false)).isEqualTo("1 h 30 min");
    assertThat(TimeText.duration(Duration.ofHours(30), false)).isEqualTo("1 d 6 h");
    assertThat(TimeText.duration(Duration.ofMillis(90), false)).isEqualTo("90 ms");
    // more than three units: the rest is cut off and said to be approximate
    assertThat(TimeText.duration(Duration.parse("P1DT2H3M4S"), false))
        .isEqualTo("about 1 d 2 h 3 min");
  }

  @Test
  void decimalsWithACommaBetweenThousands() {
    assertThat(TimeText.decimal(new BigDecimal("1.5E6"))).isEqualTo("1,500,000");
    assertThat(TimeText.decimal(new BigDecimal("775"))).isEqualTo("775");
    assertThat(TimeText.decimal(new BigDecimal("12345.50"))).isEqualTo("12,345.5");
    assertThat(TimeText.decimal(new BigDecimal("0.25"))).isEqualTo("0.25");
  }

  @Test
  void noDefaultLocaleOrTimeZoneChangesAnything() {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    String[] before = texts();
    try {
      for (String tag : new String[] {"ar-EG", "de-DE", "hi-IN-u-nu-deva", "th-TH-u-ca-buddhist"}) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
        assertThat(texts()).as(tag).containsExactly(before);
      }
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  private static String[] texts() {
    return new String[] {
      TimeText.of(EventTime.approximately(S3, TimePrecision.MINUTE), SEATTLE, false),
      TimeText.of(EventTime.of(S3, TimePrecision.YEAR), Optional.empty(), false),
      TimeText.duration(Duration.ofHours(18), true),
      TimeText.decimal(new BigDecimal("1234567.89"))
    };
  }
}
