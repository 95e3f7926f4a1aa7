package dev.castkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.castkit.core.CastModelException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** {@link Checks}: quantities at their bounds, plain decimals, duplicates, and the messages. */
class ChecksTest {

  private static void accepted(String quantity) {
    assertThatCode(() -> Checks.quantity(new BigDecimal(quantity)))
        .as("quantity %s", quantity)
        .doesNotThrowAnyException();
  }

  private static void refused(String quantity, String message) {
    assertThatThrownBy(() -> Checks.quantity(new BigDecimal(quantity)))
        .as("quantity %s", quantity)
        .isInstanceOfSatisfying(
            CastModelException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CastModelException.Code.INVALID_VALUE);
              assertThat(e.type()).isEqualTo("Quantity");
              assertThat(e.attribute()).isEqualTo("value");
            })
        .hasMessageContaining(message);
  }

  @Test
  void aQuantityHasAtMost30DigitsBeforeThePointAnd18AfterIt() {
    String thirty = "9".repeat(30);
    String eighteen = "9".repeat(18);
    accepted("0");
    accepted(thirty + "." + eighteen);
    accepted("1E+29");
    accepted("0." + "0".repeat(17) + "1");
    refused("1" + thirty, "has more than 30 digits before the point or 18 after it");
    refused("1E+30", "Quantity.value 1E+30 has more than 30 digits");
    refused("0." + "0".repeat(18) + "1", "has more than 30 digits");
    refused("1E+1000000", "has more than 30 digits");
    refused("-1", "Quantity.value must be 0 or more, was -1");
    refused("-0.5", "was -0.5");
  }

  @Test
  void trailingZerosAreNotDigitsOfAQuantity() {
    accepted("1." + "0".repeat(40));
    accepted("1" + "0".repeat(29) + "." + "0".repeat(40));
    accepted("100E-20");
    // zero written with many places, or with an exponent, is zero: 0 digits on either side
    accepted("0." + "0".repeat(40));
    accepted("0E+40");
    accepted("0E-40");
  }

  @Test
  void plainDecimalDropsTrailingZerosAndNegativeScales() {
    assertThat(Checks.plainDecimal(new BigDecimal("1.50"))).isEqualTo(new BigDecimal("1.5"));
    assertThat(Checks.plainDecimal(new BigDecimal("1.5"))).isEqualTo(new BigDecimal("1.5"));
    BigDecimal thousand = Checks.plainDecimal(new BigDecimal("1E+3"));
    assertThat(thousand.scale()).isZero();
    assertThat(thousand.toString()).isEqualTo("1000");
    assertThat(Checks.plainDecimal(new BigDecimal("1000.000")).toString()).isEqualTo("1000");
    assertThat(Checks.plainDecimal(new BigDecimal("7")).toString()).isEqualTo("7");
    assertThat(Checks.plainDecimal(new BigDecimal("0.000"))).isSameAs(BigDecimal.ZERO);
    assertThat(Checks.plainDecimal(new BigDecimal("0E+5"))).isSameAs(BigDecimal.ZERO);
  }

  @Test
  void aRepeatedKeyIsNamedInFewAndInManyElements() {
    for (int size : new int[] {2, 3, 8, 9, 20}) {
      for (int repeatAt = 1; repeatAt < size; repeatAt++) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          keys.add("K-" + i);
        }
        assertThatCode(() -> Checks.unique("Hazard", "losses", keys, Function.identity()))
            .doesNotThrowAnyException();
        keys.set(repeatAt, "K-" + (repeatAt - 1));
        int at = repeatAt;
        assertThatThrownBy(() -> Checks.unique("Hazard", "losses", keys, Function.identity()))
            .as("%d keys, repeated at %d", size, at)
            .isInstanceOfSatisfying(
                CastModelException.class,
                e -> assertThat(e.code()).isEqualTo(CastModelException.Code.DUPLICATE_ID))
            .hasMessage("Hazard.losses holds 'K-" + (repeatAt - 1) + "' more than once");
      }
    }
    assertThatCode(() -> Checks.unique("Hazard", "losses", List.of("K-1"), Function.identity()))
        .doesNotThrowAnyException();
  }
}
