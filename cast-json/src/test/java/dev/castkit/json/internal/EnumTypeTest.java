package dev.castkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link EnumType}: constants by name, from a string or a slice of a buffer. */
class EnumTypeTest {
  private static final EnumType<TimeUnit> UNITS = new EnumType<>(TimeUnit.class);

  @Test
  void constantsAreFoundByTheirExactName() {
    assertThat(UNITS.name()).isEqualTo("TimeUnit");
    assertThat(UNITS.allowed())
        .isEqualTo("NANOSECONDS, MICROSECONDS, MILLISECONDS, SECONDS, MINUTES, HOURS, DAYS");
    assertThat(UNITS.get("SECONDS")).isEqualTo(TimeUnit.SECONDS);
    assertThat(UNITS.get("seconds")).isNull();
    char[] buffer = "xxDAYSHOURSSECOND".toCharArray();
    assertThat(UNITS.get(buffer, 2, 4)).isEqualTo(TimeUnit.DAYS);
    assertThat(UNITS.get(buffer, 6, 5)).isEqualTo(TimeUnit.HOURS);
    assertThat(UNITS.get(buffer, 0, 6)).isNull();
    assertThat(UNITS.get(buffer, 2, 3)).isNull();
    // a prefix of a name is not the name
    assertThat(UNITS.get(buffer, 11, 6)).isNull();
    assertThat(UNITS.get("NANOSECONDS".toCharArray(), 0, 11)).isEqualTo(TimeUnit.NANOSECONDS);
    assertThat(UNITS.get("DAYS".toCharArray(), 0, 4)).isEqualTo(TimeUnit.DAYS);
  }
}
