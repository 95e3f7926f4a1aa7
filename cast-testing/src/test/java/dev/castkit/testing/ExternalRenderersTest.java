package dev.castkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.ComponentAnalysis;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.Flaw;
import dev.castkit.core.Hazard;
import dev.castkit.core.Loss;
import dev.castkit.core.Question;
import dev.castkit.core.QuestionStatus;
import dev.castkit.core.StructureVariant;
import dev.castkit.core.TimelineEvent;
import dev.castkit.core.render.DiagramOptions;
import dev.castkit.core.render.DotDiagram;
import dev.castkit.core.render.MarkdownReport;
import dev.castkit.core.render.MermaidDiagram;
import dev.castkit.core.testing.ExternalRenderers;
import dev.castkit.core.testing.ExternalRenderers.ParsedReport;
import dev.castkit.core.testing.ExternalRenderers.Run;
import dev.castkit.core.testing.RenderSamples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outputs as the real tools see them: Graphviz renders every DOT diagram, the Mermaid parser
 * parses every Mermaid diagram (and every one embedded in a report), and a GitHub Flavored Markdown
 * parser reads back every text of a report as written. Each tool runs once per test over a whole
 * batch: the samples and analyses generated with awkward text.
 *
 * <p>Needs {@code dot} and Node.js (the parsers are installed on first use); without them the tests
 * are skipped with the command to run, or fail under {@code CI=true}. Runs with {@code -Pfull}.
 */
class ExternalRenderersTest {
  private static final int GENERATED = 40;
  private static final List<CastAnalysis> ANALYSES = new ArrayList<>();

  @BeforeAll
  static void analyses() {
    ANALYSES.add(RenderSamples.checkoutOutage());
    ANALYSES.add(RenderSamples.hostile());
    ANALYSES.add(RenderSamples.empty());
    qt().withExamples(GENERATED)
        .forAll(CastGenerators.analysesWithAwkwardText())
        .checkAssert(ANALYSES::add);
  }

  @Test
  void graphvizRendersEveryDiagramWithoutErrorOrWarning(@TempDir Path dir) throws Exception {
    Map<String, String> diagrams = diagrams(true);
    Map<String, Run> runs = ExternalRenderers.renderDot(dir, diagrams);
    assertThat(runs).hasSameSizeAs(diagrams);
    for (Map.Entry<String, Run> run : runs.entrySet()) {
      String where = run.getKey() + ":\n" + diagrams.get(run.getKey());
      assertThat(run.getValue().stderr()).as("dot's errors and warnings for " + where).isEmpty();
      assertThat(run.getValue().exitCode()).as(where).isZero();
      assertThat(Files.readString(dir.resolve(run.getKey() + ".svg"), StandardCharsets.UTF_8))
          .contains("<svg", "</svg>");
    }
  }

  @Test
  void graphvizCheckCatchesABrokenDiagram(@TempDir Path dir) throws Exception {
    String good = DotDiagram.render(RenderSamples.checkoutOutage());
    Map<String, String> diagrams = new LinkedHashMap<>();
    diagrams.put("good", good);
    diagrams.put("unclosed-string", good.replace("label=\"on-call policy\"", "label=\"on-call"));
    diagrams.put("unknown-shape", good.replace("shape=hexagon", "shape=blob"));
    Map<String, Run> runs = ExternalRenderers.renderDot(dir, diagrams);
    assertThat(runs.get("good").exitCode()).isZero();
    assertThat(runs.get("good").stderr()).isEmpty();
    assertThat(runs.get("unclosed-string").exitCode()).isNotZero();
    assertThat(runs.get("unclosed-string").stderr()).contains("syntax error");
    // An unknown shape is only a warning, and warnings fail the check too.
    assertThat(runs.get("unknown-shape").stderr()).containsIgnoringCase("warning");
  }

  @Test
  void mermaidParsesEveryDiagram(@TempDir Path dir) throws Exception {
    Map<String, String> diagrams = diagrams(false);
    Map<String, String> errors = ExternalRenderers.parseMermaid(dir, diagrams);
    assertThat(errors).hasSameSizeAs(diagrams);
    errors.forEach(
        (name, error) -> assertThat(error).as("%s:\n%s", name, diagrams.get(name)).isNull());
  }

  @Test
  void mermaidCheckRejectsBrokenDiagrams(@TempDir Path dir) throws Exception {
    String good = MermaidDiagram.render(RenderSamples.checkoutOutage());
    Map<String, String> diagrams = new LinkedHashMap<>();
    diagrams.put("good", good);
    diagrams.put("raw-quote", good.replace("Shop engineering", "Shop \"engineering\""));
    diagrams.put("unclosed-label", good.replace("|\"on-call policy\"|", "|\"on-call policy|"));
    diagrams.put("keyword-id", good.replace("n_C_org", "end"));
    diagrams.put("style-of-missing-link", good + "  linkStyle 99 stroke:#000000\n");
    diagrams.put("not-a-diagram", "this is not mermaid\n");
    Map<String, String> errors = ExternalRenderers.parseMermaid(dir, diagrams);
    assertThat(errors.get("good")).isNull();
    assertThat(errors).hasSize(diagrams.size());
    errors.forEach(
        (name, error) -> {
          if (!name.equals("good")) {
            assertThat(error).as(name).isNotNull();
          }
        });
  }

  @Test
  void markdownParserReadsBackEveryTextAsWrittenAndEveryEmbeddedDiagramParses(@TempDir Path dir)
      throws Exception {
    Map<String, String> reports = new LinkedHashMap<>();
    for (int i = 0; i < ANALYSES.size(); i++) {
      reports.put("report-" + i, MarkdownReport.render(ANALYSES.get(i)));
    }
    Map<String, ParsedReport> parsed = ExternalRenderers.parseMarkdown(dir, reports);
    for (int i = 0; i < ANALYSES.size(); i++) {
      CastAnalysis a = ANALYSES.get(i);
      ParsedReport report = parsed.get("report-" + i);
      String where = "report-" + i + ":\n" + reports.get("report-" + i);

      assertThat(report.mermaidErrors()).as(where).allMatch(e -> e == null);
      assertThat(report.mermaidErrors())
          .as(where)
          .hasSize(a.controlStructures().size() == 0 ? 0 : diagramsInReport(a));
      // Nothing a text holds may become a block of its own (raw HTML, a list, a quote, a rule).
      assertThat(report.blocks().keySet())
          .as(where)
          .isSubsetOf("heading", "paragraph", "list", "table", "code", "space");
      List<String> headings = new ArrayList<>();
      for (Map.Entry<Integer, String> h : report.headings()) {
        headings.add(h.getKey() + " " + plain(h.getValue()));
      }
      assertThat(headings.get(0)).as(where).isEqualTo("1 " + plain(a.title()));

      assertColumn(report, "Loss", a.losses(), Loss::description, where);
      assertColumn(report, "Hazard", a.hazards(), Hazard::description, where);
      // a condition (1.1) is marked as one before its description
      assertColumn(
          report,
          "Event",
          a.timeline(),
          e ->
              (e.kind() == dev.castkit.core.EventKind.CONDITION ? "_Condition:_ " : "")
                  + e.description(),
          where);
      assertColumn(report, "Flaw", a.flaws(), Flaw::description, where);
      List<Question> open = new ArrayList<>();
      for (Question q : a.questions()) {
        if (q.status() == QuestionStatus.OPEN) {
          open.add(q);
        }
      }
      assertColumn(report, "Question", open, Question::text, where);
      for (ComponentAnalysis ca : a.componentAnalyses()) {
        assertColumn(report, "Contribution", ca.contributions(), c -> c.description(), where);
      }
      for (ControlStructure s : a.controlStructures()) {
        for (dev.castkit.core.Component c : s.components()) {
          assertThat(headings)
              .as(where)
              .contains("3 " + plain(c.name()) + " (" + c.id().value() + ")");
        }
      }
    }
  }

  private static int diagramsInReport(CastAnalysis a) {
    boolean designed =
        a.controlStructures().stream().anyMatch(s -> s.variant() == StructureVariant.AS_DESIGNED);
    boolean operating =
        a.controlStructures().stream().anyMatch(s -> s.variant() == StructureVariant.AS_OPERATING);
    return designed && operating ? a.controlStructures().size() - 1 : a.controlStructures().size();
  }

  /**
   * Every element's text is found, as a reader sees it, in the column named {@code column} of the
   * table row whose first cell is the element's id.
   */
  private static <T> void assertColumn(
      ParsedReport report,
      String column,
      List<T> elements,
      Function<T, String> text,
      String where) {
    for (T element : elements) {
      String id = idOf(element);
      Optional<String> cell = Optional.empty();
      for (List<List<String>> table : report.tables()) {
        int index = table.get(0).indexOf(column);
        if (index < 0) {
          continue;
        }
        for (List<String> row : table.subList(1, table.size())) {
          if (row.get(0).equals(id)) {
            cell = Optional.of(row.get(index));
          }
        }
      }
      assertThat(cell).as("%s row %s in %s", column, id, where).isPresent();
      assertThat(plain(cell.get())).as(where).isEqualTo(plain(text.apply(element)));
    }
  }

  private static String idOf(Object element) {
    if (element instanceof Loss l) {
      return l.id().value();
    } else if (element instanceof Hazard h) {
      return h.id().value();
    } else if (element instanceof TimelineEvent e) {
      return e.id().value();
    } else if (element instanceof Flaw f) {
      return f.id().value();
    } else if (element instanceof Question q) {
      return q.id().value();
    } else if (element instanceof dev.castkit.core.Contribution c) {
      return c.id().value();
    }
    throw new IllegalArgumentException(String.valueOf(element));
  }

  /**
   * Text as a reader compares it: any run of white space (line breaks and no-break spaces too) is
   * one space, control characters are spaces, a lone surrogate is U+FFFD.
   */
  private static String plain(String text) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        sb.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        sb.append('\uFFFD');
      } else if (Character.isISOControl(c)
          || Character.isWhitespace(c)
          || Character.isSpaceChar(c)
          || c == '\uFEFF') {
        sb.append(' ');
      } else {
        sb.append(c);
      }
    }
    return sb.toString().replaceAll(" +", " ").strip();
  }

  /** Every diagram of every analysis: its main one, each structure, a highlighted one. */
  private static Map<String, String> diagrams(boolean dot) {
    Map<String, String> diagrams = new LinkedHashMap<>();
    for (int i = 0; i < ANALYSES.size(); i++) {
      CastAnalysis a = ANALYSES.get(i);
      diagrams.put("a" + i, dot ? DotDiagram.render(a) : MermaidDiagram.render(a));
      for (int s = 0; s < a.controlStructures().size(); s++) {
        ControlStructure structure = a.controlStructures().get(s);
        diagrams.put(
            "a" + i + "-s" + s,
            dot ? DotDiagram.render(structure) : MermaidDiagram.render(structure));
      }
      if (!a.flaws().isEmpty() && !a.recommendations().isEmpty()) {
        DiagramOptions highlight =
            DiagramOptions.builder()
                .highlight(a.flaws().get(0))
                .highlight(a.recommendations().get(0))
                .build();
        diagrams.put(
            "a" + i + "-highlighted",
            dot ? DotDiagram.render(a, highlight) : MermaidDiagram.render(a, highlight));
      }
    }
    return diagrams;
  }
}
