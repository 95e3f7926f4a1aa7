package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastStep;
import dev.castkit.core.Hazard;
import dev.castkit.core.HazardId;
import dev.castkit.core.rules.CastRules;
import dev.castkit.core.rules.Rule;
import dev.castkit.core.rules.Severity;
import dev.castkit.core.rules.ValidationReport;
import dev.castkit.core.testing.ChildProcesses;
import dev.castkit.testing.CastFixtures;
import dev.castkit.testing.CastGenerators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@link ValidationReportJson}: the written reports of a few analyses against the stored vectors in
 * {@code src/test/resources/report}, every written report (of generated analyses too) against the
 * published schema, and the schema itself against reports it must refuse.
 */
class ValidationReportJsonTest {
  private static final Path VECTORS = Path.of("src", "test", "resources", "report");
  private static final Schema SCHEMA = loadSchema();

  /** The analyses whose reports are stored as vectors, by vector file name. */
  static Map<String, ValidationReport> vectors() {
    Map<String, ValidationReport> reports = new LinkedHashMap<>();
    reports.put("valid-complete.json", CastRules.standard().check(CastFixtures.complete()));
    reports.put("valid-minimal.json", CastRules.standard().check(CastFixtures.minimal()));
    CastAnalysis lonelyHazard =
        CastFixtures.readyFor(CastStep.IDENTIFY_FLAWS).toBuilder()
            .addHazard(
                Hazard.builder()
                    .id(HazardId.of("H-2"))
                    .description("The \"load\" exceeds capacity \u2028 \ud800 after a restart")
                    .build())
            .build();
    reports.put("valid-errors-and-warnings.json", CastRules.standard().check(lonelyHazard));
    CastRules house =
        CastRules.builder()
            .add(
                Rule.of(
                    "ACME-001",
                    Severity.INFO,
                    CastStep.CREATE_IMPROVEMENT_PROGRAM,
                    "the analysis names a reviewer",
                    (a, out) -> out.report("No reviewer is named \ud800 (see ACME's\u2028guide).")))
            .build();
    reports.put("valid-house-rule.json", house.check(CastFixtures.complete()));
    return reports;
  }

  @Test
  void reportsAreWrittenAsTheStoredVectors() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, ValidationReport> v : vectors().entrySet()) {
      String written = ValidationReportJson.write(v.getValue());
      Path stored = VECTORS.resolve(v.getKey());
      if (!Files.exists(stored)) {
        // never written into the sources from here: a person copies it after reading it
        Path out = Path.of("target", "report-vectors", v.getKey());
        Files.createDirectories(out.getParent());
        Files.writeString(out, written, StandardCharsets.UTF_8);
        missing.add(stored + " (written report in " + out + ")");
        continue;
      }
      assertThat(written)
          .as(v.getKey())
          .isEqualTo(Files.readString(stored, StandardCharsets.UTF_8));
    }
    assertThat(missing).as("vectors missing").isEmpty();
  }

  @Test
  void theVectorsShowWhatTheFormatPromises() throws IOException {
    String complete = Files.readString(VECTORS.resolve("valid-complete.json"));
    assertThat(complete)
        .startsWith("{\n  \"reportVersion\": \"1.0\",\n  \"hasErrors\": false,\n  \"counts\"")
        .doesNotContain("readyFor")
        .contains("\"findings\": []")
        .endsWith("}\n");
    String errors = Files.readString(VECTORS.resolve("valid-errors-and-warnings.json"));
    assertThat(errors)
        .contains("\"readyFor\": \"ASSEMBLE_BASIC_INFORMATION\"")
        .contains("\"code\": \"CAST-H001\"")
        .contains("\"elementId\": \"H-2\"");
    String house = Files.readString(VECTORS.resolve("valid-house-rule.json"));
    assertThat(house)
        .contains("\"code\": \"ACME-001\"")
        .contains("\"severity\": \"INFO\"")
        // the message's lone surrogate is replaced, its U+2028 kept
        .contains("\"message\": \"No reviewer is named \ufffd (see ACME's\u2028guide).\"");
  }

  @Test
  void everyVectorIsValidAgainstTheSchema() throws IOException {
    try (var files = Files.list(VECTORS)) {
      List<Path> all = files.sorted().toList();
      assertThat(all).hasSizeGreaterThanOrEqualTo(4);
      for (Path p : all) {
        assertThat(errors(Files.readString(p, StandardCharsets.UTF_8))).as(p.toString()).isEmpty();
      }
    }
  }

  @Test
  void theSchemaRefusesWhatTheFormatCannotBe() throws IOException {
    String complete = Files.readString(VECTORS.resolve("valid-complete.json"));
    assertThat(errors(complete.replace("\"reportVersion\": \"1.0\"", "\"reportVersion\": \"2.0\"")))
        .isNotEmpty();
    assertThat(errors(complete.replace("\"hasErrors\": false", "\"hasErrors\": \"no\"")))
        .isNotEmpty();
    // a complete step with a blocker
    assertThat(
            errors(
                complete.replaceFirst(
                    "\"blockers\": \\[\\]", "\"blockers\": [ \"no loss recorded\" ]")))
        .isNotEmpty();
    // an unknown field
    assertThat(errors(complete.replace("\"findings\": []", "\"findings\": [], \"extra\": 1")))
        .isNotEmpty();
    String errors = Files.readString(VECTORS.resolve("valid-errors-and-warnings.json"));
    assertThat(errors(errors.replace("\"severity\": \"ERROR\"", "\"severity\": \"FATAL\"")))
        .isNotEmpty();
    assertThat(errors(errors.replaceFirst("\"message\": \"[^\"]*\"", "\"message\": \"\"")))
        .isNotEmpty();
  }

  @Test
  void reportsOfGeneratedAnalysesAreValidJsonAgainstTheSchema() {
    JsonFactory json = new JsonFactory();
    qt().withExamples(40)
        .forAll(CastGenerators.analyses(CastGenerators.Size.SMALL, CastGenerators.Text.HOSTILE))
        .checkAssert(
            a -> {
              ValidationReport report = CastRules.standard().check(a);
              String written = ValidationReportJson.write(report);
              assertThat(errors(written)).as(written).isEmpty();
              assertThat(countFindings(json, written)).isEqualTo(report.findings().size());
            });
  }

  @Test
  void streamsGetTheSameTextInUtf8AndStayOpen() {
    ValidationReport report = vectors().get("valid-errors-and-warnings.json");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ValidationReportJson.write(report, bytes);
    bytes.write('x'); // still open
    assertThat(new String(bytes.toByteArray(), StandardCharsets.UTF_8))
        .isEqualTo(ValidationReportJson.write(report) + "x");
    StringWriter chars = new StringWriter();
    ValidationReportJson.write(report, chars);
    assertThat(chars).hasToString(ValidationReportJson.write(report));
  }

  @Test
  void badArgumentsAndFailingStreamsAreClearErrors() {
    ValidationReport report = vectors().get("valid-complete.json");
    assertThatThrownBy(() -> ValidationReportJson.write(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a report");
    assertThatThrownBy(() -> ValidationReportJson.write(report, (Writer) null))
        .isInstanceOf(IllegalArgumentException.class);
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] buf, int off, int len) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> ValidationReportJson.write(report, broken))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot write the validation report: disk full");
  }

  @Test
  void ajvAcceptsEveryVector() throws Exception {
    // shared/tools beside the checkout, however deep the module sits below it
    Path tool = Path.of("shared", "tools", "check-schema");
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isExecutable(dir.resolve(tool))) {
        tool = dir.resolve(tool);
        break;
      }
    }
    // check-schema installs Ajv on first use; under CI=true the check must run, as
    // AjvCrossCheckTest
    if (!Files.isExecutable(tool)) {
      String missing =
          "The Ajv check of the report vectors needs shared/tools/check-schema beside the clone"
              + " (present in CI), not found above "
              + Path.of("").toAbsolutePath();
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(missing);
      }
      Assumptions.abort(missing);
    }
    List<String> command = new ArrayList<>();
    command.add(tool.toString());
    command.add(
        Path.of("src/main/resources").resolve(ValidationReportJson.SCHEMA_RESOURCE).toString());
    try (var files = Files.list(VECTORS)) {
      files.sorted().forEach(p -> command.add(p.toString()));
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output =
        new String(
            ChildProcesses.output(process, java.time.Duration.ofSeconds(60)),
            StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).doesNotContain(" invalid");
  }

  private static int countFindings(JsonFactory json, String written) {
    try (JsonParser p = json.createParser(written)) {
      int depth = 0;
      int findings = 0;
      boolean inFindings = false;
      while (p.nextToken() != null) {
        switch (p.currentToken()) {
          case FIELD_NAME -> {
            if (depth == 1 && p.currentName().equals("findings")) {
              inFindings = true;
            }
          }
          case START_OBJECT, START_ARRAY -> {
            if (inFindings && depth == 2 && p.currentToken().isStructStart()) {
              findings++;
            }
            depth++;
          }
          case END_OBJECT, END_ARRAY -> {
            depth--;
            if (depth == 1) {
              inFindings = false;
            }
          }
          default -> {}
        }
      }
      return findings;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> errors(String json) {
    List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);
    return errors.stream()
        .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
        .collect(Collectors.toList());
  }

  private static Schema loadSchema() {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b ->
                b.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    try (InputStream in =
        ValidationReportJsonTest.class
            .getClassLoader()
            .getResourceAsStream(ValidationReportJson.SCHEMA_RESOURCE)) {
      assertThat(in).as("schema resource in the jar").isNotNull();
      return registry.getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
