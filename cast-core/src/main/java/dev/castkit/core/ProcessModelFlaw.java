package dev.castkit.core;

import dev.castkit.core.internal.CastStyle;
import dev.castkit.core.internal.Checks;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A flaw in a controller's process model (step 3): what it believed, and what was so.
 *
 * <pre>{@code
 * ProcessModelFlaw f = ProcessModelFlaw.builder().id(ProcessModelFlawId.of("PMF-1"))
 *     .variable("remaining capacity of the index subsystem")
 *     .believed("a small number of servers would be removed")
 *     .actual("a large share of the subsystem was removed").build();
 * }</pre>
 */
@Value.Immutable
@CastStyle
public abstract class ProcessModelFlaw {
  ProcessModelFlaw() {}

  /**
   * The id.
   *
   * @return the id
   */
  public abstract ProcessModelFlawId id();

  /**
   * The process-model variable concerned.
   *
   * @return the process-model variable concerned, or empty
   */
  public abstract Optional<String> variable();

  /**
   * What the controller believed.
   *
   * @return what the controller believed
   */
  public abstract String believed();

  /**
   * What was actually so.
   *
   * @return what was actually so
   */
  public abstract String actual();

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
    Checks.extensionKeys("ProcessModelFlaw", extensions());
    Checks.text("ProcessModelFlaw", "variable", variable());
    Checks.text("ProcessModelFlaw", "believed", believed());
    Checks.text("ProcessModelFlaw", "actual", actual());
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

  /** Builds a {@link ProcessModelFlaw}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableProcessModelFlaw.Builder {
    Builder() {}
  }
}
