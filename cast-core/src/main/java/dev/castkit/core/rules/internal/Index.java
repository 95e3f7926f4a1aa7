package dev.castkit.core.rules.internal;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastStep;
import dev.castkit.core.Component;
import dev.castkit.core.ComponentAnalysis;
import dev.castkit.core.ComponentId;
import dev.castkit.core.ConstraintId;
import dev.castkit.core.Contribution;
import dev.castkit.core.ContributionId;
import dev.castkit.core.ControlLink;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.ElementId;
import dev.castkit.core.EventId;
import dev.castkit.core.Flaw;
import dev.castkit.core.FlawId;
import dev.castkit.core.Hazard;
import dev.castkit.core.HazardId;
import dev.castkit.core.LinkId;
import dev.castkit.core.LinkKind;
import dev.castkit.core.Loss;
import dev.castkit.core.LossId;
import dev.castkit.core.ProcessModelFlaw;
import dev.castkit.core.Question;
import dev.castkit.core.QuestionId;
import dev.castkit.core.Recommendation;
import dev.castkit.core.RecommendationId;
import dev.castkit.core.Responsibility;
import dev.castkit.core.ResponsibilityId;
import dev.castkit.core.SafetyConstraint;
import dev.castkit.core.TimelineEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every element of an analysis indexed once in hash maps, so that each rule runs in time linear in
 * the size of the analysis. Built once per check and shared by the standard rules. Not API.
 */
public final class Index {

  /** Where an id is defined: its kind, its structure (for structure elements) and a description. */
  public record Occurrence(
      ElementId id, Kind kind, String structure, String where, CastStep step) {}

  /** One control structure's components and feedback links. */
  public static final class Structure {
    final ControlStructure structure;
    final Map<ComponentId, Component> components = new HashMap<>();

    /** Feedback links by (source, target). */
    final Map<List<ComponentId>, List<ControlLink>> feedback = new HashMap<>();

    Structure(ControlStructure structure) {
      this.structure = structure;
      for (Component c : structure.components()) {
        components.put(c.id(), c);
      }
      for (ControlLink l : structure.links()) {
        if (l.kind() == LinkKind.FEEDBACK) {
          feedback.computeIfAbsent(List.of(l.source(), l.target()), k -> new ArrayList<>()).add(l);
        }
      }
    }
  }

  final CastAnalysis analysis;
  final Map<LossId, Loss> losses = new HashMap<>();
  final Map<HazardId, Hazard> hazards = new HashMap<>();
  final Map<ConstraintId, SafetyConstraint> constraints = new HashMap<>();
  final Map<EventId, TimelineEvent> events = new HashMap<>();
  final Map<QuestionId, Question> questions = new HashMap<>();
  final Map<FlawId, Flaw> flaws = new HashMap<>();
  final Map<RecommendationId, Recommendation> recommendations = new HashMap<>();
  final List<Structure> structures = new ArrayList<>();

  /** Every component id of any structure: true when it is a controller in at least one. */
  final Map<ComponentId, Boolean> components = new HashMap<>();

  /** Every responsibility id: the components that hold it, in any structure. */
  final Map<ResponsibilityId, Set<ComponentId>> responsibilityOwners = new HashMap<>();

  /** The components that hold at least one responsibility in at least one structure. */
  final Set<ComponentId> componentsWithResponsibilities = new HashSet<>();

  /** The responsibilities that name a constraint in at least one structure. */
  final Set<ResponsibilityId> responsibilitiesServing = new HashSet<>();

  final Set<LinkId> links = new HashSet<>();
  final Map<ComponentId, ComponentAnalysis> componentAnalyses = new HashMap<>();
  final Set<ContributionId> contributions = new HashSet<>();
  int processModelFlawCount;

  /** Every id defined anywhere, with where it is defined. */
  final Map<String, List<Occurrence>> ids = new HashMap<>();

  /** Indexes an analysis. */
  public Index(CastAnalysis analysis) {
    this.analysis = analysis;
    define(
        analysis.id(), Kind.ANALYSIS, null, "the analysis " + analysis.id(), Kind.ANALYSIS.step());
    for (Loss l : analysis.losses()) {
      losses.put(l.id(), l);
      define(l.id(), Kind.LOSS);
    }
    for (Hazard h : analysis.hazards()) {
      hazards.put(h.id(), h);
      define(h.id(), Kind.HAZARD);
    }
    for (SafetyConstraint c : analysis.constraints()) {
      constraints.put(c.id(), c);
      define(c.id(), Kind.CONSTRAINT);
    }
    for (TimelineEvent e : analysis.timeline()) {
      events.put(e.id(), e);
      define(e.id(), Kind.EVENT);
    }
    for (Question q : analysis.questions()) {
      questions.put(q.id(), q);
      define(q.id(), Kind.QUESTION, null, "question " + q.id(), q.step());
    }
    for (ControlStructure cs : analysis.controlStructures()) {
      structures.add(new Structure(cs));
      String sid = cs.id().value();
      define(cs.id(), Kind.CONTROL_STRUCTURE);
      for (Component c : cs.components()) {
        components.merge(c.id(), c.kind().isController(), Boolean::logicalOr);
        define(
            c.id(),
            Kind.COMPONENT,
            sid,
            "component " + c.id() + " in control structure " + sid,
            Kind.COMPONENT.step());
        if (!c.responsibilities().isEmpty()) {
          componentsWithResponsibilities.add(c.id());
        }
        for (Responsibility r : c.responsibilities()) {
          responsibilityOwners.computeIfAbsent(r.id(), k -> new HashSet<>()).add(c.id());
          if (!r.constraints().isEmpty()) {
            responsibilitiesServing.add(r.id());
          }
          define(
              r.id(),
              Kind.RESPONSIBILITY,
              sid,
              "responsibility "
                  + r.id()
                  + " of component "
                  + c.id()
                  + " in control structure "
                  + sid,
              Kind.RESPONSIBILITY.step());
        }
      }
      for (ControlLink l : cs.links()) {
        links.add(l.id());
        define(
            l.id(),
            Kind.LINK,
            sid,
            "link " + l.id() + " in control structure " + sid,
            Kind.LINK.step());
      }
    }
    for (ComponentAnalysis ca : analysis.componentAnalyses()) {
      componentAnalyses.put(ca.component(), ca);
      for (Contribution c : ca.contributions()) {
        contributions.add(c.id());
        define(
            c.id(),
            Kind.CONTRIBUTION,
            null,
            "contribution " + c.id() + " in the analysis of component " + ca.component(),
            Kind.CONTRIBUTION.step());
      }
      for (ProcessModelFlaw f : ca.processModelFlaws()) {
        processModelFlawCount++;
        define(
            f.id(),
            Kind.PROCESS_MODEL_FLAW,
            null,
            "process model flaw " + f.id() + " in the analysis of component " + ca.component(),
            Kind.PROCESS_MODEL_FLAW.step());
      }
    }
    for (Flaw f : analysis.flaws()) {
      flaws.put(f.id(), f);
      define(f.id(), Kind.FLAW);
    }
    for (Recommendation r : analysis.recommendations()) {
      recommendations.put(r.id(), r);
      define(r.id(), Kind.RECOMMENDATION);
    }
  }

  private void define(ElementId id, Kind kind) {
    define(id, kind, null, kind.noun() + " " + id, kind.step());
  }

  private void define(ElementId id, Kind kind, String structure, String where, CastStep step) {
    ids.computeIfAbsent(id.value(), k -> new ArrayList<>(1))
        .add(new Occurrence(id, kind, structure, where, step));
  }

  /** Whether a step has any content. */
  boolean begun(CastStep step) {
    switch (step) {
      case ASSEMBLE_BASIC_INFORMATION:
        return analysis.system().isPresent()
            || !analysis.losses().isEmpty()
            || !analysis.hazards().isEmpty()
            || !analysis.constraints().isEmpty()
            || !analysis.timeline().isEmpty()
            || analysis.processAnalysis().isPresent();
      case MODEL_CONTROL_STRUCTURE:
        return !analysis.controlStructures().isEmpty();
      case ANALYZE_COMPONENTS:
        return !analysis.componentAnalyses().isEmpty();
      case IDENTIFY_FLAWS:
        return !analysis.flaws().isEmpty();
      case CREATE_IMPROVEMENT_PROGRAM:
        return !analysis.recommendations().isEmpty();
      default:
        throw new IllegalStateException("unknown step " + step);
    }
  }

  /** Whether any element of any kind has this id. */
  boolean defines(String id) {
    return ids.containsKey(id);
  }
}
