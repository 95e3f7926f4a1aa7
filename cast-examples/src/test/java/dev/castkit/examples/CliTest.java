package dev.castkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.castkit.core.AnalysisStatus;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastStep;
import dev.castkit.core.Question;
import dev.castkit.core.QuestionId;
import dev.castkit.core.rules.CastRules;
import dev.castkit.json.CastJson;
import dev.castkit.json.ValidationReportJson;
import dev.castkit.testing.CastFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

  /** The Amazon S3 example, read from its YAML file. */
  private static final CastAnalysis S3 = Examples.all().get(0);

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new Cli(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            dir)
        .run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private Path example(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, CastJson.standard().write(S3));
    return file;
  }

  @Test
  void demoWritesEveryExampleAndPrintsASummary() {
    assertThat(run()).isEqualTo(Cli.OK);
    for (var analysis : Examples.all()) {
      String id = analysis.id().value();
      for (String ext : new String[] {".cast.json", ".md", ".mmd", ".dot"}) {
        assertThat(dir.resolve("cast-out").resolve(id + ext)).isNotEmptyFile();
      }
      assertThat(out()).contains(id).contains("wrote cast-out/" + id + ".cast.json");
    }
    assertThat(out()).contains("step 3:").contains("findings: 0 errors, 0 warnings");
    // every readiness line says why the step it names is not complete yet
    assertThat(out().lines().filter(l -> l.contains("ready for:")))
        .hasSize(Examples.all().size())
        .allSatisfy(
            l ->
                assertThat(l)
                    .matches(
                        "  ready for: (nothing more, all five steps complete"
                            + "|step \\d \\([^)]+\\), (not begun|begun but not complete: .+))"));
    assertThat(out()).doesNotContainPattern("\\b1 (losses|hazards|errors|warnings|events)\\b");
    assertThat(err()).isEmpty();
  }

  @Test
  void summaryCountsAreInTheRightNumber() {
    assertThat(Cli.count(1, "loss", "losses")).isEqualTo("1 loss");
    assertThat(Cli.count(0, "loss", "losses")).isEqualTo("0 losses");
    assertThat(Cli.count(3, "loss", "losses")).isEqualTo("3 losses");
  }

  @Test
  void readinessSaysWhyAStepIsNotComplete() {
    CastAnalysis openQuestions =
        CastFixtures.complete().toBuilder()
            .status(AnalysisStatus.IN_REVIEW)
            .addQuestion(
                Question.builder()
                    .id(QuestionId.of("Q-1"))
                    .text("Who approved the push?")
                    .step(CastStep.ASSEMBLE_BASIC_INFORMATION)
                    .build())
            .build();
    assertThat(Cli.readiness(CastRules.standard().check(openQuestions)))
        .isEqualTo(
            "ready for: step 1 (Assemble basic information), begun but not complete:"
                + " 1 open question: Q-1");
    assertThat(Cli.readiness(CastRules.standard().check(CastFixtures.complete())))
        .isEqualTo("ready for: nothing more, all five steps complete");
    assertThat(
            Cli.readiness(
                CastRules.standard().check(CastFixtures.readyFor(CastStep.ANALYZE_COMPONENTS))))
        .isEqualTo("ready for: step 3 (Analyze each component in the loss), not begun");
  }

  @Test
  void demoWritesReadableJson() {
    assertThat(run("demo", "--out", "elsewhere")).isEqualTo(Cli.OK);
    Path file = dir.resolve("elsewhere").resolve(S3.id() + ".cast.json");
    assertThat(CastJson.standard().read(file)).isEqualTo(S3);
  }

  @Test
  void validateOfACleanFileExitsZeroAndPrintsOneLinePerFinding() throws IOException {
    Path file = example("s3.cast.json");
    assertThat(run("validate", file.toString())).isEqualTo(Cli.OK);
    assertThat(out().lines())
        .isNotEmpty()
        .allSatisfy(
            line -> assertThat(line).matches(".*: (ERROR|WARNING|INFO) CAST-[A-Z]\\d{3} \\S+ .+"));
  }

  @Test
  void validateExitsOneWhenAFindingIsAnError() throws IOException {
    Path file = dir.resolve("dangling.cast.json");
    Files.writeString(
        file,
        "{\"formatVersion\":\"1.0\",\"id\":\"X-1\",\"title\":\"t\",\"hazards\":"
            + "[{\"id\":\"H-1\",\"description\":\"the service runs without spare capacity\","
            + "\"losses\":[\"L-9\"]}]}");
    assertThat(run("validate", example("ok.json").toString(), file.toString()))
        .isEqualTo(Cli.FINDINGS);
    assertThat(out()).contains("ERROR CAST-I001 H-1").contains("L-9");
  }

  @Test
  void validateOfABrokenFileExitsTwoWithALocatedMessageAndNoStackTrace() throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(
        file,
        "{\n  \"formatVersion\": \"1.0\",\n  \"id\": \"X-1\",\n  \"title\": \"t\",\n"
            + "  \"losses\": [{\"id\": \"L-1\", \"category\": \"OUTAGE\", \"description\": \"x\"}]\n}\n");
    assertThat(run("validate", file.toString())).isEqualTo(Cli.UNREADABLE);
    assertThat(err())
        .startsWith(file + ":5:")
        .contains("UNKNOWN_ENUM_VALUE")
        .contains("/losses/0/category")
        .contains("AVAILABILITY")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void validateOfAMissingFileExitsTwo() {
    assertThat(run("validate", "no-such-file.json")).isEqualTo(Cli.UNREADABLE);
    assertThat(err()).contains("no-such-file.json").contains("IO_ERROR");
  }

  @Test
  void validateJsonPrintsAMachineReadableReport() throws IOException {
    Path file = example("s3.cast.json");
    assertThat(run("validate", "--json", file.toString(), "missing.json"))
        .isEqualTo(Cli.UNREADABLE);
    String report = out();
    assertThat(report)
        .contains("\"file\" : \"" + file + "\"")
        .contains("\"report\" : {")
        .contains("\"reportVersion\": \"" + ValidationReportJson.REPORT_VERSION + "\"")
        .contains("\"findings\": [")
        .contains("\"code\" : \"IO_ERROR\"");
    // one well-formed JSON document
    try (JsonParser p = new JsonFactory().createParser(report)) {
      int tokens = 0;
      while (p.nextToken() != null) {
        tokens++;
      }
      assertThat(tokens).isGreaterThan(10);
    }
    assertThat(err()).isEmpty();
  }

  @Test
  void formatPrintsTheCanonicalForm() throws IOException {
    Path file = dir.resolve("compact.json");
    Files.writeString(file, CastJson.builder().pretty(false).build().write(S3));
    assertThat(run("format", file.toString())).isEqualTo(Cli.OK);
    assertThat(out()).isEqualTo(CastJson.standard().write(S3));
  }

  @Test
  void formatOfABrokenFileExitsTwo() throws IOException {
    Path file = dir.resolve("truncated.json");
    Files.writeString(file, "{\"formatVersion\": \"1.0\", \"id\": ");
    assertThat(run("format", file.toString())).isEqualTo(Cli.UNREADABLE);
    assertThat(err()).contains("truncated.json:1:");
  }

  @Test
  void renderPrintsEachFormat() throws IOException {
    Path file = example("s3.cast.json");
    assertThat(run("render", file.toString(), "--to", "mermaid")).isEqualTo(Cli.OK);
    assertThat(out()).contains("\nflowchart TB\n");
    out.reset();
    assertThat(run("render", file.toString(), "--to", "dot")).isEqualTo(Cli.OK);
    assertThat(out()).startsWith("digraph");
    out.reset();
    assertThat(run("render", file.toString(), "--to", "md")).isEqualTo(Cli.OK);
    assertThat(out()).startsWith("# ").contains("## Findings of the analysis rules");
  }

  @Test
  void renderRefusesAnUnknownTarget() throws IOException {
    assertThat(run("render", example("s3.json").toString(), "--to", "pdf"))
        .isEqualTo(Cli.UNREADABLE);
    assertThat(err()).contains("md, mermaid or dot");
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"demo", "validate", "format", "render"}) {
      out.reset();
      assertThat(run(command, "--help")).as(command).isEqualTo(Cli.OK);
      assertThat(out()).as(command).startsWith("usage: castkit " + command);
    }
    out.reset();
    assertThat(run("--help")).isEqualTo(Cli.OK);
    assertThat(out()).startsWith("usage: castkit");
  }

  @Test
  void unknownCommandsAndMissingArgumentsAreUsageErrors() {
    assertThat(run("frobnicate")).isEqualTo(Cli.UNREADABLE);
    assertThat(err()).contains("unknown command 'frobnicate'").contains("usage:");
    assertThat(run("validate")).isEqualTo(Cli.UNREADABLE);
    assertThat(run("format")).isEqualTo(Cli.UNREADABLE);
  }
}
