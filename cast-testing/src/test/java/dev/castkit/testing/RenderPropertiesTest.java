package dev.castkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.Component;
import dev.castkit.core.ControlLink;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.render.DiagramOptions;
import dev.castkit.core.render.DotDiagram;
import dev.castkit.core.render.MarkdownReport;
import dev.castkit.core.render.MermaidDiagram;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Properties of the outputs over generated analyses full of awkward text (quotes, brackets, pipes,
 * line breaks, Markdown and Mermaid syntax, unicode). The real parsers check the same outputs in
 * {@link ExternalRenderersTest}; these checks run without them.
 */
class RenderPropertiesTest {

  // What the Mermaid writer may emit, statement by statement. A label is a quoted string with no
  // quote, line break, '#' other than an entity, '%', '|' or ';' other than in an entity.
  private static final String LABEL = "\"(?:[^\"#%|;\\n]|#\\w+;)*\"";
  private static final Pattern MERMAID_STATEMENT =
      Pattern.compile(
          ("%% (?:[^\\n%]|#37;)*"
                  + "|flowchart TB"
                  + "|  note_empty\\[\"No components\"\\]"
                  + "|  n_\\w+(?:\\[\\[LABEL\\]\\]|\\(LABEL\\)|\\[LABEL\\]|\\{\\{LABEL\\}\\}"
                  + "|\\[/LABEL\\\\\\]|\\[\\\\LABEL/\\]|>LABEL\\]|\\(\\[LABEL\\]\\))"
                  // groups: a subgraph per group, nested, naming its members, closed by end
                  + "|(?:  )+subgraph g_\\w+\\[LABEL\\]"
                  + "|(?:  )+  n_\\w+"
                  + "|(?:  )+end"
                  + "|  n_\\w+ (?:-->|-\\.->|-\\.-x|==>|==x|--x)\\|LABEL\\| n_\\w+"
                  + "|  n_\\w+ ~~~ n_\\w+"
                  + "|  classDef \\w+ [\\w:#,. -]+"
                  + "|  class [\\w,]+ \\w+"
                  + "|  linkStyle [0-9,]+ [\\w:#,. -]+")
              .replace("LABEL", LABEL));

  // Every DOT line is a whole statement whose quoted strings are closed on the same line.
  private static final Pattern DOT_STRING = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");

  @Test
  void everyMermaidLineIsAStatementTheWriterMeansToWrite() {
    qt().withExamples(150)
        .forAll(CastGenerators.analysesWithAwkwardText())
        .checkAssert(
            a -> {
              for (String diagram : mermaidDiagrams(a)) {
                assertThat(diagram.split("\n"))
                    .allSatisfy(l -> assertThat(l).matches(MERMAID_STATEMENT));
              }
            });
  }

  @Test
  void mermaidDrawsEveryComponentAndLinkOnceAndStylesOnlyLinksItDrew() {
    qt().withExamples(150)
        .forAll(CastGenerators.analysesWithAwkwardText())
        .checkAssert(
            a -> {
              for (ControlStructure s : a.controlStructures()) {
                String mermaid = MermaidDiagram.render(s);
                int linkLines = 0;
                int nodes = 0;
                int maxStyled = -1;
                for (String l : mermaid.split("\n")) {
                  if (l.matches("  n_\\w+ [-=.>x]+\\|.*")) {
                    linkLines++;
                  } else if (l.matches("  n_\\w+[\\[({>].*")) {
                    nodes++;
                  } else if (l.startsWith("  linkStyle ")) {
                    for (String i : l.split(" ")[3].split(",")) {
                      maxStyled = Math.max(maxStyled, Integer.parseInt(i));
                    }
                  }
                }
                assertThat(nodes).isEqualTo(s.components().size());
                assertThat(linkLines).isEqualTo(s.links().size());
                assertThat(maxStyled).isEqualTo(s.links().size() - 1);
              }
            });
  }

  @Test
  void everyDotLineClosesItsStringsAndEveryComponentAndLinkIsDrawn() {
    qt().withExamples(150)
        .forAll(CastGenerators.analysesWithAwkwardText())
        .checkAssert(
            a -> {
              for (ControlStructure s : a.controlStructures()) {
                String dot = DotDiagram.render(s);
                for (String l : dot.split("\n")) {
                  String outside = DOT_STRING.matcher(l).replaceAll("S");
                  assertThat(outside).as(l).doesNotContain("\"", "\\");
                }
                for (Component c : s.components()) {
                  assertThat(dot).contains("\n  \"c:" + c.id().value() + "\" [label=");
                }
                for (ControlLink link : s.links()) {
                  assertThat(dot).contains("tooltip=\"" + link.id().value() + "\"];\n");
                }
              }
            });
  }

  @Test
  void everyTableRowOfTheReportHasAsManyCellsAsItsHeader() {
    qt().withExamples(100)
        .forAll(CastGenerators.analysesWithAwkwardText())
        .checkAssert(
            a -> {
              int columns = -1;
              boolean inFence = false;
              for (String l : MarkdownReport.render(a).split("\n")) {
                if (l.startsWith("```")) {
                  inFence = !inFence;
                  continue;
                }
                if (inFence) {
                  continue;
                }
                if (!l.startsWith("|")) {
                  columns = -1;
                  continue;
                }
                int cells = unescapedPipes(l) - 1;
                if (columns < 0) {
                  columns = cells;
                }
                assertThat(cells).as(l).isEqualTo(columns);
              }
            });
  }

  @Test
  void outputsAreDeterministic() {
    qt().withExamples(50)
        .forAll(CastGenerators.analysesWithAwkwardText())
        .checkAssert(
            a -> {
              CastAnalysis copy = a.toBuilder().build();
              assertThat(MarkdownReport.render(copy)).isEqualTo(MarkdownReport.render(a));
              assertThat(MermaidDiagram.render(copy)).isEqualTo(MermaidDiagram.render(a));
              assertThat(DotDiagram.render(copy)).isEqualTo(DotDiagram.render(a));
            });
  }

  static java.util.List<String> mermaidDiagrams(CastAnalysis a) {
    java.util.List<String> diagrams = new java.util.ArrayList<>();
    diagrams.add(MermaidDiagram.render(a));
    for (ControlStructure s : a.controlStructures()) {
      diagrams.add(MermaidDiagram.render(s));
    }
    if (!a.flaws().isEmpty()) {
      diagrams.add(
          MermaidDiagram.render(a, DiagramOptions.builder().highlight(a.flaws().get(0)).build()));
    }
    return diagrams;
  }

  private static int unescapedPipes(String line) {
    int count = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '|') {
        count++;
      }
    }
    return count;
  }
}
