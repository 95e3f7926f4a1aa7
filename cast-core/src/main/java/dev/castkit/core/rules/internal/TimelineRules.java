package dev.castkit.core.rules.internal;

import static dev.castkit.core.CastStep.ASSEMBLE_BASIC_INFORMATION;
import static dev.castkit.core.rules.Severity.ERROR;
import static dev.castkit.core.rules.internal.RuleKit.rule;

import dev.castkit.core.EventTime;
import dev.castkit.core.TimePrecision;
import dev.castkit.core.TimelineEvent;
import dev.castkit.core.rules.Rule;
import dev.castkit.core.rules.Rule.Reporter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The timeline (step 1). CAST-T001. Each rule is declared above its check; docs/rules.md explains
 * them. Not API.
 */
final class TimelineRules {
  private TimelineRules() {}

  /** The rules of this family, in code order. */
  static List<Rule> all() {
    return List.of(T001);
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
      int precision = t.precision().ordinal();
      // Saturate rather than overflow at the end of time.
      Instant end =
          t.at().isAfter(LAST_START[precision]) ? Instant.MAX : t.at().plus(LENGTH[precision]);
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
        return Duration.ofDays(1);
    }
  }
}
