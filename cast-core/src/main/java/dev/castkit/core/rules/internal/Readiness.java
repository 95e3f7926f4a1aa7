package dev.castkit.core.rules.internal;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastStep;
import dev.castkit.core.ComponentAnalysis;
import dev.castkit.core.ControlLink;
import dev.castkit.core.LinkKind;
import dev.castkit.core.Question;
import dev.castkit.core.QuestionStatus;
import dev.castkit.core.internal.Ids;
import dev.castkit.core.rules.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The status of each step: begun when it has content, complete when its minimum content is there,
 * no error or warning belongs to it, and none of its questions is open. The criteria are listed in
 * docs/rules.md. Not API.
 */
public final class Readiness {
  private static final int LISTED = 10;

  private Readiness() {}

  /** The status of one step: whether it has begun, and what keeps it from being complete. */
  public record Step(CastStep step, boolean begun, List<String> blockers) {}

  /** The five statuses, from the index and the findings after the caller's overrides. */
  static List<Step> of(Index ix, List<Checker.Reported> findings) {
    Map<CastStep, int[]> counts = new EnumMap<>(CastStep.class);
    Map<CastStep, TreeSet<String>> codes = new EnumMap<>(CastStep.class);
    for (Checker.Reported f : findings) {
      if (f.severity() == Severity.INFO) {
        continue;
      }
      counts.computeIfAbsent(f.step(), s -> new int[2])[f.severity() == Severity.ERROR ? 0 : 1]++;
      codes.computeIfAbsent(f.step(), s -> new TreeSet<>()).add(f.code());
    }
    Map<CastStep, List<String>> open = new EnumMap<>(CastStep.class);
    for (Question q : ix.analysis.questions()) {
      if (q.status() == QuestionStatus.OPEN) {
        open.computeIfAbsent(q.step(), s -> new ArrayList<>()).add(q.id().value());
      }
    }
    List<Step> result = new ArrayList<>();
    for (CastStep step : CastStep.values()) {
      List<String> blockers = new ArrayList<>(content(ix, step));
      int[] c = counts.get(step);
      if (c != null) {
        blockers.add(findings(c[0], c[1]) + " in this step: " + String.join(", ", codes.get(step)));
      }
      List<String> questions = open.get(step);
      if (questions != null) {
        questions.sort(Ids::compareNatural);
        blockers.add(openQuestions(questions));
      }
      result.add(new Step(step, ix.begun(step), blockers));
    }
    return result;
  }

  private static List<String> content(Index ix, CastStep step) {
    CastAnalysis a = ix.analysis;
    List<String> missing = new ArrayList<>();
    switch (step) {
      case ASSEMBLE_BASIC_INFORMATION:
        if (a.system().isEmpty()) {
          missing.add("no system and boundary recorded");
        }
        if (a.losses().isEmpty()) {
          missing.add("no loss recorded");
        }
        if (a.hazards().isEmpty()) {
          missing.add("no hazard recorded");
        }
        if (a.constraints().isEmpty()) {
          missing.add("no safety constraint recorded");
        }
        if (a.timeline().isEmpty()) {
          missing.add("no timeline event recorded");
        }
        break;
      case MODEL_CONTROL_STRUCTURE:
        if (a.controlStructures().isEmpty()) {
          missing.add("no control structure recorded");
          break;
        }
        if (!ix.components.containsValue(Boolean.TRUE)) {
          missing.add("no controller in any control structure");
        }
        if (!hasControlAction(ix)) {
          missing.add("no control action in any control structure");
        }
        break;
      case ANALYZE_COMPONENTS:
        if (a.componentAnalyses().isEmpty()) {
          missing.add("no component analysed yet");
        } else if (!hasContribution(a)) {
          missing.add("no contribution recorded in any component analysis");
        }
        break;
      case IDENTIFY_FLAWS:
        if (a.flaws().isEmpty()) {
          missing.add("no control structure flaw identified yet");
        }
        break;
      case CREATE_IMPROVEMENT_PROGRAM:
        if (a.recommendations().isEmpty()) {
          missing.add("no recommendation recorded yet");
        }
        break;
      default:
        throw new IllegalStateException("unknown step " + step);
    }
    return missing;
  }

  private static boolean hasControlAction(Index ix) {
    for (Index.Structure st : ix.structures) {
      for (ControlLink l : st.structure.links()) {
        if (l.kind() == LinkKind.CONTROL_ACTION) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasContribution(CastAnalysis a) {
    for (ComponentAnalysis ca : a.componentAnalyses()) {
      if (!ca.contributions().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static String findings(int errors, int warnings) {
    if (errors > 0 && warnings > 0) {
      return plural(errors, "error") + " and " + plural(warnings, "warning");
    }
    return errors > 0 ? plural(errors, "error") : plural(warnings, "warning");
  }

  private static String openQuestions(List<String> ids) {
    StringBuilder sb = new StringBuilder(plural(ids.size(), "open question")).append(": ");
    sb.append(String.join(", ", ids.subList(0, Math.min(LISTED, ids.size()))));
    if (ids.size() > LISTED) {
      sb.append(" and ").append(ids.size() - LISTED).append(" more");
    }
    return sb.toString();
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
