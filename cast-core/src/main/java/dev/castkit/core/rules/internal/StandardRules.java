package dev.castkit.core.rules.internal;

import static dev.castkit.core.CastStep.ANALYZE_COMPONENTS;
import static dev.castkit.core.CastStep.ASSEMBLE_BASIC_INFORMATION;
import static dev.castkit.core.CastStep.CREATE_IMPROVEMENT_PROGRAM;
import static dev.castkit.core.CastStep.IDENTIFY_FLAWS;
import static dev.castkit.core.CastStep.MODEL_CONTROL_STRUCTURE;
import static dev.castkit.core.rules.Severity.ERROR;
import static dev.castkit.core.rules.Severity.INFO;
import static dev.castkit.core.rules.Severity.WARNING;

import dev.castkit.core.AnalysisStatus;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastStep;
import dev.castkit.core.Component;
import dev.castkit.core.ComponentAnalysis;
import dev.castkit.core.ComponentId;
import dev.castkit.core.ContextFactor;
import dev.castkit.core.Contribution;
import dev.castkit.core.ControlLink;
import dev.castkit.core.ElementId;
import dev.castkit.core.EventTime;
import dev.castkit.core.Flaw;
import dev.castkit.core.FlawId;
import dev.castkit.core.Hazard;
import dev.castkit.core.HazardId;
import dev.castkit.core.LinkKind;
import dev.castkit.core.LinkStatus;
import dev.castkit.core.LossId;
import dev.castkit.core.ProcessModelFlaw;
import dev.castkit.core.Question;
import dev.castkit.core.QuestionStatus;
import dev.castkit.core.Recommendation;
import dev.castkit.core.RecommendationStatus;
import dev.castkit.core.Responsibility;
import dev.castkit.core.ResponsibilityId;
import dev.castkit.core.SafetyConstraint;
import dev.castkit.core.TimePrecision;
import dev.castkit.core.TimelineEvent;
import dev.castkit.core.internal.Ids;
import dev.castkit.core.rules.Rule.Reporter;
import dev.castkit.core.rules.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The standard {@code CAST-*} rules. Each check reads the shared {@link Index}, walks every list
 * once and looks up references in hash maps, so a check is linear in the size of the analysis.
 * Parent chains are walked iteratively with a visited set, so cycles and deep chains are safe.
 * Messages never depend on the order of elements in their lists. Not API.
 */
public final class StandardRules {
  private StandardRules() {}

  /** The standard rules, in code order, with the given word lists. */
  public static List<BuiltInRule> create(PhraseMatcher blameWords, PhraseMatcher failureWords) {
    List<BuiltInRule> rules = new ArrayList<>();
    rules.add(
        rule(
            "CAST-A001",
            WARNING,
            ANALYZE_COMPONENTS,
            "every controller has a step-3 analysis once step 3 has begun",
            StandardRules::controllerAnalysed));
    rules.add(
        rule(
            "CAST-A002",
            WARNING,
            ANALYZE_COMPONENTS,
            "every contribution says why it made sense at the time",
            StandardRules::contributionContext));
    rules.add(
        rule(
            "CAST-A003",
            WARNING,
            ANALYZE_COMPONENTS,
            "a component analysis lists only the component's own responsibilities",
            StandardRules::ownResponsibilities));
    rules.add(
        rule(
            "CAST-H001",
            ERROR,
            ASSEMBLE_BASIC_INFORMATION,
            "every hazard leads to at least one loss",
            StandardRules::hazardLeadsToLoss));
    rules.add(
        rule(
            "CAST-H002",
            ERROR,
            ASSEMBLE_BASIC_INFORMATION,
            "a sub-hazard's losses are among its parent's",
            StandardRules::subHazardLosses));
    rules.add(
        rule(
            "CAST-H003",
            WARNING,
            ASSEMBLE_BASIC_INFORMATION,
            "every loss is reached by some hazard",
            StandardRules::lossReached));
    rules.add(
        rule(
            "CAST-H004",
            WARNING,
            ASSEMBLE_BASIC_INFORMATION,
            "every hazard has a safety constraint",
            StandardRules::hazardConstrained));
    rules.add(
        rule(
            "CAST-H005",
            ERROR,
            ASSEMBLE_BASIC_INFORMATION,
            "every safety constraint addresses a hazard",
            StandardRules::constraintAddressesHazard));
    rules.add(
        rule(
            "CAST-I001",
            ERROR,
            ASSEMBLE_BASIC_INFORMATION,
            "every reference resolves",
            StandardRules::references));
    rules.add(
        rule(
            "CAST-I002",
            ERROR,
            ASSEMBLE_BASIC_INFORMATION,
            "ids are unique across the whole analysis",
            StandardRules::uniqueIds));
    rules.add(
        rule(
            "CAST-I003",
            ERROR,
            ASSEMBLE_BASIC_INFORMATION,
            "parent chains of hazards, constraints and components have no cycle",
            StandardRules::noCycles));
    rules.add(
        rule(
            "CAST-O001",
            WARNING,
            ANALYZE_COMPONENTS,
            "steps 1 and 2 are begun before later steps",
            StandardRules::earlyStepsFirst));
    rules.add(
        rule(
            "CAST-O002",
            WARNING,
            CREATE_IMPROVEMENT_PROGRAM,
            "an improvement program follows the identification of flaws",
            StandardRules::programAfterFlaws));
    rules.add(
        rule(
            "CAST-P001",
            WARNING,
            CREATE_IMPROVEMENT_PROGRAM,
            "every flaw is addressed by a recommendation or says why no action is taken",
            StandardRules::flawAddressed));
    rules.add(
        rule(
            "CAST-P002",
            ERROR,
            CREATE_IMPROVEMENT_PROGRAM,
            "every recommendation addresses something",
            StandardRules::recommendationAddresses));
    rules.add(
        rule(
            "CAST-P003",
            ERROR,
            CREATE_IMPROVEMENT_PROGRAM,
            "a rejected recommendation has a rationale",
            StandardRules::rejectedHasRationale));
    rules.add(
        rule(
            "CAST-Q001",
            ERROR,
            ASSEMBLE_BASIC_INFORMATION,
            "an analysis marked final has no open question",
            StandardRules::finalHasNoOpenQuestion));
    rules.add(
        rule(
            "CAST-Q002",
            WARNING,
            ASSEMBLE_BASIC_INFORMATION,
            "an answered question records its answer",
            StandardRules::answeredHasAnswer));
    rules.add(
        rule(
            "CAST-S001",
            WARNING,
            MODEL_CONTROL_STRUCTURE,
            "every control action has a feedback link back to its controller",
            StandardRules::feedbackForEveryAction));
    rules.add(
        rule(
            "CAST-S002",
            INFO,
            MODEL_CONTROL_STRUCTURE,
            "links missing, inoperable or degraded at the time of the loss are shown",
            StandardRules::brokenLinks));
    rules.add(
        rule(
            "CAST-S003",
            WARNING,
            MODEL_CONTROL_STRUCTURE,
            "every responsibility serves a safety constraint",
            StandardRules::responsibilityServes));
    rules.add(
        rule(
            "CAST-S004",
            WARNING,
            MODEL_CONTROL_STRUCTURE,
            "every controller has a responsibility",
            StandardRules::controllerResponsible));
    rules.add(
        rule(
            "CAST-T001",
            ERROR,
            ASSEMBLE_BASIC_INFORMATION,
            "timeline events with times are in order",
            StandardRules::timelineInOrder));
    rules.add(
        rule(
            "CAST-W001",
            WARNING,
            ASSEMBLE_BASIC_INFORMATION,
            "events, contributions and flaws are worded without blame or hindsight",
            (ix, out) -> blameWording(ix, out, blameWords)));
    rules.add(
        rule(
            "CAST-W002",
            WARNING,
            ASSEMBLE_BASIC_INFORMATION,
            "hazards are system states, not component failures",
            (ix, out) -> failureWording(ix, out, failureWords)));
    return List.copyOf(rules);
  }

  private static BuiltInRule rule(
      String code, Severity severity, CastStep step, String title, BiConsumer<Index, Reporter> c) {
    return new BuiltInRule(code, severity, step, title, c);
  }

  // ---------------------------------------------------------------- integrity: CAST-I001..I003

  private static final String DOES_NOT_EXIST = ", which does not exist.";
  private static final String IN_NO_STRUCTURE = ", which is in no control structure.";
  private static final String NOT_IN_STRUCTURE = ", which is not in that structure.";
  private static final String HELD_BY_NONE = ", which no component holds.";

  private static <T extends ElementId> void refs(
      Reporter out,
      CastStep step,
      ElementId holder,
      String subject,
      String relation,
      Collection<T> targets,
      Predicate<T> exists,
      String suffix) {
    for (T target : targets) {
      if (!exists.test(target)) {
        out.report(step, holder, subject + " " + relation + " " + target + suffix);
      }
    }
  }

  /** Whether an optional reference is absent or names an element of the kind. */
  private static boolean definedOrNone(Index ix, Optional<? extends ElementId> ref) {
    return ref.isEmpty() || ix.defines(ref.get());
  }

  // Each element is first checked without building any message; only an element with a dangling
  // reference is checked again, reference by reference, to word the findings.
  static void references(Index ix, Reporter out) {
    CastAnalysis a = ix.analysis;
    CastStep s1 = ASSEMBLE_BASIC_INFORMATION;
    for (Hazard h : a.hazards()) {
      if (ix.definesAll(h.losses()) && definedOrNone(ix, h.parent())) {
        continue;
      }
      String subject = "Hazard " + h.id();
      refs(
          out,
          s1,
          h.id(),
          subject,
          "leads to loss",
          h.losses(),
          id -> ix.defines(id),
          DOES_NOT_EXIST);
      refs(
          out,
          s1,
          h.id(),
          subject,
          "refines hazard",
          h.parent().stream().toList(),
          id -> ix.defines(id),
          DOES_NOT_EXIST);
    }
    for (SafetyConstraint c : a.constraints()) {
      if (ix.definesAll(c.hazards()) && definedOrNone(ix, c.parent())) {
        continue;
      }
      String subject = "Safety constraint " + c.id();
      refs(
          out,
          s1,
          c.id(),
          subject,
          "addresses hazard",
          c.hazards(),
          id -> ix.defines(id),
          DOES_NOT_EXIST);
      refs(
          out,
          s1,
          c.id(),
          subject,
          "refines safety constraint",
          c.parent().stream().toList(),
          id -> ix.defines(id),
          DOES_NOT_EXIST);
    }
    for (TimelineEvent e : a.timeline()) {
      if (ix.components.keySet().containsAll(e.components()) && ix.definesAll(e.questions())) {
        continue;
      }
      String subject = "Timeline event " + e.id();
      refs(
          out,
          s1,
          e.id(),
          subject,
          "involves component",
          e.components(),
          ix.components::containsKey,
          IN_NO_STRUCTURE);
      refs(
          out,
          s1,
          e.id(),
          subject,
          "raises question",
          e.questions(),
          id -> ix.defines(id),
          DOES_NOT_EXIST);
    }
    for (Question q : a.questions()) {
      if (q.about().isPresent() && !ix.defines(q.about().get())) {
        out.report(
            q.step(),
            q.id(),
            "Question "
                + q.id()
                + " is about '"
                + q.about().get()
                + "', which is the id of no element of the analysis.");
      }
    }
    CastStep s2 = MODEL_CONTROL_STRUCTURE;
    for (Index.Structure st : ix.structures) {
      String in = " in control structure " + st.structure.id();
      for (Component c : st.structure.components()) {
        if (c.parent().isPresent() && !st.components.containsKey(c.parent().get())) {
          refs(
              out,
              s2,
              c.id(),
              "Component " + c.id() + in,
              "is part of component",
              c.parent().stream().toList(),
              st.components::containsKey,
              NOT_IN_STRUCTURE);
        }
        for (Responsibility r : c.responsibilities()) {
          if (ix.definesAll(r.constraints())) {
            continue;
          }
          refs(
              out,
              s2,
              r.id(),
              "Responsibility " + r.id() + " of component " + c.id() + in,
              "serves safety constraint",
              r.constraints(),
              id -> ix.defines(id),
              DOES_NOT_EXIST);
        }
      }
      for (ControlLink l : st.structure.links()) {
        if (st.components.containsKey(l.source()) && st.components.containsKey(l.target())) {
          continue;
        }
        String subject = "Link " + l.id() + in;
        refs(
            out,
            s2,
            l.id(),
            subject,
            "starts at component",
            List.of(l.source()),
            st.components::containsKey,
            NOT_IN_STRUCTURE);
        refs(
            out,
            s2,
            l.id(),
            subject,
            "ends at component",
            List.of(l.target()),
            st.components::containsKey,
            NOT_IN_STRUCTURE);
      }
    }
    CastStep s3 = ANALYZE_COMPONENTS;
    for (ComponentAnalysis ca : a.componentAnalyses()) {
      ComponentId cid = ca.component();
      if (!ix.components.containsKey(cid)) {
        out.report(
            s3,
            cid,
            "The step-3 analysis is of component " + cid + ", which is in no control structure.");
      }
      if (!ix.responsibilities.keySet().containsAll(ca.responsibilities())
          || !ix.definesAll(ca.questions())) {
        String subject = "The analysis of component " + cid;
        refs(
            out,
            s3,
            cid,
            subject,
            "lists responsibility",
            ca.responsibilities(),
            ix.responsibilities::containsKey,
            HELD_BY_NONE);
        refs(
            out,
            s3,
            cid,
            subject,
            "raises question",
            ca.questions(),
            id -> ix.defines(id),
            DOES_NOT_EXIST);
      }
      for (Contribution c : ca.contributions()) {
        if (ix.definesAll(c.hazards())
            && ix.definesAll(c.events())
            && ix.responsibilities.keySet().containsAll(c.unmetResponsibilities())) {
          continue;
        }
        String cs = "Contribution " + c.id();
        refs(
            out,
            s3,
            c.id(),
            cs,
            "contributes to hazard",
            c.hazards(),
            id -> ix.defines(id),
            DOES_NOT_EXIST);
        refs(
            out,
            s3,
            c.id(),
            cs,
            "appears in timeline event",
            c.events(),
            id -> ix.defines(id),
            DOES_NOT_EXIST);
        refs(
            out,
            s3,
            c.id(),
            cs,
            "leaves unmet responsibility",
            c.unmetResponsibilities(),
            ix.responsibilities::containsKey,
            HELD_BY_NONE);
      }
    }
    for (Flaw f : a.flaws()) {
      if (ix.components.keySet().containsAll(f.components()) && ix.definesAll(f.links())) {
        continue;
      }
      String subject = "Flaw " + f.id();
      refs(
          out,
          IDENTIFY_FLAWS,
          f.id(),
          subject,
          "involves component",
          f.components(),
          ix.components::containsKey,
          IN_NO_STRUCTURE);
      refs(
          out,
          IDENTIFY_FLAWS,
          f.id(),
          subject,
          "involves link",
          f.links(),
          id -> ix.defines(id),
          IN_NO_STRUCTURE);
    }
    CastStep s5 = CREATE_IMPROVEMENT_PROGRAM;
    for (Recommendation r : a.recommendations()) {
      if (ix.definesAll(r.flaws())
          && ix.definesAll(r.contributions())
          && ix.definesAll(r.links())
          && ix.components.keySet().containsAll(r.components())) {
        continue;
      }
      String subject = "Recommendation " + r.id();
      refs(
          out,
          s5,
          r.id(),
          subject,
          "addresses flaw",
          r.flaws(),
          id -> ix.defines(id),
          DOES_NOT_EXIST);
      refs(
          out,
          s5,
          r.id(),
          subject,
          "addresses contribution",
          r.contributions(),
          id -> ix.defines(id),
          DOES_NOT_EXIST);
      refs(
          out,
          s5,
          r.id(),
          subject,
          "changes link",
          r.links(),
          id -> ix.defines(id),
          IN_NO_STRUCTURE);
      refs(
          out,
          s5,
          r.id(),
          subject,
          "changes component",
          r.components(),
          ix.components::containsKey,
          IN_NO_STRUCTURE);
    }
  }

  static void uniqueIds(Index ix, Reporter out) {
    for (Map.Entry<String, List<Index.Occurrence>> e : ix.repeated().entrySet()) {
      List<Index.Occurrence> occurrences = e.getValue();
      if (!conflict(occurrences)) {
        continue;
      }
      TreeSet<String> where = new TreeSet<>();
      CastStep step = CastStep.CREATE_IMPROVEMENT_PROGRAM;
      for (Index.Occurrence o : occurrences) {
        where.add(o.where());
        if (o.step().compareTo(step) < 0) {
          step = o.step();
        }
      }
      out.report(
          step,
          occurrences.get(0).id(),
          "Id "
              + e.getKey()
              + " names "
              + where.size()
              + " different elements ("
              + String.join("; ", where)
              + "); an id names one element in the whole analysis.");
    }
  }

  private static boolean conflict(List<Index.Occurrence> occurrences) {
    Kind kind = occurrences.get(0).kind();
    if (!kind.sharedAcrossStructures()) {
      return true;
    }
    Set<String> structures = new HashSet<>();
    for (Index.Occurrence o : occurrences) {
      if (o.kind() != kind || !structures.add(o.structure())) {
        return true;
      }
    }
    return false;
  }

  static void noCycles(Index ix, Reporter out) {
    Map<ElementId, ElementId> hazards = new HashMap<>(Index.capacity(ix.analysis.hazards().size()));
    for (Hazard h : ix.analysis.hazards()) {
      if (h.parent().isPresent() && ix.defines(h.parent().get())) {
        hazards.put(h.id(), h.parent().get());
      }
    }
    reportCycles(out, ASSEMBLE_BASIC_INFORMATION, "hazard", "", hazards);
    Map<ElementId, ElementId> constraints =
        new HashMap<>(Index.capacity(ix.analysis.constraints().size()));
    for (SafetyConstraint c : ix.analysis.constraints()) {
      if (c.parent().isPresent() && ix.defines(c.parent().get())) {
        constraints.put(c.id(), c.parent().get());
      }
    }
    reportCycles(out, ASSEMBLE_BASIC_INFORMATION, "safety constraint", "", constraints);
    for (Index.Structure st : ix.structures) {
      Map<ElementId, ElementId> parents =
          new HashMap<>(Index.capacity(st.structure.components().size()));
      for (Component c : st.structure.components()) {
        if (c.parent().isPresent() && st.components.containsKey(c.parent().get())) {
          parents.put(c.id(), c.parent().get());
        }
      }
      reportCycles(
          out,
          MODEL_CONTROL_STRUCTURE,
          "component",
          " in control structure " + st.structure.id(),
          parents);
    }
  }

  private static void reportCycles(
      Reporter out, CastStep step, String noun, String in, Map<ElementId, ElementId> parentOf) {
    for (List<ElementId> cycle : Cycles.find(parentOf)) {
      StringBuilder chain = new StringBuilder();
      for (ElementId id : cycle) {
        chain.append(id).append(" -> ");
      }
      chain.append(cycle.get(0));
      out.report(
          step,
          cycle.get(0),
          "The parent chain of "
              + noun
              + " "
              + cycle.get(0)
              + in
              + " loops back to it: "
              + chain
              + ". A parent chain must end at an element with no"
              + " parent.");
    }
  }

  // ---------------------------------------------------------- hazards and losses: CAST-H001..H005

  static void hazardLeadsToLoss(Index ix, Reporter out) {
    for (Hazard h : ix.analysis.hazards()) {
      if (h.losses().isEmpty() && h.parent().isEmpty()) {
        out.report(
            h.id(),
            "Hazard "
                + h.id()
                + " leads to no loss; a hazard is a state that can"
                + " lead to a loss, so name the losses it can lead to.");
      }
    }
  }

  static void subHazardLosses(Index ix, Reporter out) {
    for (Hazard h : ix.analysis.hazards()) {
      Hazard parent = h.parent().isPresent() ? ix.hazard(h.parent().get()) : null;
      if (parent == null || parent == h || parent.losses().isEmpty()) {
        continue;
      }
      boolean parentResolved = true;
      for (LossId l : parent.losses()) {
        parentResolved &= ix.defines(l);
      }
      if (!parentResolved) {
        continue; // the dangling reference is reported; inclusion cannot be judged
      }
      for (LossId l : h.losses()) {
        if (ix.defines(l) && !parent.losses().contains(l)) {
          out.report(
              h.id(),
              "Hazard "
                  + h.id()
                  + " leads to loss "
                  + l
                  + " but its parent hazard "
                  + parent.id()
                  + " does not; a sub-hazard's losses are among its parent's.");
        }
      }
    }
  }

  /** Every id that some holder names: what a rule "every X is named by some Y" looks up. */
  private static <H, T> Set<T> named(
      List<H> holders, Function<? super H, ? extends Collection<T>> names) {
    int count = 0;
    for (H h : holders) {
      count += names.apply(h).size();
    }
    Set<T> all = new HashSet<>(Index.capacity(count));
    for (H h : holders) {
      all.addAll(names.apply(h));
    }
    return all;
  }

  static void lossReached(Index ix, Reporter out) {
    Set<LossId> reached = named(ix.analysis.hazards(), Hazard::losses);
    for (var l : ix.analysis.losses()) {
      if (!reached.contains(l.id())) {
        out.report(
            l.id(),
            "No hazard leads to loss "
                + l.id()
                + "; name the hazard (the system"
                + " state) that led to it.");
      }
    }
  }

  static void hazardConstrained(Index ix, Reporter out) {
    Set<HazardId> constrained = named(ix.analysis.constraints(), SafetyConstraint::hazards);
    for (Hazard h : ix.analysis.hazards()) {
      if (!constrained.contains(h.id())) {
        out.report(
            h.id(),
            "No safety constraint addresses hazard "
                + h.id()
                + "; state what must"
                + " hold to prevent it or limit its effect.");
      }
    }
  }

  static void constraintAddressesHazard(Index ix, Reporter out) {
    for (SafetyConstraint c : ix.analysis.constraints()) {
      if (c.hazards().isEmpty() && c.parent().isEmpty()) {
        out.report(
            c.id(),
            "Safety constraint "
                + c.id()
                + " addresses no hazard; name the"
                + " hazards it prevents or mitigates, or make it refine another constraint.");
      }
    }
  }

  // ------------------------------------------------------------------------- timeline: CAST-T001

  static void timelineInOrder(Index ix, Reporter out) {
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

  // -------------------------------------------------------------- control structure: S001..S004

  static void feedbackForEveryAction(Index ix, Reporter out) {
    for (Index.Structure st : ix.structures) {
      for (ControlLink l : st.structure.links()) {
        if (l.kind() != LinkKind.CONTROL_ACTION
            || l.status() == LinkStatus.MISSING
            || !st.components.containsKey(l.source())
            || !st.components.containsKey(l.target())) {
          continue;
        }
        if (!st.feedback.containsKey(List.of(l.target(), l.source()))) {
          out.report(
              l.id(),
              "Control action "
                  + l.id()
                  + " from "
                  + l.source()
                  + " to "
                  + l.target()
                  + " in control structure "
                  + st.structure.id()
                  + " has no feedback"
                  + " link from "
                  + l.target()
                  + " back to "
                  + l.source()
                  + "; every control loop"
                  + " needs feedback. If the feedback did not exist at the time, add it with status"
                  + " MISSING.");
        }
      }
    }
  }

  static void brokenLinks(Index ix, Reporter out) {
    for (Index.Structure st : ix.structures) {
      for (ControlLink l : st.structure.links()) {
        String state;
        switch (l.status()) {
          case MISSING:
            state = "missing: it did not exist";
            break;
          case INOPERABLE:
            state = "inoperable: it existed but did not work";
            break;
          case DEGRADED:
            state = "degraded: it worked late, partially or with wrong information";
            break;
          default:
            continue;
        }
        out.report(
            l.id(),
            "Link "
                + l.id()
                + " ("
                + words(l.kind())
                + " from "
                + l.source()
                + " to "
                + l.target()
                + ") in control structure "
                + st.structure.id()
                + " is marked "
                + state
                + " at the time of the loss.");
      }
    }
  }

  private static String words(LinkKind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  static void responsibilityServes(Index ix, Reporter out) {
    for (Map.Entry<ResponsibilityId, Index.Holders> e : ix.responsibilities.entrySet()) {
      if (!e.getValue().serving()) {
        out.report(
            e.getKey(),
            "Responsibility "
                + e.getKey()
                + " of "
                + owners(e.getValue().all())
                + " serves no safety constraint; name the constraints it enforces.");
      }
    }
  }

  static void controllerResponsible(Index ix, Reporter out) {
    for (Map.Entry<ComponentId, Boolean> e : ix.components.entrySet()) {
      if (e.getValue() && !ix.componentsWithResponsibilities.contains(e.getKey())) {
        out.report(
            e.getKey(),
            "Controller "
                + e.getKey()
                + " has no responsibility; a controller"
                + " holds responsibility for enforcing some safety constraint.");
      }
    }
  }

  private static String owners(Set<ComponentId> owners) {
    List<String> ids = sortedIds(owners);
    return (ids.size() == 1 ? "component " : "components ") + String.join(", ", ids);
  }

  private static List<String> sortedIds(Collection<? extends ElementId> ids) {
    List<String> values = new ArrayList<>(ids.size());
    for (ElementId id : ids) {
      values.add(id.value());
    }
    values.sort(Ids::compareNatural);
    return values;
  }

  // ------------------------------------------------------------ component analyses: A001..A003

  static void controllerAnalysed(Index ix, Reporter out) {
    if (ix.componentAnalyses.isEmpty()) {
      return;
    }
    for (Map.Entry<ComponentId, Boolean> e : ix.components.entrySet()) {
      if (e.getValue() && !ix.componentAnalyses.containsKey(e.getKey())) {
        out.report(
            e.getKey(),
            "Controller "
                + e.getKey()
                + " has no step-3 analysis; step 3"
                + " analyses every controller in the control structure.");
      }
    }
  }

  static void contributionContext(Index ix, Reporter out) {
    for (ComponentAnalysis ca : ix.analysis.componentAnalyses()) {
      for (Contribution c : ca.contributions()) {
        if (c.context().isEmpty()) {
          out.report(
              c.id(),
              "Contribution "
                  + c.id()
                  + " of component "
                  + ca.component()
                  + " does not say why it made sense at the time; record the context.");
        }
      }
    }
  }

  static void ownResponsibilities(Index ix, Reporter out) {
    for (ComponentAnalysis ca : ix.analysis.componentAnalyses()) {
      ComponentId cid = ca.component();
      if (!ix.components.containsKey(cid)) {
        continue;
      }
      for (ResponsibilityId r : ca.responsibilities()) {
        Set<ComponentId> owners = foreignOwners(ix, cid, r);
        if (owners != null) {
          foreign(out, cid, cid, "The analysis of component " + cid + " lists", r, owners);
        }
      }
      for (Contribution c : ca.contributions()) {
        for (ResponsibilityId r : c.unmetResponsibilities()) {
          Set<ComponentId> owners = foreignOwners(ix, cid, r);
          if (owners != null) {
            foreign(
                out,
                c.id(),
                cid,
                "Contribution " + c.id() + " of component " + cid + " leaves unmet",
                r,
                owners);
          }
        }
      }
    }
  }

  /** The holders of a responsibility that {@code cid} does not hold, or null. */
  private static Set<ComponentId> foreignOwners(Index ix, ComponentId cid, ResponsibilityId r) {
    Index.Holders holders = ix.responsibilities.get(r);
    return holders != null && !holders.holds(cid) ? holders.all() : null;
  }

  private static void foreign(
      Reporter out,
      ElementId holder,
      ComponentId cid,
      String subject,
      ResponsibilityId r,
      Set<ComponentId> owners) {
    out.report(
        holder,
        subject
            + " responsibility "
            + r
            + ", which belongs to "
            + owners(owners)
            + ", not to "
            + cid
            + ".");
  }

  // --------------------------------------------------------------- improvement program: P001..3

  static void flawAddressed(Index ix, Reporter out) {
    if (ix.analysis.recommendations().isEmpty()) {
      return;
    }
    Set<FlawId> addressed = named(ix.analysis.recommendations(), Recommendation::flaws);
    for (Flaw f : ix.analysis.flaws()) {
      if (!addressed.contains(f.id()) && f.noActionRationale().isEmpty()) {
        out.report(
            f.id(),
            "No recommendation addresses flaw "
                + f.id()
                + " and it records no"
                + " rationale for taking no action.");
      }
    }
  }

  static void recommendationAddresses(Index ix, Reporter out) {
    for (Recommendation r : ix.analysis.recommendations()) {
      if (r.flaws().isEmpty()
          && r.contributions().isEmpty()
          && r.links().isEmpty()
          && r.components().isEmpty()) {
        out.report(
            r.id(),
            "Recommendation "
                + r.id()
                + " addresses nothing; tie it to the flaws,"
                + " contributions, links or components it changes.");
      }
    }
  }

  static void rejectedHasRationale(Index ix, Reporter out) {
    for (Recommendation r : ix.analysis.recommendations()) {
      if (r.status() == RecommendationStatus.REJECTED && r.rationale().isEmpty()) {
        out.report(
            r.id(),
            "Recommendation "
                + r.id()
                + " is rejected without a rationale;"
                + " record why, so that it is not silently dropped.");
      }
    }
  }

  // --------------------------------------------------------------------- questions: Q001..Q002

  static void finalHasNoOpenQuestion(Index ix, Reporter out) {
    if (ix.analysis.status() != AnalysisStatus.FINAL) {
      return;
    }
    for (Question q : ix.analysis.questions()) {
      if (q.status() == QuestionStatus.OPEN) {
        out.report(
            q.step(),
            q.id(),
            "The analysis is marked final but question "
                + q.id()
                + " is open; answer it or record it as unanswerable.");
      }
    }
  }

  static void answeredHasAnswer(Index ix, Reporter out) {
    for (Question q : ix.analysis.questions()) {
      if (q.status() == QuestionStatus.ANSWERED && q.answer().isEmpty()) {
        out.report(
            q.step(),
            q.id(),
            "Question " + q.id() + " is marked answered but records no" + " answer.");
      }
    }
  }

  // ------------------------------------------------------------------------ wording: W001, W002

  static void blameWording(Index ix, Reporter out, PhraseMatcher words) {
    CastAnalysis a = ix.analysis;
    for (TimelineEvent e : a.timeline()) {
      wording(
          out,
          words,
          ASSEMBLE_BASIC_INFORMATION,
          e.id(),
          "Timeline event ",
          e.id(),
          "description",
          e.description());
    }
    for (ComponentAnalysis ca : a.componentAnalyses()) {
      ComponentId cid = ca.component();
      String subject = "The analysis of component ";
      if (ca.role().isPresent()) {
        wording(out, words, ANALYZE_COMPONENTS, cid, subject, cid, "role", ca.role().get());
      }
      for (ContextFactor f : ca.contextFactors()) {
        wording(out, words, ANALYZE_COMPONENTS, cid, subject, cid, "context", f.description());
      }
      for (Contribution c : ca.contributions()) {
        String cs = "Contribution ";
        wording(out, words, ANALYZE_COMPONENTS, c.id(), cs, c.id(), "description", c.description());
        if (c.context().isPresent()) {
          wording(out, words, ANALYZE_COMPONENTS, c.id(), cs, c.id(), "context", c.context().get());
        }
      }
      for (ProcessModelFlaw f : ca.processModelFlaws()) {
        String fs = "Process model flaw ";
        wording(out, words, ANALYZE_COMPONENTS, f.id(), fs, f.id(), "belief", f.believed());
        wording(out, words, ANALYZE_COMPONENTS, f.id(), fs, f.id(), "actual state", f.actual());
      }
    }
    for (Flaw f : a.flaws()) {
      wording(out, words, IDENTIFY_FLAWS, f.id(), "Flaw ", f.id(), "description", f.description());
    }
  }

  /** Reports the listed words of a text; the subject is {@code noun + subject}, as in messages. */
  private static void wording(
      Reporter out,
      PhraseMatcher words,
      CastStep step,
      ElementId id,
      String noun,
      ElementId subject,
      String field,
      String text) {
    Map<String, String> found = words.find(text);
    if (found.isEmpty()) {
      return; // most texts: no iterator either
    }
    for (String phrase : found.values()) {
      out.report(
          step,
          id,
          noun
              + subject
              + " says \""
              + phrase
              + "\" in its "
              + field
              + ": state what"
              + " happened and why it made sense at the time, without blame or hindsight.");
    }
  }

  static void failureWording(Index ix, Reporter out, PhraseMatcher words) {
    for (Hazard h : ix.analysis.hazards()) {
      for (String found : words.find(h.description()).values()) {
        out.report(
            h.id(),
            "Hazard "
                + h.id()
                + " is worded as a component failure (\""
                + found
                + "\"); a hazard is a system state that can lead to a loss, and the failure is one"
                + " of its causes.");
      }
    }
  }

  // ------------------------------------------------------------------------ step order: O001..2

  static void earlyStepsFirst(Index ix, Reporter out) {
    boolean one = ix.begun(ASSEMBLE_BASIC_INFORMATION);
    boolean two = ix.begun(MODEL_CONTROL_STRUCTURE);
    if (one && two) {
      return;
    }
    String missing = !one && !two ? "steps 1 and 2 have" : !one ? "step 1 has" : "step 2 has";
    for (CastStep step : List.of(ANALYZE_COMPONENTS, IDENTIFY_FLAWS, CREATE_IMPROVEMENT_PROGRAM)) {
      if (ix.begun(step)) {
        out.report(
            step,
            "Step "
                + step.number()
                + " ("
                + step.title()
                + ") has content while "
                + missing
                + " not begun; the Handbook starts steps 1 and 2 before the others.");
      }
    }
  }

  static void programAfterFlaws(Index ix, Reporter out) {
    if (!ix.analysis.recommendations().isEmpty()
        && ix.analysis.flaws().isEmpty()
        && ix.contributionCount == 0
        && ix.processModelFlawCount == 0) {
      out.report(
          "The analysis has recommendations but no flaw, contribution or process model"
              + " flaw has been identified yet; step 5 builds on what steps 3 and 4 found.");
    }
  }
}
