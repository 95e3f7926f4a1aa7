package dev.castkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.rules.CastRules;
import dev.castkit.core.rules.Severity;
import dev.castkit.json.CastJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The builder example compiles with the module, runs, and builds an analysis the rules accept. */
class BuilderExampleTest {

  @Test
  void theProgramPrintsTheFindingsAndTheAnalysisAsYaml() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      BuilderExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    int yaml = out.indexOf("formatVersion: ");
    assertThat(yaml).as("the analysis as YAML in\n%s", out).isNotNegative();
    assertThat(out.substring(0, yaml).lines())
        .as("one line per finding")
        .hasSize(CastRules.standard().check(BuilderExample.analysis()).findings().size())
        .allSatisfy(line -> assertThat(line).startsWith("CAST-"));
    assertThat(CastJson.yaml().read(out.substring(yaml))).isEqualTo(BuilderExample.analysis());
  }

  @Test
  void theAnalysisCoversTheFiveStepsWithoutErrorsOrWarnings() {
    CastAnalysis analysis = BuilderExample.analysis();
    assertThat(CastRules.standard().check(analysis).findings())
        .allSatisfy(f -> assertThat(f.severity()).as(f.toString()).isEqualTo(Severity.INFO));
    assertThat(analysis.losses()).isNotEmpty();
    assertThat(analysis.controlStructures()).isNotEmpty();
    assertThat(analysis.componentAnalyses()).isNotEmpty();
    assertThat(analysis.flaws()).isNotEmpty();
    assertThat(analysis.recommendations()).isNotEmpty();
  }
}
