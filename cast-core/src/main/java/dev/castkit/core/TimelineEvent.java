package dev.castkit.core;

import dev.castkit.core.internal.CastStyle;
import dev.castkit.core.internal.Checks;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An event of the timeline of proximal events (step 1), stated without conclusions and without
 * blame. Events keep the order of the timeline; an event may have a time, or only its place in that
 * order.
 *
 * <pre>{@code
 * TimelineEvent event = TimelineEvent.builder().id(EventId.of("E-1"))
 *     .time(EventTime.of(Instant.parse("2017-02-28T17:37:00Z"), TimePrecision.MINUTE))
 *     .description("An operator runs the capacity-removal command with a larger input than intended")
 *     .addComponent(ComponentId.of("C-operator")).build();
 * }</pre>
 */
@Value.Immutable
@CastStyle
public abstract class TimelineEvent {
  TimelineEvent() {}

  /**
   * The id.
   *
   * @return the id
   */
  public abstract EventId id();

  /**
   * When it happened, with its precision; absent when only the order is known.
   *
   * @return when it happened, with its precision; absent when only the order is known, or empty
   */
  public abstract Optional<EventTime> time();

  /**
   * What happened.
   *
   * @return what happened
   */
  public abstract String description();

  /**
   * The components involved; order has no meaning.
   *
   * @return the components involved; order has no meaning (empty when there are none)
   */
  public abstract Set<ComponentId> components();

  /**
   * The sources of evidence.
   *
   * @return the sources of evidence (empty when there are none)
   */
  public abstract List<Evidence> evidence();

  /**
   * The questions this event raises; order has no meaning.
   *
   * @return the questions this event raises; order has no meaning (empty when there are none)
   */
  public abstract Set<QuestionId> questions();

  /**
   * Whether it is an event or a condition that held. Since format 1.1.
   *
   * @return the kind (default {@link EventKind#EVENT})
   */
  @Value.Default
  public EventKind kind() {
    return EventKind.EVENT;
  }

  /**
   * The time zone where it was lived, when it differs from the analysis's. Since format 1.1.
   *
   * @return the time zone, or empty
   */
  public abstract Optional<ZoneId> timeZone();

  /**
   * How long it lasted: an outage window, a 45-minute recovery. More than zero. Since format 1.1.
   *
   * @return how long it lasted, or empty
   */
  public abstract Optional<Duration> duration();

  /**
   * Whether the duration is an estimate ("about 18 hours"); only with a duration. Since format 1.1.
   *
   * @return whether the duration is an estimate
   */
  @Value.Default
  public boolean durationApproximate() {
    return false;
  }

  /**
   * The event this one is known to follow, when its time is known only relative to it. Since format
   * 1.1.
   *
   * @return the earlier event, or empty
   */
  public abstract Optional<EventId> after();

  /**
   * How long after {@link #after()} it happened ("10 minutes after E-3"); only with after. Since
   * format 1.1.
   *
   * @return the offset, or empty
   */
  public abstract Optional<Duration> offset();

  /**
   * Whether the offset is an estimate ("about 10 minutes after"); only with an offset. Since format
   * 1.1.
   *
   * @return whether the offset is an estimate
   */
  @Value.Default
  public boolean offsetApproximate() {
    return false;
  }

  /**
   * Who or what reported it: a person, a monitoring system, a status page. Since format 1.1.
   *
   * @return the source, or empty
   */
  public abstract Optional<String> source();

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
    Checks.extensionKeys("TimelineEvent", extensions());
    Checks.zone("TimelineEvent", "timeZone", timeZone());
    Checks.text("TimelineEvent", "description", description());
    Checks.text("TimelineEvent", "source", source());
    Checks.positive("TimelineEvent", "duration", duration());
    Checks.notNegative("TimelineEvent", "offset", offset());
    Checks.onlyWith(
        "TimelineEvent",
        "durationApproximate",
        durationApproximate(),
        "duration",
        duration().isPresent());
    Checks.onlyWith("TimelineEvent", "offset", offset().isPresent(), "after", after().isPresent());
    Checks.onlyWith(
        "TimelineEvent", "offsetApproximate", offsetApproximate(), "offset", offset().isPresent());
    Checks.notSelf("TimelineEvent", "after", id(), after());
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

  /** Builds a {@link TimelineEvent}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableTimelineEvent.Builder {
    Builder() {}
  }
}
