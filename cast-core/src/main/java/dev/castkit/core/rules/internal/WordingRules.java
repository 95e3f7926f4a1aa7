package dev.castkit.core.rules.internal;

import static dev.castkit.core.CastStep.ANALYZE_COMPONENTS;
import static dev.castkit.core.CastStep.ASSEMBLE_BASIC_INFORMATION;
import static dev.castkit.core.CastStep.IDENTIFY_FLAWS;
import static dev.castkit.core.rules.Severity.WARNING;
import static dev.castkit.core.rules.internal.RuleKit.rule;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastStep;
import dev.castkit.core.ComponentAnalysis;
import dev.castkit.core.ComponentId;
import dev.castkit.core.ContextFactor;
import dev.castkit.core.Contribution;
import dev.castkit.core.ElementId;
import dev.castkit.core.Flaw;
import dev.castkit.core.Hazard;
import dev.castkit.core.ProcessModelFlaw;
import dev.castkit.core.TimelineEvent;
import dev.castkit.core.rules.Rule;
import dev.castkit.core.rules.Rule.Reporter;
import java.util.List;
import java.util.Map;

/**
 * Wording without blame, hindsight or component failure. CAST-W001, W002. Each rule is declared
 * above its check; docs/rules.md explains them. Not API.
 */
final class WordingRules {
  private WordingRules() {}

  /** The rules of this family, in code order. */
  static List<Rule> all(PhraseMatcher blameWords, PhraseMatcher failureWords) {
    return List.of(w001(blameWords), w002(failureWords));
  }

  static Rule w001(PhraseMatcher words) {
    return rule(
        "CAST-W001",
        WARNING,
        ASSEMBLE_BASIC_INFORMATION,
        "events, contributions and flaws are worded without blame or hindsight",
        (ix, out) -> blameWording(ix, out, words));
  }

  private static void blameWording(Index ix, Reporter out, PhraseMatcher words) {
    CastAnalysis a = ix.analysis;
    for (TimelineEvent e : a.timeline()) {
      // A timeline records what the people involved did, milestones of the investigation included.
      report(
          out,
          ASSEMBLE_BASIC_INFORMATION,
          e.id(),
          "Timeline event ",
          e.id(),
          "description",
          WordingExceptions.blame(words, e.description(), true));
    }
    for (ComponentAnalysis ca : a.componentAnalyses()) {
      ComponentId cid = ca.component();
      String subject = "The analysis of component ";
      if (ca.role().isPresent()) {
        wording(out, words, ANALYZE_COMPONENTS, cid, subject, cid, "role", ca.role().get());
      }
      for (ContextFactor f : ca.contextFactors()) {
        wording(out, words, ANALYZE_COMPONENTS, cid, subject, cid, "context", f.description());
      }
      for (Contribution c : ca.contributions()) {
        String cs = "Contribution ";
        wording(out, words, ANALYZE_COMPONENTS, c.id(), cs, c.id(), "description", c.description());
        if (c.context().isPresent()) {
          wording(out, words, ANALYZE_COMPONENTS, c.id(), cs, c.id(), "context", c.context().get());
        }
      }
      for (ProcessModelFlaw f : ca.processModelFlaws()) {
        String fs = "Process model flaw ";
        wording(out, words, ANALYZE_COMPONENTS, f.id(), fs, f.id(), "belief", f.believed());
        wording(out, words, ANALYZE_COMPONENTS, f.id(), fs, f.id(), "actual state", f.actual());
      }
    }
    for (Flaw f : a.flaws()) {
      wording(out, words, IDENTIFY_FLAWS, f.id(), "Flaw ", f.id(), "description", f.description());
    }
  }

  /** Reports the listed words of a text; the subject is {@code noun + subject}, as in messages. */
  private static void wording(
      Reporter out,
      PhraseMatcher words,
      CastStep step,
      ElementId id,
      String noun,
      ElementId subject,
      String field,
      String text) {
    report(out, step, id, noun, subject, field, WordingExceptions.blame(words, text, false));
  }

  private static void report(
      Reporter out,
      CastStep step,
      ElementId id,
      String noun,
      ElementId subject,
      String field,
      Map<String, String> found) {
    if (found.isEmpty()) {
      return; // most texts: no iterator either
    }
    for (String phrase : found.values()) {
      out.report(
          step,
          id,
          noun
              + subject
              + " says \""
              + phrase
              + "\" in its "
              + field
              + ": state what"
              + " happened and why it made sense at the time, without blame or hindsight.");
    }
  }

  static Rule w002(PhraseMatcher words) {
    return rule(
        "CAST-W002",
        WARNING,
        ASSEMBLE_BASIC_INFORMATION,
        "hazards are system states, not component failures",
        (ix, out) -> failureWording(ix, out, words));
  }

  private static void failureWording(Index ix, Reporter out, PhraseMatcher words) {
    for (Hazard h : ix.analysis.hazards()) {
      for (String found : words.find(h.description()).values()) {
        out.report(
            h.id(),
            "Hazard "
                + h.id()
                + " is worded as a component failure (\""
                + found
                + "\"); a hazard is a system state that can lead to a loss, and the failure is one"
                + " of its causes.");
      }
    }
  }
}
