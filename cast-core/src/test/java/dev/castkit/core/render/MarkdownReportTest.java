package dev.castkit.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.castkit.core.AnalysisId;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.Component;
import dev.castkit.core.ComponentId;
import dev.castkit.core.ComponentKind;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.ControlStructureId;
import dev.castkit.core.Hazard;
import dev.castkit.core.HazardId;
import dev.castkit.core.LossId;
import dev.castkit.core.StructureVariant;
import dev.castkit.core.render.internal.FindingRow;
import dev.castkit.core.render.internal.Highlight;
import dev.castkit.core.render.internal.MarkdownWriter;
import dev.castkit.core.rules.CastRules;
import dev.castkit.core.rules.Finding;
import dev.castkit.core.rules.ValidationReport;
import dev.castkit.core.testing.RenderSamples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

  @Test
  void sectionsFollowTheOrderOfTheHandbook() {
    assertThat(headings(MarkdownReport.render(RenderSamples.checkoutOutage()), "## "))
        .containsExactly(
            "Summary",
            "Step 1: Basic information",
            "Step 2: Control structure",
            "Step 3: Components",
            "Step 4: Systemic flaws",
            "Step 5: Improvement program",
            "Open questions");
    assertThat(headings(MarkdownReport.render(RenderSamples.checkoutOutage()), "### "))
        .startsWith(
            "System and boundary",
            "Losses",
            "Hazards",
            "Safety constraints",
            "Timeline",
            "Physical and controlled process");
  }

  @Test
  void emptyAnalysisKeepsEverySectionAndSaysNothingIsRecorded() {
    String report = MarkdownReport.render(RenderSamples.empty());
    assertThat(headings(report, "## ")).hasSize(7);
    // summary, system, losses, hazards, constraints, timeline, structure, components, flaws,
    // program, open questions
    assertThat(report.split("_None recorded._", -1)).hasSize(12);
    assertThat(report).doesNotContain("```mermaid");
  }

  @Test
  void everyComponentOfEveryStructureAndEveryAnalysedComponentHasASection() {
    CastAnalysis hostile = RenderSamples.hostile();
    List<String> sections = headings(MarkdownReport.render(hostile), "### ");
    for (ControlStructure s : hostile.controlStructures()) {
      for (Component c : s.components()) {
        assertThat(sections).anyMatch(h -> h.endsWith(" (`" + c.id().value() + "`)"));
      }
    }
    // "nowhere" has a step-3 analysis but no component in any structure.
    assertThat(sections).contains("`nowhere`");
  }

  @Test
  void cycleOfParentsIsShownNotFollowed() {
    // Every component of the hostile sample is part of the next one, round in a circle.
    String report = MarkdownReport.render(RenderSamples.hostile());
    assertThat(report).contains("(a cycle)");
  }

  @Test
  void longChainOfParentsIsCutShortAndNeverOverflowsTheStack() {
    List<Component> chain = new ArrayList<>();
    int n = 3000;
    for (int i = 0; i < n; i++) {
      Component.Builder c =
          Component.builder()
              .id(ComponentId.of("C-" + i))
              .name("part " + i)
              .kind(ComponentKind.HUMAN_CONTROLLER)
              .level(i % 50);
      if (i + 1 < n) {
        c.parent(ComponentId.of("C-" + (i + 1)));
      }
      chain.add(c.build());
    }
    CastAnalysis deep =
        CastAnalysis.builder()
            .id(AnalysisId.of("A-1"))
            .title("deep")
            .addControlStructure(
                ControlStructure.builder()
                    .id(ControlStructureId.of("CS-1"))
                    .variant(StructureVariant.AS_OPERATING)
                    .components(chain)
                    .build())
            .build();
    String report = MarkdownReport.render(deep);
    assertThat(report).contains("_human controller · level 0 · part of part 1 (`C-1`) › ");
    String first = DiagramTest.line(report, "_human controller · level 0 ·");
    assertThat(first.split(" › ")).hasSize(13);
    assertThat(first).endsWith("…_");
    assertThat(MermaidDiagram.render(deep)).contains("n_C_2999");
    assertThat(DotDiagram.render(deep)).contains("\"c:C-2999\"");
  }

  @Test
  void reportIsDeterministic() {
    CastAnalysis sample = RenderSamples.checkoutOutage();
    assertThat(MarkdownReport.render(sample))
        .isEqualTo(MarkdownReport.render(sample))
        .isEqualTo(MarkdownReport.render(sample.toBuilder().build()));
  }

  @Test
  void diagramsCanBeLeftOutButTheLinksTableStays() {
    String report =
        MarkdownReport.render(
            RenderSamples.checkoutOutage(),
            MarkdownReport.Options.builder().diagrams(false).build());
    assertThat(report).doesNotContain("```mermaid").contains("| `FB-3` | feedback |");
  }

  @Test
  void reportEmbedsTheDiagramOfTheAnalysisWithItsHighlight() {
    CastAnalysis sample = RenderSamples.checkoutOutage();
    DiagramOptions options =
        DiagramOptions.builder().highlight(GoldenFilesTest.flaw(sample, "F-2")).build();
    String report =
        MarkdownReport.render(
            sample, MarkdownReport.Options.builder().diagramOptions(options).build());
    assertThat(report).contains("```mermaid\n" + MermaidDiagram.render(sample, options) + "```\n");
  }

  @Test
  void findingsSectionIsLeftOutUntilTheRulesHandFindingsIn() {
    CastAnalysis sample = RenderSamples.checkoutOutage();
    assertThat(MarkdownReport.render(sample)).doesNotContain("Findings of the analysis rules");

    String withFindings =
        MarkdownWriter.write(
            sample,
            Highlight.NONE,
            false,
            List.of(
                new FindingRow(
                    "CAST-H001",
                    "warning",
                    "1 Assemble basic information",
                    "H-1",
                    "Hazard H-1 | has \"no\" constraint")));
    assertThat(headings(withFindings, "## ")).last().isEqualTo("Findings of the analysis rules");
    assertThat(withFindings)
        .contains(
            "| `CAST-H001` | warning | 1 Assemble basic information | `H-1` | Hazard H-1 \\| has"
                + " \"no\" constraint |");
    assertThat(MarkdownWriter.write(sample, Highlight.NONE, false, List.of()))
        .contains("## Findings of the analysis rules\n\n_No findings._\n");
  }

  @Test
  void findingsOfTheRulesBecomeTheLastSection() {
    CastAnalysis sample = RenderSamples.checkoutOutage();
    CastAnalysis broken =
        sample.toBuilder()
            .addHazard(
                Hazard.builder()
                    .id(HazardId.of("H-99"))
                    .description("The service runs with no spare capacity")
                    .addLoss(LossId.of("L-404"))
                    .build())
            .build();
    ValidationReport findings = CastRules.standard().check(broken);
    assertThat(findings.findings()).isNotEmpty();

    String report =
        MarkdownReport.render(broken, MarkdownReport.Options.builder().findings(findings).build());

    assertThat(headings(report, "## ")).last().isEqualTo("Findings of the analysis rules");
    for (Finding f : findings.findings()) {
      assertThat(report).contains("| `" + f.code() + "` | " + f.severity().name().toLowerCase());
    }
    assertThat(report).contains("L-404");
  }

  @Test
  void nullArgumentsAreRejectedWithAClearMessage() {
    assertThatThrownBy(() -> MarkdownReport.render(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("analysis must not be null");
    assertThatThrownBy(() -> MarkdownReport.render(RenderSamples.empty(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("options must not be null");
  }

  static List<String> headings(String markdown, String prefix) {
    List<String> headings = new ArrayList<>();
    boolean inFence = false;
    for (String line : markdown.split("\n")) {
      if (line.startsWith("```")) {
        inFence = !inFence;
      } else if (!inFence && line.startsWith(prefix)) {
        headings.add(line.substring(prefix.length()));
      }
    }
    return headings;
  }
}
