package dev.castkit.core.rules.internal;

import static dev.castkit.core.CastStep.ANALYZE_COMPONENTS;
import static dev.castkit.core.CastStep.ASSEMBLE_BASIC_INFORMATION;
import static dev.castkit.core.CastStep.CREATE_IMPROVEMENT_PROGRAM;
import static dev.castkit.core.CastStep.IDENTIFY_FLAWS;
import static dev.castkit.core.CastStep.MODEL_CONTROL_STRUCTURE;
import static dev.castkit.core.rules.Severity.WARNING;
import static dev.castkit.core.rules.internal.RuleKit.rule;

import dev.castkit.core.CastStep;
import dev.castkit.core.rules.Rule;
import dev.castkit.core.rules.Rule.Reporter;
import java.util.List;

/**
 * The order of the steps. CAST-O001, O002. Each rule is declared above its check; docs/rules.md
 * explains them. Not API.
 */
final class StepOrderRules {
  private StepOrderRules() {}

  /** The rules of this family, in code order. */
  static List<Rule> all() {
    return List.of(O001, O002);
  }

  static final Rule O001 =
      rule(
          "CAST-O001",
          WARNING,
          ANALYZE_COMPONENTS,
          "steps 1 and 2 are begun before later steps",
          StepOrderRules::earlyStepsFirst);

  private static void earlyStepsFirst(Index ix, Reporter out) {
    boolean one = ix.begun(ASSEMBLE_BASIC_INFORMATION);
    boolean two = ix.begun(MODEL_CONTROL_STRUCTURE);
    if (one && two) {
      return;
    }
    String missing = !one && !two ? "steps 1 and 2 have" : !one ? "step 1 has" : "step 2 has";
    for (CastStep step : List.of(ANALYZE_COMPONENTS, IDENTIFY_FLAWS, CREATE_IMPROVEMENT_PROGRAM)) {
      if (ix.begun(step)) {
        out.report(
            step,
            "Step "
                + step.number()
                + " ("
                + step.title()
                + ") has content while "
                + missing
                + " not begun; the Handbook starts steps 1 and 2 before the others.");
      }
    }
  }

  static final Rule O002 =
      rule(
          "CAST-O002",
          WARNING,
          CREATE_IMPROVEMENT_PROGRAM,
          "an improvement program follows the identification of flaws",
          StepOrderRules::programAfterFlaws);

  private static void programAfterFlaws(Index ix, Reporter out) {
    if (!ix.analysis.recommendations().isEmpty()
        && ix.analysis.flaws().isEmpty()
        && ix.contributionCount == 0
        && ix.processModelFlawCount == 0) {
      out.report(
          "The analysis has recommendations but no flaw, contribution or process model"
              + " flaw has been identified yet; step 5 builds on what steps 3 and 4 found.");
    }
  }
}
