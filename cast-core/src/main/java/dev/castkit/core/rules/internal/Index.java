package dev.castkit.core.rules.internal;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastStep;
import dev.castkit.core.Component;
import dev.castkit.core.ComponentAnalysis;
import dev.castkit.core.ComponentId;
import dev.castkit.core.Contribution;
import dev.castkit.core.ControlLink;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.ElementId;
import dev.castkit.core.Flaw;
import dev.castkit.core.Hazard;
import dev.castkit.core.HazardId;
import dev.castkit.core.LinkKind;
import dev.castkit.core.Loss;
import dev.castkit.core.ProcessModelFlaw;
import dev.castkit.core.Question;
import dev.castkit.core.Recommendation;
import dev.castkit.core.Responsibility;
import dev.castkit.core.ResponsibilityId;
import dev.castkit.core.SafetyConstraint;
import dev.castkit.core.TimelineEvent;
import java.util.ArrayList;
import java.util.Collection;
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

  /**
   * Where an id is defined: its kind, its structure (for structure elements), the component it
   * belongs to (for responsibilities and what a component analysis defines), and the step. The
   * other definitions of the same id follow in {@link #next()}, in the order of the analysis.
   */
  public static final class Occurrence {
    private final ElementId id;
    private final Kind kind;
    private final String structure;
    private final ComponentId owner;
    private final CastStep step;
    private final Object element;
    private Occurrence next;

    Occurrence(
        ElementId id,
        Kind kind,
        String structure,
        ComponentId owner,
        CastStep step,
        Object element) {
      this.id = id;
      this.element = element;
      this.kind = kind;
      this.structure = structure;
      this.owner = owner;
      this.step = step;
    }

    ElementId id() {
      return id;
    }

    Kind kind() {
      return kind;
    }

    String structure() {
      return structure;
    }

    CastStep step() {
      return step;
    }

    /** The next definition of the same id, or null. */
    Occurrence next() {
      return next;
    }

    /** The element in words, for messages: "component C-1 in control structure CS-1". */
    String where() {
      switch (kind) {
        case ANALYSIS:
          return "the analysis " + id;
        case COMPONENT:
        case LINK:
          return kind.noun() + " " + id + " in control structure " + structure;
        case RESPONSIBILITY:
          return "responsibility "
              + id
              + " of component "
              + owner
              + " in control structure "
              + structure;
        case CONTRIBUTION:
        case PROCESS_MODEL_FLAW:
          return kind.noun() + " " + id + " in the analysis of component " + owner;
        default:
          return kind.noun() + " " + id;
      }
    }
  }

  /** One control structure's components and feedback links. */
  public static final class Structure {
    final ControlStructure structure;
    final Map<ComponentId, Component> components;

    /** Feedback links by (source, target). */
    final Map<List<ComponentId>, List<ControlLink>> feedback = new HashMap<>();

    Structure(ControlStructure structure) {
      this.structure = structure;
      this.components = new HashMap<>(capacity(structure.components().size()));
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
  final List<Structure> structures;

  /** Every component id of any structure: true when it is a controller in at least one. */
  final Map<ComponentId, Boolean> components;

  /** Every responsibility id: the components that hold it, in any structure. */
  final Map<ResponsibilityId, Set<ComponentId>> responsibilityOwners;

  /** The components that hold at least one responsibility in at least one structure. */
  final Set<ComponentId> componentsWithResponsibilities;

  /** The responsibilities that name a constraint in at least one structure. */
  final Set<ResponsibilityId> responsibilitiesServing;

  final Map<ComponentId, ComponentAnalysis> componentAnalyses;
  int contributionCount;
  int processModelFlawCount;

  /** Every id defined anywhere: its first definition, which links to the others. */
  final Map<String, Occurrence> ids;

  /** Indexes an analysis. */
  public Index(CastAnalysis analysis) {
    this.analysis = analysis;
    int componentCount = 0;
    int responsibilityCount = 0;
    int linkCount = 0;
    for (ControlStructure cs : analysis.controlStructures()) {
      componentCount += cs.components().size();
      linkCount += cs.links().size();
      for (Component c : cs.components()) {
        responsibilityCount += c.responsibilities().size();
      }
    }
    int analysedCount = 0;
    for (ComponentAnalysis ca : analysis.componentAnalyses()) {
      analysedCount += ca.contributions().size() + ca.processModelFlaws().size();
    }
    this.ids =
        new HashMap<>(
            capacity(
                1
                    + analysis.losses().size()
                    + analysis.hazards().size()
                    + analysis.constraints().size()
                    + analysis.timeline().size()
                    + analysis.questions().size()
                    + analysis.controlStructures().size()
                    + componentCount
                    + responsibilityCount
                    + linkCount
                    + analysedCount
                    + analysis.flaws().size()
                    + analysis.recommendations().size()));
    this.structures = new ArrayList<>(analysis.controlStructures().size());
    this.components = new HashMap<>(capacity(componentCount));
    this.responsibilityOwners = new HashMap<>(capacity(responsibilityCount));
    this.componentsWithResponsibilities = new HashSet<>(capacity(componentCount));
    this.responsibilitiesServing = new HashSet<>(capacity(responsibilityCount));
    this.componentAnalyses = new HashMap<>(capacity(analysis.componentAnalyses().size()));

    define(
        new Occurrence(analysis.id(), Kind.ANALYSIS, null, null, Kind.ANALYSIS.step(), analysis));
    for (Loss l : analysis.losses()) {
      define(l.id(), Kind.LOSS, l);
    }
    for (Hazard h : analysis.hazards()) {
      define(h.id(), Kind.HAZARD, h);
    }
    for (SafetyConstraint c : analysis.constraints()) {
      define(c.id(), Kind.CONSTRAINT, c);
    }
    for (TimelineEvent e : analysis.timeline()) {
      define(e.id(), Kind.EVENT, e);
    }
    for (Question q : analysis.questions()) {
      define(new Occurrence(q.id(), Kind.QUESTION, null, null, q.step(), q));
    }
    for (ControlStructure cs : analysis.controlStructures()) {
      structures.add(new Structure(cs));
      String sid = cs.id().value();
      define(cs.id(), Kind.CONTROL_STRUCTURE, cs);
      for (Component c : cs.components()) {
        Boolean controller = c.kind().isController();
        Boolean before = components.putIfAbsent(c.id(), controller);
        if (before != null && !before && controller) {
          components.put(c.id(), true);
        }
        define(new Occurrence(c.id(), Kind.COMPONENT, sid, null, Kind.COMPONENT.step(), c));
        if (!c.responsibilities().isEmpty()) {
          componentsWithResponsibilities.add(c.id());
        }
        for (Responsibility r : c.responsibilities()) {
          Set<ComponentId> owners = responsibilityOwners.get(r.id());
          if (owners == null) {
            owners = new HashSet<>(2);
            responsibilityOwners.put(r.id(), owners);
          }
          owners.add(c.id());
          if (!r.constraints().isEmpty()) {
            responsibilitiesServing.add(r.id());
          }
          define(
              new Occurrence(
                  r.id(), Kind.RESPONSIBILITY, sid, c.id(), Kind.RESPONSIBILITY.step(), r));
        }
      }
      for (ControlLink l : cs.links()) {
        define(new Occurrence(l.id(), Kind.LINK, sid, null, Kind.LINK.step(), l));
      }
    }
    for (ComponentAnalysis ca : analysis.componentAnalyses()) {
      componentAnalyses.put(ca.component(), ca);
      for (Contribution c : ca.contributions()) {
        contributionCount++;
        define(
            new Occurrence(
                c.id(), Kind.CONTRIBUTION, null, ca.component(), Kind.CONTRIBUTION.step(), c));
      }
      for (ProcessModelFlaw f : ca.processModelFlaws()) {
        processModelFlawCount++;
        define(
            new Occurrence(
                f.id(),
                Kind.PROCESS_MODEL_FLAW,
                null,
                ca.component(),
                Kind.PROCESS_MODEL_FLAW.step(),
                f));
      }
    }
    for (Flaw f : analysis.flaws()) {
      define(f.id(), Kind.FLAW, f);
    }
    for (Recommendation r : analysis.recommendations()) {
      define(r.id(), Kind.RECOMMENDATION, r);
    }
  }

  /** The initial capacity of a hash map that holds {@code n} entries without growing. */
  static int capacity(int n) {
    return (int) (n / 0.75f) + 1;
  }

  private void define(ElementId id, Kind kind, Object element) {
    define(new Occurrence(id, kind, null, null, kind.step(), element));
  }

  private void define(Occurrence o) {
    Occurrence first = ids.putIfAbsent(o.id.value(), o);
    if (first != null) {
      Occurrence last = first;
      while (last.next != null) {
        last = last.next;
      }
      last.next = o;
    }
  }

  /** Whether an element of this kind has this id. */
  boolean defines(Kind kind, ElementId id) {
    for (Occurrence o = ids.get(id.value()); o != null; o = o.next) {
      if (o.kind == kind) {
        return true;
      }
    }
    return false;
  }

  /** Whether elements of this kind have all these ids. */
  boolean definesAll(Kind kind, Collection<? extends ElementId> ids) {
    for (ElementId id : ids) {
      if (!defines(kind, id)) {
        return false;
      }
    }
    return true;
  }

  /** The hazard with this id, or null; the last one when several have it. */
  Hazard hazard(HazardId id) {
    Hazard found = null;
    for (Occurrence o = ids.get(id.value()); o != null; o = o.next) {
      if (o.kind == Kind.HAZARD) {
        found = (Hazard) o.element;
      }
    }
    return found;
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
