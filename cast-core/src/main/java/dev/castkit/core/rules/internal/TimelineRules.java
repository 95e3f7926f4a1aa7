package dev.castkit.core.rules.internal;

import static dev.castkit.core.CastStep.ASSEMBLE_BASIC_INFORMATION;
import static dev.castkit.core.rules.Severity.ERROR;
import static dev.castkit.core.rules.internal.RuleKit.rule;

import dev.castkit.core.EventId;
import dev.castkit.core.EventTime;
import dev.castkit.core.Milestone;
import dev.castkit.core.MilestoneKind;
import dev.castkit.core.TimePrecision;
import dev.castkit.core.TimelineEvent;
import dev.castkit.core.rules.Rule;
import dev.castkit.core.rules.Rule.Reporter;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The timeline (step 1). CAST-T001..T004. Each rule is declared above its check; docs/rules.md
 * explains them. Not API.
 */
final class TimelineRules {
  private TimelineRules() {}

  /** The rules of this family, in code order. */
  static List<Rule> all() {
    return List.of(T001, T002, T003, T004);
  }

  static final Rule T001 =
      rule(
          "CAST-T001",
          ERROR,
          ASSEMBLE_BASIC_INFORMATION,
          "timeline events with times are in order",
          TimelineRules::timelineInOrder);

  private static void timelineInOrder(Index ix, Reporter out) {
    Instant latestStart = null;
    TimelineEvent latest = null;
    for (TimelineEvent e : ix.analysis.timeline()) {
      if (e.time().isEmpty()) {
        continue;
      }
      EventTime t = e.time().get();
      Instant end = end(t);
      if (latestStart != null && !end.isAfter(latestStart)) {
        out.report(
            e.id(),
            "Timeline event "
                + e.id()
                + " ("
                + t.at()
                + ") is listed after "
                + latest.id()
                + " ("
                + latest.time().get().at()
                + ") but happened before it; list"
                + " the timeline in the order events happened.");
      }
      if (latestStart == null || t.at().isAfter(latestStart)) {
        latestStart = t.at();
        latest = e;
      }
    }
  }

  static final Rule T002 =
      rule(
          "CAST-T002",
          ERROR,
          ASSEMBLE_BASIC_INFORMATION,
          "an event that follows another did not happen before it",
          TimelineRules::afterFollows);

  private static void afterFollows(Index ix, Reporter out) {
    Map<EventId, TimelineEvent> events = null;
    for (TimelineEvent e : ix.analysis.timeline()) {
      if (e.after().isEmpty() || e.time().isEmpty()) {
        continue;
      }
      if (events == null) {
        events = eventsById(ix);
      }
      TimelineEvent before = events.get(e.after().get());
      if (before == null || before.time().isEmpty()) {
        continue; // a dangling reference is CAST-I001's
      }
      EventTime t = e.time().get();
      EventTime b = before.time().get();
      // An exact offset between exact times says how much later the event came; an approximate
      // one says only that it came later.
      boolean exact = e.offset().isPresent() && !e.offsetApproximate();
      boolean allExact = exact && !t.approximate() && !b.approximate();
      Instant earliest = start(b);
      if (allExact) {
        earliest = plus(earliest, e.offset().get());
      }
      if (!end(t).isAfter(earliest)) {
        out.report(
            e.id(),
            "Timeline event "
                + e.id()
                + " ("
                + t.at()
                + ") follows "
                + before.id()
                + " ("
                + b.at()
                + (allExact ? ") by " + e.offset().get() : ")")
                + " but happened before "
                + (allExact ? "that" : "it")
                + "; correct its time, or the event it follows.");
      }
    }
  }

  static final Rule T003 =
      rule(
          "CAST-T003",
          ERROR,
          ASSEMBLE_BASIC_INFORMATION,
          "the incident's milestones are in order",
          TimelineRules::milestonesInOrder);

  /**
   * Whether a milestone of the first kind cannot come after one of the second, by {@link
   * MilestoneKind#ordinal()}: the incident starts before anything else, and is detected and
   * mitigated at the latest when it is resolved. Detection may come after mitigation (an incident
   * that ended before anyone noticed, found later in an audit).
   */
  private static boolean ordered(MilestoneKind first, MilestoneKind second) {
    return first.compareTo(second) < 0
        && !(first == MilestoneKind.DETECTED && second == MilestoneKind.MITIGATED);
  }

  private static void milestonesInOrder(Index ix, Reporter out) {
    List<Milestone> milestones = ix.analysis.milestones();
    if (milestones.size() < 2) {
      return;
    }
    Map<EventId, TimelineEvent> events = eventsById(ix);
    EventTime[] times = new EventTime[MilestoneKind.values().length];
    for (Milestone m : milestones) {
      times[m.kind().ordinal()] = timeOf(m, events);
    }
    for (MilestoneKind first : MilestoneKind.values()) {
      for (MilestoneKind second : MilestoneKind.values()) {
        EventTime a = times[first.ordinal()];
        EventTime b = times[second.ordinal()];
        if (a == null || b == null || !ordered(first, second) || end(b).isAfter(start(a))) {
          continue;
        }
        out.report(
            ix.analysis.id(),
            "The incident is "
                + words(second)
                + " ("
                + b.at()
                + ") before it is "
                + words(first)
                + " ("
                + a.at()
                + "); an incident starts before it is detected, mitigated or resolved, and is"
                + " resolved last. Correct the milestones' times or their events.");
      }
    }
  }

  /** A milestone's own time, else the time of its event. */
  private static EventTime timeOf(Milestone m, Map<EventId, TimelineEvent> events) {
    if (m.time().isPresent()) {
      return m.time().get();
    }
    TimelineEvent e = m.event().isPresent() ? events.get(m.event().get()) : null;
    return e == null ? null : e.time().orElse(null);
  }

  static final Rule T004 =
      rule(
          "CAST-T004",
          ERROR,
          ASSEMBLE_BASIC_INFORMATION,
          "a milestone has the time of its event",
          TimelineRules::milestoneAtItsEvent);

  private static void milestoneAtItsEvent(Index ix, Reporter out) {
    Map<EventId, TimelineEvent> events = null;
    for (Milestone m : ix.analysis.milestones()) {
      if (m.time().isEmpty() || m.event().isEmpty()) {
        continue;
      }
      if (events == null) {
        events = eventsById(ix);
      }
      TimelineEvent e = events.get(m.event().get());
      if (e == null || e.time().isEmpty()) {
        continue; // a dangling reference is CAST-I001's
      }
      EventTime mt = m.time().get();
      EventTime et = e.time().get();
      // The two record one moment: they agree when the finer time lies in the coarser one.
      if (end(mt).isAfter(start(et)) && end(et).isAfter(start(mt))) {
        continue;
      }
      out.report(
          ix.analysis.id(),
          "The milestone "
              + words(m.kind())
              + " is at "
              + mt.at()
              + " ("
              + words(mt.precision())
              + ") but its event "
              + e.id()
              + " is at "
              + et.at()
              + " ("
              + words(et.precision())
              + "); they record the same moment. Correct one of the times, or name the event"
              + " that marks the milestone.");
    }
  }

  private static Map<EventId, TimelineEvent> eventsById(Index ix) {
    List<TimelineEvent> timeline = ix.analysis.timeline();
    Map<EventId, TimelineEvent> events = new HashMap<>(Index.capacity(timeline.size()));
    for (TimelineEvent e : timeline) {
      events.put(e.id(), e);
    }
    return events;
  }

  private static String words(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Where the interval of a time begins. */
  static Instant start(EventTime t) {
    return t.at();
  }

  /**
   * Where the interval of a time ends: {@code 17:39} at minute precision is {@code [17:39, 17:40)},
   * {@code 2021-10} at month precision is the whole month. Saturates at the end of time.
   */
  static Instant end(EventTime t) {
    Instant at = t.at();
    switch (t.precision()) {
      case MONTH:
      case YEAR:
        if (at.isAfter(LAST_CALENDAR_START)) {
          return Instant.MAX;
        }
        OffsetDateTime utc = at.atOffset(ZoneOffset.UTC);
        return (t.precision() == TimePrecision.MONTH ? utc.plusMonths(1) : utc.plusYears(1))
            .toInstant();
      default:
        int p = t.precision().ordinal();
        return at.isAfter(LAST_START[p]) ? Instant.MAX : at.plus(LENGTH[p]);
    }
  }

  private static Instant plus(Instant at, Duration d) {
    return at.isAfter(Instant.MAX.minus(d)) ? Instant.MAX : at.plus(d);
  }

  /** The last instant whose month or year ends within the calendar {@link OffsetDateTime} knows. */
  private static final Instant LAST_CALENDAR_START = Instant.parse("+999999998-01-01T00:00:00Z");

  /** How long an instant of each precision lasts, by {@link TimePrecision#ordinal()}. */
  private static final Duration[] LENGTH = new Duration[TimePrecision.values().length];

  /** The last instant of each precision that does not end after the end of time. */
  private static final Instant[] LAST_START = new Instant[LENGTH.length];

  static {
    for (TimePrecision p : TimePrecision.values()) {
      LENGTH[p.ordinal()] = length(p);
      LAST_START[p.ordinal()] = Instant.MAX.minus(LENGTH[p.ordinal()]);
    }
  }

  private static Duration length(TimePrecision precision) {
    switch (precision) {
      case MILLISECOND:
        return Duration.ofMillis(1);
      case SECOND:
        return Duration.ofSeconds(1);
      case MINUTE:
        return Duration.ofMinutes(1);
      case HOUR:
        return Duration.ofHours(1);
      default:
        return Duration.ofDays(1); // a month or a year is measured on the calendar: see end()
    }
  }
}
