package dev.castkit.core.render.internal;

import dev.castkit.core.Component;
import dev.castkit.core.ComponentId;
import dev.castkit.core.ControlLink;
import dev.castkit.core.LinkKind;
import dev.castkit.core.LinkStatus;
import dev.castkit.core.render.internal.StructureView.Change;
import dev.castkit.core.render.internal.StructureView.Edge;
import dev.castkit.core.render.internal.StructureView.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link StructureView} as a Mermaid flowchart. Mermaid lays the chart out by itself and
 * offers no way to pin a box to a level (the DOT diagram does), so the writer steers it: boxes are
 * declared top level first, links going down before links going up (Mermaid turns the later ones of
 * a cycle around), and a box that no link comes down to is held below the level above by an
 * invisible link. Not API.
 */
public final class MermaidWriter {
  private MermaidWriter() {}

  private static final String[][] CLASSES = {
    {"organization", "fill:#dfe7f5,stroke:#333333,color:#111111"},
    {"human", "fill:#e3f0fb,stroke:#333333,color:#111111"},
    {"automated", "fill:#e2f3ef,stroke:#333333,color:#111111"},
    {"process", "fill:#f1f1f1,stroke:#333333,color:#111111"},
    {"device", "fill:#fdf3e1,stroke:#333333,color:#111111"},
    {"external", "fill:#ffffff,stroke:#333333,color:#111111"},
    {"unknown", "fill:#ffffff,stroke:#d62728,stroke-dasharray:4 3,color:#d62728"},
    {"lost", "fill:#f2f2f2,stroke:#aaaaaa,stroke-dasharray:5 5,color:#888888"},
    {"added", "stroke:#8e44ad,stroke-width:3px"},
    {"highlight", "fill:#fff3b0,stroke:#d4007a,stroke-width:4px"},
  };

  /** The Mermaid text of the view; ends with a line break. */
  public static String write(StructureView view) {
    StringBuilder out = new StringBuilder();
    // The title is free text; it goes nowhere Mermaid would read it as syntax.
    out.append("%% ").append(Escapes.mermaid(view.title())).append('\n');
    out.append("flowchart TB\n");
    if (view.nodes().isEmpty()) {
      out.append("  note_empty[\"No components\"]\n");
      return out.toString();
    }
    Map<ComponentId, String> ids = nodeIds(view);
    Map<String, List<String>> classMembers = new LinkedHashMap<>();
    for (String[] c : CLASSES) {
      classMembers.put(c[0], new ArrayList<>());
    }
    for (Node node : view.nodes()) {
      String id = ids.get(node.id());
      out.append("  ").append(id).append(shape(node)).append('\n');
      classMembers.get(kindClass(node)).add(id);
      if (node.change() == Change.LOST) {
        classMembers.get("lost").add(id);
      } else if (node.change() == Change.ADDED) {
        classMembers.get("added").add(id);
      }
      if (node.highlighted()) {
        classMembers.get("highlight").add(id);
      }
    }

    // linkStyle counts links in the order they are written.
    Map<String, List<Integer>> linkStyles = new LinkedHashMap<>();
    int index = 0;
    List<Edge> ordered = new ArrayList<>();
    for (Edge edge : view.edges()) {
      if (!view.upward(edge)) {
        ordered.add(edge);
      }
    }
    for (Edge edge : view.edges()) {
      if (view.upward(edge)) {
        ordered.add(edge);
      }
    }
    for (Edge edge : ordered) {
      ControlLink link = edge.link();
      out.append("  ")
          .append(ids.get(link.source()))
          .append(' ')
          .append(arrow(edge))
          .append("|\"")
          .append(edgeLabel(edge))
          .append("\"| ")
          .append(ids.get(link.target()))
          .append('\n');
      linkStyles.computeIfAbsent(linkStyle(edge), k -> new ArrayList<>()).add(index++);
    }
    // Groups last among the declarations: a box named inside a subgraph moves into it, and
    // declaring the boxes above in level order keeps Mermaid's layout steered.
    Set<String> taken = new HashSet<>(ids.values());
    for (StructureView.Cluster cluster : view.clusters()) {
      subgraph(out, cluster, ids, taken, "  ");
    }
    // Mermaid ranks a box by the links into it; a box that no link comes down to (a controller
    // whose only links go up or sideways) would float to the top. An invisible link from the
    // level above holds it down. These come last, so linkStyle's numbers above stay right.
    Map<Integer, Node> firstOfLevel = new LinkedHashMap<>();
    for (Node node : view.nodes()) {
      firstOfLevel.putIfAbsent(node.level(), node);
    }
    Set<ComponentId> reachedFromAbove = new HashSet<>();
    for (Edge edge : view.edges()) {
      if (view.node(edge.link().source()).level() < view.node(edge.link().target()).level()) {
        reachedFromAbove.add(edge.link().target());
      }
    }
    List<Integer> levels = new ArrayList<>(firstOfLevel.keySet());
    Map<Integer, Integer> levelIndex = new HashMap<>();
    for (int i = 0; i < levels.size(); i++) {
      levelIndex.put(levels.get(i), i);
    }
    for (Node node : view.nodes()) {
      int level = levelIndex.get(node.level());
      if (level > 0 && !reachedFromAbove.contains(node.id())) {
        out.append("  ")
            .append(ids.get(firstOfLevel.get(levels.get(level - 1)).id()))
            .append(" ~~~ ")
            .append(ids.get(node.id()))
            .append('\n');
      }
    }

    for (String[] c : CLASSES) {
      if (!classMembers.get(c[0]).isEmpty()) {
        out.append("  classDef ").append(c[0]).append(' ').append(c[1]).append('\n');
      }
    }
    for (String[] c : CLASSES) {
      List<String> members = classMembers.get(c[0]);
      if (!members.isEmpty()) {
        out.append("  class ").append(String.join(",", members)).append(' ').append(c[0]);
        out.append('\n');
      }
    }
    for (Map.Entry<String, List<Integer>> style : linkStyles.entrySet()) {
      out.append("  linkStyle ");
      List<Integer> indexes = style.getValue();
      for (int i = 0; i < indexes.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(indexes.get(i));
      }
      out.append(' ').append(style.getKey()).append('\n');
    }
    return out.toString();
  }

  private static void subgraph(
      StringBuilder out,
      StructureView.Cluster cluster,
      Map<ComponentId, String> ids,
      Set<String> taken,
      String indent) {
    String id = plainId("g_", cluster.group().id().value());
    for (int n = 2; !taken.add(id); n++) {
      id = plainId("g_", cluster.group().id().value()) + "_" + n;
    }
    out.append(indent)
        .append("subgraph ")
        .append(id)
        .append("[\"")
        .append(
            Escapes.mermaid(
                Escapes.wrap(cluster.group().name(), DotWriter.GROUP_WIDTH)
                    + " ("
                    + cluster.group().id().value()
                    + ")"))
        .append("\"]\n");
    for (Node node : cluster.members()) {
      out.append(indent).append("  ").append(ids.get(node.id())).append('\n');
    }
    for (StructureView.Cluster child : cluster.children()) {
      subgraph(out, child, ids, taken, indent + "  ");
    }
    out.append(indent).append("end\n");
  }

  /** A prefix and the text with every character but a letter, a digit or _ made _. */
  private static String plainId(String prefix, String value) {
    StringBuilder sb = new StringBuilder(prefix);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean plain =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
      sb.append(plain ? c : '_');
    }
    return sb.toString();
  }

  /**
   * Mermaid node ids: {@code n_} and the component id with every character other than a letter, a
   * digit or {@code _} replaced by {@code _}; a clash gets a number. The prefix keeps clear of
   * Mermaid's keywords ({@code end}, {@code graph}) and of ids starting with {@code o} or {@code
   * x}, which Mermaid would read as an arrow head.
   */
  private static Map<ComponentId, String> nodeIds(StructureView view) {
    Map<ComponentId, String> ids = new HashMap<>();
    Set<String> taken = new HashSet<>();
    for (Node node : view.nodes()) {
      String base = plainId("n_", node.id().value());
      String id = base;
      for (int n = 2; !taken.add(id); n++) {
        id = base + "_" + n;
      }
      ids.put(node.id(), id);
    }
    return ids;
  }

  private static String shape(Node node) {
    if (node.component().isEmpty()) {
      return "[\"? " + Escapes.mermaid(node.id().value()) + "<br/>(not in this structure)\"]";
    }
    Component c = node.component().get();
    String label =
        Escapes.mermaid(
            Escapes.wrap(c.name(), DotWriter.NODE_WIDTH) + "\n(" + c.id().value() + ")");
    if (node.change() == Change.LOST) {
      label += "<br/>[lost]";
    } else if (node.change() == Change.ADDED) {
      label += "<br/>[added]";
    }
    String q = "\"" + label + "\"";
    switch (c.kind()) {
      case ORGANIZATION:
        return "[[" + q + "]]";
      case HUMAN_CONTROLLER:
        return "(" + q + ")";
      case AUTOMATED_CONTROLLER:
        return "[" + q + "]";
      case CONTROLLED_PROCESS:
        return "{{" + q + "}}";
      case ACTUATOR:
        return "[/" + q + "\\]";
      case SENSOR:
        return "[\\" + q + "/]";
      case EXTERNAL_CONTROLLER:
        return "([" + q + "])";
      default:
        return ">" + q + "]";
    }
  }

  private static String kindClass(Node node) {
    if (node.component().isEmpty()) {
      return "unknown";
    }
    switch (node.component().get().kind()) {
      case ORGANIZATION:
        return "organization";
      case HUMAN_CONTROLLER:
        return "human";
      case AUTOMATED_CONTROLLER:
        return "automated";
      case CONTROLLED_PROCESS:
        return "process";
      case ACTUATOR:
      case SENSOR:
        return "device";
      default:
        return "external";
    }
  }

  private static String arrow(Edge edge) {
    LinkStatus status = edge.link().status();
    String head = status == LinkStatus.INOPERABLE ? "x" : ">";
    if (status == LinkStatus.MISSING || edge.change() == Change.LOST) {
      return "-.-" + head;
    }
    if (edge.change() == Change.ADDED
        || (status != LinkStatus.PRESENT && status != LinkStatus.MISSING)) {
      return "==" + head;
    }
    return "--" + head;
  }

  private static String edgeLabel(Edge edge) {
    ControlLink link = edge.link();
    StringBuilder label =
        new StringBuilder(Escapes.mermaid(Escapes.wrap(link.label(), DotWriter.EDGE_WIDTH)));
    if (!edge.status().isEmpty()) {
      label.append("<br/>[").append(edge.status().replace(", ", ",<br/>")).append(']');
    }
    if (edge.change() == Change.LOST) {
      label.append("<br/>[lost]");
    } else if (edge.change() == Change.ADDED) {
      label.append("<br/>[added]");
    }
    return label.toString();
  }

  private static String linkStyle(Edge edge) {
    ControlLink link = edge.link();
    String color;
    switch (link.status()) {
      case MISSING:
      case INOPERABLE:
        color = "#d62728";
        break;
      case DEGRADED:
      case DELAYED:
        color = "#e67e00";
        break;
      case INCORRECT:
        color = "#c2185b";
        break;
      case UNNOTICED:
        color = "#8c564b";
        break;
      default:
        color = kindColor(link.kind());
    }
    // A delayed link is dotted (a missing one is dotted by its arrow, -.->).
    String dash =
        link.status() == LinkStatus.DELAYED && edge.change() != Change.LOST
            ? ",stroke-dasharray:2 4"
            : "";
    if (edge.change() == Change.LOST) {
      color = "#aaaaaa";
    } else if (edge.change() == Change.ADDED && link.status() == LinkStatus.PRESENT) {
      color = "#8e44ad";
    }
    String width = edge.highlighted() ? "4px" : "2px";
    return "stroke:" + color + ",stroke-width:" + width + dash + ",color:" + color;
  }

  private static String kindColor(LinkKind kind) {
    switch (kind) {
      case CONTROL_ACTION:
        return "#333333";
      case FEEDBACK:
        return "#1f5fbf";
      default:
        return "#2e8b57";
    }
  }
}
