package dev.castkit.core.rules.internal;

import static dev.castkit.core.CastStep.ANALYZE_COMPONENTS;
import static dev.castkit.core.CastStep.ASSEMBLE_BASIC_INFORMATION;
import static dev.castkit.core.CastStep.CREATE_IMPROVEMENT_PROGRAM;
import static dev.castkit.core.CastStep.IDENTIFY_FLAWS;
import static dev.castkit.core.CastStep.MODEL_CONTROL_STRUCTURE;
import static dev.castkit.core.rules.Severity.ERROR;
import static dev.castkit.core.rules.internal.RuleKit.rule;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastStep;
import dev.castkit.core.Component;
import dev.castkit.core.ComponentAnalysis;
import dev.castkit.core.ComponentId;
import dev.castkit.core.Contribution;
import dev.castkit.core.ControlLink;
import dev.castkit.core.ElementId;
import dev.castkit.core.Flaw;
import dev.castkit.core.Hazard;
import dev.castkit.core.Question;
import dev.castkit.core.Recommendation;
import dev.castkit.core.Responsibility;
import dev.castkit.core.SafetyConstraint;
import dev.castkit.core.TimelineEvent;
import dev.castkit.core.rules.Rule;
import dev.castkit.core.rules.Rule.Reporter;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Integrity of the analysis (any step): every reference resolves, ids are unique, parent chains
 * end. CAST-I001..I003. Each rule is declared above its check; docs/rules.md explains them. Not
 * API.
 */
final class IntegrityRules {
  private IntegrityRules() {}

  /** The rules of this family, in code order. */
  static List<Rule> all() {
    return List.of(I001, I002, I003);
  }

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
  static final Rule I001 =
      rule(
          "CAST-I001",
          ERROR,
          ASSEMBLE_BASIC_INFORMATION,
          "every reference resolves",
          IntegrityRules::references);

  private static void references(Index ix, Reporter out) {
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

  static final Rule I002 =
      rule(
          "CAST-I002",
          ERROR,
          ASSEMBLE_BASIC_INFORMATION,
          "ids are unique across the whole analysis",
          IntegrityRules::uniqueIds);

  private static void uniqueIds(Index ix, Reporter out) {
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

  static final Rule I003 =
      rule(
          "CAST-I003",
          ERROR,
          ASSEMBLE_BASIC_INFORMATION,
          "parent chains of hazards, constraints and components have no cycle",
          IntegrityRules::noCycles);

  private static void noCycles(Index ix, Reporter out) {
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
}
