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
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the real renderers on test output: Graphviz {@code dot}, the Mermaid parser and a GitHub
 * Flavored Markdown parser (the last two with node, from {@code cast-core/src/test/mermaid}). Each
 * call renders or parses a whole batch in one process, so the suite stays fast.
 *
 * <p>Where Node.js and npm are present but the parsers are not installed, the first call installs
 * their pinned versions ({@code npm ci}, from the lock file) into the git-ignored {@code
 * node_modules}. A tool that is still missing skips the test with the reason and the command that
 * installs it (the build lists the skipped checks at its end), except under {@code CI=true}, where
 * nothing is optional: then the test fails.
 *
 * <p>Reused by the other modules' tests through cast-core's test-jar.
 */
public final class ExternalRenderers {
  /**
   * The environment variable that makes every check mandatory: when it is {@code true} (as in CI),
   * a missing tool fails the test instead of skipping it.
   */
  public static final String CI_VARIABLE = "CI";

  /** The system property naming the folder of the node tools, when not found by itself. */
  public static final String MERMAID_DIR_PROPERTY = "castkit.mermaidDir";

  // a guard against a runaway tool, not a measure of speed: CPU time, since a loaded machine is
  // slow without the tool being wrong
  private static final java.time.Duration CPU_LIMIT = java.time.Duration.ofSeconds(1200);

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
    if (!available(List.of("dot", "-V"))) {
      // The tests that render with dot go on to the node parsers: name both when both are missing,
      // so that one command enables them.
      missing(
          available(List.of("node", "--version"))
              ? "Graphviz 'dot' is not installed, so the real Graphviz renderer is not checked"
                  + " (macOS: brew install graphviz) (enable with: apt-get install -y graphviz)"
              : "Graphviz 'dot' and Node.js are not installed, so neither the real Graphviz"
                  + " renderer nor the Mermaid and Markdown parsers are checked (macOS: brew"
                  + " install graphviz node) (enable with: apt-get install -y graphviz nodejs npm)");
    }
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
   * Lays out every DOT text with {@code dot -Tplain} and returns the size of each drawing, in
   * inches, as Graphviz reports it on the first line ({@code graph SCALE WIDTH HEIGHT}). Skips the
   * test when {@code dot} is missing, or fails it under {@code CI=true}, as {@link #renderDot}.
   *
   * @param dir an empty folder
   * @param diagrams DOT text by file name (without extension)
   * @return width and height of each drawing, by name
   */
  public static Map<String, double[]> layoutSize(Path dir, Map<String, String> diagrams)
      throws IOException {
    if (!available(List.of("dot", "-V"))) {
      missing(
          "Graphviz 'dot' is not installed, so the size of the diagrams is not checked"
              + " (macOS: brew install graphviz) (enable with: apt-get install -y graphviz)");
    }
    Map<String, double[]> sizes = new LinkedHashMap<>();
    for (Map.Entry<String, String> d : diagrams.entrySet()) {
      Path file = dir.resolve(d.getKey() + ".dot");
      Files.writeString(file, d.getValue(), StandardCharsets.UTF_8);
      Run run = run(List.of("dot", "-Tplain", file.toString()), dir);
      String[] first = run.stdout().split("\n", 2)[0].split(" ");
      if (run.exitCode() != 0 || first.length != 4 || !first[0].equals("graph")) {
        fail("dot -Tplain did not lay out " + d.getKey() + ": " + run);
      }
      sizes.put(
          d.getKey(), new double[] {Double.parseDouble(first[2]), Double.parseDouble(first[3])});
    }
    return sizes;
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
  public static synchronized Path nodeTools() {
    Path tools = findNodeTools();
    if (!available(List.of("node", "--version"))) {
      missing(
          "Node.js is not installed, so the real Mermaid and Markdown parsers are not checked"
              + " (Node.js 20.19 or later; the build then installs the parsers itself)"
              + " (enable with: apt-get install -y nodejs npm)");
    }
    if (!parsersInstalled(tools)) {
      installParsers(tools);
    }
    if (!parsersInstalled(tools)) {
      missing(
          "The Mermaid and Markdown parsers are not installed and could not be installed"
              + " (enable with: "
              + npmCi(tools)
              + ")");
    }
    return tools;
  }

  private static boolean parsersInstalled(Path tools) {
    return Files.isDirectory(tools.resolve("node_modules/mermaid"))
        && Files.isDirectory(tools.resolve("node_modules/marked"))
        && Files.isDirectory(tools.resolve("node_modules/jsdom"));
  }

  /** Installs the pinned parsers with npm where npm is present; reports what npm said otherwise. */
  private static void installParsers(Path tools) {
    List<String> command =
        List.of("npm", "ci", "--prefix", tools.toString(), "--no-audit", "--no-fund");
    try {
      System.err.println(
          "castkit: installing the pinned Mermaid and Markdown parsers: " + npmCi(tools));
      Run run = run(command, tools);
      if (run.exitCode() != 0) {
        System.err.println("castkit: npm ci failed (" + run.exitCode() + "): " + run.stderr());
      }
    } catch (IOException e) {
      System.err.println("castkit: npm is not on the PATH: " + e.getMessage());
    }
  }

  private static String npmCi(Path tools) {
    return "npm ci --prefix " + tools;
  }

  private static String howToInstallNodeTools(Path tools) {
    return "Run: "
        + npmCi(tools)
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

  /** Whether {@code probe} runs and exits with 0 (false when its program is not on the PATH). */
  private static boolean available(List<String> probe) {
    try {
      return run(probe, Path.of("").toAbsolutePath()).exitCode() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Skips the test with {@code message}, or fails it under {@code CI=true}.
   *
   * @param message what is missing, ending with "(enable with: COMMAND)"
   */
  private static void missing(String message) {
    if ("true".equalsIgnoreCase(System.getenv(CI_VARIABLE))) {
      fail(message + "; CI=true, so this check is not optional");
    }
    Assumptions.abort(message);
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
      ChildProcesses.await(process, CPU_LIMIT);
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
