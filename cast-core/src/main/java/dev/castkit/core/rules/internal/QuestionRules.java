package dev.castkit.core.rules.internal;

import static dev.castkit.core.CastStep.ASSEMBLE_BASIC_INFORMATION;
import static dev.castkit.core.rules.Severity.ERROR;
import static dev.castkit.core.rules.Severity.WARNING;
import static dev.castkit.core.rules.internal.RuleKit.rule;

import dev.castkit.core.AnalysisStatus;
import dev.castkit.core.Question;
import dev.castkit.core.QuestionStatus;
import dev.castkit.core.rules.Rule;
import dev.castkit.core.rules.Rule.Reporter;
import java.util.List;

/**
 * Questions (the step each names). CAST-Q001, Q002. Each rule is declared above its check;
 * docs/rules.md explains them. Not API.
 */
final class QuestionRules {
  private QuestionRules() {}

  /** The rules of this family, in code order. */
  static List<Rule> all() {
    return List.of(Q001, Q002);
  }

  static final Rule Q001 =
      rule(
          "CAST-Q001",
          ERROR,
          ASSEMBLE_BASIC_INFORMATION,
          "an analysis marked final has no open question",
          QuestionRules::finalHasNoOpenQuestion);

  private static void finalHasNoOpenQuestion(Index ix, Reporter out) {
    if (ix.analysis.status() != AnalysisStatus.FINAL) {
      return;
    }
    for (Question q : ix.analysis.questions()) {
      if (q.status() == QuestionStatus.OPEN) {
        out.report(
            q.step(),
            q.id(),
            "The analysis is marked final but question "
                + q.id()
                + " is open; answer it or record it as unanswerable.");
      }
    }
  }

  static final Rule Q002 =
      rule(
          "CAST-Q002",
          WARNING,
          ASSEMBLE_BASIC_INFORMATION,
          "an answered question records its answer",
          QuestionRules::answeredHasAnswer);

  private static void answeredHasAnswer(Index ix, Reporter out) {
    for (Question q : ix.analysis.questions()) {
      if (q.status() == QuestionStatus.ANSWERED && q.answer().isEmpty()) {
        out.report(
            q.step(),
            q.id(),
            "Question " + q.id() + " is marked answered but records no" + " answer.");
      }
    }
  }
}
