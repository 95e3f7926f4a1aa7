package dev.castkit.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the real renderers on test output: Graphviz {@code dot}, the Mermaid parser and a GitHub
 * Flavored Markdown parser (the last two with node, from {@code cast-core/src/test/mermaid}). Each
 * call renders or parses a whole batch in one process, so the suite stays fast.
 *
 * <p>A missing tool fails the test with the command that installs it, unless the system property
 * {@code castkit.skipExternalRenderers=true} is set (then the test is skipped).
 *
 * <p>Reused by the other modules' tests through cast-core's test-jar.
 */
public final class ExternalRenderers {
  /** The system property that skips these tests when the tools are missing. */
  public static final String SKIP_PROPERTY = "castkit.skipExternalRenderers";

  /** The system property naming the folder of the node tools, when not found by itself. */
  public static final String MERMAID_DIR_PROPERTY = "castkit.mermaidDir";

  private static final long TIMEOUT_SECONDS = 300;

  private ExternalRenderers() {}

  /** The outcome of one run of a tool. */
  public record Run(int exitCode, String stdout, String stderr) {}

  /**
   * What a Markdown parser saw in one report.
   *
   * @param headings each heading as depth and plain text
   * @param tables each table: its header, then its rows
   * @param mermaidErrors for each embedded Mermaid block, null when it parsed, else the error
   * @param blocks how many top-level blocks of each kind
   */
  public record ParsedReport(
      List<Map.Entry<Integer, String>> headings,
      List<List<List<String>>> tables,
      List<String> mermaidErrors,
      Map<String, Integer> blocks) {}

  /**
   * Renders every DOT text to SVG; each {@code name.dot} becomes {@code name.svg} in {@code dir}.
   * One {@code dot} process per diagram: Graphviz 2.43 (Debian 12) double-frees memory when it lays
   * out a second graph in the same process after one with labelled edges inside a rank.
   *
   * @param dir an empty folder
   * @param diagrams DOT text by file name (without extension)
   * @return each run, by name
   */
  public static Map<String, Run> renderDot(Path dir, Map<String, String> diagrams)
      throws IOException {
    requireTool(
        "dot",
        List.of("dot", "-V"),
        "Graphviz 'dot' is not installed. Install it (Debian/Ubuntu: apt-get install -y graphviz;"
            + " macOS: brew install graphviz)");
    Map<String, Run> runs = new LinkedHashMap<>();
    for (Map.Entry<String, String> d : diagrams.entrySet()) {
      Path file = dir.resolve(d.getKey() + ".dot");
      Files.writeString(file, d.getValue(), StandardCharsets.UTF_8);
      Path svg = dir.resolve(d.getKey() + ".svg");
      runs.put(
          d.getKey(), run(List.of("dot", "-Tsvg", "-o", svg.toString(), file.toString()), dir));
    }
    return runs;
  }

  /**
   * Parses every Mermaid text with one node run of the real Mermaid parser.
   *
   * @param dir an empty folder
   * @param diagrams Mermaid text by file name (without extension)
   * @return for each name, null when it parsed, else the parser's message
   */
  public static Map<String, String> parseMermaid(Path dir, Map<String, String> diagrams)
      throws IOException {
    Path tools = nodeTools();
    List<String> command = new ArrayList<>(List.of("node", tools.resolve("parse.mjs").toString()));
    Map<String, String> byFile = new LinkedHashMap<>();
    for (Map.Entry<String, String> d : diagrams.entrySet()) {
      Path file = dir.resolve(d.getKey() + ".mmd");
      Files.writeString(file, d.getValue(), StandardCharsets.UTF_8);
      command.add(file.toString());
      byFile.put(file.toString(), d.getKey());
    }
    Run run = run(command, dir);
    Map<String, String> results = new LinkedHashMap<>();
    for (String line : run.stdout().split("\n")) {
      if (line.startsWith("OK ")) {
        results.put(byFile.get(line.substring(3)), null);
      } else if (line.startsWith("FAIL ")) {
        int colon = line.indexOf(": ", 5);
        results.put(byFile.get(line.substring(5, colon)), line.substring(colon + 2));
      }
    }
    if (run.exitCode() > 1 || results.size() != diagrams.size()) {
      fail("The Mermaid parser did not run: " + run + "\n" + howToInstallNodeTools(tools));
    }
    return results;
  }

  /**
   * Parses every Markdown text with one node run of a GFM parser, and every embedded Mermaid block
   * with the Mermaid parser.
   *
   * @param dir an empty folder
   * @param reports Markdown text by file name (without extension)
   * @return what the parser saw, by name
   */
  public static Map<String, ParsedReport> parseMarkdown(Path dir, Map<String, String> reports)
      throws IOException {
    Path tools = nodeTools();
    List<String> command =
        new ArrayList<>(List.of("node", tools.resolve("markdown.mjs").toString()));
    Map<String, String> byFile = new LinkedHashMap<>();
    for (Map.Entry<String, String> r : reports.entrySet()) {
      Path file = dir.resolve(r.getKey() + ".md");
      Files.writeString(file, r.getValue(), StandardCharsets.UTF_8);
      command.add(file.toString());
      byFile.put(file.toString(), r.getKey());
    }
    Run run = run(command, dir);
    if (run.exitCode() > 1) {
      fail("The Markdown parser did not run: " + run + "\n" + howToInstallNodeTools(tools));
    }
    Map<String, ParsedReport> results = new LinkedHashMap<>();
    String name = null;
    ParsedReport current = null;
    for (String line : run.stdout().split("\n")) {
      String[] f = line.split("\t", -1);
      for (int i = 1; i < f.length; i++) {
        f[i] = URLDecoder.decode(f[i], StandardCharsets.UTF_8);
      }
      switch (f[0]) {
        case "FILE":
          name = byFile.get(f[1]);
          current =
              new ParsedReport(
                  new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new LinkedHashMap<>());
          break;
        case "HEADING":
          current.headings().add(Map.entry(Integer.parseInt(f[1]), f[2]));
          break;
        case "TABLE":
          List<List<String>> table = new ArrayList<>();
          table.add(List.of(f).subList(1, f.length));
          current.tables().add(table);
          break;
        case "ROW":
          current.tables().get(current.tables().size() - 1).add(List.of(f).subList(1, f.length));
          break;
        case "MERMAID":
          current.mermaidErrors().add(f[1].equals("OK") ? null : f[2]);
          break;
        case "BLOCK":
          current.blocks().put(f[1], Integer.parseInt(f[2]));
          break;
        case "END":
          results.put(name, current);
          break;
        default:
          break;
      }
    }
    if (results.size() != reports.size()) {
      fail(
          "The Markdown parser answered for "
              + results.size()
              + " of "
              + reports.size()
              + ": "
              + run);
    }
    return results;
  }

  /** The folder of the node tools, with its packages installed; fails or skips otherwise. */
  public static Path nodeTools() {
    Path tools = findNodeTools();
    requireTool(
        "node",
        List.of("node", "--version"),
        "Node.js ('node', version 20.19 or later) is not installed. Install it (Debian/Ubuntu:"
            + " apt-get install -y nodejs npm), then: "
            + howToInstallNodeTools(tools));
    if (!Files.isDirectory(tools.resolve("node_modules/mermaid"))
        || !Files.isDirectory(tools.resolve("node_modules/marked"))
        || !Files.isDirectory(tools.resolve("node_modules/jsdom"))) {
      missing(
          "The Mermaid and Markdown parsers are not installed. " + howToInstallNodeTools(tools));
    }
    return tools;
  }

  private static String howToInstallNodeTools(Path tools) {
    return "Run: npm ci --prefix "
        + tools
        + " (installs the pinned parsers into its git-ignored"
        + " node_modules)";
  }

  private static Path findNodeTools() {
    String configured = System.getProperty(MERMAID_DIR_PROPERTY);
    if (configured != null) {
      return Path.of(configured).toAbsolutePath();
    }
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      for (Path candidate :
          List.of(p.resolve("src/test/mermaid"), p.resolve("cast-core/src/test/mermaid"))) {
        if (Files.isRegularFile(candidate.resolve("parse.mjs"))) {
          return candidate;
        }
      }
    }
    return dir.resolve("cast-core/src/test/mermaid");
  }

  private static void requireTool(String name, List<String> probe, String howToInstall) {
    try {
      Run run = run(probe, Path.of("").toAbsolutePath());
      if (run.exitCode() == 0) {
        return;
      }
    } catch (IOException e) {
      // not on the PATH
    }
    missing(howToInstall);
  }

  private static void missing(String message) {
    String full = message + ", or set -D" + SKIP_PROPERTY + "=true to skip these tests.";
    if (Boolean.getBoolean(SKIP_PROPERTY)) {
      Assumptions.abort(full);
    }
    fail(full);
  }

  private static Run run(List<String> command, Path dir) throws IOException {
    Path out = Files.createTempFile("castkit-tool", ".out");
    Path err = Files.createTempFile("castkit-tool", ".err");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail(command.get(0) + " did not finish within " + TIMEOUT_SECONDS + " s");
      }
      return new Run(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running " + command.get(0), e);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
