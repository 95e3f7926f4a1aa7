package dev.castkit.core.render.internal;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.Component;
import dev.castkit.core.ComponentId;
import dev.castkit.core.ControlLink;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.Group;
import dev.castkit.core.GroupId;
import dev.castkit.core.LinkId;
import dev.castkit.core.LinkStatus;
import dev.castkit.core.StructureVariant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a diagram draws: one control structure, or the designed and the operating structure merged
 * by component and link id. Both diagram formats draw the same view, so they always agree. Not API.
 */
public final class StructureView {

  /** How an element of the structure as operating differs from the structure as designed. */
  public enum Change {
    /** In both structures, or there is only one structure. */
    UNCHANGED,
    /** In the structure as designed only. */
    LOST,
    /** In the structure as operating only. */
    ADDED
  }

  /**
   * A box of the diagram.
   *
   * @param id the component id
   * @param component the component, or empty when a link names a component the structure lacks
   * @param level the level it is drawn at (0 at the top)
   * @param change how it differs from the design
   * @param highlighted whether it is highlighted
   */
  public record Node(
      ComponentId id,
      Optional<Component> component,
      int level,
      Change change,
      boolean highlighted) {}

  /**
   * An arrow of the diagram.
   *
   * @param link the link (the operating structure's when it is in both)
   * @param change how it differs from the design
   * @param designedStatus the link's status in the structure as designed, when the link is in both
   *     structures with another status there (a link present as designed and missing as operating)
   * @param highlighted whether it is highlighted
   */
  public record Edge(
      ControlLink link, Change change, Optional<LinkStatus> designedStatus, boolean highlighted) {

    /**
     * The status as a reader should see it, or empty for a link simply present: "missing", or both
     * statuses when they differ ("present as designed, missing as operating").
     */
    public String status() {
      if (designedStatus.isPresent()) {
        return Words.of(designedStatus.get())
            + " as designed, "
            + Words.of(link.status())
            + " as operating";
      }
      return link.status() == LinkStatus.PRESENT ? "" : Words.of(link.status());
    }
  }

  /**
   * A group drawn as a box around its components (a DOT cluster, a Mermaid subgraph), holding the
   * groups that are part of it.
   *
   * @param group the group (the operating structure's when it is in both)
   * @param children the groups drawn inside it, in the order of the structure
   * @param members the boxes of the components that belong to it directly, in the order of {@link
   *     #nodes()}
   */
  public record Cluster(Group group, List<Cluster> children, List<Node> members) {}

  /**
   * How deep groups are drawn inside each other; a group deeper than this (only a hostile model has
   * one) is drawn at the top, as is a group in a cycle of parents.
   */
  static final int MAX_GROUP_DEPTH = 8;

  private final String title;
  private final List<ControlStructure> sources;
  private final boolean comparison;
  private final List<Node> nodes;
  private final List<Edge> edges;
  private final Map<ComponentId, Node> byId;

  private StructureView(
      String title,
      List<ControlStructure> sources,
      boolean comparison,
      List<Node> nodes,
      List<Edge> edges) {
    this.title = title;
    this.sources = List.copyOf(sources);
    this.comparison = comparison;
    this.nodes = List.copyOf(nodes);
    this.edges = List.copyOf(edges);
    this.byId = new LinkedHashMap<>();
    for (Node node : nodes) {
      byId.put(node.id(), node);
    }
  }

  /** A title naming the structure or structures, on one line. */
  public String title() {
    return title;
  }

  /** The structures drawn: none, one, or the designed and the operating one. */
  public List<ControlStructure> sources() {
    return sources;
  }

  /** Whether this merges a designed and an operating structure. */
  public boolean comparison() {
    return comparison;
  }

  /** The boxes, top level first; within a level in the order of the structure. */
  public List<Node> nodes() {
    return nodes;
  }

  /** The arrows, in the order of the structure (the design's first when comparing). */
  public List<Edge> edges() {
    return edges;
  }

  /**
   * The groups to draw, outermost first: those that hold a component, directly or through a group
   * inside them. A group is drawn inside its parent when the view holds the parent.
   */
  public List<Cluster> clusters() {
    // Groups by id: the operating version wins, in the operating structure's order.
    Map<GroupId, Group> groups = new LinkedHashMap<>();
    for (int i = sources.size() - 1; i >= 0; i--) {
      sources.get(i).groups().forEach(g -> groups.putIfAbsent(g.id(), g));
    }
    if (groups.isEmpty()) {
      return List.of();
    }
    Map<GroupId, GroupId> parents = parents(groups);
    Map<GroupId, List<Node>> members = new LinkedHashMap<>();
    for (Node node : nodes) {
      Optional<GroupId> g = node.component().flatMap(Component::group);
      if (g.isPresent() && groups.containsKey(g.get())) {
        members.computeIfAbsent(g.get(), k -> new ArrayList<>()).add(node);
      }
    }
    // A group is drawn when it or a group inside it has a member: mark upwards from each member's
    // group (the parent map has no cycle and is at most MAX_GROUP_DEPTH deep).
    Set<GroupId> drawn = new HashSet<>();
    for (GroupId g : members.keySet()) {
      for (GroupId at = g; at != null && drawn.add(at); at = parents.get(at)) {}
    }
    Map<GroupId, List<GroupId>> children = new LinkedHashMap<>();
    List<GroupId> roots = new ArrayList<>();
    for (GroupId g : groups.keySet()) {
      if (!drawn.contains(g)) {
        continue;
      }
      GroupId parent = parents.get(g);
      if (parent == null) {
        roots.add(g);
      } else {
        children.computeIfAbsent(parent, k -> new ArrayList<>()).add(g);
      }
    }
    List<Cluster> clusters = new ArrayList<>();
    for (GroupId root : roots) {
      clusters.add(cluster(root, groups, children, members));
    }
    return clusters;
  }

  private static Cluster cluster(
      GroupId id,
      Map<GroupId, Group> groups,
      Map<GroupId, List<GroupId>> children,
      Map<GroupId, List<Node>> members) {
    List<Cluster> inside = new ArrayList<>();
    for (GroupId child : children.getOrDefault(id, List.of())) {
      inside.add(cluster(child, groups, children, members)); // at most MAX_GROUP_DEPTH deep
    }
    return new Cluster(groups.get(id), inside, members.getOrDefault(id, List.of()));
  }

  /**
   * The parent each group is drawn inside, or none: a parent the view lacks, a cycle of parents or
   * a depth beyond {@link #MAX_GROUP_DEPTH} make a group a top one. Linear in the groups.
   */
  private static Map<GroupId, GroupId> parents(Map<GroupId, Group> groups) {
    Map<GroupId, Integer> depth = new HashMap<>();
    Map<GroupId, GroupId> parents = new HashMap<>();
    for (GroupId start : groups.keySet()) {
      Deque<GroupId> path = new ArrayDeque<>();
      Set<GroupId> onPath = new HashSet<>();
      GroupId at = start;
      while (at != null && !depth.containsKey(at)) {
        if (!onPath.add(at)) {
          depth.put(at, 0); // closes a cycle: drawn at the top
          break;
        }
        path.push(at);
        at = groups.get(at).parent().filter(groups::containsKey).orElse(null);
      }
      while (!path.isEmpty()) {
        GroupId g = path.pop();
        if (depth.containsKey(g)) {
          continue;
        }
        GroupId parent = groups.get(g).parent().filter(groups::containsKey).orElse(null);
        if (parent == null || depth.get(parent) + 1 >= MAX_GROUP_DEPTH) {
          depth.put(g, 0);
        } else {
          depth.put(g, depth.get(parent) + 1);
          parents.put(g, parent);
        }
      }
    }
    return parents;
  }

  /** The node of a component id; every edge end has one. */
  public Node node(ComponentId id) {
    return byId.get(id);
  }

  /** Whether the arrow goes from a lower level up to a higher one (as feedback does). */
  public boolean upward(Edge edge) {
    return node(edge.link().source()).level() > node(edge.link().target()).level();
  }

  /** The view of one structure. */
  public static StructureView of(ControlStructure structure, Highlight highlight) {
    return build(title(structure), false, null, structure, highlight);
  }

  /** The view of a designed and an operating structure merged by id. */
  public static StructureView compare(
      ControlStructure designed, ControlStructure operating, Highlight highlight) {
    String title = title(designed) + " compared with " + title(operating);
    return build(title, true, designed, operating, highlight);
  }

  /**
   * The view an analysis is drawn as: the comparison when it has a structure as designed and one as
   * operating (the first of each), otherwise its first structure, otherwise an empty view.
   */
  public static StructureView of(CastAnalysis analysis, Highlight highlight) {
    Optional<ControlStructure> designed = first(analysis, StructureVariant.AS_DESIGNED);
    Optional<ControlStructure> operating = first(analysis, StructureVariant.AS_OPERATING);
    if (designed.isPresent() && operating.isPresent()) {
      return compare(designed.get(), operating.get(), highlight);
    }
    if (!analysis.controlStructures().isEmpty()) {
      return of(analysis.controlStructures().get(0), highlight);
    }
    return new StructureView(
        "No control structure in " + analysis.id().value(), List.of(), false, List.of(), List.of());
  }

  private static Optional<ControlStructure> first(CastAnalysis analysis, StructureVariant variant) {
    return analysis.controlStructures().stream().filter(s -> s.variant() == variant).findFirst();
  }

  private static String title(ControlStructure structure) {
    String variant =
        structure.variant() == StructureVariant.AS_DESIGNED ? "as designed" : "as operating";
    String id = structure.id().value() + ", " + variant;
    return structure.name().map(n -> Escapes.oneLine(n) + " (" + id + ")").orElse(id);
  }

  private static StructureView build(
      String title,
      boolean comparison,
      ControlStructure designed,
      ControlStructure operating,
      Highlight highlight) {
    // Components by id: the operating version wins; order is the operating structure's, then what
    // only the design has.
    Map<ComponentId, Component> components = new LinkedHashMap<>();
    Map<ComponentId, Change> componentChange = new LinkedHashMap<>();
    for (Component c : operating.components()) {
      components.put(c.id(), c);
      componentChange.put(c.id(), comparison ? Change.ADDED : Change.UNCHANGED);
    }
    if (designed != null) {
      for (Component c : designed.components()) {
        if (components.containsKey(c.id())) {
          componentChange.put(c.id(), Change.UNCHANGED);
        } else {
          components.put(c.id(), c);
          componentChange.put(c.id(), Change.LOST);
        }
      }
    }
    Map<LinkId, ControlLink> links = new LinkedHashMap<>();
    Map<LinkId, Change> linkChange = new LinkedHashMap<>();
    if (designed != null) {
      for (ControlLink l : designed.links()) {
        links.put(l.id(), l);
        linkChange.put(l.id(), Change.LOST);
      }
    }
    Map<LinkId, LinkStatus> designedStatus = new LinkedHashMap<>();
    for (ControlLink l : operating.links()) {
      ControlLink inDesign = links.get(l.id());
      if (inDesign != null && inDesign.status() != l.status()) {
        designedStatus.put(l.id(), inDesign.status());
      }
      links.put(l.id(), l);
      linkChange.put(
          l.id(),
          inDesign != null ? Change.UNCHANGED : comparison ? Change.ADDED : Change.UNCHANGED);
    }

    int lowest = 0;
    for (Component c : components.values()) {
      lowest = Math.max(lowest, c.level());
    }
    List<Node> nodes = new ArrayList<>();
    for (Component c : components.values()) {
      nodes.add(
          new Node(
              c.id(),
              Optional.of(c),
              c.level(),
              componentChange.get(c.id()),
              highlight.components().contains(c.id())));
    }
    nodes.sort(Comparator.comparingInt(Node::level)); // stable: keeps structure order in a level
    // A link may name a component the structure does not hold (the rules report it); it is drawn
    // as a placeholder below everything else rather than dropped.
    Map<ComponentId, Node> dangling = new LinkedHashMap<>();
    for (ControlLink l : links.values()) {
      for (ComponentId end : List.of(l.source(), l.target())) {
        if (!components.containsKey(end) && !dangling.containsKey(end)) {
          dangling.put(
              end,
              new Node(
                  end,
                  Optional.empty(),
                  lowest == Integer.MAX_VALUE ? lowest : lowest + 1,
                  Change.UNCHANGED,
                  highlight.components().contains(end)));
        }
      }
    }
    nodes.addAll(dangling.values());

    List<Edge> edges = new ArrayList<>();
    for (ControlLink l : links.values()) {
      edges.add(
          new Edge(
              l,
              linkChange.get(l.id()),
              Optional.ofNullable(designedStatus.get(l.id())),
              highlight.links().contains(l.id())));
    }
    List<ControlStructure> sources =
        designed == null ? List.of(operating) : List.of(designed, operating);
    return new StructureView(title, sources, comparison, nodes, edges);
  }
}
