package dev.castkit.core;

import dev.castkit.core.internal.CastStyle;
import dev.castkit.core.internal.Checks;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How severe the incident was, on the embedding tool's own scale: a label ("SEV-1", "P2", "major"),
 * with an optional rank for sorting within that scale. castkit does not compare ranks of different
 * scales. Since format 1.1.
 *
 * <pre>{@code
 * Severity sev1 = Severity.of("SEV-1", 1);
 * }</pre>
 */
@Value.Immutable
@CastStyle
public abstract class Severity {
  Severity() {}

  /**
   * The label on the tool's scale, for example {@code SEV-1}.
   *
   * @return the label
   */
  public abstract String label();

  /**
   * The rank on that scale, 1 or more, where the tool has one; the tool says whether 1 is the most
   * or the least severe.
   *
   * @return the rank, or empty
   */
  public abstract Optional<Integer> rank();

  /**
   * Attributes this library does not know, kept so that a round trip through the JSON format loses
   * nothing. Keys are field names; they must not be names of known attributes.
   *
   * @return the extension attributes (empty when there are none)
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  void check() {
    Checks.extensionKeys("Severity", extensions());
    Checks.text("Severity", "label", label());
    if (rank().isPresent() && rank().get() < 1) {
      throw new CastModelException(
          CastModelException.Code.INVALID_VALUE,
          "Severity",
          "rank",
          "Severity.rank must be 1 or more, not " + rank().get());
    }
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
   * Creates a Severity from its essential attributes.
   *
   * @param label the label
   * @param rank the rank, 1 or more
   * @return the value
   * @throws CastModelException when a value is blank, missing or out of range
   */
  public static Severity of(String label, int rank) {
    return builder().label(label).rank(rank).build();
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

  /** Builds a {@link Severity}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableSeverity.Builder {
    Builder() {}
  }
}
