package dev.castkit.core.testing;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.Component;
import dev.castkit.core.ComponentAnalysis;
import dev.castkit.core.Contribution;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.Flaw;
import dev.castkit.core.Hazard;
import dev.castkit.core.Recommendation;
import dev.castkit.core.Responsibility;
import dev.castkit.core.SafetyConstraint;
import dev.castkit.core.TimelineEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The same analysis with every list and set in another order: losses, hazards, constraints,
 * questions, structures, components, responsibilities, links, component analyses, contributions,
 * flaws, recommendations and every set of references inside them. The timeline keeps its order,
 * because its order is its meaning (the model documents it as "in order"); the sets inside each
 * event are shuffled.
 */
public final class Shuffled {
  private Shuffled() {}

  /** Shuffles with a seeded random, so a failing case can be replayed. */
  public static CastAnalysis of(CastAnalysis a, long seed) {
    Random r = new Random(seed);
    List<Hazard> hazards = new ArrayList<>();
    for (Hazard h : a.hazards()) {
      hazards.add(h.toBuilder().losses(shuffle(h.losses(), r)).build());
    }
    List<SafetyConstraint> constraints = new ArrayList<>();
    for (SafetyConstraint c : a.constraints()) {
      constraints.add(c.toBuilder().hazards(shuffle(c.hazards(), r)).build());
    }
    List<TimelineEvent> timeline = new ArrayList<>();
    for (TimelineEvent e : a.timeline()) {
      timeline.add(
          e.toBuilder()
              .components(shuffle(e.components(), r))
              .questions(shuffle(e.questions(), r))
              .evidence(shuffle(e.evidence(), r))
              .build());
    }
    List<ControlStructure> structures = new ArrayList<>();
    for (ControlStructure cs : a.controlStructures()) {
      List<Component> components = new ArrayList<>();
      for (Component c : cs.components()) {
        List<Responsibility> rs = new ArrayList<>();
        for (Responsibility resp : c.responsibilities()) {
          rs.add(resp.toBuilder().constraints(shuffle(resp.constraints(), r)).build());
        }
        components.add(
            c.toBuilder()
                .responsibilities(shuffle(rs, r))
                .processModel(shuffle(c.processModel(), r))
                .build());
      }
      structures.add(
          cs.toBuilder().components(shuffle(components, r)).links(shuffle(cs.links(), r)).build());
    }
    List<ComponentAnalysis> analyses = new ArrayList<>();
    for (ComponentAnalysis ca : a.componentAnalyses()) {
      List<Contribution> contributions = new ArrayList<>();
      for (Contribution c : ca.contributions()) {
        contributions.add(
            c.toBuilder()
                .hazards(shuffle(c.hazards(), r))
                .events(shuffle(c.events(), r))
                .unmetResponsibilities(shuffle(c.unmetResponsibilities(), r))
                .build());
      }
      analyses.add(
          ca.toBuilder()
              .responsibilities(shuffle(ca.responsibilities(), r))
              .contributions(shuffle(contributions, r))
              .processModelFlaws(shuffle(ca.processModelFlaws(), r))
              .contextFactors(shuffle(ca.contextFactors(), r))
              .questions(shuffle(ca.questions(), r))
              .build());
    }
    List<Flaw> flaws = new ArrayList<>();
    for (Flaw f : a.flaws()) {
      flaws.add(
          f.toBuilder()
              .components(shuffle(f.components(), r))
              .links(shuffle(f.links(), r))
              .evidence(shuffle(f.evidence(), r))
              .build());
    }
    List<Recommendation> recommendations = new ArrayList<>();
    for (Recommendation rec : a.recommendations()) {
      recommendations.add(
          rec.toBuilder()
              .flaws(shuffle(rec.flaws(), r))
              .contributions(shuffle(rec.contributions(), r))
              .links(shuffle(rec.links(), r))
              .components(shuffle(rec.components(), r))
              .build());
    }
    return a.toBuilder()
        .analysts(shuffle(a.analysts(), r))
        .references(shuffle(a.references(), r))
        .losses(shuffle(a.losses(), r))
        .hazards(shuffle(hazards, r))
        .constraints(shuffle(constraints, r))
        .timeline(timeline)
        .questions(shuffle(a.questions(), r))
        .controlStructures(shuffle(structures, r))
        .componentAnalyses(shuffle(analyses, r))
        .flaws(shuffle(flaws, r))
        .recommendations(shuffle(recommendations, r))
        .build();
  }

  private static <T> List<T> shuffle(Collection<T> values, Random r) {
    List<T> copy = new ArrayList<>(values);
    Collections.shuffle(copy, r);
    return copy;
  }
}
