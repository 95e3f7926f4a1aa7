package dev.castkit.core;

import dev.castkit.core.internal.CastStyle;
import dev.castkit.core.internal.Checks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A loss: an unplanned, unacceptable outcome for some stakeholder (step 1).
 *
 * <pre>{@code
 * Loss loss = Loss.builder().id(LossId.of("L-1")).category(LossCategory.AVAILABILITY)
 *     .description("Customers could not read or write objects for four hours")
 *     .addStakeholder("customers").build();
 * }</pre>
 */
@Value.Immutable
@CastStyle
public abstract class Loss {
  Loss() {}

  /**
   * The id.
   *
   * @return the id
   */
  public abstract LossId id();

  /**
   * What was lost.
   *
   * @return what was lost
   */
  public abstract String description();

  /**
   * The kind of harm.
   *
   * @return the kind of harm
   */
  public abstract LossCategory category();

  /**
   * Who suffered the loss.
   *
   * @return who suffered the loss (empty when there are none)
   */
  public abstract List<String> stakeholders();

  /**
   * How large the loss was (duration, number of customers, money).
   *
   * @return how large the loss was (duration, number of customers, money), or empty
   */
  public abstract Optional<String> impact();

  /**
   * How much was lost: an amount, or a count of what was affected. Since format 1.1.
   *
   * @return the quantity, or empty
   */
  public abstract Optional<Quantity> quantity();

  /**
   * Where this comes from: stated by a cited source or inferred, and the kind of source. Since
   * format 1.1.
   *
   * @return where this comes from, or empty
   */
  public abstract Optional<Provenance> provenance();

  /**
   * Attributes this library does not know, kept so that a round trip through the JSON format loses
   * nothing. Keys are field names; they must not be names of known attributes.
   *
   * @return the extension attributes (empty when there are none)
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  void check() {
    Checks.extensionKeys("Loss", extensions());
    Checks.text("Loss", "description", description());
    Checks.texts("Loss", "stakeholders", stakeholders());
    Checks.text("Loss", "impact", impact());
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

  /** Builds a {@link Loss}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableLoss.Builder {
    Builder() {}
  }
}
