package dev.castkit.core.rules.internal;

import static dev.castkit.core.CastStep.MODEL_CONTROL_STRUCTURE;
import static dev.castkit.core.rules.Severity.INFO;
import static dev.castkit.core.rules.Severity.WARNING;
import static dev.castkit.core.rules.internal.RuleKit.owners;
import static dev.castkit.core.rules.internal.RuleKit.rule;

import dev.castkit.core.Component;
import dev.castkit.core.ComponentId;
import dev.castkit.core.ComponentKind;
import dev.castkit.core.ControlLink;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.ControlStructureId;
import dev.castkit.core.Group;
import dev.castkit.core.GroupId;
import dev.castkit.core.LinkId;
import dev.castkit.core.LinkKind;
import dev.castkit.core.LinkStatus;
import dev.castkit.core.ResponsibilityId;
import dev.castkit.core.StructureVariant;
import dev.castkit.core.internal.Ids;
import dev.castkit.core.rules.Rule;
import dev.castkit.core.rules.Rule.Reporter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The control structure (step 2). CAST-S001..S006. Each rule is declared above its check;
 * docs/rules.md explains them. Not API.
 */
final class StructureRules {
  private StructureRules() {}

  /** The rules of this family, in code order. */
  static List<Rule> all() {
    return List.of(S001, S002, S003, S004, S005, S006);
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
          "links marked other than present (missing, inoperable, degraded, delayed, incorrect,"
              + " unnoticed) are shown, once per link",
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
      case DELAYED:
        message.append(
            designed
                ? ": as designed, it comes too late to serve its purpose"
                : ": it worked, but too late, at the time of the loss");
        break;
      case INCORRECT:
        message.append(
            designed
                ? ": as designed, it carries a wrong value"
                : ": it carried a wrong value at the time of the loss");
        break;
      case UNNOTICED:
        message.append(
            designed
                ? ": as designed, it does not draw attention to what it carries"
                : ": it carried the information, but nobody noticed or acted on it at the time of"
                    + " the loss");
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
    Map<ComponentId, Issuer> silent = silentIssuers(ix);
    for (Map.Entry<ComponentId, Boolean> e : ix.components.entrySet()) {
      if (e.getValue()
          && !ix.componentsWithResponsibilities.contains(e.getKey())
          && !silent.containsKey(e.getKey())) { // CAST-S005 says it, with the actions
        out.report(
            e.getKey(),
            "Controller "
                + e.getKey()
                + " has no responsibility; a controller"
                + " holds responsibility for enforcing some safety constraint.");
      }
    }
  }

  static final Rule S005 =
      rule(
          "CAST-S005",
          WARNING,
          MODEL_CONTROL_STRUCTURE,
          "every component that issues a control action states a responsibility",
          StructureRules::issuerResponsible);

  private static void issuerResponsible(Index ix, Reporter out) {
    for (Map.Entry<ComponentId, Issuer> e : silentIssuers(ix).entrySet()) {
      ComponentId c = e.getKey();
      Issuer issuer = e.getValue();
      List<String> kinds = new ArrayList<>();
      for (ComponentKind k : issuer.kinds) {
        kinds.add(words(k));
      }
      out.report(
          c,
          "Component "
              + c
              + " ("
              + String.join(", ", kinds)
              + ") issues control "
              + (issuer.actions.size() == 1 ? "action " : "actions ")
              + RuleKit.ids(issuer.actions)
              + " in control "
              + (issuer.structures.size() == 1 ? "structure " : "structures ")
              + RuleKit.ids(issuer.structures)
              + " and states no responsibility there; whoever issues control actions, inside the"
              + " organisation or outside it, holds a responsibility for them. State it, or draw"
              + " a link that only informs as communication.");
    }
  }

  /** Where a component issues control actions without stating a responsibility. */
  private static final class Issuer {
    final Set<ControlStructureId> structures = new HashSet<>(2);
    final Set<LinkId> actions = new HashSet<>(2);
    final Set<ComponentKind> kinds = EnumSet.noneOf(ComponentKind.class);
  }

  /**
   * The components that are the source of a control action in a structure where they state no
   * responsibility. An actuator that another component directs with a control action carries out
   * that component's action (controller, actuator, process): the responsibility is the director's.
   * Links whose source is not in their structure are CAST-I001's.
   */
  private static Map<ComponentId, Issuer> silentIssuers(Index ix) {
    Map<ComponentId, Issuer> silent = new HashMap<>();
    for (Index.Structure st : ix.structures) {
      Set<ComponentId> directed = new HashSet<>();
      for (ControlLink l : st.structure.links()) {
        if (l.kind() == LinkKind.CONTROL_ACTION && !l.source().equals(l.target())) {
          directed.add(l.target());
        }
      }
      for (ControlLink l : st.structure.links()) {
        if (l.kind() != LinkKind.CONTROL_ACTION) {
          continue;
        }
        Component source = st.components.get(l.source());
        if (source != null
            && source.responsibilities().isEmpty()
            && !(source.kind() == ComponentKind.ACTUATOR && directed.contains(source.id()))) {
          Issuer issuer = silent.computeIfAbsent(source.id(), k -> new Issuer());
          issuer.structures.add(st.structure.id());
          issuer.actions.add(l.id());
          issuer.kinds.add(source.kind());
        }
      }
    }
    return silent;
  }

  static final Rule S006 =
      rule(
          "CAST-S006",
          WARNING,
          MODEL_CONTROL_STRUCTURE,
          "every group holds a component",
          StructureRules::groupHoldsComponents);

  private static void groupHoldsComponents(Index ix, Reporter out) {
    Map<GroupId, Set<ControlStructureId>> empty = new HashMap<>();
    Map<GroupId, Group> named = new HashMap<>();
    for (Index.Structure st : ix.structures) {
      List<Group> groups = st.structure.groups();
      if (groups.isEmpty()) {
        continue;
      }
      Map<GroupId, Group> byId = new HashMap<>(Index.capacity(groups.size()));
      for (Group g : groups) {
        byId.put(g.id(), g);
      }
      // A group holds a component when the component names it or a group inside it: walk up
      // from each named group, stopping at a group already reached (so a cycle ends).
      Set<GroupId> holding = new HashSet<>(Index.capacity(groups.size()));
      for (Component c : st.structure.components()) {
        GroupId g = c.group().orElse(null);
        while (g != null && byId.containsKey(g) && holding.add(g)) {
          g = byId.get(g).parent().orElse(null);
        }
      }
      for (Group g : groups) {
        if (!holding.contains(g.id())) {
          empty.computeIfAbsent(g.id(), k -> new HashSet<>(2)).add(st.structure.id());
          named.putIfAbsent(g.id(), g);
        }
      }
    }
    for (Map.Entry<GroupId, Set<ControlStructureId>> e : empty.entrySet()) {
      out.report(
          e.getKey(),
          "Group "
              + e.getKey()
              + " ("
              + named.get(e.getKey()).name()
              + ") in control "
              + (e.getValue().size() == 1 ? "structure " : "structures ")
              + RuleKit.ids(e.getValue())
              + " holds no component: no component names it or a group inside it. Put its"
              + " components in it, or remove it.");
    }
  }
}
