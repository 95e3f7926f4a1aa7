package dev.castkit.core;

import dev.castkit.core.internal.CastStyle;
import dev.castkit.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Map;
import org.immutables.value.Value;

/**
 * How much was lost: an amount and its currency, or a count and what is counted. Since format 1.1.
 * The value is a decimal number of 0 or more, held without trailing zeros ({@code 1.50} is {@code
 * 1.5}), so equal quantities are equal.
 *
 * <pre>{@code
 * Quantity customers = Quantity.builder().value(new BigDecimal("775")).unit("customers").build();
 * Quantity cost = Quantity.builder().value(new BigDecimal("1.5E6")).unit("USD").approximate(true).build();
 * }</pre>
 */
@Value.Immutable
@CastStyle
public abstract class Quantity {
  Quantity() {}

  /**
   * The number, 0 or more.
   *
   * @return the number
   */
  public abstract BigDecimal value();

  /**
   * The currency (an ISO 4217 code such as {@code USD}) or what is counted ({@code users}, {@code
   * records}, {@code projects}).
   *
   * @return the unit
   */
  public abstract String unit();

  /**
   * Whether the value is an estimate ("about 400 customers").
   *
   * @return whether it is an estimate (default false)
   */
  @Value.Default
  public boolean approximate() {
    return false;
  }

  /**
   * Attributes this library does not know, kept so that a round trip through the JSON format loses
   * nothing. Keys are field names; they must not be names of known attributes.
   *
   * @return the extension attributes (empty when there are none)
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  Quantity normalize() {
    Checks.extensionKeys("Quantity", extensions());
    Checks.text("Quantity", "unit", unit());
    Checks.quantity(value());
    BigDecimal plain = Checks.plainDecimal(value());
    return plain.equals(value()) ? this : toBuilder().value(plain).build();
  }

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts with every attribute of this value: the way to make a copy with
   * changes.
   *
   * @return a builder holding this value's attributes
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Quantity}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableQuantity.Builder {
    Builder() {}
  }
}
