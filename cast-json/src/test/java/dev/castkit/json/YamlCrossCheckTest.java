package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.ExtensionValue;
import dev.castkit.core.testing.ChildProcesses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The YAML castkit writes, as other languages read it: PyYAML (a YAML 1.1 reader, {@code
 * safe_load}) and eemeli/yaml (a YAML 1.2 reader, core schema) must read every document to the same
 * data as castkit's own JSON of the same analysis: no merge key, no timestamp, no sexagesimal or
 * octal number, no boolean where castkit has a string, no line break where castkit has another
 * character. The documents are every valid vector, analyses generated with hostile text ({@link
 * YamlHostileText}), and one document per hostile piece, in a value and in a key.
 *
 * <p>Needs {@code python3} with PyYAML (Debian: {@code python3-yaml}), {@code node}, and {@code npm
 * ci --prefix cast-json/src/test/yaml}; {@code .ci/run} installs them. Where they are missing the
 * test fails on CI ({@code CI=true}) and is skipped elsewhere, saying what is missing and the
 * command that installs it.
 */
class YamlCrossCheckTest {
  private static final Path TOOLS = Path.of("src", "test", "yaml");
  private static final String INSTALL =
      "sudo apt-get install -y python3-yaml nodejs npm && npm ci --prefix cast-json/src/test/yaml";
  private static final Map<String, CastAnalysis> CORPUS = new LinkedHashMap<>();

  @BeforeAll
  static void corpus() throws IOException {
    Path v1 = Path.of("src", "test", "resources", "v1");
    List<Path> vectors = new ArrayList<>();
    try (Stream<Path> files = Files.list(v1)) {
      files.filter(p -> p.getFileName().toString().startsWith("valid-")).forEach(vectors::add);
    }
    try (Stream<Path> files = Files.list(v1.resolve("canonical"))) {
      files.forEach(vectors::add);
    }
    vectors.sort(null);
    for (Path p : vectors) {
      CORPUS.put(
          "vector-" + p.getFileName().toString().replace(".json", ""), CastJson.standard().read(p));
    }
    CastAnalysis base = CastJson.yaml().read("formatVersion: \"1.0\"\nid: C\ntitle: t\n");
    int i = 0;
    for (String piece : YamlHostileText.PIECES) {
      Map<String, ExtensionValue> ext = new LinkedHashMap<>();
      ext.put("x-value", ExtensionValue.of(piece));
      if (!piece.isEmpty()) {
        ext.put(piece, ExtensionValue.of("key"));
      }
      ext.put("x-word-" + piece, ExtensionValue.array(List.of(ExtensionValue.of("a " + piece))));
      CORPUS.put("piece-" + i++, base.toBuilder().title("t" + piece).extensions(ext).build());
    }
    int[] n = {0};
    qt().withExamples(150)
        .forAll(YamlHostileText.analyses())
        .checkAssert(a -> CORPUS.put("generated-" + n[0]++, a));
  }

  private static Path write(Path dir) throws IOException {
    for (Map.Entry<String, CastAnalysis> e : CORPUS.entrySet()) {
      Files.write(dir.resolve(e.getKey() + ".yaml"), CastJson.yaml().toBytes(e.getValue()));
      Files.write(dir.resolve(e.getKey() + ".json"), CastJson.standard().toBytes(e.getValue()));
    }
    return dir;
  }

  private static boolean ci() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** Fails on CI, skips elsewhere, when a tool is missing. */
  private static void require(boolean present, String what) {
    if (!present) {
      String message = what + " is missing; to run this check: " + INSTALL;
      if (ci()) {
        throw new AssertionError(message);
      }
      System.err.println("YamlCrossCheckTest skipped: " + message);
      assumeTrue(false, message);
    }
  }

  private static Run run(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      // bounded by the CPU time the readers use, not by the wall clock
      String out =
          new String(
              ChildProcesses.output(p, java.time.Duration.ofSeconds(120)), StandardCharsets.UTF_8);
      return new Run(p.exitValue(), out);
    } catch (IOException e) {
      return new Run(-1, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Run(-1, e.toString());
    }
  }

  record Run(int status, String output) {}

  private static void agreesOnEveryDocument(Run run, String reader) {
    assertThat(run.status()).as(reader + " ran:\n" + run.output()).isZero();
    List<String> verdicts = new ArrayList<>();
    for (String line : run.output().split("\n")) {
      if (!line.isBlank()) {
        verdicts.add(line);
      }
    }
    List<String> disagreements = verdicts.stream().filter(l -> !l.endsWith(" ok")).toList();
    assertThat(disagreements).as(reader + " disagrees with castkit").isEmpty();
    assertThat(verdicts).as(reader + " read every document").hasSize(CORPUS.size());
  }

  @Test
  void pyyamlAsAYaml11ReaderReadsEveryDocumentAsCastkitDoes(@TempDir Path dir) throws Exception {
    Run probe = run(List.of("python3", "-c", "import yaml"));
    require(probe.status() == 0, "python3 with PyYAML (" + probe.output().trim() + ")");
    Run run =
        run(List.of("python3", TOOLS.resolve("compare.py").toString(), write(dir).toString()));
    agreesOnEveryDocument(run, "PyYAML");
  }

  @Test
  void eemeliYamlAsAYaml12ReaderReadsEveryDocumentAsCastkitDoes(@TempDir Path dir)
      throws Exception {
    Run probe = run(List.of("node", "--version"));
    require(probe.status() == 0, "node");
    require(
        Files.isDirectory(TOOLS.resolve("node_modules").resolve("yaml")),
        "the npm package yaml in cast-json/src/test/yaml/node_modules");
    Run run = run(List.of("node", TOOLS.resolve("compare.mjs").toString(), write(dir).toString()));
    agreesOnEveryDocument(run, "eemeli/yaml");
  }

  @Test
  void theCheckCatchesAMisreadDocument(@TempDir Path dir) throws Exception {
    // the check itself: documents that a YAML 1.1 or 1.2 reader reads differently from the JSON
    Files.writeString(dir.resolve("merge.yaml"), "a: {x: 1}\n<<: {y: 2}\n");
    Files.writeString(dir.resolve("merge.json"), "{\"a\": {\"x\": 1}, \"<<\": {\"y\": 2}}");
    Files.writeString(dir.resolve("sexagesimal.yaml"), "t: 1:20\n");
    Files.writeString(dir.resolve("sexagesimal.json"), "{\"t\": \"1:20\"}");
    Files.writeString(dir.resolve("octal.yaml"), "n: 010\n");
    Files.writeString(dir.resolve("octal.json"), "{\"n\": 8}");
    Files.writeString(dir.resolve("nel.yaml"), "s: \"a\u0085b\"\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("nel.json"), "{\"s\": \"a\\u0085b\"}");
    Run python = run(List.of("python3", TOOLS.resolve("compare.py").toString(), dir.toString()));
    Run node = run(List.of("node", TOOLS.resolve("compare.mjs").toString(), dir.toString()));
    boolean pythonThere = run(List.of("python3", "-c", "import yaml")).status() == 0;
    boolean nodeThere = Files.isDirectory(TOOLS.resolve("node_modules").resolve("yaml"));
    require(pythonThere && nodeThere, "PyYAML or the npm package yaml");
    // YAML 1.1 merges <<, reads 1:20 as 80 and 010 as 8, folds the NEL to a space
    assertThat(python.output())
        .contains("merge differs")
        .contains("sexagesimal differs")
        .contains("octal ok")
        .contains("nel differs");
    // YAML 1.2 reads <<, 1:20 and the NEL as written, and 010 as 10
    assertThat(node.output())
        .contains("merge ok")
        .contains("sexagesimal ok")
        .contains("octal differs")
        .contains("nel ok");
  }
}
