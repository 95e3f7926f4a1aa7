package dev.castkit.core.testing;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.Component;
import dev.castkit.core.ComponentAnalysis;
import dev.castkit.core.ComponentId;
import dev.castkit.core.ConstraintId;
import dev.castkit.core.Contribution;
import dev.castkit.core.ContributionId;
import dev.castkit.core.ControlLink;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.EventId;
import dev.castkit.core.Flaw;
import dev.castkit.core.FlawId;
import dev.castkit.core.Hazard;
import dev.castkit.core.HazardId;
import dev.castkit.core.LinkId;
import dev.castkit.core.LossId;
import dev.castkit.core.Question;
import dev.castkit.core.QuestionId;
import dev.castkit.core.Recommendation;
import dev.castkit.core.Responsibility;
import dev.castkit.core.ResponsibilityId;
import dev.castkit.core.SafetyConstraint;
import dev.castkit.core.TimelineEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Breaks exactly one reference of an analysis: every reference of every kind (a hazard's losses and
 * parent, a constraint's hazards and parent, a responsibility's constraints, a component's parent,
 * a link's ends, an event's components and questions, a question's subject, a component analysis's
 * component, responsibilities and questions, a contribution's hazards, events and responsibilities,
 * a flaw's components and links, a recommendation's targets) is a site, and the chosen site gets a
 * fresh id that names nothing.
 *
 * <pre>{@code
 * BrokenReferences.Broken b = BrokenReferences.breakOne(analysis, choice);
 * // b.analysis() differs from analysis only in that one reference now reads b.freshId()
 * }</pre>
 */
public final class BrokenReferences {
  private BrokenReferences() {}

  /** The analysis with one reference replaced, the id it now names, and where it was. */
  public record Broken(CastAnalysis analysis, String freshId, String site) {}

  private record Site(String description, Function<String, CastAnalysis> apply) {}

  /** How many references the analysis holds (the number of sites {@link #breakOne} picks from). */
  public static int count(CastAnalysis analysis) {
    return sites(analysis).size();
  }

  /**
   * Replaces the reference number {@code choice} (modulo the number of references) by a fresh id.
   *
   * @throws IllegalArgumentException when the analysis holds no reference
   */
  public static Broken breakOne(CastAnalysis analysis, int choice) {
    List<Site> sites = sites(analysis);
    if (sites.isEmpty()) {
      throw new IllegalArgumentException("the analysis holds no reference to break");
    }
    Site site = sites.get(Math.floorMod(choice, sites.size()));
    String fresh = freshId(analysis);
    return new Broken(site.apply().apply(fresh), fresh, site.description());
  }

  private static String freshId(CastAnalysis analysis) {
    // Generated ids never start with ZZ, and the analysis's text form holds every id.
    String text = analysis.toString();
    for (int n = 1; ; n++) {
      String candidate = "ZZ-missing-" + n;
      if (!text.contains(candidate)) {
        return candidate;
      }
    }
  }

  private static List<Site> sites(CastAnalysis a) {
    List<Site> sites = new ArrayList<>();
    List<Hazard> hazards = a.hazards();
    for (int i = 0; i < hazards.size(); i++) {
      int hi = i;
      Hazard h = hazards.get(i);
      for (LossId l : h.losses()) {
        sites.add(
            site(
                "hazard " + h.id() + " loss " + l,
                f ->
                    a.toBuilder()
                        .hazards(
                            set(
                                hazards,
                                hi,
                                h.toBuilder().losses(swap(h.losses(), l, LossId.of(f))).build()))
                        .build()));
      }
      h.parent()
          .ifPresent(
              p ->
                  sites.add(
                      site(
                          "hazard " + h.id() + " parent",
                          f ->
                              a.toBuilder()
                                  .hazards(
                                      set(
                                          hazards,
                                          hi,
                                          h.toBuilder().parent(HazardId.of(f)).build()))
                                  .build())));
    }
    List<SafetyConstraint> constraints = a.constraints();
    for (int i = 0; i < constraints.size(); i++) {
      int ci = i;
      SafetyConstraint c = constraints.get(i);
      for (HazardId h : c.hazards()) {
        sites.add(
            site(
                "constraint " + c.id() + " hazard " + h,
                f ->
                    a.toBuilder()
                        .constraints(
                            set(
                                constraints,
                                ci,
                                c.toBuilder()
                                    .hazards(swap(c.hazards(), h, HazardId.of(f)))
                                    .build()))
                        .build()));
      }
      c.parent()
          .ifPresent(
              p ->
                  sites.add(
                      site(
                          "constraint " + c.id() + " parent",
                          f ->
                              a.toBuilder()
                                  .constraints(
                                      set(
                                          constraints,
                                          ci,
                                          c.toBuilder().parent(ConstraintId.of(f)).build()))
                                  .build())));
    }
    List<ControlStructure> structures = a.controlStructures();
    for (int s = 0; s < structures.size(); s++) {
      int si = s;
      ControlStructure cs = structures.get(s);
      Function<ControlStructure, CastAnalysis> put =
          changed -> a.toBuilder().controlStructures(set(structures, si, changed)).build();
      List<Component> components = cs.components();
      for (int k = 0; k < components.size(); k++) {
        int ki = k;
        Component c = components.get(k);
        Function<Component, CastAnalysis> putComponent =
            changed -> put.apply(cs.toBuilder().components(set(components, ki, changed)).build());
        c.parent()
            .ifPresent(
                p ->
                    sites.add(
                        site(
                            "component " + c.id() + " parent in " + cs.id(),
                            f ->
                                putComponent.apply(
                                    c.toBuilder().parent(ComponentId.of(f)).build()))));
        List<Responsibility> rs = c.responsibilities();
        for (int r = 0; r < rs.size(); r++) {
          int ri = r;
          Responsibility resp = rs.get(r);
          for (ConstraintId sc : resp.constraints()) {
            sites.add(
                site(
                    "responsibility " + resp.id() + " constraint " + sc + " in " + cs.id(),
                    f ->
                        putComponent.apply(
                            c.toBuilder()
                                .responsibilities(
                                    set(
                                        rs,
                                        ri,
                                        resp.toBuilder()
                                            .constraints(
                                                swap(resp.constraints(), sc, ConstraintId.of(f)))
                                            .build()))
                                .build())));
          }
        }
      }
      List<ControlLink> links = cs.links();
      for (int k = 0; k < links.size(); k++) {
        int li = k;
        ControlLink l = links.get(k);
        sites.add(
            site(
                "link " + l.id() + " source in " + cs.id(),
                f ->
                    put.apply(
                        cs.toBuilder()
                            .links(set(links, li, l.toBuilder().source(ComponentId.of(f)).build()))
                            .build())));
        sites.add(
            site(
                "link " + l.id() + " target in " + cs.id(),
                f ->
                    put.apply(
                        cs.toBuilder()
                            .links(set(links, li, l.toBuilder().target(ComponentId.of(f)).build()))
                            .build())));
      }
    }
    List<TimelineEvent> events = a.timeline();
    for (int i = 0; i < events.size(); i++) {
      int ei = i;
      TimelineEvent e = events.get(i);
      for (ComponentId c : e.components()) {
        sites.add(
            site(
                "event " + e.id() + " component " + c,
                f ->
                    a.toBuilder()
                        .timeline(
                            set(
                                events,
                                ei,
                                e.toBuilder()
                                    .components(swap(e.components(), c, ComponentId.of(f)))
                                    .build()))
                        .build()));
      }
      for (QuestionId q : e.questions()) {
        sites.add(
            site(
                "event " + e.id() + " question " + q,
                f ->
                    a.toBuilder()
                        .timeline(
                            set(
                                events,
                                ei,
                                e.toBuilder()
                                    .questions(swap(e.questions(), q, QuestionId.of(f)))
                                    .build()))
                        .build()));
      }
    }
    List<Question> questions = a.questions();
    for (int i = 0; i < questions.size(); i++) {
      int qi = i;
      Question q = questions.get(i);
      q.about()
          .ifPresent(
              about ->
                  sites.add(
                      site(
                          "question " + q.id() + " about",
                          f ->
                              a.toBuilder()
                                  .questions(set(questions, qi, q.toBuilder().about(f).build()))
                                  .build())));
    }
    List<ComponentAnalysis> analyses = a.componentAnalyses();
    for (int i = 0; i < analyses.size(); i++) {
      int ai = i;
      ComponentAnalysis ca = analyses.get(i);
      Function<ComponentAnalysis, CastAnalysis> put =
          changed -> a.toBuilder().componentAnalyses(set(analyses, ai, changed)).build();
      sites.add(
          site(
              "analysis of " + ca.component(),
              f -> put.apply(ca.toBuilder().component(ComponentId.of(f)).build())));
      for (ResponsibilityId r : ca.responsibilities()) {
        sites.add(
            site(
                "analysis of " + ca.component() + " responsibility " + r,
                f ->
                    put.apply(
                        ca.toBuilder()
                            .responsibilities(
                                swap(ca.responsibilities(), r, ResponsibilityId.of(f)))
                            .build())));
      }
      for (QuestionId q : ca.questions()) {
        sites.add(
            site(
                "analysis of " + ca.component() + " question " + q,
                f ->
                    put.apply(
                        ca.toBuilder()
                            .questions(swap(ca.questions(), q, QuestionId.of(f)))
                            .build())));
      }
      List<Contribution> contributions = ca.contributions();
      for (int k = 0; k < contributions.size(); k++) {
        int ki = k;
        Contribution c = contributions.get(k);
        Function<Contribution, CastAnalysis> putContribution =
            changed ->
                put.apply(ca.toBuilder().contributions(set(contributions, ki, changed)).build());
        for (HazardId h : c.hazards()) {
          sites.add(
              site(
                  "contribution " + c.id() + " hazard " + h,
                  f ->
                      putContribution.apply(
                          c.toBuilder().hazards(swap(c.hazards(), h, HazardId.of(f))).build())));
        }
        for (EventId e : c.events()) {
          sites.add(
              site(
                  "contribution " + c.id() + " event " + e,
                  f ->
                      putContribution.apply(
                          c.toBuilder().events(swap(c.events(), e, EventId.of(f))).build())));
        }
        for (ResponsibilityId r : c.unmetResponsibilities()) {
          sites.add(
              site(
                  "contribution " + c.id() + " responsibility " + r,
                  f ->
                      putContribution.apply(
                          c.toBuilder()
                              .unmetResponsibilities(
                                  swap(c.unmetResponsibilities(), r, ResponsibilityId.of(f)))
                              .build())));
        }
      }
    }
    List<Flaw> flaws = a.flaws();
    for (int i = 0; i < flaws.size(); i++) {
      int fi = i;
      Flaw fl = flaws.get(i);
      for (ComponentId c : fl.components()) {
        sites.add(
            site(
                "flaw " + fl.id() + " component " + c,
                f ->
                    a.toBuilder()
                        .flaws(
                            set(
                                flaws,
                                fi,
                                fl.toBuilder()
                                    .components(swap(fl.components(), c, ComponentId.of(f)))
                                    .build()))
                        .build()));
      }
      for (LinkId l : fl.links()) {
        sites.add(
            site(
                "flaw " + fl.id() + " link " + l,
                f ->
                    a.toBuilder()
                        .flaws(
                            set(
                                flaws,
                                fi,
                                fl.toBuilder().links(swap(fl.links(), l, LinkId.of(f))).build()))
                        .build()));
      }
    }
    List<Recommendation> recs = a.recommendations();
    for (int i = 0; i < recs.size(); i++) {
      int ri = i;
      Recommendation r = recs.get(i);
      Function<Recommendation, CastAnalysis> put =
          changed -> a.toBuilder().recommendations(set(recs, ri, changed)).build();
      for (FlawId x : r.flaws()) {
        sites.add(
            site(
                "recommendation " + r.id() + " flaw " + x,
                f -> put.apply(r.toBuilder().flaws(swap(r.flaws(), x, FlawId.of(f))).build())));
      }
      for (ContributionId x : r.contributions()) {
        sites.add(
            site(
                "recommendation " + r.id() + " contribution " + x,
                f ->
                    put.apply(
                        r.toBuilder()
                            .contributions(swap(r.contributions(), x, ContributionId.of(f)))
                            .build())));
      }
      for (LinkId x : r.links()) {
        sites.add(
            site(
                "recommendation " + r.id() + " link " + x,
                f -> put.apply(r.toBuilder().links(swap(r.links(), x, LinkId.of(f))).build())));
      }
      for (ComponentId x : r.components()) {
        sites.add(
            site(
                "recommendation " + r.id() + " component " + x,
                f ->
                    put.apply(
                        r.toBuilder()
                            .components(swap(r.components(), x, ComponentId.of(f)))
                            .build())));
      }
    }
    return sites;
  }

  private static Site site(String description, Function<String, CastAnalysis> apply) {
    return new Site(description, apply);
  }

  private static <T> List<T> set(List<T> list, int index, T value) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, value);
    return copy;
  }

  private static <T> Set<T> swap(Collection<T> set, T old, T replacement) {
    Set<T> copy = new LinkedHashSet<>();
    for (T t : set) {
      copy.add(t.equals(old) ? replacement : t);
    }
    return copy;
  }
}
