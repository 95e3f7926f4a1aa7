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
import dev.castkit.core.rules.Rule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every element of an analysis indexed once in hash tables, so that each rule runs in time linear
 * in the size of the analysis. Built once per check and shared by the standard rules. Not API.
 */
public final class Index {

  /**
   * Where an id is defined: its kind, its structure (for structure elements), the component it
   * belongs to (for responsibilities and what a component analysis defines), and the step.
   */
  record Occurrence(ElementId id, Kind kind, String structure, ComponentId owner, CastStep step) {

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

  /**
   * The components that hold a responsibility (nearly always one, so no set until a second), and
   * whether it names a constraint in at least one structure.
   */
  static final class Holders {
    private final ComponentId first;
    private Set<ComponentId> others;
    private boolean serving;

    Holders(ComponentId first, boolean serving) {
      this.first = first;
      this.serving = serving;
    }

    void add(ComponentId holder, boolean serves) {
      serving |= serves;
      if (!holds(holder)) {
        if (others == null) {
          others = new HashSet<>(4);
        }
        others.add(holder);
      }
    }

    boolean holds(ComponentId component) {
      return first.equals(component) || (others != null && others.contains(component));
    }

    boolean serving() {
      return serving;
    }

    /** The holders, for messages. */
    Set<ComponentId> all() {
      Set<ComponentId> all = new HashSet<>();
      all.add(first);
      if (others != null) {
        all.addAll(others);
      }
      return all;
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

  /**
   * Every responsibility id: who holds it, in any structure, and whether it serves a constraint.
   */
  final Map<ResponsibilityId, Holders> responsibilities;

  /** The components that hold at least one responsibility in at least one structure. */
  final Set<ComponentId> componentsWithResponsibilities;

  final Map<ComponentId, ComponentAnalysis> componentAnalyses;
  int contributionCount;
  int processModelFlawCount;

  /** Every id defined anywhere. */
  private final IdTable ids;

  /** The hazards by id, made when first asked for. */
  private Map<HazardId, Hazard> hazards;

  /**
   * What the checker's reporter offers: the index of the analysis under check, built once and
   * shared by every standard rule.
   */
  public interface Shared {
    /** The index of the analysis under check. */
    Index index();
  }

  /**
   * The index of {@code analysis}: the shared one when {@code out} is the checker's reporter for
   * that analysis, else a new one (a standard rule run on its own).
   */
  static Index of(CastAnalysis analysis, Rule.Reporter out) {
    if (out instanceof Shared shared && shared.index().analysis == analysis) {
      return shared.index();
    }
    if (analysis == null) {
      throw new IllegalArgumentException("a rule needs an analysis, got null");
    }
    return new Index(analysis);
  }

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
        new IdTable(
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
                + analysis.recommendations().size());
    this.structures = new ArrayList<>(analysis.controlStructures().size());
    this.components = new HashMap<>(capacity(componentCount));
    this.responsibilities = new HashMap<>(capacity(responsibilityCount));
    this.componentsWithResponsibilities = new HashSet<>(capacity(componentCount));
    this.componentAnalyses = new HashMap<>(capacity(analysis.componentAnalyses().size()));

    walk((id, kind, structure, owner, step) -> ids.add(id));
    for (ControlStructure cs : analysis.controlStructures()) {
      structures.add(new Structure(cs));
      for (Component c : cs.components()) {
        Boolean controller = c.kind().isController();
        Boolean before = components.putIfAbsent(c.id(), controller);
        if (before != null && !before && controller) {
          components.put(c.id(), true);
        }
        if (!c.responsibilities().isEmpty()) {
          componentsWithResponsibilities.add(c.id());
        }
        for (Responsibility r : c.responsibilities()) {
          Holders holders = responsibilities.get(r.id());
          if (holders == null) {
            responsibilities.put(r.id(), new Holders(c.id(), !r.constraints().isEmpty()));
          } else {
            holders.add(c.id(), !r.constraints().isEmpty());
          }
        }
      }
    }
    for (ComponentAnalysis ca : analysis.componentAnalyses()) {
      componentAnalyses.put(ca.component(), ca);
      contributionCount += ca.contributions().size();
      processModelFlawCount += ca.processModelFlaws().size();
    }
  }

  /** Receives each definition of an id. */
  private interface Definitions {
    void define(ElementId id, Kind kind, String structure, ComponentId owner, CastStep step);
  }

  /** Every definition of an id, in the order of the analysis. */
  private void walk(Definitions d) {
    d.define(analysis.id(), Kind.ANALYSIS, null, null, Kind.ANALYSIS.step());
    for (Loss l : analysis.losses()) {
      d.define(l.id(), Kind.LOSS, null, null, Kind.LOSS.step());
    }
    for (Hazard h : analysis.hazards()) {
      d.define(h.id(), Kind.HAZARD, null, null, Kind.HAZARD.step());
    }
    for (SafetyConstraint c : analysis.constraints()) {
      d.define(c.id(), Kind.CONSTRAINT, null, null, Kind.CONSTRAINT.step());
    }
    for (TimelineEvent e : analysis.timeline()) {
      d.define(e.id(), Kind.EVENT, null, null, Kind.EVENT.step());
    }
    for (Question q : analysis.questions()) {
      d.define(q.id(), Kind.QUESTION, null, null, q.step());
    }
    for (ControlStructure cs : analysis.controlStructures()) {
      String sid = cs.id().value();
      d.define(cs.id(), Kind.CONTROL_STRUCTURE, null, null, Kind.CONTROL_STRUCTURE.step());
      for (Component c : cs.components()) {
        d.define(c.id(), Kind.COMPONENT, sid, null, Kind.COMPONENT.step());
        for (Responsibility r : c.responsibilities()) {
          d.define(r.id(), Kind.RESPONSIBILITY, sid, c.id(), Kind.RESPONSIBILITY.step());
        }
      }
      for (ControlLink l : cs.links()) {
        d.define(l.id(), Kind.LINK, sid, null, Kind.LINK.step());
      }
    }
    for (ComponentAnalysis ca : analysis.componentAnalyses()) {
      for (Contribution c : ca.contributions()) {
        d.define(c.id(), Kind.CONTRIBUTION, null, ca.component(), Kind.CONTRIBUTION.step());
      }
      for (ProcessModelFlaw f : ca.processModelFlaws()) {
        d.define(
            f.id(), Kind.PROCESS_MODEL_FLAW, null, ca.component(), Kind.PROCESS_MODEL_FLAW.step());
      }
    }
    for (Flaw f : analysis.flaws()) {
      d.define(f.id(), Kind.FLAW, null, null, Kind.FLAW.step());
    }
    for (Recommendation r : analysis.recommendations()) {
      d.define(r.id(), Kind.RECOMMENDATION, null, null, Kind.RECOMMENDATION.step());
    }
  }

  /**
   * Every id defined more than once, with its definitions in the order of the analysis. Walks the
   * analysis again, which only an analysis with a repeated id needs.
   */
  Map<String, List<Occurrence>> repeated() {
    Map<String, List<Occurrence>> repeated = new LinkedHashMap<>();
    if (!ids.repeated()) {
      return repeated;
    }
    ids.forEachRepeated((key, all) -> repeated.put(key, new ArrayList<>(all.length)));
    walk(
        (id, kind, structure, owner, step) -> {
          List<Occurrence> list = repeated.get(id.value());
          if (list != null) {
            list.add(new Occurrence(id, kind, structure, owner, step));
          }
        });
    return repeated;
  }

  /** The initial capacity of a hash map that holds {@code n} entries without growing. */
  static int capacity(int n) {
    return (int) (n / 0.75f) + 1;
  }

  /** Whether an element of the id's type has this id. */
  boolean defines(ElementId id) {
    return ids.contains(id);
  }

  /** Whether elements of their types have all these ids. */
  boolean definesAll(Collection<? extends ElementId> ids) {
    for (ElementId id : ids) {
      if (!defines(id)) {
        return false;
      }
    }
    return true;
  }

  /** The hazard with this id, or null; the last one when several have it. */
  Hazard hazard(HazardId id) {
    if (hazards == null) {
      hazards = new HashMap<>(capacity(analysis.hazards().size()));
      for (Hazard h : analysis.hazards()) {
        hazards.put(h.id(), h);
      }
    }
    return hazards.get(id);
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
    return ids.contains(id);
  }
}
