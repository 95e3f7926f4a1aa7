package dev.castkit.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.castkit.core.AnalysisId;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.Component;
import dev.castkit.core.ComponentId;
import dev.castkit.core.ComponentKind;
import dev.castkit.core.ControlLink;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.ControlStructureId;
import dev.castkit.core.LinkId;
import dev.castkit.core.LinkKind;
import dev.castkit.core.LinkStatus;
import dev.castkit.core.StructureVariant;
import dev.castkit.core.testing.RenderSamples;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DiagramTest {
  private final CastAnalysis sample = RenderSamples.checkoutOutage();
  private final ControlStructure designed = sample.controlStructures().get(0);
  private final ControlStructure operating = sample.controlStructures().get(1);

  @Test
  void analysisWithBothStructuresIsDrawnAsTheirComparison() {
    assertThat(MermaidDiagram.render(sample))
        .isEqualTo(MermaidDiagram.compare(designed, operating));
    assertThat(DotDiagram.render(sample)).isEqualTo(DotDiagram.compare(designed, operating));
  }

  @Test
  void comparisonGreysOutWhatWasLostAndMarksWhatWasAdded() {
    String mermaid = MermaidDiagram.compare(designed, operating);
    assertThat(line(mermaid, "  n_C_canary[")).contains("[lost]");
    assertThat(line(mermaid, "  n_C_script[")).contains("[added]");
    assertThat(line(mermaid, "  n_C_flags[")).doesNotContain("[lost]", "[added]");
    assertThat(classMembers(mermaid, "lost")).containsExactly("n_C_canary");
    assertThat(classMembers(mermaid, "added")).containsExactly("n_C_script");
    // CA-3 (canary halts the rollout) exists only in the design: dashed and grey.
    assertThat(line(mermaid, "  n_C_canary -.->|\"halt rollout")).contains("[lost]");
    assertThat(line(mermaid, "  n_C_script ==>|")).contains("[added]");

    String dot = DotDiagram.compare(designed, operating);
    assertThat(line(dot, "  \"c:C-canary\" [")).contains("[lost]", "dashed", "#aaaaaa");
    assertThat(line(dot, "  \"c:C-script\" [")).contains("[added]", "#8e44ad");
    assertThat(line(dot, "  \"c:C-flags\" [")).doesNotContain("[lost]", "[added]");
  }

  @Test
  void singleStructureMarksNothingAsLostOrAdded() {
    assertThat(MermaidDiagram.render(operating)).doesNotContain("[lost]", "[added]", "class lost");
    assertThat(DotDiagram.render(designed)).doesNotContain("[lost]", "[added]");
  }

  @Test
  void linkStatusesAreDrawnSoAReaderSeesThem() {
    String mermaid = MermaidDiagram.render(operating);
    assertThat(line(mermaid, "  n_C_flags -.->|")).contains("[missing]").endsWith(" n_C_oncall");
    assertThat(line(mermaid, "  n_C_oncall ==x|")).contains("[inoperable]");
    assertThat(line(mermaid, "  n_C_monitor ==>|")).contains("[degraded]");

    String dot = DotDiagram.render(operating);
    assertThat(edge(dot, "FB-3")).contains("dashed", "#d62728", "[missing]");
    assertThat(edge(dot, "CA-4")).contains("tee", "#d62728", "[inoperable]");
    assertThat(edge(dot, "FB-1")).contains("#e67e00", "[degraded]");
    assertThat(edge(dot, "CA-1")).doesNotContain("dashed", "bold", "\\n[");
  }

  @Test
  void comparisonSaysBothStatusesOfALinkWhoseStatusChanged() {
    // FB-3 (rollout progress) is present as designed and missing as operating.
    assertThat(link(designed, "FB-3").status()).isEqualTo(LinkStatus.PRESENT);
    assertThat(link(operating, "FB-3").status()).isEqualTo(LinkStatus.MISSING);
    String dot = DotDiagram.compare(designed, operating);
    assertThat(edge(dot, "FB-3"))
        .contains("[present as designed,\\nmissing as operating]", "dashed", "#d62728");
    String mermaid = MermaidDiagram.compare(designed, operating);
    assertThat(line(mermaid, "  n_C_flags -.->|"))
        .contains("[present as designed,<br/>missing as operating]");
    String report = MarkdownReport.render(sample);
    assertThat(line(report, "| `FB-3` |"))
        .endsWith("| **present as designed, missing as operating** |");
    // A link with one status in both, or in one structure only, says only that status.
    assertThat(DotDiagram.render(operating)).doesNotContain("as designed,");
    assertThat(line(MermaidDiagram.render(operating), "  n_C_flags -.->|"))
        .contains("[missing]")
        .doesNotContain("as designed");
  }

  @Test
  void longNamesAndLabelsAreWrappedAtWordBoundaries() {
    String name = "Backbone capacity management system of every region";
    String label = "command to assess the availability of global backbone capacity";
    ControlStructure s =
        ControlStructure.builder()
            .id(ControlStructureId.of("CS-1"))
            .variant(StructureVariant.AS_OPERATING)
            .addComponent(
                Component.builder()
                    .id(ComponentId.of("C-1"))
                    .kind(ComponentKind.HUMAN_CONTROLLER)
                    .name("Network engineers")
                    .build())
            .addComponent(
                Component.builder()
                    .id(ComponentId.of("C-2"))
                    .level(1)
                    .kind(ComponentKind.AUTOMATED_CONTROLLER)
                    .name(name)
                    .build())
            .addLink(
                ControlLink.builder()
                    .id(LinkId.of("CA-1"))
                    .kind(LinkKind.CONTROL_ACTION)
                    .source(ComponentId.of("C-1"))
                    .target(ComponentId.of("C-2"))
                    .label(label)
                    .build())
            .build();
    String dot = DotDiagram.render(s);
    assertThat(line(dot, "  \"c:C-2\" ["))
        .contains("label=\"Backbone capacity\\nmanagement system of\\nevery region\\n(C-2)\"");
    assertThat(edge(dot, "CA-1"))
        .contains("label=\"command to assess\\nthe availability\\nof global backbone\\ncapacity\"");
    String mermaid = MermaidDiagram.render(s);
    assertThat(line(mermaid, "  n_C_2["))
        .contains("Backbone capacity<br/>management system of<br/>every region<br/>(C-2)");
    assertThat(line(mermaid, "  n_C_1 -->|"))
        .contains("command to assess<br/>the availability<br/>of global backbone<br/>capacity");
  }

  private static ControlLink link(ControlStructure structure, String id) {
    return structure.links().stream()
        .filter(l -> l.id().equals(LinkId.of(id)))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void dotPutsEveryLevelOnItsOwnRankAndDrawsFeedbackWithItsHeadAtTheTop() {
    String dot = DotDiagram.render(operating);
    assertThat(dot)
        .contains("{ rank=same; \"level:0\"; \"c:C-org\"; }")
        .contains("{ rank=same; \"level:1\"; \"c:C-oncall\"; }")
        .contains("{ rank=same; \"level:2\"; \"c:C-flags\"; \"c:C-script\"; }")
        .contains("\"level:0\" -> \"level:1\" -> \"level:2\" -> \"level:3\" [style=invis]");
    // FB-1 goes from the monitor (level 3) up to the on-call engineer (level 1).
    assertThat(edge(dot, "FB-1"))
        .startsWith("  \"c:C-oncall\" -> \"c:C-monitor\" [")
        .contains("dir=back", "arrowtail=vee");
    assertThat(edge(dot, "CA-1")).startsWith("  \"c:C-oncall\" -> \"c:C-flags\" [");
  }

  @Test
  void mermaidDeclaresBoxesTopLevelFirstAndControlBeforeFeedback() {
    String mermaid = MermaidDiagram.render(operating);
    assertThat(mermaid.indexOf("n_C_org[[")).isLessThan(mermaid.indexOf("n_C_oncall("));
    assertThat(mermaid.indexOf("n_C_oncall(")).isLessThan(mermaid.indexOf("n_C_checkout{{"));
    int lastDownward = mermaid.lastIndexOf("n_C_script ==>|");
    int firstUpward = mermaid.indexOf("n_C_monitor ==>|");
    assertThat(lastDownward).isLessThan(firstUpward);
  }

  @Test
  void mermaidHoldsABoxNoLinkComesDownToBelowTheLevelAbove() {
    // The canary analysis (level 2) has links only up to the on-call engineer and across to the
    // flag service; without an anchor Mermaid would draw it at the top.
    String mermaid = MermaidDiagram.render(designed);
    assertThat(mermaid).contains("\n  n_C_oncall ~~~ n_C_canary\n");
    // The on-call engineer is reached by the organisation's policy: no anchor needed.
    assertThat(mermaid).doesNotContain("~~~ n_C_oncall\n", "~~~ n_C_org\n");
    // Anchors come after every visible link, so linkStyle numbers count visible links only.
    assertThat(mermaid.indexOf(" ~~~ ")).isGreaterThan(mermaid.lastIndexOf("|\" n_"));
  }

  @Test
  void everyKindOfComponentHasItsOwnShape() {
    List<Component> components = new ArrayList<>();
    for (ComponentKind kind : ComponentKind.values()) {
      components.add(
          Component.builder()
              .id(ComponentId.of("K-" + kind.ordinal()))
              .name("x")
              .kind(kind)
              .build());
    }
    ControlStructure all =
        ControlStructure.builder()
            .id(ControlStructureId.of("CS-1"))
            .variant(StructureVariant.AS_OPERATING)
            .components(components)
            .build();
    Set<String> mermaidShapes = new HashSet<>();
    Set<String> dotShapes = new HashSet<>();
    String mermaid = MermaidDiagram.render(all);
    String dot = DotDiagram.render(all);
    for (ComponentKind kind : ComponentKind.values()) {
      String node = line(mermaid, "  n_K_" + kind.ordinal());
      mermaidShapes.add(node.substring(("  n_K_" + kind.ordinal()).length(), node.indexOf('"')));
      Matcher shape =
          Pattern.compile("shape=(\\w+)").matcher(line(dot, "  \"c:K-" + kind.ordinal()));
      assertThat(shape.find()).isTrue();
      String style = line(dot, "  \"c:K-" + kind.ordinal()).contains("rounded") ? "+rounded" : "";
      dotShapes.add(shape.group(1) + style);
    }
    assertThat(mermaidShapes).hasSize(ComponentKind.values().length);
    assertThat(dotShapes).hasSize(ComponentKind.values().length);
  }

  @Test
  void highlightedFlawMarksItsComponentsAndLinksOnly() {
    DiagramOptions options =
        DiagramOptions.builder().highlight(GoldenFilesTest.flaw(sample, "F-1")).build();
    String mermaid = MermaidDiagram.render(sample, options);
    assertThat(classMembers(mermaid, "highlight"))
        .containsExactlyInAnyOrder("n_C_canary", "n_C_org");
    String dot = DotDiagram.render(sample, options);
    assertThat(line(dot, "  \"c:C-canary\" [")).contains("#fff3b0");
    assertThat(line(dot, "  \"c:C-oncall\" [")).doesNotContain("#fff3b0");
    assertThat(edge(dot, "CA-3")).contains("penwidth=4");
    assertThat(edge(dot, "FB-2")).contains("penwidth=4");
    assertThat(edge(dot, "CA-1")).doesNotContain("penwidth=4");
  }

  @Test
  void highlightedRecommendationFollowsItsFlawsAndContributionsWhenTheAnalysisIsKnown() {
    // REC-1 names C-flags, addresses F-2 (C-script, C-flags, CA-6) and CT-3 (of C-flags).
    DiagramOptions options =
        DiagramOptions.builder().highlight(GoldenFilesTest.recommendation(sample, "REC-1")).build();
    assertThat(classMembers(MermaidDiagram.render(sample, options), "highlight"))
        .containsExactlyInAnyOrder("n_C_flags", "n_C_script");
    assertThat(classMembers(MermaidDiagram.render(operating, options), "highlight"))
        .containsExactly("n_C_flags");
    assertThat(edge(DotDiagram.render(sample, options), "CA-6")).contains("penwidth=4");
    assertThat(edge(DotDiagram.render(operating, options), "CA-6")).doesNotContain("penwidth=4");
  }

  @Test
  void mermaidNodeIdsAreDistinctAndNeverAKeyword() {
    CastAnalysis hostile = RenderSamples.hostile();
    String mermaid = MermaidDiagram.render(hostile.controlStructures().get(0));
    List<String> ids = new ArrayList<>();
    for (String l : mermaid.split("\n")) {
      Matcher m = Pattern.compile("^  (\\w+)[\\[({>]").matcher(l);
      if (m.find()) {
        ids.add(m.group(1));
      }
    }
    // Nine components and the placeholder of the dangling link end "ghost".
    assertThat(ids).hasSize(10).doesNotHaveDuplicates().allMatch(id -> id.startsWith("n_"));
    assertThat(ids).contains("n_end", "n_C_1", "n_C_1_2", "n_C_1_3", "n_ghost");
  }

  @Test
  void linkToAComponentTheStructureLacksIsDrawnAsAPlaceholder() {
    ControlStructure structure =
        ControlStructure.builder()
            .id(ControlStructureId.of("CS-1"))
            .variant(StructureVariant.AS_OPERATING)
            .addComponent(
                Component.builder()
                    .id(ComponentId.of("C-1"))
                    .name("Controller")
                    .kind(ComponentKind.HUMAN_CONTROLLER)
                    .build())
            .addLink(
                ControlLink.builder()
                    .id(LinkId.of("CA-1"))
                    .kind(LinkKind.CONTROL_ACTION)
                    .source(ComponentId.of("C-1"))
                    .target(ComponentId.of("C-gone"))
                    .label("act")
                    .build())
            .build();
    assertThat(line(MermaidDiagram.render(structure), "  n_C_gone["))
        .contains("C-gone", "not in this structure");
    assertThat(line(DotDiagram.render(structure), "  \"c:C-gone\" ["))
        .contains("not in this structure", "dashed");
    assertThat(classMembers(MermaidDiagram.render(structure), "unknown"))
        .containsExactly("n_C_gone");
  }

  @Test
  void emptyStructureAndAnalysisWithoutStructureStillMakeADiagram() {
    ControlStructure empty =
        ControlStructure.builder()
            .id(ControlStructureId.of("CS-1"))
            .variant(StructureVariant.AS_DESIGNED)
            .build();
    CastAnalysis none = CastAnalysis.builder().id(AnalysisId.of("A-1")).title("t").build();
    for (String mermaid : List.of(MermaidDiagram.render(empty), MermaidDiagram.render(none))) {
      assertThat(mermaid).contains("flowchart TB\n", "No components").endsWith("\n");
    }
    for (String dot : List.of(DotDiagram.render(empty), DotDiagram.render(none))) {
      assertThat(dot).startsWith("digraph ").contains("No components").endsWith("}\n");
    }
  }

  @Test
  void nullArgumentsAreRejectedWithAClearMessage() {
    assertThatThrownBy(() -> MermaidDiagram.render((ControlStructure) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("structure must not be null");
    assertThatThrownBy(() -> DotDiagram.render((CastAnalysis) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("analysis must not be null");
    assertThatThrownBy(() -> DotDiagram.compare(designed, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("operating must not be null");
    assertThatThrownBy(() -> MermaidDiagram.render(sample, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("options must not be null");
    assertThatThrownBy(() -> DiagramOptions.builder().highlight((dev.castkit.core.Flaw) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("flaw must not be null");
  }

  static String line(String text, String prefix) {
    for (String l : text.split("\n")) {
      if (l.startsWith(prefix)) {
        return l;
      }
    }
    throw new AssertionError("no line starts with '" + prefix + "' in:\n" + text);
  }

  static String edge(String dot, String linkId) {
    for (String l : dot.split("\n")) {
      if (l.contains(" -> ") && l.contains("tooltip=\"" + linkId + "\"")) {
        return l;
      }
    }
    throw new AssertionError("no edge " + linkId + " in:\n" + dot);
  }

  static List<String> classMembers(String mermaid, String className) {
    for (String l : mermaid.split("\n")) {
      if (l.startsWith("  class ") && l.endsWith(" " + className)) {
        String members = l.substring("  class ".length(), l.length() - className.length() - 1);
        return Arrays.asList(members.split(","));
      }
    }
    return List.of();
  }
}
