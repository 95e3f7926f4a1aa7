package dev.castkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.core.render.DotDiagram;
import dev.castkit.core.render.MarkdownReport;
import dev.castkit.core.render.MermaidDiagram;
import dev.castkit.core.rules.CastRules;
import dev.castkit.core.rules.Finding;
import dev.castkit.core.rules.ValidationReport;
import dev.castkit.core.testing.CpuTime;
import dev.castkit.core.testing.EveryText;
import dev.castkit.core.testing.ExternalRenderers;
import dev.castkit.core.testing.ExternalRenderers.ParsedReport;
import dev.castkit.core.testing.ExternalRenderers.Run;
import dev.castkit.core.testing.Format11Sample;
import dev.castkit.core.testing.HostileTally;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules and the renderers on hostile but well-formed models: cycles in every parent chain, a
 * component that controls itself, thousands of links between two components, thousands of elements
 * that refer to each other, the largest level there is, and text made of Markdown, Mermaid and DOT
 * syntax. Each gives findings or escaped output, in bounded time (a generous bound: this is a hang
 * detector, not a benchmark), and the real Graphviz, Mermaid and Markdown parsers accept the
 * output.
 */
class HostileModelsTest {
  /**
   * The bound on CPU time of one operation: far above what any case here needs (the slowest takes
   * well under a second of CPU). A watchdog stops the work as soon as it passes the bound. Wall
   * time is not bounded: the machines are shared, and a loaded one took 20 s of wall time for what
   * needs 1 s of CPU.
   */
  private static final Duration CPU_BOUND = Duration.ofSeconds(10);

  private static final HostileTally TALLY = new HostileTally("HostileModelsTest");

  /** Every syntax character and keyword the three output formats know, and some HTML. */
  static final String SYNTAX_SOUP =
      "%%{init: {\"securityLevel\": \"loose\"}}%% click n_A call alert(1) :::cls style n_A"
          + " fill:#f00 classDef x linkStyle 0 subgraph end graph TB --> -.-> ==> ~~~ --x o--o"
          + " [[sub]] ((circle)) {{hex}} [/trap\\] >flag] |edge label| \"q\" 'q' #quot; #35;"
          + " &amp; &#60; <script>alert(1)</script> <!-- c --> <details><summary>s</summary>"
          + " [link](javascript:alert(1)) ![img](http://127.0.0.1/x.png) <http://127.0.0.1>"
          + " [^1] - [ ] task *em* **strong** _u_ ~~s~~ `code` ``` $x$ \\\\ \\ | a | b |"
          + "\n# heading\n> quote\n    indented code\n1. one\n---\n=== \n+ plus\n"
          + "digraph { a -> b } ]; [label=<b>html</b>] /* c */ // c\n# 1 \"file\"\n"
          + "\\N \\G \\E \\L \\l \\r \\n {rank=same;} node [shape=box] edge; strict subgraph"
          + " \u0000nul \u0007bell \u001b[31mansi \u202eRTL \u200bzwsp \ufeffbom \ud800 😀";

  @AfterAll
  static void writeTally() {
    TALLY.write();
  }

  private static <T> T bounded(String inputClass, Supplier<T> work) {
    long start = System.nanoTime();
    CpuTime.Bounded<T> run = CpuTime.bounded(inputClass, CPU_BOUND, work);
    TALLY.record(inputClass, "completed", System.nanoTime() - start);
    assertThat(run.cpu()).as("CPU time of %s", inputClass).isLessThan(CPU_BOUND);
    return run.result();
  }

  /** Rules and the three renderers, each bounded; returns the findings. */
  private static ValidationReport everything(String inputClass, CastAnalysis a) {
    ValidationReport report = bounded(inputClass + ": rules", () -> CastRules.standard().check(a));
    String md =
        bounded(
            inputClass + ": Markdown",
            () ->
                MarkdownReport.render(
                    a, MarkdownReport.Options.builder().findings(report).build()));
    String mermaid = bounded(inputClass + ": Mermaid", () -> MermaidDiagram.render(a));
    String dot = bounded(inputClass + ": DOT", () -> DotDiagram.render(a));
    assertThat(md).endsWith("\n").contains("## Step 2: Control structure");
    assertThat(mermaid).startsWith("%% ").contains("flowchart TB");
    assertThat(dot).startsWith("digraph ").endsWith("}\n");
    return report;
  }

  private static List<Finding> findings(ValidationReport report, String code) {
    return report.findings().stream().filter(f -> f.code().equals(code)).toList();
  }

  // ------------------------------------------------------------------------------ the models

  private static Component component(String id, int level, String parent) {
    Component.Builder b =
        Component.builder()
            .id(ComponentId.of(id))
            .name("component " + id)
            .kind(ComponentKind.AUTOMATED_CONTROLLER)
            .level(level);
    if (parent != null) {
      b.parent(ComponentId.of(parent));
    }
    return b.build();
  }

  private static ControlLink link(String id, LinkKind kind, String from, String to, int status) {
    return ControlLink.builder()
        .id(LinkId.of(id))
        .kind(kind)
        .source(ComponentId.of(from))
        .target(ComponentId.of(to))
        .label("link " + id)
        .status(LinkStatus.values()[status % LinkStatus.values().length])
        .build();
  }

  /**
   * Hazards, constraints and components whose parent chains loop: each refines itself, two refine
   * each other, a ring of {@code ring}, and a chain of {@code chain} with no cycle.
   */
  static CastAnalysis cycles(int ring, int chain) {
    CastAnalysis.Builder a = CastAnalysis.builder().id(AnalysisId.of("CAST-cycles")).title("t");
    ControlStructure.Builder s =
        ControlStructure.builder()
            .id(ControlStructureId.of("CS-1"))
            .variant(StructureVariant.AS_OPERATING);
    List<String[]> parents = new ArrayList<>();
    parents.add(new String[] {"self", "self"});
    parents.add(new String[] {"pair.a", "pair.b"});
    parents.add(new String[] {"pair.b", "pair.a"});
    for (int i = 0; i < ring; i++) {
      parents.add(new String[] {"ring." + i, "ring." + ((i + 1) % ring)});
    }
    for (int i = 0; i < chain; i++) {
      parents.add(new String[] {"chain." + i, i + 1 < chain ? "chain." + (i + 1) : null});
    }
    for (String[] p : parents) {
      Hazard.Builder h =
          Hazard.builder()
              .id(HazardId.of("H-" + p[0]))
              .description("hazard " + p[0])
              .addLoss(LossId.of("L-1"));
      SafetyConstraint.Builder c =
          SafetyConstraint.builder()
              .id(ConstraintId.of("SC-" + p[0]))
              .text("constraint " + p[0])
              .addHazard(HazardId.of("H-" + p[0]));
      if (p[1] != null) {
        h.parent(HazardId.of("H-" + p[1]));
        c.parent(ConstraintId.of("SC-" + p[1]));
      }
      a.addHazard(h.build()).addConstraint(c.build());
      s.addComponent(component("C-" + p[0], 0, p[1] == null ? null : "C-" + p[1]));
    }
    return a.addLoss(
            Loss.builder()
                .id(LossId.of("L-1"))
                .description("loss")
                .category(LossCategory.AVAILABILITY)
                .build())
        .addControlStructure(s.build())
        .build();
  }

  /** One component that controls itself, with or without feedback to itself. */
  static CastAnalysis controlsItself(boolean withFeedback) {
    ControlStructure.Builder s =
        ControlStructure.builder()
            .id(ControlStructureId.of("CS-1"))
            .variant(StructureVariant.AS_OPERATING)
            .addComponent(component("C-loop", 0, "C-loop"))
            .addLink(link("CA-1", LinkKind.CONTROL_ACTION, "C-loop", "C-loop", 0));
    if (withFeedback) {
      s.addLink(link("FB-1", LinkKind.FEEDBACK, "C-loop", "C-loop", 0));
    }
    return CastAnalysis.builder()
        .id(AnalysisId.of("CAST-loop"))
        .title("t")
        .addControlStructure(s.build())
        .addRecommendation(
            Recommendation.builder()
                .id(RecommendationId.of("REC-1"))
                .text("r")
                .addLink(LinkId.of("CA-1"))
                .addComponent(ComponentId.of("C-loop"))
                .build())
        .build();
  }

  /**
   * {@code n} links each way between two components, of every kind and status, in a designed and an
   * operating structure (so the diagrams draw the comparison), all named by flaws and
   * recommendations.
   */
  static CastAnalysis linksBetweenTwo(int n) {
    List<ControlStructure> structures = new ArrayList<>();
    for (StructureVariant variant : StructureVariant.values()) {
      ControlStructure.Builder s =
          ControlStructure.builder()
              .id(ControlStructureId.of("CS-" + variant.name()))
              .variant(variant)
              .addComponent(component("C-a", 0, null))
              .addComponent(component("C-b", 1, null));
      // the designed structure lacks some links and has some the operating one lost
      for (int i = 0; i < n; i++) {
        boolean inThis = variant == StructureVariant.AS_DESIGNED ? i % 2 == 0 : i % 3 != 0;
        if (inThis) {
          s.addLink(link("down." + i, LinkKind.CONTROL_ACTION, "C-a", "C-b", i));
          s.addLink(link("up." + i, LinkKind.values()[i % 3], "C-b", "C-a", i));
        }
      }
      structures.add(s.build());
    }
    CastAnalysis.Builder a =
        CastAnalysis.builder()
            .id(AnalysisId.of("CAST-links"))
            .title("t")
            .controlStructures(structures);
    Flaw.Builder flaw =
        Flaw.builder()
            .id(FlawId.of("F-1"))
            .category(FlawCategory.COMMUNICATION_AND_COORDINATION)
            .description("f");
    Recommendation.Builder rec =
        Recommendation.builder()
            .id(RecommendationId.of("REC-1"))
            .text("r")
            .addFlaw(FlawId.of("F-1"));
    for (int i = 0; i < n; i++) {
      flaw.addLink(LinkId.of("down." + i));
      rec.addLink(LinkId.of("up." + i));
    }
    return a.addFlaw(flaw.build()).addRecommendation(rec.build()).build();
  }

  /**
   * {@code n} components, links, recommendations (each changing one link), flaws (each addressed by
   * one recommendation), hazards with constraints, responsibilities serving them, and questions
   * each component analysis raises: every cross-reference a report writes, {@code n} times.
   */
  static CastAnalysis crossReferenced(int n) {
    ControlStructure.Builder s =
        ControlStructure.builder()
            .id(ControlStructureId.of("CS-1"))
            .variant(StructureVariant.AS_OPERATING);
    CastAnalysis.Builder a = CastAnalysis.builder().id(AnalysisId.of("CAST-big")).title("t");
    for (int i = 0; i < n; i++) {
      s.addComponent(
          Component.builder()
              .id(ComponentId.of("C-" + i))
              .name("component " + i)
              .kind(ComponentKind.AUTOMATED_CONTROLLER)
              .level(i % 7)
              .addResponsibility(
                  Responsibility.builder()
                      .id(ResponsibilityId.of("R-" + i))
                      .text("responsibility " + i)
                      .addConstraint(ConstraintId.of("SC-" + i))
                      .build())
              .build());
      s.addLink(link("L-" + i, LinkKind.CONTROL_ACTION, "C-" + i, "C-" + ((i + 1) % n), 0));
      s.addLink(link("FB-" + i, LinkKind.FEEDBACK, "C-" + ((i + 1) % n), "C-" + i, 0));
      a.addHazard(
              Hazard.builder()
                  .id(HazardId.of("H-" + i))
                  .description("hazard " + i)
                  .addLoss(LossId.of("L-0"))
                  .build())
          .addConstraint(
              SafetyConstraint.builder()
                  .id(ConstraintId.of("SC-" + i))
                  .text("constraint " + i)
                  .addHazard(HazardId.of("H-" + i))
                  .build())
          .addQuestion(
              Question.builder()
                  .id(QuestionId.of("Q-" + i))
                  .text("question " + i)
                  .step(CastStep.ANALYZE_COMPONENTS)
                  .build())
          .addComponentAnalysis(
              ComponentAnalysis.builder()
                  .component(ComponentId.of("C-" + i))
                  .addQuestion(QuestionId.of("Q-" + i))
                  .addQuestion(QuestionId.of("Q-" + ((i + 1) % n)))
                  .build())
          .addFlaw(
              Flaw.builder()
                  .id(FlawId.of("F-" + i))
                  .category(FlawCategory.values()[i % FlawCategory.values().length])
                  .description("flaw " + i)
                  .build())
          .addRecommendation(
              Recommendation.builder()
                  .id(RecommendationId.of("REC-" + i))
                  .text("recommendation " + i)
                  .addLink(LinkId.of("L-" + i))
                  .addFlaw(FlawId.of("F-" + i))
                  .build());
    }
    return a.addLoss(
            Loss.builder()
                .id(LossId.of("L-0"))
                .description("loss")
                .category(LossCategory.AVAILABILITY)
                .build())
        .addControlStructure(s.build())
        .build();
  }

  /**
   * Labelled links both ways between boxes of one level, with links from the levels around them:
   * the shape on which Graphviz warned that its routing went "seriously wrong" while edges inside a
   * rank had ordinary labels.
   */
  static CastAnalysis flatLinksBothWays() {
    // a generated analysis that made Graphviz 2.43 warn, rebuilt as it was
    Object[][] components = {
      {"C-1", 0, ComponentKind.ORGANIZATION, "é tool audit 50% limit dashboard [bracket] index"},
      {"C-3", 1, ComponentKind.SENSOR, "日本語 cache {brace} router engineers a:b"},
      {"C-10", 1, ComponentKind.AUTOMATED_CONTROLLER, "alert"},
      {"C-2", 2, ComponentKind.SENSOR, "end; tool review 日本語 cache #hash 'single'"},
      {"C-5", 2, ComponentKind.SENSOR, "rule `tick`"},
      {"C-7", 2, ComponentKind.ACTUATOR, "é"},
      {"C-4", 3, ComponentKind.ACTUATOR, "audit queue tool"},
      {"C-6", 3, ComponentKind.AUTOMATED_CONTROLLER, "capacity check traffic rule"},
      {"C-9", 3, ComponentKind.HUMAN_CONTROLLER, "operator customers tool regex review [bracket]"},
      {"C-8", 4, ComponentKind.HUMAN_CONTROLLER, "alert *star* monitor limit rule regional queue"}
    };
    String[][] links = {
      {"CA-1", "C-6", "C-8", "x->y audit feedback"},
      {"FB-1", "C-8", "C-6", "#hash a & b playbook operator [bracket] audit emoji 😀"},
      {"CA-2", "C-8", "C-5", "`tick` a & b {brace}"},
      {"FB-2", "C-5", "C-8", "queue operator 50% check capacity request"},
      {"CA-3", "C-9", "C-6", "line\nbreak"},
      {"FB-3", "C-6", "C-9", "engineers index 'single' regional"},
      {"CA-4", "C-9", "C-1", "check *star* \"quoted\" `tick` regex engineers subsystem x->y"},
      {"FB-4", "C-1", "C-9", "end; alert --> index {brace} review"},
      {"CA-5", "C-10", "C-6", "engineers subsystem end;"},
      {"FB-5", "C-6", "C-10", "request"}
    };
    ControlStructure.Builder s =
        ControlStructure.builder()
            .id(ControlStructureId.of("CS-operating"))
            .variant(StructureVariant.AS_OPERATING);
    for (Object[] c : components) {
      s.addComponent(
          Component.builder()
              .id(ComponentId.of((String) c[0]))
              .level((Integer) c[1])
              .kind((ComponentKind) c[2])
              .name((String) c[3])
              .build());
    }
    for (String[] l : links) {
      s.addLink(
          ControlLink.builder()
              .id(LinkId.of(l[0]))
              .kind(l[0].startsWith("CA") ? LinkKind.CONTROL_ACTION : LinkKind.FEEDBACK)
              .source(ComponentId.of(l[1]))
              .target(ComponentId.of(l[2]))
              .label(l[3])
              .status(l[0].equals("CA-1") ? LinkStatus.DEGRADED : LinkStatus.PRESENT)
              .build());
    }
    return CastAnalysis.builder()
        .id(AnalysisId.of("CAST-flat"))
        .title("t")
        .addControlStructure(s.build())
        .build();
  }

  /** Every text of a small analysis is {@link #SYNTAX_SOUP}. */
  static CastAnalysis syntaxSoup() {
    ControlStructure.Builder s =
        ControlStructure.builder()
            .id(ControlStructureId.of("CS-1"))
            .variant(StructureVariant.AS_OPERATING)
            .name(SYNTAX_SOUP)
            .description(SYNTAX_SOUP);
    String[] ids = {"end", "graph", "subgraph", "style", "click", "node", "edge", "digraph"};
    for (int i = 0; i < ids.length; i++) {
      s.addComponent(
          Component.builder()
              .id(ComponentId.of(ids[i]))
              .name(SYNTAX_SOUP)
              .kind(ComponentKind.values()[i % ComponentKind.values().length])
              .level(i % 3)
              .description(SYNTAX_SOUP)
              .build());
      s.addLink(
          ControlLink.builder()
              .id(LinkId.of("L:" + i))
              .kind(LinkKind.values()[i % 3])
              .source(ComponentId.of(ids[i]))
              .target(ComponentId.of(ids[(i + 3) % ids.length]))
              .label(SYNTAX_SOUP)
              .description(SYNTAX_SOUP)
              .status(LinkStatus.values()[i % LinkStatus.values().length])
              .build());
    }
    return CastAnalysis.builder()
        .id(AnalysisId.of("CAST-soup"))
        .title(SYNTAX_SOUP)
        .summary(SYNTAX_SOUP)
        .addAnalyst(SYNTAX_SOUP)
        .addLoss(
            Loss.builder()
                .id(LossId.of("L-1"))
                .description(SYNTAX_SOUP)
                .category(LossCategory.OTHER)
                .build())
        .addHazard(
            Hazard.builder()
                .id(HazardId.of("H-1"))
                .description(SYNTAX_SOUP)
                .addLoss(LossId.of("L-1"))
                .build())
        .addTimeline(TimelineEvent.builder().id(EventId.of("E-1")).description(SYNTAX_SOUP).build())
        .addControlStructure(s.build())
        .addFlaw(
            Flaw.builder()
                .id(FlawId.of("F-1"))
                .category(FlawCategory.SAFETY_CULTURE)
                .description(SYNTAX_SOUP)
                .build())
        .build();
  }

  // ------------------------------------------------------------------------------ the tests

  @Test
  void everyParentCycleIsOneFindingAndNothingFollowsItForever() {
    int ring = 2_000;
    CastAnalysis a = cycles(ring, 20_000);
    ValidationReport report =
        everything("parent cycles (a ring of 2,000) and a 20,000-long chain", a);
    // itself, the pair and the ring, for hazards, constraints and components: nine cycles
    List<Finding> cycles = findings(report, "CAST-I003");
    assertThat(cycles).hasSize(9);
    assertThat(cycles)
        .extracting(f -> f.elementId().orElseThrow())
        .containsExactlyInAnyOrder(
            "H-pair.a",
            "H-ring.0",
            "H-self",
            "SC-pair.a",
            "SC-ring.0",
            "SC-self",
            "C-pair.a",
            "C-ring.0",
            "C-self");
    assertThat(MarkdownReport.render(a)).contains("(a cycle)");
  }

  @Test
  void aComponentThatControlsItselfIsDrawnAndCheckedLikeAnyOther() {
    ValidationReport without =
        everything("a component that controls itself", controlsItself(false));
    assertThat(findings(without, "CAST-S001"))
        .singleElement()
        .satisfies(f -> assertThat(f.elementId()).hasValue("CA-1"));
    assertThat(findings(without, "CAST-I003")).hasSize(1); // it is its own parent too
    ValidationReport with = everything("a component that controls itself", controlsItself(true));
    assertThat(findings(with, "CAST-S001")).isEmpty();
    String mermaid = MermaidDiagram.render(controlsItself(true));
    assertThat(mermaid).contains("n_C_loop -->|\"link CA-1\"| n_C_loop");
    assertThat(MarkdownReport.render(controlsItself(true)))
        .contains("**Recommendations that change it**");
  }

  @Test
  void thousandsOfLinksBetweenTwoComponentsAreAllDrawnAndChecked() {
    int n = 5_000;
    CastAnalysis a = linksBetweenTwo(n);
    ValidationReport report = everything("5,000 links each way between two components", a);
    // a broken link is reported once, whichever structures hold it (the same id, kind and ends)
    long broken =
        a.controlStructures().stream()
            .flatMap(s -> s.links().stream())
            .filter(l -> l.status() != LinkStatus.PRESENT)
            .map(l -> List.of(l.id(), l.kind(), l.source(), l.target()))
            .distinct()
            .count();
    assertThat(findings(report, "CAST-S002")).hasSize((int) broken);
    long drawn =
        a.controlStructures().stream()
            .flatMap(s -> s.links().stream())
            .map(ControlLink::id)
            .distinct()
            .count();
    String mermaid = MermaidDiagram.render(a);
    assertThat(mermaid.lines().filter(l -> l.matches("  n_C_[ab] [-=.]+[>x]\\|.*")))
        .hasSize((int) drawn);
    String dot = DotDiagram.render(a);
    assertThat(dot.lines().filter(l -> l.contains("tooltip="))).hasSize((int) drawn);
    assertThat(mermaid).contains("[lost]").contains("[added]");
  }

  @Test
  void aReportOfThousandsOfCrossReferencedElementsTakesTimeLinearInTheirNumber() {
    // Before the report indexed its cross-references, 2,000 of each took 25 s and 3,000 over a
    // minute (components x recommendations x links); linear, 3,000 take well under a second.
    CastAnalysis a = crossReferenced(3_000);
    everything("3,000 cross-referenced elements of each kind", a);
    String md = MarkdownReport.render(a);
    assertThat(md)
        .contains("- `REC-17` recommendation 17 (proposed)")
        .contains("| `F-17` | flaw 17 |")
        .contains("- `Q-18` question 18 (open)");
  }

  @Test
  void aLinkToAMissingComponentBelowTheLowestLevelThereIsStaysBelowIt() {
    CastAnalysis a =
        CastAnalysis.builder()
            .id(AnalysisId.of("CAST-max"))
            .title("t")
            .addControlStructure(
                ControlStructure.builder()
                    .id(ControlStructureId.of("CS-1"))
                    .variant(StructureVariant.AS_OPERATING)
                    .addComponent(component("C-top", Integer.MAX_VALUE, null))
                    .addLink(link("CA-1", LinkKind.CONTROL_ACTION, "C-top", "C-ghost", 0))
                    .build())
            .build();
    everything("the largest level there is", a);
    // The placeholder went to level MIN_VALUE (lowest + 1 overflowed) and the control action
    // was drawn as if it went up.
    String dot = DotDiagram.render(a);
    assertThat(dot).doesNotContain("-2147483648").doesNotContain("dir=back");
  }

  @Test
  void extensionValuesOfAnyDepthCompareHashAndPrintWithoutOverflowingTheStack() {
    // The records' own equals and toString recursed once per level: a reader configured to the
    // highest nesting limit (1,000) gave values whose equals overflowed the stack.
    int depth = 200_000;
    ExtensionValue a = ExtensionValue.ofNull();
    ExtensionValue b = ExtensionValue.ofNull();
    ExtensionValue c = ExtensionValue.of(true);
    for (int i = 0; i < depth; i++) {
      a = i % 2 == 0 ? ExtensionValue.array(List.of(a)) : ExtensionValue.object(Map.of("k", a));
      b = i % 2 == 0 ? ExtensionValue.array(List.of(b)) : ExtensionValue.object(Map.of("k", b));
      c = i % 2 == 0 ? ExtensionValue.array(List.of(c)) : ExtensionValue.object(Map.of("k", c));
    }
    ExtensionValue x = a;
    ExtensionValue y = b;
    ExtensionValue z = c;
    bounded(
        "extension values 200,000 levels deep", () -> x.equals(y) && x.hashCode() == y.hashCode());
    assertThat(x.equals(y) && y.equals(x) && x.hashCode() == y.hashCode()).isTrue();
    assertThat(x.equals(z) || z.equals(x)).isFalse();
    String text = bounded("extension values 200,000 levels deep", x::toString);
    // (checked as booleans: a failure must not print megabytes)
    assertThat(
            text.startsWith("ObjectValue[members={k=ArrayValue[elements=[ObjectValue[members={k="))
        .isTrue();
    assertThat(text.contains("ArrayValue[elements=[NullValue[]]]}]")).isTrue();
    assertThat(text.length())
        .isEqualTo(
            100_000 * "ObjectValue[members={k=}]".length()
                + 100_000 * "ArrayValue[elements=[]]".length()
                + "NullValue[]".length());
    CastAnalysis deep =
        CastAnalysis.builder().id(AnalysisId.of("A")).title("t").putExtension("x-deep", x).build();
    CastAnalysis same =
        CastAnalysis.builder().id(AnalysisId.of("A")).title("t").putExtension("x-deep", y).build();
    assertThat(deep.equals(same) && deep.hashCode() == same.hashCode()).isTrue();
    assertThat(deep.toString().contains("x-deep")).isTrue();
    // the text and the equality are the records' ones
    ExtensionValue small =
        ExtensionValue.object(
            Map.of(
                "b",
                    ExtensionValue.array(
                        List.of(ExtensionValue.number("1"), ExtensionValue.of("s"))),
                "a", ExtensionValue.object(Map.of())));
    assertThat(small)
        .hasToString(
            "ObjectValue[members={a=ObjectValue[members={}], b=ArrayValue[elements=[NumberValue[literal=1],"
                + " StringValue[value=s]]]}]");
    assertThat(ExtensionValue.array(List.of())).isNotEqualTo(ExtensionValue.object(Map.of()));
    assertThat(ExtensionValue.array(List.of(ExtensionValue.of("1"))))
        .isNotEqualTo(ExtensionValue.array(List.of(ExtensionValue.number("1"))))
        .isNotEqualTo(ExtensionValue.array(List.of()))
        .isNotEqualTo("ArrayValue");
  }

  @Test
  void theRealParsersAcceptTheOutputOfEveryHostileModel(@TempDir Path dir) throws Exception {
    Map<String, CastAnalysis> models = new LinkedHashMap<>();
    models.put("cycles", cycles(7, 20));
    models.put("controls-itself", controlsItself(true));
    models.put("links-between-two", linksBetweenTwo(150));
    models.put("syntax-soup", syntaxSoup());
    models.put("flat-links-both-ways", flatLinksBothWays());
    // every text of the 1.1 sample, its groups and milestones and provenance among them
    models.put(
        "syntax-soup-1.1", EveryText.replacedBy(Format11Sample.checkoutOutage(), SYNTAX_SOUP));
    Map<String, String> dot = new LinkedHashMap<>();
    Map<String, String> mermaid = new LinkedHashMap<>();
    Map<String, String> markdown = new LinkedHashMap<>();
    models.forEach(
        (name, a) -> {
          dot.put(name, DotDiagram.render(a));
          mermaid.put(name, MermaidDiagram.render(a));
          markdown.put(name, MarkdownReport.render(a));
        });
    for (String sub : List.of("dot", "mmd", "md")) {
      Files.createDirectories(dir.resolve(sub));
    }
    Map<String, Run> runs = ExternalRenderers.renderDot(dir.resolve("dot"), dot);
    runs.forEach(
        (name, run) -> {
          assertThat(run.exitCode()).as(name + ": " + run.stderr()).isZero();
          assertThat(run.stderr()).as(name).isEmpty();
        });
    Map<String, String> errors = ExternalRenderers.parseMermaid(dir.resolve("mmd"), mermaid);
    errors.forEach((name, error) -> assertThat(error).as(name).isNull());
    Map<String, ParsedReport> parsed = ExternalRenderers.parseMarkdown(dir.resolve("md"), markdown);
    parsed.forEach(
        (name, report) -> {
          assertThat(report.mermaidErrors()).as(name).allMatch(e -> e == null);
          assertThat(report.blocks().keySet())
              .as(name)
              .isSubsetOf("heading", "paragraph", "list", "table", "code", "space");
        });
    // The soup's title is one heading, read back as the text it is (one line, as a reader sees it).
    String title = parsed.get("syntax-soup").headings().get(0).getValue();
    assertThat(title).startsWith("%%{init: {\"securityLevel\": \"loose\"}}%% click n_A");
    assertThat(title).contains("<script>alert(1)</script>").contains("[link](javascript:alert(1))");
    TALLY.record("external parsers: DOT, Mermaid, Markdown", "parsed", 0);
  }
}
