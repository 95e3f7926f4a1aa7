package dev.castkit.core;

import dev.castkit.core.internal.CastStyle;
import dev.castkit.core.internal.Checks;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A hazard: a system state that, with conditions in the environment, can lead to a loss (step 1).
 * State it at the level of the system, not as one component's failure.
 *
 * <pre>{@code
 * Hazard hazard = Hazard.builder().id(HazardId.of("H-1"))
 *     .description("The subsystem serving object metadata runs with too little capacity")
 *     .addLoss(LossId.of("L-1")).build();
 * }</pre>
 */
@Value.Immutable
@CastStyle
public abstract class Hazard {
  Hazard() {}

  /**
   * The id.
   *
   * @return the id
   */
  public abstract HazardId id();

  /**
   * The system-level state.
   *
   * @return the system-level state
   */
  public abstract String description();

  /**
   * The losses this hazard can lead to; order has no meaning.
   *
   * @return the losses this hazard can lead to; order has no meaning (empty when there are none)
   */
  public abstract Set<LossId> losses();

  /**
   * The hazard this one refines, if any.
   *
   * @return the hazard this one refines, if any, or empty
   */
  public abstract Optional<HazardId> parent();

  /**
   * Attributes this library does not know, kept so that a round trip through the JSON format loses
   * nothing. Keys are field names; they must not be names of known attributes.
   *
   * @return the extension attributes (empty when there are none)
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  void check() {
    Checks.extensionKeys("Hazard", extensions());
    Checks.text("Hazard", "description", description());
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

  /** Builds a {@link Hazard}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableHazard.Builder {
    Builder() {}
  }
}
