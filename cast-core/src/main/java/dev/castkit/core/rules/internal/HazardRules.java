package dev.castkit.core.rules.internal;

import static dev.castkit.core.CastStep.ASSEMBLE_BASIC_INFORMATION;
import static dev.castkit.core.rules.Severity.ERROR;
import static dev.castkit.core.rules.Severity.WARNING;
import static dev.castkit.core.rules.internal.RuleKit.named;
import static dev.castkit.core.rules.internal.RuleKit.rule;

import dev.castkit.core.Hazard;
import dev.castkit.core.HazardId;
import dev.castkit.core.LossId;
import dev.castkit.core.SafetyConstraint;
import dev.castkit.core.rules.Rule;
import dev.castkit.core.rules.Rule.Reporter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Hazards, losses and safety constraints (step 1). CAST-H001..H005. Each rule is declared above its
 * check; docs/rules.md explains them. Not API.
 */
final class HazardRules {
  private HazardRules() {}

  /** The rules of this family, in code order. */
  static List<Rule> all() {
    return List.of(H001, H002, H003, H004, H005);
  }

  static final Rule H001 =
      rule(
          "CAST-H001",
          ERROR,
          ASSEMBLE_BASIC_INFORMATION,
          "every hazard leads to at least one loss",
          HazardRules::hazardLeadsToLoss);

  private static void hazardLeadsToLoss(Index ix, Reporter out) {
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

  static final Rule H002 =
      rule(
          "CAST-H002",
          ERROR,
          ASSEMBLE_BASIC_INFORMATION,
          "a sub-hazard's losses are among its parent's",
          HazardRules::subHazardLosses);

  private static void subHazardLosses(Index ix, Reporter out) {
    Map<HazardId, Hazard> lossSource = nearest(ix, h -> !h.losses().isEmpty());
    for (Hazard h : ix.analysis.hazards()) {
      Hazard parent = h.parent().isPresent() ? ix.hazard(h.parent().get()) : null;
      if (parent == null || parent == h) {
        continue;
      }
      // The parent's losses are its own, or those it inherits from its nearest ancestor with some.
      Hazard source = lossSource.get(parent.id());
      if (source == null || source == UNKNOWN || !ix.definesAll(source.losses())) {
        continue; // nothing to compare with, or a dangling reference that is reported elsewhere
      }
      for (LossId l : h.losses()) {
        if (ix.defines(l) && !source.losses().contains(l)) {
          out.report(
              h.id(),
              "Hazard "
                  + h.id()
                  + " leads to loss "
                  + l
                  + " but its parent hazard "
                  + parent.id()
                  + (source == parent ? "" : ", which inherits the losses of " + source.id() + ",")
                  + " does not; a sub-hazard's losses are among its parent's.");
        }
      }
    }
  }

  static final Rule H003 =
      rule(
          "CAST-H003",
          WARNING,
          ASSEMBLE_BASIC_INFORMATION,
          "every loss is reached by some hazard",
          HazardRules::lossReached);

  private static void lossReached(Index ix, Reporter out) {
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

  static final Rule H004 =
      rule(
          "CAST-H004",
          WARNING,
          ASSEMBLE_BASIC_INFORMATION,
          "every hazard has a safety constraint",
          HazardRules::hazardConstrained);

  private static void hazardConstrained(Index ix, Reporter out) {
    Set<HazardId> constrained = named(ix.analysis.constraints(), SafetyConstraint::hazards);
    // A constraint that addresses a hazard addresses its refinements: it prevents the general
    // state, so it prevents each more specific one.
    Map<HazardId, Hazard> coveredBy = nearest(ix, h -> constrained.contains(h.id()));
    for (Hazard h : ix.analysis.hazards()) {
      if (coveredBy.get(h.id()) == null) {
        out.report(
            h.id(),
            "No safety constraint addresses hazard "
                + h.id()
                + (h.parent().isPresent() ? " or a hazard it refines" : "")
                + "; state what must hold to prevent it or limit its effect.");
      }
    }
  }

  static final Rule H005 =
      rule(
          "CAST-H005",
          ERROR,
          ASSEMBLE_BASIC_INFORMATION,
          "every safety constraint addresses a hazard",
          HazardRules::constraintAddressesHazard);

  private static void constraintAddressesHazard(Index ix, Reporter out) {
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

  /** Marks a chain that meets a dangling parent: what it inherits cannot be judged. */
  private static final Hazard UNKNOWN =
      Hazard.builder().id(HazardId.of("H-unknown")).description("unknown").build();

  /**
   * The inheritance of docs/rules.md: for each hazard, the nearest of itself and its ancestors that
   * {@code has} accepts; null when none does (the chain ends, or closes a cycle, first), {@link
   * #UNKNOWN} when a dangling parent comes first. Each chain is walked once, so this is linear
   * however deep the chains.
   */
  private static Map<HazardId, Hazard> nearest(Index ix, Predicate<Hazard> has) {
    List<Hazard> hazards = ix.analysis.hazards();
    Map<HazardId, Hazard> nearest = new HashMap<>(Index.capacity(hazards.size()));
    List<Hazard> path = new ArrayList<>();
    Set<HazardId> onPath = new HashSet<>();
    for (Hazard start : hazards) {
      Hazard found = null;
      for (Hazard h = start; h != null; ) {
        if (nearest.containsKey(h.id())) {
          found = nearest.get(h.id());
          break;
        }
        if (!onPath.add(h.id())) {
          break; // a cycle, reported by CAST-I003
        }
        path.add(h);
        if (has.test(h)) {
          found = h;
          break;
        }
        if (h.parent().isEmpty()) {
          break;
        }
        h = ix.hazard(h.parent().get());
        if (h == null) {
          found = UNKNOWN;
        }
      }
      for (Hazard h : path) {
        nearest.put(h.id(), found);
      }
      path.clear();
      onPath.clear();
    }
    return nearest;
  }
}
