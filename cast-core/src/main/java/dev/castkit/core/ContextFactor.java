package dev.castkit.core;

import dev.castkit.core.internal.CastStyle;
import dev.castkit.core.internal.Checks;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A factor of the context in which a component acted (step 3), or of the physical process (step 1).
 *
 * <pre>{@code
 * ContextFactor f = ContextFactor.of(ContextKind.INFORMATIONAL, "No dashboard showed remaining capacity");
 * }</pre>
 */
@Value.Immutable
@CastStyle
public abstract class ContextFactor {
  ContextFactor() {}

  /**
   * The kind of factor.
   *
   * @return the kind of factor
   */
  public abstract ContextKind kind();

  /**
   * The factor.
   *
   * @return the factor
   */
  public abstract String description();

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
    Checks.extensionKeys("ContextFactor", extensions());
    Checks.text("ContextFactor", "description", description());
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
   * Creates a ContextFactor from its essential attributes.
   *
   * @param kind the kind of factor
   * @param description the factor
   * @return the value
   * @throws CastModelException when a value is blank or missing
   */
  public static ContextFactor of(ContextKind kind, String description) {
    return builder().kind(kind).description(description).build();
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

  /** Builds a {@link ContextFactor}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableContextFactor.Builder {
    Builder() {}
  }
}
