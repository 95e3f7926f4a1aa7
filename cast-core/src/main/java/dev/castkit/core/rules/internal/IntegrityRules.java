package dev.castkit.core.rules.internal;

import static dev.castkit.core.CastStep.ASSEMBLE_BASIC_INFORMATION;
import static dev.castkit.core.rules.Severity.ERROR;
import static dev.castkit.core.rules.internal.RuleKit.rule;

import dev.castkit.core.CastStep;
import dev.castkit.core.ControlStructureId;
import dev.castkit.core.ElementId;
import dev.castkit.core.internal.ReferenceGraph.Place;
import dev.castkit.core.internal.ReferenceGraph.Ref;
import dev.castkit.core.internal.model.Field;
import dev.castkit.core.internal.model.IdKind;
import dev.castkit.core.rules.Rule;
import dev.castkit.core.rules.Rule.Reporter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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

  static final Rule I001 =
      rule(
          "CAST-I001",
          ERROR,
          ASSEMBLE_BASIC_INFORMATION,
          "every reference resolves",
          IntegrityRules::references);

  /**
   * What a reference field says, in the words of a finding ("Hazard H-1 leads to loss L-9"), by
   * {@code Type.field}. A reference field not listed here still has its references checked: its
   * findings say "refers to".
   */
  private static final Map<String, String> RELATION =
      Map.ofEntries(
          Map.entry("Hazard.losses", "leads to loss"),
          Map.entry("Hazard.parent", "refines hazard"),
          Map.entry("SafetyConstraint.hazards", "addresses hazard"),
          Map.entry("SafetyConstraint.parent", "refines safety constraint"),
          Map.entry("TimelineEvent.components", "involves component"),
          Map.entry("TimelineEvent.questions", "raises question"),
          Map.entry("Component.parent", "is part of component"),
          Map.entry("Responsibility.constraints", "serves safety constraint"),
          Map.entry("ControlLink.source", "starts at component"),
          Map.entry("ControlLink.target", "ends at component"),
          Map.entry("ComponentAnalysis.responsibilities", "lists responsibility"),
          Map.entry("ComponentAnalysis.questions", "raises question"),
          Map.entry("Contribution.hazards", "contributes to hazard"),
          Map.entry("Contribution.events", "appears in timeline event"),
          Map.entry("Contribution.unmetResponsibilities", "leaves unmet responsibility"),
          Map.entry("Flaw.components", "involves component"),
          Map.entry("Flaw.links", "involves link"),
          Map.entry("Recommendation.flaws", "addresses flaw"),
          Map.entry("Recommendation.contributions", "addresses contribution"),
          Map.entry("Recommendation.links", "changes link"),
          Map.entry("Recommendation.components", "changes component"),
          Map.entry("TimelineEvent.after", "follows timeline event"),
          Map.entry("Milestone.event", "has a milestone marked by timeline event"),
          Map.entry("Component.group", "is in group"),
          Map.entry("Group.parent", "is part of group"));

  /**
   * One walk over every reference of the graph, whatever its field: a reference resolves when an
   * element of the kind it names has the id, within the holder's control structure for ids unique
   * per structure (see {@link Index#resolves}).
   */
  private static void references(Index ix, Reporter out) {
    for (Ref r : ix.graph.refs()) {
      Place holder = r.holder();
      if (r.target() == null) {
        if (!ix.defines(r.value())) {
          out.report(
              holder.step(),
              holder.id(),
              holder.kind().title()
                  + " "
                  + holder.id()
                  + " is about '"
                  + r.value()
                  + "', which is the id of no element of the analysis.");
        }
        continue;
      }
      if (ix.resolves(holder, r.target())) {
        continue;
      }
      IdKind named = r.kind();
      String where =
          named.scope() == IdKind.Scope.ANALYSIS
              ? ", which does not exist."
              : holder.structure() != null
                  ? ", which is not in that structure."
                  : named == IdKind.RESPONSIBILITY
                      ? ", which no component holds."
                      : ", which is in no control structure.";
      String sentence;
      if (holder.kind() == null && r.field() == holder.type().key()) {
        // The element is known by the reference (a component analysis by its component).
        sentence = "The step-3 analysis is of " + named.noun() + " " + r.target() + where;
      } else {
        String relation =
            RELATION.getOrDefault(
                r.field().owner().name() + "." + r.field().name(), "refers to " + named.noun());
        sentence = subject(holder) + " " + relation + " " + r.target() + where;
      }
      out.report(holder.step(), holder.id(), sentence);
    }
  }

  /** The holder of a reference, as a finding names it: "Link L-1 in control structure CS-1". */
  private static String subject(Place p) {
    if (p.kind() == null) {
      return "The analysis of " + IdKind.of(p.id()).noun() + " " + p.id();
    }
    String s = p.kind().title() + " " + p.id();
    if (p.structure() != null) {
      s += (p.owner() != null ? " of component " + p.owner() : "") + " in control structure ";
      s += p.structure();
    }
    return s;
  }

  static final Rule I002 =
      rule(
          "CAST-I002",
          ERROR,
          ASSEMBLE_BASIC_INFORMATION,
          "ids are unique across the whole analysis",
          IntegrityRules::uniqueIds);

  private static void uniqueIds(Index ix, Reporter out) {
    for (Map.Entry<String, List<Place>> e : ix.repeated().entrySet()) {
      List<Place> occurrences = e.getValue();
      if (!conflict(occurrences)) {
        continue;
      }
      TreeSet<String> where = new TreeSet<>();
      CastStep step = CastStep.CREATE_IMPROVEMENT_PROGRAM;
      for (Place o : occurrences) {
        where.add(Index.where(o));
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

  private static boolean conflict(List<Place> occurrences) {
    IdKind kind = occurrences.get(0).kind();
    if (kind.scope() != IdKind.Scope.CONTROL_STRUCTURE) {
      return true;
    }
    Set<ControlStructureId> structures = new HashSet<>();
    for (Place o : occurrences) {
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
          "chains of parents and of events that follow others have no cycle",
          IntegrityRules::noCycles);

  /**
   * The words of a chain by the field that links it: the finding's subject, where {@code %s} is the
   * element ("hazard H-1"), and what ends a chain. A chain field not listed here (a new one) is
   * named by its field.
   */
  private static final Map<String, String[]> CHAIN =
      Map.of(
          "parent",
          new String[] {
            "The parent chain of %s", "A parent chain must end at an element with no parent."
          },
          "after",
          new String[] {
            "The chain of events that %s follows",
            "Each event follows one that happened before it, so the chain must end at an event"
                + " that follows none."
          });

  /**
   * Every chain the model describes, whatever its field: a single-valued reference from an element
   * to an element of its own kind (a hazard's, a constraint's, a component's and a group's parent,
   * a timeline event's {@code after}). Chains of an id unique per control structure are followed
   * within the holder's structure. A reference that does not resolve ends its chain (CAST-I001
   * reports it).
   */
  private static void noCycles(Index ix, Reporter out) {
    Map<List<Object>, Map<ElementId, ElementId>> chains = new LinkedHashMap<>();
    Map<List<Object>, Place> holders = new HashMap<>();
    for (Ref r : ix.graph.refs()) {
      Place holder = r.holder();
      Field f = r.field();
      if (f.shape().isCollection()
          || holder.kind() == null
          || r.kind() != holder.kind()
          || f.owner() != holder.type()
          || !ix.resolves(holder, r.target())) {
        continue;
      }
      List<Object> chain = Arrays.asList(f, holder.structure());
      chains.computeIfAbsent(chain, k -> new HashMap<>()).put(holder.id(), r.target());
      holders.putIfAbsent(chain, holder);
    }
    for (Map.Entry<List<Object>, Map<ElementId, ElementId>> e : chains.entrySet()) {
      Place holder = holders.get(e.getKey());
      Field f = (Field) e.getKey().get(0);
      String[] words =
          CHAIN.getOrDefault(
              f.name(),
              new String[] {
                "The " + f.name() + " chain of %s",
                "A " + f.name() + " chain must end at an element with no " + f.name() + "."
              });
      reportCycles(
          out,
          holder.step(),
          holder.kind().noun(),
          holder.structure() != null ? " in control structure " + holder.structure() : "",
          words,
          e.getValue());
    }
  }

  private static void reportCycles(
      Reporter out,
      CastStep step,
      String noun,
      String in,
      String[] words,
      Map<ElementId, ElementId> parentOf) {
    for (List<ElementId> cycle : Cycles.find(parentOf)) {
      StringBuilder chain = new StringBuilder();
      for (ElementId id : cycle) {
        chain.append(id).append(" -> ");
      }
      chain.append(cycle.get(0));
      out.report(
          step,
          cycle.get(0),
          String.format(Locale.ROOT, words[0], noun + " " + cycle.get(0) + in)
              + " loops back to it: "
              + chain
              + ". "
              + words[1]);
    }
  }
}
