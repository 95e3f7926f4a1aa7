package dev.castkit.core.render;

import static dev.castkit.core.render.DiagramTest.edge;
import static dev.castkit.core.render.DiagramTest.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.core.AnalysisId;
import dev.castkit.core.CastAnalysis;
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
import dev.castkit.core.StructureVariant;
import dev.castkit.core.render.internal.Words;
import dev.castkit.core.testing.CpuTime;
import dev.castkit.core.testing.ExternalRenderers;
import dev.castkit.core.testing.ExternalRenderers.Run;
import dev.castkit.core.testing.Format11Sample;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Groups drawn as clusters and subgraphs; every link status drawn so that a reader tells it. */
class GroupsAndStatusesTest {
  private final CastAnalysis sample = Format11Sample.checkoutOutage();

  @Test
  void groupsAreDotClustersNestedAsTheGroupsAre() {
    String dot = DotDiagram.render(sample);
    List<String> lines = dot.lines().toList();
    int shop = index(lines, "  subgraph \"cluster_g:G-shop\" {");
    int eng = index(lines, "    subgraph \"cluster_g:G-eng\" {");
    int team = index(lines, "      subgraph \"cluster_g:G-team\" {");
    int vendor = index(lines, "  subgraph \"cluster_g:G-vendor\" {");
    assertThat(shop).isLessThan(eng);
    assertThat(eng).isLessThan(team);
    assertThat(team).isLessThan(vendor);
    assertThat(lines.get(shop + 1)).contains("label=\"Example Shop Inc. (the company) (G-shop)\"");
    // members sit inside their own group's braces
    assertThat(lines.subList(team, vendor)).contains("        \"c:C-oncall\";");
    assertThat(lines.subList(eng, team)).contains("      \"c:C-org\";");
    assertThat(lines.subList(vendor, lines.size())).contains("    \"c:C-payments\";");
    // a component without a group is in no cluster
    assertThat(dot).doesNotContain("  \"c:C-checkout\";\n");
  }

  @Test
  void groupsAreMermaidSubgraphsNestedAsTheGroupsAre() {
    String mermaid = MermaidDiagram.render(sample);
    String block =
        mermaid.substring(
            mermaid.indexOf("  subgraph g_G_shop"), mermaid.indexOf("  subgraph g_G_vendor"));
    assertThat(block.lines())
        .containsSubsequence(
            "  subgraph g_G_shop[\"Example Shop Inc. (the company) (G-shop)\"]",
            "    subgraph g_G_eng[\"Engineering (G-eng)\"]",
            "      n_C_org",
            "      subgraph g_G_team[\"Checkout team (G-team)\"]",
            "        n_C_oncall",
            "      end",
            "    end",
            "  end");
    assertThat(line(mermaid, "  subgraph g_G_vendor"))
        .isEqualTo("  subgraph g_G_vendor[\"PayCo, outside (G-vendor)\"]");
    // boxes keep their level-ordered declarations above; the subgraphs only name them
    assertThat(mermaid.indexOf("  n_C_org[[")).isLessThan(mermaid.indexOf("subgraph"));
  }

  @Test
  void theReportListsTheGroupsOfTheStructureWithTheirComponents() {
    String report = MarkdownReport.render(sample);
    assertThat(line(report, "- `G-team` Checkout team"))
        .startsWith("- `G-team` Checkout team (part of Engineering `G-eng`)")
        .contains("On-call engineer (`C-oncall`)");
    assertThat(line(report, "_human controller · level 1"))
        .contains("in group Checkout team `G-team`");
  }

  @Test
  void aGroupWithoutComponentsIsNotDrawn() {
    ControlStructure s =
        structure(List.of(component("C-1", 0, "G-1")), List.of(), group("G-1", null)).toBuilder()
            .addGroup(group("G-empty", null))
            .build();
    assertThat(DotDiagram.render(s)).contains("cluster_g:G-1").doesNotContain("G-empty");
    assertThat(MermaidDiagram.render(s)).contains("g_G_1").doesNotContain("G_empty");
  }

  @Test
  void cyclesOfGroupsAndLongChainsAreDrawnBoundedAndQuickly() {
    int n = 5_000;
    List<Group> groups = new ArrayList<>();
    List<Component> components = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      // a chain G-0 inside G-1 inside ... G-(n-1), which is inside G-0: a cycle through all
      groups.add(group("G-" + i, "G-" + ((i + 1) % n)));
      components.add(component("C-" + i, i % 4, "G-" + i));
    }
    groups.add(group("G-self", "G-self"));
    groups.add(group("G-orphan", "G-nowhere"));
    components.add(component("C-self", 0, "G-self"));
    components.add(component("C-orphan", 0, "G-orphan"));
    ControlStructure s = structure(components, List.of(), groups.toArray(new Group[0]));
    long before = CpuTime.currentThreadNanos();
    String dot = DotDiagram.render(s);
    String mermaid = MermaidDiagram.render(s);
    assertThat(Duration.ofNanos(CpuTime.currentThreadNanos() - before))
        .isLessThan(Duration.ofSeconds(10));
    assertThat(maxDepth(dot, "subgraph \"cluster_", "}")).isBetween(2, 8);
    assertThat(maxDepth(mermaid, "subgraph ", "end")).isBetween(2, 8);
    // every group is drawn once, and each group's component is in it
    assertThat(count(dot, "subgraph \"cluster_g:")).isEqualTo(n + 2);
    assertThat(count(mermaid, "subgraph g_")).isEqualTo(n + 2);
    assertThat(dot)
        .contains("subgraph \"cluster_g:G-self\" {\n", "subgraph \"cluster_g:G-orphan\"");
  }

  @Test
  void everyLinkStatusIsDrawnDifferentlyInBothFormatsAndNamedInItsLabel() {
    List<Component> components = new ArrayList<>();
    List<ControlLink> links = new ArrayList<>();
    for (LinkStatus status : LinkStatus.values()) {
      String i = status.name();
      components.add(component("A-" + i, 0, null));
      components.add(component("B-" + i, 1, null));
      links.add(
          ControlLink.builder()
              .id(LinkId.of("CA-" + i.replace('_', '-')))
              .kind(LinkKind.CONTROL_ACTION)
              .source(ComponentId.of("A-" + i))
              .target(ComponentId.of("B-" + i))
              .label("command")
              .status(status)
              .build());
    }
    ControlStructure s = structure(components, links);
    String dot = DotDiagram.render(s);
    String mermaid = MermaidDiagram.render(s);
    Map<String, LinkStatus> dotLooks = new HashMap<>();
    Map<String, LinkStatus> mermaidLooks = new HashMap<>();
    for (LinkStatus status : LinkStatus.values()) {
      String e = edge(dot, "CA-" + status.name().replace('_', '-'));
      String look =
          e.substring(e.indexOf("color="), e.indexOf(", tooltip")).replace("fontcolor", "");
      assertThat(dotLooks.put(look, status))
          .as("DOT: %s looks like another status", status)
          .isNull();
      String arrow = line(mermaid, "  n_A_" + status.name() + " ");
      String mermaidLook =
          arrow.substring(arrow.indexOf(' ', 3), arrow.indexOf('|'))
              + linkStyle(mermaid, links.indexOf(link(links, status)));
      assertThat(mermaidLooks.put(mermaidLook, status))
          .as("Mermaid: %s looks like another status", status)
          .isNull();
      if (status != LinkStatus.PRESENT) {
        assertThat(e).contains("[" + Words.of(status) + "]");
        assertThat(arrow).contains("[" + Words.of(status) + "]");
      }
    }
    // and the report's legend says what each looks like
    String report =
        MarkdownReport.render(
            CastAnalysis.builder()
                .id(AnalysisId.of("CAST-1"))
                .title("statuses")
                .addControlStructure(s)
                .build());
    String legend = line(report, "_Shapes:");
    for (LinkStatus status : LinkStatus.values()) {
      if (status != LinkStatus.PRESENT) {
        assertThat(legend).contains(" = " + Words.of(status));
      }
    }
  }

  @Test
  void theLegendNamesTheNewStatusesOnlyWhenTheDiagramHasThem() {
    String legend =
        line(
            MarkdownReport.render(dev.castkit.core.testing.RenderSamples.checkoutOutage()),
            "_Shapes:");
    assertThat(legend).doesNotContain("delayed", "incorrect", "unnoticed", "group");
    assertThat(line(MarkdownReport.render(sample), "_Shapes:"))
        .contains("delayed", "incorrect", "unnoticed", "a box around components = their group");
  }

  @Test
  void theRealParsersAcceptGroupsAndEveryStatus(@TempDir Path dir) throws Exception {
    Map<String, String> dot = new LinkedHashMap<>();
    Map<String, String> mermaid = new LinkedHashMap<>();
    Map<String, String> markdown = new LinkedHashMap<>();
    dot.put("sample-1.1", DotDiagram.render(sample));
    mermaid.put("sample-1.1", MermaidDiagram.render(sample));
    markdown.put("sample-1.1", MarkdownReport.render(sample));
    for (Map.Entry<String, Run> run : ExternalRenderers.renderDot(dir, dot).entrySet()) {
      assertThat(run.getValue().exitCode()).as(run.getKey() + ": " + run.getValue()).isZero();
      assertThat(run.getValue().stderr()).as(run.getKey()).isBlank();
    }
    assertThat(ExternalRenderers.parseMermaid(dir, mermaid))
        .containsOnlyKeys(mermaid.keySet())
        .allSatisfy((name, error) -> assertThat(error).as(name).isNull());
    assertThat(ExternalRenderers.parseMarkdown(dir, markdown))
        .allSatisfy(
            (name, parsed) -> {
              assertThat(parsed.mermaidErrors()).as(name).isNotEmpty().containsOnlyNulls();
              assertThat(parsed.blocks().keySet())
                  .isSubsetOf("heading", "paragraph", "list", "table", "code", "space");
            });
  }

  // ---- helpers

  private static ControlLink link(List<ControlLink> links, LinkStatus status) {
    return links.stream().filter(l -> l.status() == status).findFirst().orElseThrow();
  }

  /** The linkStyle of the link written at the given position (links going down keep order). */
  private static String linkStyle(String mermaid, int index) {
    Matcher m = Pattern.compile("(?m)^  linkStyle ([0-9,]+) (.*)$").matcher(mermaid);
    while (m.find()) {
      for (String i : m.group(1).split(",")) {
        if (Integer.parseInt(i) == index) {
          return m.group(2);
        }
      }
    }
    throw new AssertionError("no linkStyle " + index);
  }

  private static int index(List<String> lines, String line) {
    int i = lines.indexOf(line);
    assertThat(i).as("line %s", line).isNotNegative();
    return i;
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }

  /** How deep blocks opened by a line containing {@code open} and closed by {@code close} nest. */
  private static int maxDepth(String text, String open, String close) {
    int depth = 0;
    int max = 0;
    boolean inGroups = false;
    for (String l : text.split("\n")) {
      String t = l.trim();
      if (t.startsWith(open)) {
        inGroups = true;
        max = Math.max(max, ++depth);
      } else if (inGroups && t.equals(close) && depth > 0) {
        depth--;
      }
    }
    return max;
  }

  private static Group group(String id, String parent) {
    Group.Builder g = Group.builder().id(GroupId.of(id)).name("group " + id);
    if (parent != null) {
      g.parent(GroupId.of(parent));
    }
    return g.build();
  }

  private static Component component(String id, int level, String group) {
    Component.Builder c =
        Component.builder()
            .id(ComponentId.of(id))
            .name("component " + id)
            .kind(ComponentKind.AUTOMATED_CONTROLLER)
            .level(level);
    if (group != null) {
      c.group(GroupId.of(group));
    }
    return c.build();
  }

  private static ControlStructure structure(
      List<Component> components, List<ControlLink> links, Group... groups) {
    return ControlStructure.builder()
        .id(ControlStructureId.of("CS-1"))
        .variant(StructureVariant.AS_OPERATING)
        .components(components)
        .links(links)
        .groups(List.of(groups))
        .build();
  }
}
