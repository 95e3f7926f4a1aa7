package dev.castkit.core.render;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.FlawId;
import dev.castkit.core.RecommendationId;
import dev.castkit.core.testing.Format11Sample;
import dev.castkit.core.testing.GoldenFiles;
import dev.castkit.core.testing.RenderSamples;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The report and both diagrams of each analysis in {@link #CASES} equal their golden files under
 * {@code src/test/resources/golden/render/<name>/}. Rewrite them with {@code
 * -Dcastkit.updateGolden=true} and review the diff.
 */
class GoldenFilesTest {

  /**
   * One analysis and the options its outputs are drawn with.
   *
   * @param name the folder of its golden files
   * @param analysis the analysis
   * @param options the diagram options (also used for the report's diagrams)
   */
  record GoldenCase(String name, Supplier<CastAnalysis> analysis, DiagramOptions options) {}

  /** Add an analysis here to pin its outputs. */
  static final List<GoldenCase> CASES =
      List.of(
          new GoldenCase(
              "checkout-outage", RenderSamples::checkoutOutage, DiagramOptions.defaults()),
          new GoldenCase(
              "checkout-outage-highlight-REC-1",
              RenderSamples::checkoutOutage,
              DiagramOptions.builder()
                  .highlight(recommendation(RenderSamples.checkoutOutage(), "REC-1"))
                  .build()),
          new GoldenCase(
              "checkout-outage-highlight-F-1",
              RenderSamples::checkoutOutage,
              DiagramOptions.builder()
                  .highlight(flaw(RenderSamples.checkoutOutage(), "F-1"))
                  .build()),
          new GoldenCase(
              "checkout-outage-1.1", Format11Sample::checkoutOutage, DiagramOptions.defaults()),
          new GoldenCase("empty-analysis", RenderSamples::empty, DiagramOptions.defaults()));

  private static final Path ROOT = Path.of("src", "test", "resources", "golden", "render");

  @TestFactory
  Stream<DynamicTest> reportAndDiagramsEqualTheirGoldenFiles() {
    return CASES.stream()
        .flatMap(
            c -> {
              CastAnalysis analysis = c.analysis().get();
              Path dir = ROOT.resolve(c.name());
              return Stream.of(
                  DynamicTest.dynamicTest(
                      c.name() + "/report.md",
                      () ->
                          GoldenFiles.assertMatches(
                              dir.resolve("report.md"),
                              MarkdownReport.render(
                                  analysis,
                                  MarkdownReport.Options.builder()
                                      .diagramOptions(c.options())
                                      .build()))),
                  DynamicTest.dynamicTest(
                      c.name() + "/structure.mmd",
                      () ->
                          GoldenFiles.assertMatches(
                              dir.resolve("structure.mmd"),
                              MermaidDiagram.render(analysis, c.options()))),
                  DynamicTest.dynamicTest(
                      c.name() + "/structure.dot",
                      () ->
                          GoldenFiles.assertMatches(
                              dir.resolve("structure.dot"),
                              DotDiagram.render(analysis, c.options()))));
            });
  }

  static dev.castkit.core.Flaw flaw(CastAnalysis analysis, String id) {
    return analysis.flaws().stream().filter(f -> f.id().equals(FlawId.of(id))).findFirst().get();
  }

  static dev.castkit.core.Recommendation recommendation(CastAnalysis analysis, String id) {
    return analysis.recommendations().stream()
        .filter(r -> r.id().equals(RecommendationId.of(id)))
        .findFirst()
        .get();
  }
}
