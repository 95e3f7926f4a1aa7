package dev.castkit.core;

import dev.castkit.core.internal.CastStyle;
import dev.castkit.core.internal.Checks;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A system-level safety constraint: what must hold so that a hazard is prevented, its effect
 * mitigated or the response made effective (step 1). Refinements name a parent ({@code SC-1.a}
 * refines {@code SC-1}).
 *
 * <pre>{@code
 * SafetyConstraint sc = SafetyConstraint.builder().id(ConstraintId.of("SC-1"))
 *     .text("Capacity must never be removed below what the subsystem needs to serve its load")
 *     .kind(ConstraintKind.PREVENT).addHazard(HazardId.of("H-1")).build();
 * }</pre>
 */
@Value.Immutable
@CastStyle
public abstract class SafetyConstraint {
  SafetyConstraint() {}

  /**
   * The id.
   *
   * @return the id
   */
  public abstract ConstraintId id();

  /**
   * What must hold.
   *
   * @return what must hold
   */
  public abstract String text();

  /**
   * Whether it prevents, mitigates or shapes the response; {@link ConstraintKind#PREVENT} when not
   * set.
   *
   * @return whether it prevents, mitigates or shapes the response; {@link ConstraintKind#PREVENT}
   *     when not set
   */
  @Value.Default
  public ConstraintKind kind() {
    return ConstraintKind.PREVENT;
  }

  /**
   * The hazards it addresses; order has no meaning.
   *
   * @return the hazards it addresses; order has no meaning (empty when there are none)
   */
  public abstract Set<HazardId> hazards();

  /**
   * The constraint this one refines, if any.
   *
   * @return the constraint this one refines, if any, or empty
   */
  public abstract Optional<ConstraintId> parent();

  /**
   * Attributes this library does not know, kept so that a round trip through the JSON format loses
   * nothing. Keys are field names; they must not be names of known attributes.
   *
   * @return the extension attributes (empty when there are none)
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  void check() {
    Checks.extensionKeys("SafetyConstraint", extensions());
    Checks.text("SafetyConstraint", "text", text());
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

  /** Builds a {@link SafetyConstraint}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableSafetyConstraint.Builder {
    Builder() {}
  }
}
