package dev.castkit.core.rules.internal;

import static dev.castkit.core.CastStep.MODEL_CONTROL_STRUCTURE;
import static dev.castkit.core.rules.Severity.INFO;
import static dev.castkit.core.rules.Severity.WARNING;
import static dev.castkit.core.rules.internal.RuleKit.owners;
import static dev.castkit.core.rules.internal.RuleKit.rule;

import dev.castkit.core.ComponentId;
import dev.castkit.core.ControlLink;
import dev.castkit.core.LinkKind;
import dev.castkit.core.LinkStatus;
import dev.castkit.core.ResponsibilityId;
import dev.castkit.core.rules.Rule;
import dev.castkit.core.rules.Rule.Reporter;
import java.util.List;
import java.util.Map;

/**
 * The control structure (step 2). CAST-S001..S004. Each rule is declared above its check;
 * docs/rules.md explains them. Not API.
 */
final class StructureRules {
  private StructureRules() {}

  /** The rules of this family, in code order. */
  static List<Rule> all() {
    return List.of(S001, S002, S003, S004);
  }

  static final Rule S001 =
      rule(
          "CAST-S001",
          WARNING,
          MODEL_CONTROL_STRUCTURE,
          "every control action has a feedback link back to its controller",
          StructureRules::feedbackForEveryAction);

  private static void feedbackForEveryAction(Index ix, Reporter out) {
    for (Index.Structure st : ix.structures) {
      for (ControlLink l : st.structure.links()) {
        if (l.kind() != LinkKind.CONTROL_ACTION
            || l.status() == LinkStatus.MISSING
            || !st.components.containsKey(l.source())
            || !st.components.containsKey(l.target())) {
          continue;
        }
        if (!st.feedback.containsKey(List.of(l.target(), l.source()))) {
          out.report(
              l.id(),
              "Control action "
                  + l.id()
                  + " from "
                  + l.source()
                  + " to "
                  + l.target()
                  + " in control structure "
                  + st.structure.id()
                  + " has no feedback"
                  + " link from "
                  + l.target()
                  + " back to "
                  + l.source()
                  + "; every control loop"
                  + " needs feedback. If the feedback did not exist at the time, add it with status"
                  + " MISSING.");
        }
      }
    }
  }

  static final Rule S002 =
      rule(
          "CAST-S002",
          INFO,
          MODEL_CONTROL_STRUCTURE,
          "links missing, inoperable or degraded at the time of the loss are shown",
          StructureRules::brokenLinks);

  private static void brokenLinks(Index ix, Reporter out) {
    for (Index.Structure st : ix.structures) {
      for (ControlLink l : st.structure.links()) {
        String state;
        switch (l.status()) {
          case MISSING:
            state = "missing: it did not exist";
            break;
          case INOPERABLE:
            state = "inoperable: it existed but did not work";
            break;
          case DEGRADED:
            state = "degraded: it worked late, partially or with wrong information";
            break;
          default:
            continue;
        }
        out.report(
            l.id(),
            "Link "
                + l.id()
                + " ("
                + words(l.kind())
                + " from "
                + l.source()
                + " to "
                + l.target()
                + ") in control structure "
                + st.structure.id()
                + " is marked "
                + state
                + " at the time of the loss.");
      }
    }
  }

  private static String words(LinkKind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  static final Rule S003 =
      rule(
          "CAST-S003",
          WARNING,
          MODEL_CONTROL_STRUCTURE,
          "every responsibility serves a safety constraint",
          StructureRules::responsibilityServes);

  private static void responsibilityServes(Index ix, Reporter out) {
    for (Map.Entry<ResponsibilityId, Index.Holders> e : ix.responsibilities.entrySet()) {
      if (!e.getValue().serving()) {
        out.report(
            e.getKey(),
            "Responsibility "
                + e.getKey()
                + " of "
                + owners(e.getValue().all())
                + " serves no safety constraint; name the constraints it enforces.");
      }
    }
  }

  static final Rule S004 =
      rule(
          "CAST-S004",
          WARNING,
          MODEL_CONTROL_STRUCTURE,
          "every controller has a responsibility",
          StructureRules::controllerResponsible);

  private static void controllerResponsible(Index ix, Reporter out) {
    for (Map.Entry<ComponentId, Boolean> e : ix.components.entrySet()) {
      if (e.getValue() && !ix.componentsWithResponsibilities.contains(e.getKey())) {
        out.report(
            e.getKey(),
            "Controller "
                + e.getKey()
                + " has no responsibility; a controller"
                + " holds responsibility for enforcing some safety constraint.");
      }
    }
  }
}
