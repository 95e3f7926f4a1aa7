package dev.castkit.core;

import dev.castkit.core.internal.CastStyle;
import dev.castkit.core.internal.Checks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The system analysed, and its boundary: what is inside the analysis and what is environment (step
 * 1). Written as {@code system} in JSON; the Java name avoids shadowing {@code java.lang.System}.
 *
 * <pre>{@code
 * AnalyzedSystem system = AnalyzedSystem.builder()
 *     .name("Object storage in one region")
 *     .addInside("storage subsystems", "operators", "deployment tooling")
 *     .addEnvironment("customer applications", "other regions")
 *     .addGoal("serve objects within the published SLA")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@CastStyle
public abstract class AnalyzedSystem {
  AnalyzedSystem() {}

  /**
   * The name of the system.
   *
   * @return the name of the system
   */
  public abstract String name();

  /**
   * A description of the system.
   *
   * @return a description of the system, or empty
   */
  public abstract Optional<String> description();

  /**
   * What is inside the system boundary.
   *
   * @return what is inside the system boundary (empty when there are none)
   */
  public abstract List<String> inside();

  /**
   * What is outside the boundary: the environment the system works in.
   *
   * @return what is outside the boundary: the environment the system works in (empty when there are
   *     none)
   */
  public abstract List<String> environment();

  /**
   * The goals the system serves.
   *
   * @return the goals the system serves (empty when there are none)
   */
  public abstract List<String> goals();

  /**
   * Attributes this library does not know, kept so that a round trip through the JSON format loses
   * nothing. Keys are field names; they must not be names of known attributes.
   *
   * @return the extension attributes (empty when there are none)
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  void check() {
    Checks.extensionKeys("AnalyzedSystem", extensions());
    Checks.text("AnalyzedSystem", "name", name());
    Checks.text("AnalyzedSystem", "description", description());
    Checks.texts("AnalyzedSystem", "inside", inside());
    Checks.texts("AnalyzedSystem", "environment", environment());
    Checks.texts("AnalyzedSystem", "goals", goals());
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

  /** Builds a {@link AnalyzedSystem}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableAnalyzedSystem.Builder {
    Builder() {}
  }
}
