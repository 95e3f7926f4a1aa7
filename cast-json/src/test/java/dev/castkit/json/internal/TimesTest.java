package dev.castkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** {@link Times}: the strict grammar of times and dates, and their canonical text. */
class TimesTest {
  @Test
  void aTimeIsReadWithZeroToNineFractionDigits() {
    assertThat(Times.parseInstant("2024-03-05T07:08:09Z"))
        .isEqualTo(Instant.parse("2024-03-05T07:08:09Z"));
    assertThat(Times.parseInstant("2024-03-05T07:08:09.5Z"))
        .isEqualTo(Instant.parse("2024-03-05T07:08:09.500Z"));
    assertThat(Times.parseInstant("2024-03-05T07:08:09.000000001Z"))
        .isEqualTo(Instant.parse("2024-03-05T07:08:09.000000001Z"));
    assertThat(Times.parseInstant("2024-03-05T07:08:09.123456789Z").getNano())
        .isEqualTo(123_456_789);
    assertThat(Times.parseInstant("2024-03-05T07:08:09.12Z").getNano()).isEqualTo(120_000_000);
    assertThat(Times.parseInstant("0000-01-01T00:00:00Z"))
        .isEqualTo(Instant.parse("0000-01-01T00:00:00Z"));
    assertThat(Times.parseInstant("9999-12-31T23:59:59.999999999Z"))
        .isEqualTo(Instant.parse("9999-12-31T23:59:59.999999999Z"));
  }

  @Test
  void anythingElseIsNoTime() {
    for (String bad :
        new String[] {
          "",
          "2024-03-05T07:08:09",
          "2024-03-05T07:08:9Z",
          "2024-03-05T07:08:09+00:00",
          "2024-03-05 07:08:09Z",
          "2024/03-05T07:08:09Z",
          "2024-03/05T07:08:09Z",
          "2024-03-05T07-08:09Z",
          "2024-03-05T07:08-09Z",
          "2024-03-05T07:08:09.Z",
          "2024-03-05T07:08:09,5Z",
          "2024-03-05T07:08:09.1234567890Z",
          "2024-03-05T07:08:09.12a4Z",
          "2024-03-05t07:08:09Z",
          "2024-03-05T07:08:09z",
          "x024-03-05T07:08:09Z",
          "2024-x3-05T07:08:09Z",
          "2024-03-x5T07:08:09Z",
          "2024-03-05Tx7:08:09Z",
          "2024-03-05T07:x8:09Z",
          "2024-03-05T07:08:x9Z",
          "2024-03-05T07:08:09xZ",
          "2024-02-30T07:08:09Z",
          "2024-13-05T07:08:09Z",
          "2024-03-05T24:00:00Z",
          "2024-03-05T07:60:09Z",
          "2024-03-05T07:08:60Z",
          "+2024-03-05T07:08:09Z",
          "2024-03-05T07:08:09.5ZZ"
        }) {
      assertThat(Times.parseInstant(bad)).as(bad).isNull();
    }
  }

  @Test
  void aDateIsReadStrictly() {
    assertThat(Times.parseDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(Times.parseDate("0000-01-01")).isEqualTo(LocalDate.of(0, 1, 1));
    for (String bad :
        new String[] {
          "2023-02-29",
          "2024-2-29",
          "2024-02-290",
          "2024/02-29",
          "2024-02/29",
          "x024-02-29",
          "2024-x2-29",
          "2024-02-x9",
          "20240-2-29",
          ""
        }) {
      assertThat(Times.parseDate(bad)).as(bad).isNull();
    }
  }

  @Test
  void zonesDurationsAndDecimalsAreReadOrNull() {
    assertThat(Times.parseZone("Europe/Paris")).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(Times.parseZone("UTC")).isEqualTo(ZoneId.of("UTC"));
    assertThat(Times.parseZone("Mars/Olympus_Mons")).isNull();
    assertThat(Times.parseZone("+02:00")).isNull();
    assertThat(Times.parseZone("Z")).isNull();
    assertThat(Times.parseDuration("PT45M")).isEqualTo(Duration.ofMinutes(45));
    assertThat(Times.parseDuration("P1DT2H")).isEqualTo(Duration.ofHours(26));
    assertThat(Times.parseDuration("45 minutes")).isNull();
    assertThat(Times.parseDecimal("0")).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(Times.parseDecimal("1.50")).isEqualTo(new BigDecimal("1.50"));
    assertThat(Times.parseDecimal("-0.1")).isNull();
    assertThat(Times.parseDecimal("x")).isNull();
  }

  @Test
  void onlyFourDigitYearsAreWritable() {
    assertThat(Times.writable(Instant.parse("0000-01-01T00:00:00Z"))).isTrue();
    assertThat(Times.writable(Instant.parse("0000-01-01T00:00:00Z").minusNanos(1))).isFalse();
    assertThat(Times.writable(Instant.parse("9999-12-31T23:59:59.999999999Z"))).isTrue();
    assertThat(Times.writable(Instant.parse("9999-12-31T23:59:59Z").plusSeconds(1))).isFalse();
    assertThat(Times.writable(LocalDate.of(0, 1, 1))).isTrue();
    assertThat(Times.writable(LocalDate.of(-1, 12, 31))).isFalse();
    assertThat(Times.writable(LocalDate.of(9999, 12, 31))).isTrue();
    assertThat(Times.writable(LocalDate.of(10000, 1, 1))).isFalse();
  }

  @Test
  void timesAndDatesAreWrittenWithEveryFieldPadded() {
    Instant t = Instant.parse("0012-03-04T05:06:07.089123Z");
    assertThat(Times.format(t, false)).isEqualTo("0012-03-04T05:06:07Z");
    assertThat(Times.format(t, true)).isEqualTo("0012-03-04T05:06:07.089Z");
    assertThat(Times.format(Instant.parse("2024-11-22T13:14:15.9Z"), true))
        .isEqualTo("2024-11-22T13:14:15.900Z");
    assertThat(Times.format(Instant.parse("2024-11-22T13:14:15Z"), true))
        .isEqualTo("2024-11-22T13:14:15.000Z");
    assertThat(Times.format(LocalDate.of(7, 8, 9))).isEqualTo("0007-08-09");
    assertThat(Times.format(LocalDate.of(2024, 12, 31))).isEqualTo("2024-12-31");
  }
}
