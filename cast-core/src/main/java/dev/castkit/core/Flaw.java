package dev.castkit.core;

import dev.castkit.core.internal.CastStyle;
import dev.castkit.core.internal.Checks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A systemic flaw of the control structure (step 4): a factor that cuts across components.
 *
 * <pre>{@code
 * Flaw flaw = Flaw.builder().id(FlawId.of("F-1")).category(FlawCategory.SAFETY_MANAGEMENT_DESIGN)
 *     .description("Tools that change capacity have no safe limits of their own")
 *     .addComponent(ComponentId.of("C-tool")).build();
 * }</pre>
 */
@Value.Immutable
@CastStyle
public abstract class Flaw {
  Flaw() {}

  /**
   * The id.
   *
   * @return the id
   */
  public abstract FlawId id();

  /**
   * The systemic factor.
   *
   * @return the systemic factor
   */
  public abstract FlawCategory category();

  /**
   * The flaw.
   *
   * @return the flaw
   */
  public abstract String description();

  /**
   * The components involved; order has no meaning.
   *
   * @return the components involved; order has no meaning (empty when there are none)
   */
  public abstract Set<ComponentId> components();

  /**
   * The links involved; order has no meaning.
   *
   * @return the links involved; order has no meaning (empty when there are none)
   */
  public abstract Set<LinkId> links();

  /**
   * The evidence.
   *
   * @return the evidence (empty when there are none)
   */
  public abstract List<Evidence> evidence();

  /**
   * Why no recommendation addresses this flaw, when none does.
   *
   * @return why no recommendation addresses this flaw, when none does, or empty
   */
  public abstract Optional<String> noActionRationale();

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
    Checks.extensionKeys("Flaw", extensions());
    Checks.text("Flaw", "description", description());
    Checks.text("Flaw", "noActionRationale", noActionRationale());
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

  /** Builds a {@link Flaw}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableFlaw.Builder {
    Builder() {}
  }
}
