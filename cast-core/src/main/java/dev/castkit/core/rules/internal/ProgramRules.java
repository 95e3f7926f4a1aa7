package dev.castkit.core.rules.internal;

import static dev.castkit.core.CastStep.CREATE_IMPROVEMENT_PROGRAM;
import static dev.castkit.core.rules.Severity.ERROR;
import static dev.castkit.core.rules.Severity.WARNING;
import static dev.castkit.core.rules.internal.RuleKit.named;
import static dev.castkit.core.rules.internal.RuleKit.rule;

import dev.castkit.core.Flaw;
import dev.castkit.core.FlawId;
import dev.castkit.core.Recommendation;
import dev.castkit.core.RecommendationStatus;
import dev.castkit.core.rules.Rule;
import dev.castkit.core.rules.Rule.Reporter;
import java.util.List;
import java.util.Set;

/**
 * The improvement program (step 5). CAST-P001..P003. Each rule is declared above its check;
 * docs/rules.md explains them. Not API.
 */
final class ProgramRules {
  private ProgramRules() {}

  /** The rules of this family, in code order. */
  static List<Rule> all() {
    return List.of(P001, P002, P003);
  }

  static final Rule P001 =
      rule(
          "CAST-P001",
          WARNING,
          CREATE_IMPROVEMENT_PROGRAM,
          "every flaw is addressed by a recommendation or says why no action is taken",
          ProgramRules::flawAddressed);

  private static void flawAddressed(Index ix, Reporter out) {
    if (ix.analysis.recommendations().isEmpty()) {
      return;
    }
    Set<FlawId> addressed = named(ix.analysis.recommendations(), Recommendation::flaws);
    for (Flaw f : ix.analysis.flaws()) {
      if (!addressed.contains(f.id()) && f.noActionRationale().isEmpty()) {
        out.report(
            f.id(),
            "No recommendation addresses flaw "
                + f.id()
                + " and it records no"
                + " rationale for taking no action.");
      }
    }
  }

  static final Rule P002 =
      rule(
          "CAST-P002",
          ERROR,
          CREATE_IMPROVEMENT_PROGRAM,
          "every recommendation addresses something",
          ProgramRules::recommendationAddresses);

  private static void recommendationAddresses(Index ix, Reporter out) {
    for (Recommendation r : ix.analysis.recommendations()) {
      if (r.flaws().isEmpty()
          && r.contributions().isEmpty()
          && r.links().isEmpty()
          && r.components().isEmpty()) {
        out.report(
            r.id(),
            "Recommendation "
                + r.id()
                + " addresses nothing; tie it to the flaws,"
                + " contributions, links or components it changes.");
      }
    }
  }

  static final Rule P003 =
      rule(
          "CAST-P003",
          ERROR,
          CREATE_IMPROVEMENT_PROGRAM,
          "a rejected recommendation has a rationale",
          ProgramRules::rejectedHasRationale);

  private static void rejectedHasRationale(Index ix, Reporter out) {
    for (Recommendation r : ix.analysis.recommendations()) {
      if (r.status() == RecommendationStatus.REJECTED && r.rationale().isEmpty()) {
        out.report(
            r.id(),
            "Recommendation "
                + r.id()
                + " is rejected without a rationale;"
                + " record why, so that it is not silently dropped.");
      }
    }
  }
}
