package dev.castkit.core;

import dev.castkit.core.internal.CastStyle;
import dev.castkit.core.internal.Checks;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A milestone of the incident as an incident tool records it: when it started, was detected, was
 * mitigated, was resolved. Since format 1.1.
 *
 * <pre>{@code
 * Milestone detected = Milestone.builder().kind(MilestoneKind.DETECTED)
 *     .time(EventTime.of(Instant.parse("2021-10-04T15:44:00Z"), TimePrecision.MINUTE))
 *     .event(EventId.of("E-3")).build();
 * }</pre>
 */
@Value.Immutable
@CastStyle
public abstract class Milestone {
  Milestone() {}

  /**
   * Which milestone; each kind appears once in an analysis.
   *
   * @return which milestone
   */
  public abstract MilestoneKind kind();

  /**
   * When it was reached, with its precision.
   *
   * @return when, or empty
   */
  public abstract Optional<EventTime> time();

  /**
   * The timeline event that marks it.
   *
   * @return the event, or empty
   */
  public abstract Optional<EventId> event();

  /**
   * Attributes this library does not know, kept so that a round trip through the JSON format loses
   * nothing. Keys are field names; they must not be names of known attributes.
   *
   * @return the extension attributes (empty when there are none)
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  void check() {
    Checks.extensionKeys("Milestone", extensions());
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

  /** Builds a {@link Milestone}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableMilestone.Builder {
    Builder() {}
  }
}
