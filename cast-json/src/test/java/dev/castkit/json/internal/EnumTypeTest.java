package dev.castkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link EnumType}: constants by name, from a string or a slice of a buffer. */
class EnumTypeTest {
  @Test
  void constantsAreFoundByTheirExactName() {
    // made here, not once per class: a table made when the class loads would not run a changed
    // constructor again (what mutation testing measures)
    EnumType<TimeUnit> units = new EnumType<>(TimeUnit.class);
    assertThat(units.name()).isEqualTo("TimeUnit");
    assertThat(units.allowed())
        .isEqualTo("NANOSECONDS, MICROSECONDS, MILLISECONDS, SECONDS, MINUTES, HOURS, DAYS");
    assertThat(units.get("SECONDS")).isEqualTo(TimeUnit.SECONDS);
    assertThat(units.get("seconds")).isNull();
    char[] buffer = "xxDAYSHOURSSECOND".toCharArray();
    assertThat(units.get(buffer, 2, 4)).isEqualTo(TimeUnit.DAYS);
    assertThat(units.get(buffer, 6, 5)).isEqualTo(TimeUnit.HOURS);
    assertThat(units.get(buffer, 0, 6)).isNull();
    assertThat(units.get(buffer, 2, 3)).isNull();
    // a prefix of a name is not the name
    assertThat(units.get(buffer, 11, 6)).isNull();
    assertThat(units.get("NANOSECONDS".toCharArray(), 0, 11)).isEqualTo(TimeUnit.NANOSECONDS);
    assertThat(units.get("DAYS".toCharArray(), 0, 4)).isEqualTo(TimeUnit.DAYS);
  }

  @Test
  void everyConstantIsFoundFromABuffer() {
    EnumType<TimeUnit> units = new EnumType<>(TimeUnit.class);
    for (TimeUnit u : TimeUnit.values()) {
      char[] buffer = ("<" + u.name() + ">").toCharArray();
      assertThat(units.get(buffer, 1, u.name().length())).as(u.name()).isEqualTo(u);
      assertThat(units.get(u.name())).isEqualTo(u);
    }
  }
}
