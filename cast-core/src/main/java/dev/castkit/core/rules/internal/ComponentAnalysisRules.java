package dev.castkit.core.rules.internal;

import static dev.castkit.core.CastStep.ANALYZE_COMPONENTS;
import static dev.castkit.core.rules.Severity.ERROR;
import static dev.castkit.core.rules.Severity.WARNING;
import static dev.castkit.core.rules.internal.RuleKit.owners;
import static dev.castkit.core.rules.internal.RuleKit.rule;

import dev.castkit.core.ComponentAnalysis;
import dev.castkit.core.ComponentId;
import dev.castkit.core.Contribution;
import dev.castkit.core.ContributionEffect;
import dev.castkit.core.ElementId;
import dev.castkit.core.ResponsibilityId;
import dev.castkit.core.rules.Rule;
import dev.castkit.core.rules.Rule.Reporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Component analyses (step 3). CAST-A001..A004. Each rule is declared above its check;
 * docs/rules.md explains them. Not API.
 */
final class ComponentAnalysisRules {
  private ComponentAnalysisRules() {}

  /** The rules of this family, in code order. */
  static List<Rule> all() {
    return List.of(A001, A002, A003, A004);
  }

  static final Rule A001 =
      rule(
          "CAST-A001",
          WARNING,
          ANALYZE_COMPONENTS,
          "every controller has a step-3 analysis once step 3 has begun",
          ComponentAnalysisRules::controllerAnalysed);

  private static void controllerAnalysed(Index ix, Reporter out) {
    if (ix.componentAnalyses.isEmpty()) {
      return;
    }
    for (Map.Entry<ComponentId, Boolean> e : ix.components.entrySet()) {
      if (e.getValue() && !ix.componentAnalyses.containsKey(e.getKey())) {
        out.report(
            e.getKey(),
            "Controller "
                + e.getKey()
                + " has no step-3 analysis; step 3"
                + " analyses every controller in the control structure.");
      }
    }
  }

  static final Rule A002 =
      rule(
          "CAST-A002",
          WARNING,
          ANALYZE_COMPONENTS,
          "every contribution says why it made sense at the time",
          ComponentAnalysisRules::contributionContext);

  private static void contributionContext(Index ix, Reporter out) {
    for (ComponentAnalysis ca : ix.analysis.componentAnalyses()) {
      for (Contribution c : ca.contributions()) {
        if (c.context().isEmpty()) {
          out.report(
              c.id(),
              "Contribution "
                  + c.id()
                  + " of component "
                  + ca.component()
                  + " does not say why it made sense at the time; record the context.");
        }
      }
    }
  }

  static final Rule A003 =
      rule(
          "CAST-A003",
          WARNING,
          ANALYZE_COMPONENTS,
          "a component analysis lists only the component's own responsibilities",
          ComponentAnalysisRules::ownResponsibilities);

  private static void ownResponsibilities(Index ix, Reporter out) {
    for (ComponentAnalysis ca : ix.analysis.componentAnalyses()) {
      ComponentId cid = ca.component();
      if (!ix.components.containsKey(cid)) {
        continue;
      }
      for (ResponsibilityId r : ca.responsibilities()) {
        Set<ComponentId> owners = foreignOwners(ix, cid, r);
        if (owners != null) {
          foreign(out, cid, cid, "The analysis of component " + cid + " lists", r, owners);
        }
      }
      for (Contribution c : ca.contributions()) {
        for (ResponsibilityId r : c.unmetResponsibilities()) {
          Set<ComponentId> owners = foreignOwners(ix, cid, r);
          if (owners != null) {
            foreign(
                out,
                c.id(),
                cid,
                "Contribution " + c.id() + " of component " + cid + " leaves unmet",
                r,
                owners);
          }
        }
      }
    }
  }

  /** The holders of a responsibility that {@code cid} does not hold, or null. */
  private static Set<ComponentId> foreignOwners(Index ix, ComponentId cid, ResponsibilityId r) {
    Index.Holders holders = ix.responsibilities.get(r);
    return holders != null && !holders.holds(cid) ? holders.all() : null;
  }

  private static void foreign(
      Reporter out,
      ElementId holder,
      ComponentId cid,
      String subject,
      ResponsibilityId r,
      Set<ComponentId> owners) {
    out.report(
        holder,
        subject
            + " responsibility "
            + r
            + ", which belongs to "
            + owners(owners)
            + ", not to "
            + cid
            + ".");
  }

  static final Rule A004 =
      rule(
          "CAST-A004",
          ERROR,
          ANALYZE_COMPONENTS,
          "a contribution that limited the loss is not stated as a cause",
          ComponentAnalysisRules::limitingIsNoCause);

  private static void limitingIsNoCause(Index ix, Reporter out) {
    for (ComponentAnalysis ca : ix.analysis.componentAnalyses()) {
      for (Contribution c : ca.contributions()) {
        if (c.effect() != ContributionEffect.LIMITED
            || (c.unsafeControlAction().isEmpty() && c.unmetResponsibilities().isEmpty())) {
          continue;
        }
        List<String> causes = new ArrayList<>(2);
        c.unsafeControlAction()
            .ifPresent(
                t ->
                    causes.add(
                        "is typed as an unsafe control action ("
                            + t.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                            + ")"));
        if (!c.unmetResponsibilities().isEmpty()) {
          causes.add(
              "leaves "
                  + (c.unmetResponsibilities().size() == 1
                      ? "responsibility "
                      : "responsibilities ")
                  + RuleKit.ids(c.unmetResponsibilities())
                  + " unmet");
        }
        out.report(
            c.id(),
            "Contribution "
                + c.id()
                + " of component "
                + ca.component()
                + " limited the loss (effect LIMITED) but "
                + String.join(" and ", causes)
                + ", which makes it a cause. If it did both (a rollback that stopped the spread"
                + " but came late), record two contributions; otherwise remove the cause or the"
                + " effect.");
      }
    }
  }
}
