package dev.castkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.render.DotDiagram;
import dev.castkit.core.render.MarkdownReport;
import dev.castkit.core.render.MermaidDiagram;
import dev.castkit.core.rules.CastRules;
import dev.castkit.core.rules.Finding;
import dev.castkit.core.rules.Severity;
import dev.castkit.core.rules.ValidationReport;
import dev.castkit.core.testing.ExternalRenderers;
import dev.castkit.core.testing.ExternalRenderers.Run;
import dev.castkit.core.testing.GoldenFiles;
import dev.castkit.json.CastJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The YAML files are the examples' single source; what is committed beside them is derived from
 * them and checked here: the canonical JSON of each (other tools read it as a real sample; the
 * Spring applications' tests and the benchmarks read it), and the report and diagrams as golden
 * files. {@code -Dcastkit.updateGolden=true} rewrites the derived files from the YAML.
 */
class ExampleFilesTest {

  private static final Path RESOURCES = Path.of("src", "main", "resources");
  private static final Path EXAMPLES = RESOURCES.resolve("dev/castkit/examples");
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final CastRules RULES = CastRules.standard();

  /** The class-path name of the canonical JSON derived from an example's YAML file. */
  static String jsonResourceName(CastAnalysis analysis) {
    return "dev/castkit/examples/" + analysis.id().value() + ".cast.json";
  }

  @Test
  void everyYamlFileIsAnExampleNamedByItsId() throws IOException {
    List<String> files;
    try (Stream<Path> list = Files.list(EXAMPLES)) {
      files =
          list.map(f -> f.getFileName().toString())
              .filter(f -> f.endsWith(".cast.yaml"))
              .sorted()
              .toList();
    }
    assertThat(files)
        .as("the YAML files Examples reads, and no other")
        .containsExactlyInAnyOrderElementsOf(
            Examples.RESOURCES.stream().map(r -> r.substring(r.lastIndexOf('/') + 1)).toList());
    assertThat(Examples.all())
        .extracting(a -> a.id().value() + ".cast.yaml")
        .containsExactlyElementsOf(
            Examples.RESOURCES.stream().map(r -> r.substring(r.lastIndexOf('/') + 1)).toList());
  }

  @TestFactory
  Stream<DynamicTest> theYamlReadsAsAPersonWritesIt() {
    return Examples.RESOURCES.stream()
        .map(
            resource ->
                DynamicTest.dynamicTest(
                    resource,
                    () -> {
                      String yaml =
                          Files.readString(RESOURCES.resolve(resource), StandardCharsets.UTF_8);
                      assertThat(yaml.lines())
                          .as("lines of at most 100 characters")
                          .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
                      assertThat(yaml).as("a header that says what the file is").startsWith("# ");
                      CastAnalysis analysis = Examples.read(resource);
                      // what castkit writes reads back the same: the file is only a layout of it
                      assertThat(CastJson.yaml().read(CastJson.yaml().write(analysis)))
                          .isEqualTo(analysis);
                    }));
  }

  @TestFactory
  Stream<DynamicTest> committedJsonIsTheCanonicalFormOfTheYaml() {
    return Examples.all().stream()
        .map(
            analysis ->
                DynamicTest.dynamicTest(
                    analysis.id().value(),
                    () -> {
                      String json = CastJson.standard().write(analysis);
                      GoldenFiles.assertMatches(
                          RESOURCES.resolve(jsonResourceName(analysis)), json);
                      try (InputStream in =
                          getClass()
                              .getClassLoader()
                              .getResourceAsStream(jsonResourceName(analysis))) {
                        assertThat(in).as("resource on the class path").isNotNull();
                        String packaged = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        assertThat(CastJson.standard().read(packaged)).isEqualTo(analysis);
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> reportAndDiagramsAreGoldenFiles() {
    return Examples.all().stream()
        .map(
            analysis ->
                DynamicTest.dynamicTest(
                    analysis.id().value(),
                    () -> {
                      Path dir = GOLDEN.resolve(analysis.id().value());
                      ValidationReport report = RULES.check(analysis);
                      GoldenFiles.assertMatches(
                          dir.resolve("report.md"),
                          MarkdownReport.render(
                              analysis, MarkdownReport.Options.builder().findings(report).build()));
                      GoldenFiles.assertMatches(
                          dir.resolve("structure.mmd"), MermaidDiagram.render(analysis));
                      GoldenFiles.assertMatches(
                          dir.resolve("structure.dot"), DotDiagram.render(analysis));
                    }));
  }

  @Test
  void everyExampleChecksWithoutErrorsOrWarnings() {
    for (CastAnalysis analysis : Examples.all()) {
      List<Finding> serious =
          RULES.check(analysis).findings().stream()
              .filter(f -> f.severity() != Severity.INFO)
              .toList();
      assertThat(serious).as(analysis.id().value()).isEmpty();
    }
  }

  /**
   * How much wider than high an example's DOT drawing may be: a wiki or a printed page shows a
   * wider picture only by shrinking its text or scrolling sideways. The PNGs under docs/img are
   * these drawings.
   */
  static final double MAX_WIDTH_PER_HEIGHT = 2.0;

  @Test
  void everyExampleDiagramFitsAPageAtMostTwiceAsWideAsHigh(@TempDir Path dir) throws IOException {
    Map<String, String> dot = new LinkedHashMap<>();
    for (CastAnalysis analysis : Examples.all()) {
      dot.put(analysis.id().value(), DotDiagram.render(analysis));
    }
    Map<String, double[]> sizes = ExternalRenderers.layoutSize(dir, dot);
    assertThat(sizes).containsOnlyKeys(dot.keySet());
    sizes.forEach(
        (name, size) ->
            assertThat(size[0] / size[1])
                .as("%s: %.1f x %.1f inches, width / height", name, size[0], size[1])
                .isPositive()
                .isLessThanOrEqualTo(MAX_WIDTH_PER_HEIGHT));
  }

  @Test
  void diagramsRenderWithTheRealTools(@TempDir Path dir) throws IOException {
    Map<String, String> dot = new LinkedHashMap<>();
    Map<String, String> mermaid = new LinkedHashMap<>();
    Map<String, String> markdown = new LinkedHashMap<>();
    for (CastAnalysis analysis : Examples.all()) {
      String name = analysis.id().value();
      dot.put(name, DotDiagram.render(analysis));
      mermaid.put(name, MermaidDiagram.render(analysis));
      markdown.put(
          name,
          MarkdownReport.render(
              analysis, MarkdownReport.Options.builder().findings(RULES.check(analysis)).build()));
    }
    for (Map.Entry<String, Run> run : ExternalRenderers.renderDot(dir, dot).entrySet()) {
      assertThat(run.getValue().exitCode()).as(run.getKey() + ": " + run.getValue()).isZero();
      assertThat(run.getValue().stderr()).as(run.getKey()).isBlank();
    }
    assertThat(ExternalRenderers.parseMermaid(dir, mermaid))
        .as("Mermaid parse errors by diagram (null: parsed)")
        .containsOnlyKeys(mermaid.keySet())
        .allSatisfy((name, error) -> assertThat(error).as(name).isNull());
    assertThat(ExternalRenderers.parseMarkdown(dir, markdown))
        .allSatisfy(
            (name, parsed) -> {
              assertThat(parsed.mermaidErrors()).as(name).isNotEmpty().containsOnlyNulls();
              assertThat(parsed.headings()).as(name).isNotEmpty();
            });
  }
}
