package dev.castkit.core.rules.internal;

import static dev.castkit.core.CastStep.MODEL_CONTROL_STRUCTURE;
import static dev.castkit.core.rules.Severity.INFO;
import static dev.castkit.core.rules.Severity.WARNING;
import static dev.castkit.core.rules.internal.RuleKit.owners;
import static dev.castkit.core.rules.internal.RuleKit.rule;

import dev.castkit.core.ComponentId;
import dev.castkit.core.ControlLink;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.LinkKind;
import dev.castkit.core.LinkStatus;
import dev.castkit.core.ResponsibilityId;
import dev.castkit.core.StructureVariant;
import dev.castkit.core.internal.Ids;
import dev.castkit.core.rules.Rule;
import dev.castkit.core.rules.Rule.Reporter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        if (!st.components.get(l.source()).kind().isController()) {
          continue; // an actuator, sensor, process or external component holds no process model
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
          "links marked missing, inoperable or degraded are shown, once per link",
          StructureRules::brokenLinks);

  /** A link as one structure has it. */
  private record Occurrence(ControlStructure structure, LinkStatus status) {}

  private static void brokenLinks(Index ix, Reporter out) {
    // A link kept in several structures (the same id, kind and ends) is one link: it is shown once,
    // with its status in each of them, present ones included, so designed and operating compare.
    Set<List<Object>> broken = new HashSet<>();
    for (Index.Structure st : ix.structures) {
      for (ControlLink l : st.structure.links()) {
        if (l.status() != LinkStatus.PRESENT) {
          broken.add(key(l));
        }
      }
    }
    if (broken.isEmpty()) {
      return;
    }
    Map<List<Object>, List<Occurrence>> occurrences = new HashMap<>(Index.capacity(broken.size()));
    Map<List<Object>, ControlLink> links = new HashMap<>(Index.capacity(broken.size()));
    for (Index.Structure st : ix.structures) {
      for (ControlLink l : st.structure.links()) {
        List<Object> key = key(l);
        if (broken.contains(key)) {
          links.putIfAbsent(key, l);
          occurrences
              .computeIfAbsent(key, k -> new ArrayList<>(2))
              .add(new Occurrence(st.structure, l.status()));
        }
      }
    }
    for (Map.Entry<List<Object>, List<Occurrence>> e : occurrences.entrySet()) {
      ControlLink l = links.get(e.getKey());
      List<Occurrence> in = e.getValue();
      in.sort(BY_VARIANT_THEN_ID);
      StringBuilder message = new StringBuilder();
      message
          .append("Link ")
          .append(l.id())
          .append(" (")
          .append(words(l.kind()))
          .append(" from ")
          .append(l.source())
          .append(" to ")
          .append(l.target())
          .append(") is ");
      for (int k = 0; k < in.size(); k++) {
        if (k > 0) {
          message.append(k == in.size() - 1 ? " and " : ", ");
        }
        clause(message, in.get(k));
      }
      out.report(l.id(), message.append('.').toString());
    }
  }

  private static List<Object> key(ControlLink l) {
    return List.of(l.id(), l.kind(), l.source(), l.target());
  }

  private static final Comparator<Occurrence> BY_VARIANT_THEN_ID =
      Comparator.<Occurrence, StructureVariant>comparing(o -> o.structure().variant())
          .thenComparing(o -> o.structure().id().value(), Ids::compareNatural);

  /**
   * "missing as operating (CS-2: it did not exist at the time of the loss)". A structure as
   * designed says what the design provided, not what happened at the time of the loss.
   */
  private static void clause(StringBuilder message, Occurrence o) {
    boolean designed = o.structure().variant() == StructureVariant.AS_DESIGNED;
    message
        .append(words(o.status()))
        .append(designed ? " as designed (" : " as operating (")
        .append(o.structure().id());
    switch (o.status()) {
      case MISSING:
        message.append(
            designed
                ? ": the design did not provide it"
                : ": it did not exist at the time of the loss");
        break;
      case INOPERABLE:
        message.append(
            designed
                ? ": the design provided it in a form that could not work"
                : ": it existed but did not work at the time of the loss");
        break;
      case DEGRADED:
        message.append(
            designed
                ? ": as designed, it delivers late, partially or with wrong information"
                : ": it worked late, partially or with wrong information at the time of the loss");
        break;
      default:
        break; // present
    }
    message.append(')');
  }

  private static String words(Enum<?> value) {
    return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
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
