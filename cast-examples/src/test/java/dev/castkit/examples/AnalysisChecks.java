package dev.castkit.examples;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.Component;
import dev.castkit.core.ComponentAnalysis;
import dev.castkit.core.ComponentId;
import dev.castkit.core.ConstraintId;
import dev.castkit.core.ContextFactor;
import dev.castkit.core.Contribution;
import dev.castkit.core.ContributionId;
import dev.castkit.core.ControlLink;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.ElementId;
import dev.castkit.core.EventId;
import dev.castkit.core.Evidence;
import dev.castkit.core.EvidenceKind;
import dev.castkit.core.Flaw;
import dev.castkit.core.FlawId;
import dev.castkit.core.Hazard;
import dev.castkit.core.HazardId;
import dev.castkit.core.LinkId;
import dev.castkit.core.Loss;
import dev.castkit.core.LossId;
import dev.castkit.core.ProcessModelFlaw;
import dev.castkit.core.Question;
import dev.castkit.core.QuestionId;
import dev.castkit.core.Recommendation;
import dev.castkit.core.Reference;
import dev.castkit.core.Responsibility;
import dev.castkit.core.ResponsibilityId;
import dev.castkit.core.SafetyConstraint;
import dev.castkit.core.TimelineEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks the analysis rules will make, written small for these tests while the rules engine is
 * built elsewhere: dangling references, ids repeated across the analysis, and blame wording. Each
 * returns a list of problems, one readable line each; empty means none.
 */
final class AnalysisChecks {
  /** The blame and hindsight words the brief forbids, matched case-insensitively. */
  static final List<String> BLAME_WORDS =
      List.of(
          "failed to",
          "should have",
          "could have",
          "careless",
          "negligent",
          "human error",
          "if only",
          "mistake",
          "fault");

  private AnalysisChecks() {}

  /** Every reference from one element to another that does not resolve. */
  static List<String> danglingReferences(CastAnalysis a) {
    List<String> problems = new ArrayList<>();
    Set<LossId> losses = ids(a.losses(), Loss::id);
    Set<HazardId> hazards = ids(a.hazards(), Hazard::id);
    Set<ConstraintId> constraints = ids(a.constraints(), SafetyConstraint::id);
    Set<EventId> events = ids(a.timeline(), TimelineEvent::id);
    Set<QuestionId> questions = ids(a.questions(), Question::id);
    Set<FlawId> flaws = ids(a.flaws(), Flaw::id);
    Set<ComponentId> components = new HashSet<>();
    Set<LinkId> links = new HashSet<>();
    Map<ComponentId, Set<ResponsibilityId>> responsibilities = new HashMap<>();
    for (ControlStructure s : a.controlStructures()) {
      Set<ComponentId> here = ids(s.components(), Component::id);
      components.addAll(here);
      for (Component c : s.components()) {
        c.parent().ifPresent(p -> expect(problems, here, p, "parent of " + c.id()));
        for (Responsibility r : c.responsibilities()) {
          responsibilities.computeIfAbsent(c.id(), k -> new HashSet<>()).add(r.id());
          r.constraints().forEach(x -> expect(problems, constraints, x, "constraint of " + r.id()));
        }
      }
      for (ControlLink l : s.links()) {
        links.add(l.id());
        expect(problems, here, l.source(), "source of " + l.id() + " in " + s.id());
        expect(problems, here, l.target(), "target of " + l.id() + " in " + s.id());
      }
    }
    Set<ContributionId> contributions = new HashSet<>();
    for (ComponentAnalysis ca : a.componentAnalyses()) {
      ca.contributions().forEach(c -> contributions.add(c.id()));
    }

    for (Hazard h : a.hazards()) {
      h.losses().forEach(x -> expect(problems, losses, x, "loss of " + h.id()));
      h.parent().ifPresent(p -> expect(problems, hazards, p, "parent of " + h.id()));
    }
    for (SafetyConstraint c : a.constraints()) {
      c.hazards().forEach(x -> expect(problems, hazards, x, "hazard of " + c.id()));
      c.parent().ifPresent(p -> expect(problems, constraints, p, "parent of " + c.id()));
    }
    for (TimelineEvent e : a.timeline()) {
      e.components().forEach(x -> expect(problems, components, x, "component of " + e.id()));
      e.questions().forEach(x -> expect(problems, questions, x, "question of " + e.id()));
    }
    Set<String> every = allIds(a).keySet();
    for (Question q : a.questions()) {
      q.about().ifPresent(x -> expect(problems, every, x, "subject of " + q.id()));
    }
    for (ComponentAnalysis ca : a.componentAnalyses()) {
      String where = "analysis of " + ca.component();
      expect(problems, components, ca.component(), where);
      Set<ResponsibilityId> own = responsibilities.getOrDefault(ca.component(), Set.of());
      ca.responsibilities().forEach(x -> expect(problems, own, x, "responsibility in " + where));
      ca.questions().forEach(x -> expect(problems, questions, x, "question in " + where));
      for (Contribution c : ca.contributions()) {
        c.hazards().forEach(x -> expect(problems, hazards, x, "hazard of " + c.id()));
        c.events().forEach(x -> expect(problems, events, x, "event of " + c.id()));
        c.unmetResponsibilities()
            .forEach(x -> expect(problems, own, x, "unmet responsibility of " + c.id()));
      }
    }
    for (Flaw f : a.flaws()) {
      f.components().forEach(x -> expect(problems, components, x, "component of " + f.id()));
      f.links().forEach(x -> expect(problems, links, x, "link of " + f.id()));
    }
    for (Recommendation r : a.recommendations()) {
      r.flaws().forEach(x -> expect(problems, flaws, x, "flaw of " + r.id()));
      r.contributions()
          .forEach(x -> expect(problems, contributions, x, "contribution of " + r.id()));
      r.links().forEach(x -> expect(problems, links, x, "link of " + r.id()));
      r.components().forEach(x -> expect(problems, components, x, "component of " + r.id()));
    }
    return problems;
  }

  /** Evidence given as a URL that is not one of the analysis' references. */
  static List<String> uncitedEvidence(CastAnalysis a) {
    List<String> problems = new ArrayList<>();
    a.timeline().forEach(e -> evidence(problems, a, e.evidence(), "evidence of " + e.id()));
    a.flaws().forEach(f -> evidence(problems, a, f.evidence(), "evidence of " + f.id()));
    return problems;
  }

  /**
   * Ids used by more than one element. A component may appear, with the same id and the same
   * responsibilities, in several control structures: that is one element shown twice.
   */
  static List<String> duplicateIds(CastAnalysis a) {
    List<String> problems = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    allIds(a, seen, problems);
    return problems;
  }

  /** Every text of the analysis that contains a blame or hindsight word, with where it is. */
  static List<String> blameWording(CastAnalysis a) {
    Map<String, String> texts = new LinkedHashMap<>();
    a.summary().ifPresent(s -> texts.put("summary", s));
    a.hazards().forEach(h -> texts.put(h.id().value(), h.description()));
    a.timeline().forEach(e -> texts.put(e.id().value(), e.description()));
    a.questions().forEach(q -> texts.put(q.id().value(), q.text() + " " + q.answer().orElse("")));
    for (ComponentAnalysis ca : a.componentAnalyses()) {
      String where = "analysis of " + ca.component();
      ca.role().ifPresent(r -> texts.put(where + " role", r));
      for (Contribution c : ca.contributions()) {
        texts.put(c.id().value(), c.description() + " " + c.context().orElse(""));
      }
      for (ProcessModelFlaw f : ca.processModelFlaws()) {
        texts.put(f.id().value(), f.believed() + " " + f.actual());
      }
      int n = 0;
      for (ContextFactor f : ca.contextFactors()) {
        texts.put(where + " context " + ++n, f.description());
      }
    }
    a.flaws()
        .forEach(
            f ->
                texts.put(
                    f.id().value(), f.description() + " " + f.noActionRationale().orElse("")));
    a.recommendations()
        .forEach(r -> texts.put(r.id().value(), r.text() + " " + r.rationale().orElse("")));
    List<String> problems = new ArrayList<>();
    texts.forEach(
        (where, text) -> {
          String lower = text.toLowerCase(Locale.ROOT);
          for (String word : BLAME_WORDS) {
            if (lower.contains(word)) {
              problems.add(where + " says '" + word + "': " + text);
            }
          }
        });
    return problems;
  }

  private static Map<String, String> allIds(CastAnalysis a) {
    Map<String, String> seen = new HashMap<>();
    allIds(a, seen, new ArrayList<>());
    return seen;
  }

  private static void allIds(CastAnalysis a, Map<String, String> seen, List<String> problems) {
    int[] unique = {0};
    java.util.function.BiConsumer<ElementId, String> single =
        (id, kind) -> claim(seen, problems, id, kind + "#" + unique[0]++);
    single.accept(a.id(), "analysis");
    a.losses().forEach(x -> single.accept(x.id(), "loss"));
    a.hazards().forEach(x -> single.accept(x.id(), "hazard"));
    a.constraints().forEach(x -> single.accept(x.id(), "constraint"));
    a.timeline().forEach(x -> single.accept(x.id(), "event"));
    a.questions().forEach(x -> single.accept(x.id(), "question"));
    for (ControlStructure s : a.controlStructures()) {
      single.accept(s.id(), "structure");
      for (Component c : s.components()) {
        // The same component shown in two structures is one element.
        claim(seen, problems, c.id(), "component " + c);
        for (Responsibility r : c.responsibilities()) {
          claim(seen, problems, r.id(), "responsibility " + r + " of " + c.id());
        }
      }
      // Likewise the same link, unchanged, in two structures.
      s.links().forEach(x -> claim(seen, problems, x.id(), "link " + x));
    }
    for (ComponentAnalysis ca : a.componentAnalyses()) {
      ca.contributions().forEach(x -> single.accept(x.id(), "contribution"));
      ca.processModelFlaws().forEach(x -> single.accept(x.id(), "process-model flaw"));
    }
    a.flaws().forEach(x -> single.accept(x.id(), "flaw"));
    a.recommendations().forEach(x -> single.accept(x.id(), "recommendation"));
  }

  private static void claim(
      Map<String, String> seen, List<String> problems, ElementId id, String element) {
    String before = seen.putIfAbsent(id.value(), element);
    if (before != null && !before.equals(element)) {
      problems.add(id.value() + " is used by two elements");
    }
  }

  private static void evidence(
      List<String> problems, CastAnalysis a, List<Evidence> evidence, String where) {
    Set<String> cited = a.references().stream().map(Reference::value).collect(Collectors.toSet());
    for (Evidence e : evidence) {
      if (e.kind() == EvidenceKind.URL && !cited.contains(e.source())) {
        problems.add(where + " cites " + e.source() + ", which is not among the references");
      }
    }
  }

  private static <T, I> Set<I> ids(Collection<T> elements, java.util.function.Function<T, I> id) {
    return elements.stream().map(id).collect(Collectors.toSet());
  }

  private static <I> void expect(List<String> problems, Set<I> known, I id, String where) {
    if (!known.contains(id)) {
      problems.add(where + " names " + id + ", which does not exist");
    }
  }
}
