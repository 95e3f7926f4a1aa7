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
import dev.castkit.core.Evidence;
import dev.castkit.core.ExtensionValue;
import dev.castkit.core.Hazard;
import dev.castkit.core.HazardId;
import dev.castkit.core.Loss;
import dev.castkit.core.LossId;
import dev.castkit.core.Question;
import dev.castkit.core.StructureVariant;
import dev.castkit.core.TimelineEvent;
import dev.castkit.core.render.internal.FindingRow;
import dev.castkit.core.render.internal.Highlight;
import dev.castkit.core.render.internal.MarkdownWriter;
import dev.castkit.core.rules.CastRules;
import dev.castkit.core.rules.Finding;
import dev.castkit.core.rules.ValidationReport;
import dev.castkit.core.testing.RenderSamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
  void extensionsOfTheAnalysisAndOfEveryElementAreShownWhereTheElementIs() {
    CastAnalysis a = RenderSamples.checkoutOutage();
    ExtensionValue window =
        ExtensionValue.object(
            Map.of(
                "start", ExtensionValue.of("14:02"),
                "minutes", ExtensionValue.number("38.0"),
                "tags",
                    ExtensionValue.array(
                        List.of(ExtensionValue.of("a, b"), ExtensionValue.of(true))),
                "owner", ExtensionValue.ofNull()));
    List<Loss> losses = new ArrayList<>(a.losses());
    losses.set(
        0,
        losses.get(0).toBuilder()
            .putExtension("x-customers", ExtensionValue.number("4100"))
            .build());
    List<Question> questions = new ArrayList<>(a.questions());
    questions.set(
        1,
        questions.get(1).toBuilder().putExtension("x-asked-by", ExtensionValue.of("Ana")).build());
    ControlStructure operating = a.controlStructures().get(1);
    List<ControlLink> links = new ArrayList<>(operating.links());
    links.set(
        0, links.get(0).toBuilder().putExtension("x-sla", ExtensionValue.of("5 min")).build());
    List<Component> components = new ArrayList<>(operating.components());
    components.set(
        0,
        components.get(0).toBuilder()
            .putExtension("x-team", ExtensionValue.of("payments"))
            .build());
    List<ControlStructure> structures = new ArrayList<>(a.controlStructures());
    structures.set(1, operating.toBuilder().links(links).components(components).build());
    List<TimelineEvent> timeline = new ArrayList<>(a.timeline());
    TimelineEvent withEvidence =
        timeline.stream().filter(e -> !e.evidence().isEmpty()).findFirst().orElseThrow();
    List<Evidence> evidence = new ArrayList<>(withEvidence.evidence());
    evidence.set(
        0, evidence.get(0).toBuilder().putExtension("x-author", ExtensionValue.of("bot")).build());
    timeline.set(
        timeline.indexOf(withEvidence), withEvidence.toBuilder().evidence(evidence).build());
    CastAnalysis extended =
        a.toBuilder()
            .putExtension("x-severity", ExtensionValue.of("SEV-1"))
            .putExtension("x-window", window)
            .losses(losses)
            .questions(questions)
            .controlStructures(structures)
            .timeline(timeline)
            .build();

    String report = MarkdownReport.render(extended);
    // the analysis: right under its header, values readable, objects compact and sorted by key
    assertThat(report)
        .contains(
            "**Extensions**\n\n- x-severity: SEV-1\n"
                + "- x-window: \\{minutes: 38.0, owner: null, start: \"14:02\","
                + " tags: \\[\"a, b\", true\\]\\}\n");
    assertThat(report.indexOf("x-severity")).isLessThan(report.indexOf("## Summary"));
    // a row of a table: listed under its table, by id
    int lossesAt = report.indexOf("### Losses");
    assertThat(report.indexOf("- `L-1`: x-customers: 4100"))
        .isGreaterThan(lossesAt)
        .isLessThan(report.indexOf("### Hazards"));
    assertThat(report).contains("- `" + links.get(0).id().value() + "`: x-sla: 5 min");
    // a component: in its own section; an evidence: beside it in its cell
    assertThat(report).contains("- x-team: payments");
    assertThat(line(report, "| `" + withEvidence.id().value() + "` |")).contains("(x-author: bot)");
    // an answered question is not in the open questions: its extensions are listed at the end
    assertThat(report)
        .contains(
            "## Other extensions\n\n- Question `"
                + questions.get(1).id().value()
                + "`: x-asked-by: Ana\n");
    // without extensions, no such section or line
    assertThat(MarkdownReport.render(a)).doesNotContain("Extensions", "Other extensions");
  }

  @Test
  void hostileExtensionKeysAndValuesCannotBreakTheReport() {
    String hostile = "| cell | <b>bold</b> **x** `tick`\n# heading\n- item";
    CastAnalysis a =
        CastAnalysis.builder()
            .id(AnalysisId.of("CAST-x"))
            .title("t")
            .putExtension("x-| key `", ExtensionValue.of(hostile))
            .putExtension(
                "x-nested",
                ExtensionValue.array(
                    List.of(ExtensionValue.of(hostile), ExtensionValue.number("-1e3"))))
            .build();
    String report = MarkdownReport.render(a);
    String block = report.substring(report.indexOf("**Extensions**"), report.indexOf("## Summary"));
    assertThat(block.split("\n"))
        .containsExactly(
            "**Extensions**",
            "",
            "- x-nested: \\[\"\\| cell \\| &lt;b&gt;bold&lt;/b&gt; \\*\\*x\\*\\* \\`tick\\`"
                + "<br>\\# heading<br>\\- item\", -1e3\\]",
            "- x-\\| key \\`: \\| cell \\| &lt;b&gt;bold&lt;/b&gt; \\*\\*x\\*\\* \\`tick\\`"
                + "<br>\\# heading<br>\\- item");
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

  static String line(String text, String prefix) {
    for (String l : text.split("\n")) {
      if (l.startsWith(prefix)) {
        return l;
      }
    }
    throw new AssertionError("no line starts with '" + prefix + "' in:\n" + text);
  }
}
