package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.castkit.core.internal.model.Model;
import dev.castkit.core.testing.ChildProcesses;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The schema as a non-Java consumer sees it: Ajv (through {@code shared/tools/check-schema}) must
 * accept every valid vector and agree with invalid-pointers.tsv on the invalid ones, with the
 * schema of 1.1; and the published schema of 1.0 must accept every valid vector written as 1.0. The
 * tool is found beside the clone (as in CI) or at {@code -Dcastkit.checkSchema=PATH}; it installs
 * Ajv on first use. Without it the test is skipped with the reason, except under {@code CI=true},
 * where it fails: in CI every check runs.
 */
class AjvCrossCheckTest {
  private static final Path TOOL =
      Path.of(
          System.getProperty(
              "castkit.checkSchema",
              Path.of("..", "..", "shared", "tools", "check-schema").toString()));

  @Test
  void ajvAgreesWithTheVectors() throws Exception {
    if (!Files.isExecutable(TOOL)) {
      String missing =
          "The Ajv cross-check of the schema needs shared/tools/check-schema beside the clone"
              + " (present in CI; elsewhere -Dcastkit.checkSchema=PATH), not found at "
              + TOOL.toAbsolutePath().normalize();
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(missing);
      }
      Assumptions.abort(missing);
    }
    Path v1 = Path.of("src", "test", "resources", "v1");
    Map<Path, String> expected = new HashMap<>();
    try (Stream<Path> files = Files.list(v1)) {
      files
          .filter(p -> p.getFileName().toString().startsWith("valid-"))
          // valid-1.0-*: declared 1.0, with names 1.1 defines as extensions: the 1.0 schema's
          .filter(p -> !p.getFileName().toString().startsWith("valid-1.0-"))
          .forEach(p -> expected.put(p, "valid"));
    }
    try (Stream<Path> files = Files.list(v1.resolve("canonical"))) {
      files
          .filter(p -> !p.getFileName().toString().startsWith("valid-1.0-"))
          .forEach(p -> expected.put(p, "valid"));
    }
    for (String line :
        Files.readAllLines(v1.resolve("invalid-pointers.tsv"), StandardCharsets.UTF_8)) {
      String[] columns = line.split("\t", -1);
      if (!line.startsWith("#") && columns.length == 3 && !columns[2].equals("n/a")) {
        Path file = v1.resolve(columns[0]);
        expected.put(file, beyondDoubles(file) ? "invalid" : columns[2]);
      }
    }
    SoftAssertions softly = new SoftAssertions();
    assertAjvSays(
        softly, Path.of("src/main/resources").resolve(CastJson.SCHEMA_RESOURCE), expected);

    // the published 1.0 schema: every valid vector written as 1.0 (it uses nothing 1.1 added) and
    // its canonical form pass it; a document using constants 1.1 added to 1.0's enums does not
    Map<Path, String> expected10 = new HashMap<>();
    try (Stream<Path> files = Files.list(v1)) {
      for (Path p : files.filter(p -> p.getFileName().toString().startsWith("valid-")).toList()) {
        if (Model.minorVersionNeeded(CastJson.standard().read(p)) == 0) {
          expected10.put(p, "valid");
          Path canonical = v1.resolve("canonical").resolve(p.getFileName());
          if (Files.exists(canonical)) {
            expected10.put(canonical, "valid");
          }
        }
      }
    }
    assertThat(expected10).hasSizeGreaterThan(10);
    expected10.put(v1.resolve("valid-1.1-new-constants-of-1.0-enums.json"), "invalid");
    assertAjvSays(
        softly,
        Path.of("src/main/resources/dev/castkit/json/cast-analysis-1.0.schema.json"),
        expected10);
    softly.assertAll();
  }

  /**
   * Whether the document holds a number beyond the range of a double (1E+1000000): JavaScript reads
   * it as Infinity, which Ajv refuses as not a number, where a validator that reads JSON numbers
   * exactly (networknt's) sees a number of 0 or more.
   */
  private static boolean beyondDoubles(Path file) throws Exception {
    boolean[] found = {false};
    walk(
        new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .readTree(file.toFile()),
        found);
    return found[0];
  }

  private static void walk(JsonNode node, boolean[] found) {
    if (node.isNumber() && Double.isInfinite(node.doubleValue())) {
      found[0] = true;
    }
    node.forEach(child -> walk(child, found));
  }

  private static void assertAjvSays(SoftAssertions softly, Path schema, Map<Path, String> expected)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(TOOL.toString());
    command.add(schema.toString());
    expected.keySet().stream().sorted().forEach(p -> command.add(p.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output =
        new String(
            ChildProcesses.output(process, java.time.Duration.ofSeconds(60)),
            StandardCharsets.UTF_8);

    Map<String, String> verdicts = new HashMap<>();
    for (String line : output.split("\n")) {
      String[] words = line.trim().split(" ");
      if (words.length == 2 && (words[1].equals("valid") || words[1].equals("invalid"))) {
        verdicts.put(words[0], words[1]);
      }
    }
    Map<String, String> wanted =
        expected.entrySet().stream()
            .collect(Collectors.toMap(e -> e.getKey().toString(), Map.Entry::getValue));
    softly.assertThat(verdicts).as("Ajv on %s: %s", schema, output).isEqualTo(wanted);
  }
}
