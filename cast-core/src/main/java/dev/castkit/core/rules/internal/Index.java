package dev.castkit.core.rules.internal;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastStep;
import dev.castkit.core.Component;
import dev.castkit.core.ComponentAnalysis;
import dev.castkit.core.ComponentId;
import dev.castkit.core.ControlLink;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.ControlStructureId;
import dev.castkit.core.ElementId;
import dev.castkit.core.Hazard;
import dev.castkit.core.HazardId;
import dev.castkit.core.LinkKind;
import dev.castkit.core.Responsibility;
import dev.castkit.core.ResponsibilityId;
import dev.castkit.core.internal.ReferenceGraph;
import dev.castkit.core.internal.ReferenceGraph.Place;
import dev.castkit.core.internal.model.IdKind;
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

  /** Where an id is defined, in words for messages: "component C-1 in control structure CS-1". */
  static String where(Place p) {
    IdKind kind = p.kind();
    if (kind == IdKind.ANALYSIS) {
      return "the analysis " + p.id();
    }
    StringBuilder sb = new StringBuilder(kind.noun()).append(' ').append(p.id());
    if (p.owner() != null) {
      sb.append(p.structure() != null ? " of component " : " in the analysis of component ");
      sb.append(p.owner());
    }
    if (p.structure() != null) {
      sb.append(" in control structure ").append(p.structure());
    }
    return sb.toString();
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

  /** The elements and references of the analysis, walked once from the model's description. */
  final ReferenceGraph graph;

  final List<Structure> structures;
  private final Map<ControlStructureId, Structure> structuresById = new HashMap<>();

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
    for (ControlStructure cs : analysis.controlStructures()) {
      componentCount += cs.components().size();
      for (Component c : cs.components()) {
        responsibilityCount += c.responsibilities().size();
      }
    }
    this.graph = ReferenceGraph.of(analysis);
    this.ids = new IdTable(graph.places().size());
    this.structures = new ArrayList<>(analysis.controlStructures().size());
    this.components = new HashMap<>(capacity(componentCount));
    this.responsibilities = new HashMap<>(capacity(responsibilityCount));
    this.componentsWithResponsibilities = new HashSet<>(capacity(componentCount));
    this.componentAnalyses = new HashMap<>(capacity(analysis.componentAnalyses().size()));

    for (Place p : graph.places()) {
      ids.add(p.id());
    }
    for (ControlStructure cs : analysis.controlStructures()) {
      Structure st = new Structure(cs);
      structures.add(st);
      structuresById.putIfAbsent(cs.id(), st);
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

  /**
   * Every id defined more than once, with its definitions in the order of the analysis. Reads the
   * graph's places again, which only an analysis with a repeated id needs.
   */
  Map<String, List<Place>> repeated() {
    Map<String, List<Place>> repeated = new LinkedHashMap<>();
    if (!ids.repeated()) {
      return repeated;
    }
    ids.forEachRepeated((key, all) -> repeated.put(key, new ArrayList<>(all.length)));
    for (Place p : graph.places()) {
      List<Place> list = repeated.get(p.id().value());
      if (list != null) {
        list.add(p);
      }
    }
    return repeated;
  }

  /**
   * Whether the id names an element where a reference from {@code holder} looks for it: within the
   * holder's control structure for an id unique per structure (a component's parent, a link's
   * ends), else anywhere in the analysis.
   */
  boolean resolves(Place holder, ElementId target) {
    ControlStructureId in = holder.structure();
    if (in == null || IdKind.of(target).scope() != IdKind.Scope.CONTROL_STRUCTURE) {
      return defines(target);
    }
    Structure st = structuresById.get(in);
    return st != null && target instanceof ComponentId c
        ? st.components.containsKey(c)
        : graph.definesIn(target, in);
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
