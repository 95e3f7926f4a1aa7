package dev.castkit.core;

import dev.castkit.core.internal.CastStyle;
import dev.castkit.core.internal.Checks;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a component did, did not do, or decided that contributed to the hazardous state (step 3),
 * with the context that made it make sense at the time.
 *
 * <pre>{@code
 * Contribution c = Contribution.builder().id(ContributionId.of("CT-1")).kind(ContributionKind.ACTION)
 *     .description("Ran the documented capacity-removal command with a larger input than intended")
 *     .context("The playbook allowed it and the tool accepted any amount")
 *     .addHazard(HazardId.of("H-1")).addEvent(EventId.of("E-1")).build();
 * }</pre>
 */
@Value.Immutable
@CastStyle
public abstract class Contribution {
  Contribution() {}

  /**
   * The id.
   *
   * @return the id
   */
  public abstract ContributionId id();

  /**
   * Action, inaction or decision.
   *
   * @return action, inaction or decision
   */
  public abstract ContributionKind kind();

  /**
   * What the component did, did not do or decided.
   *
   * @return what the component did, did not do or decided
   */
  public abstract String description();

  /**
   * Why it made sense at the time.
   *
   * @return why it made sense at the time, or empty
   */
  public abstract Optional<String> context();

  /**
   * The hazards it contributed to; order has no meaning.
   *
   * @return the hazards it contributed to; order has no meaning (empty when there are none)
   */
  public abstract Set<HazardId> hazards();

  /**
   * The timeline events it appears in; order has no meaning.
   *
   * @return the timeline events it appears in; order has no meaning (empty when there are none)
   */
  public abstract Set<EventId> events();

  /**
   * The responsibilities it left unmet; order has no meaning.
   *
   * @return the responsibilities it left unmet; order has no meaning (empty when there are none)
   */
  public abstract Set<ResponsibilityId> unmetResponsibilities();

  /**
   * How the control action was unsafe, in STPA's four types, where the contribution is one. Since
   * format 1.1.
   *
   * @return the type, or empty
   */
  public abstract Optional<UnsafeControlActionType> unsafeControlAction();

  /**
   * Whether it contributed to the loss or limited it. Since format 1.1.
   *
   * @return the effect (default {@link ContributionEffect#CONTRIBUTED})
   */
  @Value.Default
  public ContributionEffect effect() {
    return ContributionEffect.CONTRIBUTED;
  }

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
    Checks.extensionKeys("Contribution", extensions());
    Checks.text("Contribution", "description", description());
    Checks.text("Contribution", "context", context());
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

  /** Builds a {@link Contribution}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableContribution.Builder {
    Builder() {}
  }
}
