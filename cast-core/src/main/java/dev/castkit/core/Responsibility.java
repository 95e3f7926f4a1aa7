package dev.castkit.core;

import dev.castkit.core.internal.CastStyle;
import dev.castkit.core.internal.Checks;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A responsibility of a component in the control structure (step 2).
 *
 * <pre>{@code
 * Responsibility r = Responsibility.builder().id(ResponsibilityId.of("R-1"))
 *     .text("Remove capacity only within safe limits").addConstraint(ConstraintId.of("SC-1")).build();
 * }</pre>
 */
@Value.Immutable
@CastStyle
public abstract class Responsibility {
  Responsibility() {}

  /**
   * The id.
   *
   * @return the id
   */
  public abstract ResponsibilityId id();

  /**
   * What the component is responsible for.
   *
   * @return what the component is responsible for
   */
  public abstract String text();

  /**
   * The safety constraints this responsibility serves; order has no meaning.
   *
   * @return the safety constraints this responsibility serves; order has no meaning (empty when
   *     there are none)
   */
  public abstract Set<ConstraintId> constraints();

  /**
   * Attributes this library does not know, kept so that a round trip through the JSON format loses
   * nothing. Keys are field names; they must not be names of known attributes.
   *
   * @return the extension attributes (empty when there are none)
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  void check() {
    Checks.extensionKeys("Responsibility", extensions());
    Checks.text("Responsibility", "text", text());
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

  /** Builds a {@link Responsibility}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableResponsibility.Builder {
    Builder() {}
  }
}
