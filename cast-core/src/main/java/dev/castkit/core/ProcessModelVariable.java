package dev.castkit.core;

import dev.castkit.core.internal.CastStyle;
import dev.castkit.core.internal.Checks;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A variable of a controller's process model: something the controller must believe correctly about
 * what it controls (step 2).
 *
 * <pre>{@code
 * ProcessModelVariable v = ProcessModelVariable.of("remaining capacity of the index subsystem");
 * }</pre>
 */
@Value.Immutable
@CastStyle
public abstract class ProcessModelVariable {
  ProcessModelVariable() {}

  /**
   * What the controller needs to know.
   *
   * @return what the controller needs to know
   */
  public abstract String name();

  /**
   * More about it.
   *
   * @return more about it, or empty
   */
  public abstract Optional<String> description();

  /**
   * Attributes this library does not know, kept so that a round trip through the JSON format loses
   * nothing. Keys are field names; they must not be names of known attributes.
   *
   * @return the extension attributes (empty when there are none)
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  void check() {
    Checks.extensionKeys("ProcessModelVariable", extensions());
    Checks.text("ProcessModelVariable", "name", name());
    Checks.text("ProcessModelVariable", "description", description());
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
   * Creates a ProcessModelVariable from its essential attributes.
   *
   * @param name what the controller needs to know
   * @return the value
   * @throws CastModelException when a value is blank or missing
   */
  public static ProcessModelVariable of(String name) {
    return builder().name(name).build();
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

  /** Builds a {@link ProcessModelVariable}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableProcessModelVariable.Builder {
    Builder() {}
  }
}
