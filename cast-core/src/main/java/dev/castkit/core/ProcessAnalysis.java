package dev.castkit.core;

import dev.castkit.core.internal.CastStyle;
import dev.castkit.core.internal.Checks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The analysis of the physical or controlled process in step 1: the requirements and controls that
 * were in place, the failures and inadequate controls, the unsafe interactions between parts, and
 * the context.
 *
 * <pre>{@code
 * ProcessAnalysis p = ProcessAnalysis.builder()
 *     .addControl("the removal tool asks for a target count")
 *     .addFailure("no minimum capacity check").build();
 * }</pre>
 */
@Value.Immutable
@CastStyle
public abstract class ProcessAnalysis {
  ProcessAnalysis() {}

  /**
   * A summary.
   *
   * @return a summary, or empty
   */
  public abstract Optional<String> summary();

  /**
   * Safety requirements and controls that were in place.
   *
   * @return safety requirements and controls that were in place (empty when there are none)
   */
  public abstract List<String> controls();

  /**
   * Failures and inadequate controls.
   *
   * @return failures and inadequate controls (empty when there are none)
   */
  public abstract List<String> failures();

  /**
   * Unsafe interactions between parts of the process.
   *
   * @return unsafe interactions between parts of the process (empty when there are none)
   */
  public abstract List<String> interactions();

  /**
   * Physical and other context factors.
   *
   * @return physical and other context factors (empty when there are none)
   */
  public abstract List<ContextFactor> contextFactors();

  /**
   * Attributes this library does not know, kept so that a round trip through the JSON format loses
   * nothing. Keys are field names; they must not be names of known attributes.
   *
   * @return the extension attributes (empty when there are none)
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  void check() {
    Checks.extensionKeys("ProcessAnalysis", extensions());
    Checks.text("ProcessAnalysis", "summary", summary());
    Checks.texts("ProcessAnalysis", "controls", controls());
    Checks.texts("ProcessAnalysis", "failures", failures());
    Checks.texts("ProcessAnalysis", "interactions", interactions());
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

  /** Builds a {@link ProcessAnalysis}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableProcessAnalysis.Builder {
    Builder() {}
  }
}
