package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The schema as a non-Java consumer sees it: Ajv (through {@code shared/tools/check-schema}) must
 * accept every valid vector and agree with invalid-pointers.tsv on the invalid ones. The tool is
 * found beside the clone (as in CI) or at {@code -Dcastkit.checkSchema=PATH}; it installs Ajv on
 * first use. Without it the test is skipped with the reason, except under {@code CI=true}, where it
 * fails: in CI every check runs.
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
          .forEach(p -> expected.put(p, "valid"));
    }
    try (Stream<Path> files = Files.list(v1.resolve("canonical"))) {
      files.forEach(p -> expected.put(p, "valid"));
    }
    for (String line :
        Files.readAllLines(v1.resolve("invalid-pointers.tsv"), StandardCharsets.UTF_8)) {
      String[] columns = line.split("\t", -1);
      if (!line.startsWith("#") && columns.length == 3 && !columns[2].equals("n/a")) {
        expected.put(v1.resolve(columns[0]), columns[2]);
      }
    }
    List<String> command = new ArrayList<>();
    command.add(TOOL.toString());
    command.add(Path.of("src/main/resources").resolve(CastJson.SCHEMA_RESOURCE).toString());
    expected.keySet().stream().sorted().forEach(p -> command.add(p.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

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
    assertThat(verdicts).as(output).isEqualTo(wanted);
  }
}
