package dev.castkit.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastStep;
import dev.castkit.core.diff.AnalysisDiff;
import dev.castkit.core.diff.AnalysisMerge;
import dev.castkit.core.diff.Conflict;
import dev.castkit.core.diff.MergeResult;
import dev.castkit.core.render.ChangeSummary;
import dev.castkit.core.render.DotDiagram;
import dev.castkit.core.render.MarkdownReport;
import dev.castkit.core.render.MermaidDiagram;
import dev.castkit.core.rules.CastRules;
import dev.castkit.core.rules.Finding;
import dev.castkit.core.rules.Severity;
import dev.castkit.core.rules.StepStatus;
import dev.castkit.core.rules.ValidationReport;
import dev.castkit.json.CastJson;
import dev.castkit.json.CastJsonException;
import dev.castkit.json.CastPatch;
import dev.castkit.json.ValidationReportJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The commands of the castkit program. Exit statuses are documented in {@link #USAGE}. */
final class Cli {
  /** Everything went well; for {@code validate}: no file has an error finding. */
  static final int OK = 0;

  /** {@code validate}: some finding is an error. */
  static final int FINDINGS = 1;

  /** {@code diff}: the two analyses differ by meaning. */
  static final int DIFFERENT = 1;

  /** {@code merge}: the sides conflict (the merged analysis, our side kept there, is written). */
  static final int CONFLICTS = 1;

  /** A file cannot be read (what and where is printed), or the command line is wrong. */
  static final int UNREADABLE = 2;

  static final String USAGE =
      String.join(
          "\n",
          "usage: castkit [COMMAND] [ARGS]",
          "",
          "commands:",
          "  demo                   read the three example analyses, check them, write their JSON,",
          "                         Markdown report and diagrams to ./cast-out/ and print a summary",
          "                         (the default when no command is given)",
          "  validate [--json] FILE...   check analysis files and print their findings",
          "  format FILE            print the canonical form of an analysis file",
          "  render FILE --to md|mermaid|dot   print a report or a control-structure diagram",
          "  diff A B [--to text|md|json-patch]   what changed from A to B, by meaning",
          "  merge BASE OURS THEIRS [-o FILE]     three-way merge into OURS (a git merge driver)",
          "",
          "Files ending in .yaml or .yml are read as YAML, others as JSON (merge: see its --help).",
          "Exit status: 0 success, 1 validate found an error, diff found a difference or merge a",
          "conflict, 2 a file cannot be read or the command line is wrong. Each command takes",
          "--help.");

  private static final String DEMO_HELP =
      String.join(
          "\n",
          "usage: castkit demo [--out DIR]",
          "",
          "Reads the example CAST analyses of three public outages (Amazon S3 2017, Cloudflare",
          "2019, Facebook 2021), checks them with the standard analysis rules and writes, for",
          "each, ID.cast.json, ID.md (the report), ID.mmd and ID.dot (the control structure) to",
          "DIR (default ./cast-out). Prints a summary per analysis.");

  private static final String VALIDATE_HELP =
      String.join(
          "\n",
          "usage: castkit validate [--json] FILE...",
          "",
          "Reads each analysis file and prints its findings, one a line:",
          "  FILE: SEVERITY CODE ELEMENT-ID message",
          "With --json, prints one JSON document instead: for each file its name and either",
          "its report (the format of the schema validation-report-1.0.schema.json in",
          "cast-json) or why it cannot be read.",
          "Exit status: 0 when no file has an error finding, 1 when some finding is an error,",
          "2 when a file cannot be read (file, line, column and JSON pointer are printed).");

  private static final String FORMAT_HELP =
      String.join(
          "\n",
          "usage: castkit format FILE",
          "",
          "Reads the analysis file and prints its canonical form (fixed field order, sorted sets),",
          "so that analyses kept in git diff well. Exit status 2 when the file cannot be read.");

  private static final String RENDER_HELP =
      String.join(
          "\n",
          "usage: castkit render FILE --to md|mermaid|dot",
          "",
          "Prints the Markdown report of the analysis (md), or its control-structure diagram as",
          "Mermaid (mermaid) or Graphviz DOT (dot). Exit status 2 when the file cannot be read.");

  private static final String DIFF_HELP =
      String.join(
          "\n",
          "usage: castkit diff A B [--to text|md|json-patch]",
          "",
          "Compares two versions of an analysis by meaning: elements matched by their ids, field",
          "by field, sets compared as sets, extensions included; a change of order counts only",
          "where the order means something. Prints what changed from A to B:",
          "  text        a summary in CAST's words, grouped by CAST step (the default)",
          "  md          the same summary as Markdown",
          "  json-patch  an RFC 6902 JSON Patch that turns A's canonical JSON into B's",
          "Exit status: 0 when A and B are the same by meaning, 1 when they differ, 2 when a",
          "file cannot be read (file, line, column and JSON pointer are printed) or the command",
          "line is wrong.");

  private static final String MERGE_HELP =
      String.join(
          "\n",
          "usage: castkit merge BASE OURS THEIRS [-o FILE]",
          "",
          "Merges two versions of an analysis, OURS and THEIRS, that diverged from BASE, element",
          "by element (matched by id) and field by field: what one side changed is taken, what",
          "both changed alike is taken once, sets take both sides' additions and removals. What",
          "both sides changed differently is a conflict: the result holds our side's value there",
          "and each conflict is printed on standard error (where, why, base, ours, theirs).",
          "",
          "The result replaces OURS, in OURS' format (YAML stays YAML, JSON stays JSON) and in",
          "canonical form (YAML comments are not kept). With -o it goes to FILE instead (in the",
          "format FILE's name says, else OURS'), or to standard output with -o -.",
          "A file whose name ends in neither .json, .yaml nor .yml is read as JSON when it begins",
          "with '{', as YAML otherwise: a git merge driver is given such temporary files.",
          "",
          "As a git merge driver, in .gitattributes:  *.cast.json merge=castkit",
          "                                            *.cast.yaml merge=castkit",
          "and:  git config merge.castkit.driver \"castkit merge %O %A %B\"",
          "(castkit standing for how you run this program, for example java -jar PATH/TO/JAR).",
          "",
          "Exit status: 0 for a clean merge, 1 when the sides conflict (the result is written",
          "all the same, so git marks the file conflicted and keeps it), 2 when a file cannot be",
          "read or written or the command line is wrong (nothing is written).");

  private final PrintStream out;
  private final PrintStream err;
  private final Path workingDirectory;
  private final CastRules rules = CastRules.standard();

  Cli(PrintStream out, PrintStream err, Path workingDirectory) {
    this.out = out;
    this.err = err;
    this.workingDirectory = workingDirectory;
  }

  int run(String... args) {
    if (args.length == 0) {
      return demo(List.of());
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    switch (args[0]) {
      case "--help":
      case "-h":
      case "help":
        out.println(USAGE);
        return OK;
      case "demo":
        return demo(rest);
      case "validate":
        return validate(rest);
      case "format":
        return format(rest);
      case "render":
        return render(rest);
      case "diff":
        return diff(rest);
      case "merge":
        return merge(rest);
      default:
        return usage("unknown command '" + args[0] + "'", USAGE);
    }
  }

  private int usage(String problem, String help) {
    err.println("castkit: " + problem);
    err.println(help);
    return UNREADABLE;
  }

  // ---------------------------------------------------------------- demo

  private int demo(List<String> args) {
    Path outDir = workingDirectory.resolve("cast-out");
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--help")) {
        out.println(DEMO_HELP);
        return OK;
      } else if (arg.equals("--out") && i + 1 < args.size()) {
        outDir = workingDirectory.resolve(args.get(++i));
      } else {
        return usage("demo: unexpected argument '" + arg + "'", DEMO_HELP);
      }
    }
    try {
      Files.createDirectories(outDir);
      CastJson json = CastJson.standard();
      for (CastAnalysis analysis : Examples.all()) {
        ValidationReport report = rules.check(analysis);
        String base = analysis.id().value();
        List<Path> written = new ArrayList<>();
        written.add(writeFile(outDir.resolve(base + ".cast.json"), json.write(analysis)));
        written.add(
            writeFile(
                outDir.resolve(base + ".md"),
                MarkdownReport.render(analysis, reportOptions(report))));
        written.add(writeFile(outDir.resolve(base + ".mmd"), MermaidDiagram.render(analysis)));
        written.add(writeFile(outDir.resolve(base + ".dot"), DotDiagram.render(analysis)));
        printSummary(analysis, report, written);
      }
      return OK;
    } catch (IOException | UncheckedIOException e) {
      err.println("castkit: cannot write to " + outDir + ": " + e.getMessage());
      return UNREADABLE;
    }
  }

  private static MarkdownReport.Options reportOptions(ValidationReport report) {
    return MarkdownReport.Options.builder().findings(report).build();
  }

  private Path writeFile(Path file, String content) throws IOException {
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private void printSummary(CastAnalysis a, ValidationReport report, List<Path> written) {
    long contributions =
        a.componentAnalyses().stream().mapToLong(c -> c.contributions().size()).sum();
    long components =
        a.controlStructures().stream()
            .flatMap(cs -> cs.components().stream())
            .map(c -> c.id())
            .distinct()
            .count();
    long links = a.controlStructures().stream().mapToLong(cs -> cs.links().size()).sum();
    out.printf(Locale.ROOT, "%s  %s%n", a.id(), a.title());
    out.printf(
        "  step 1: %s, %s, %s, %s, %s%n",
        count(a.losses().size(), "loss", "losses"),
        count(a.hazards().size(), "hazard", "hazards"),
        count(a.constraints().size(), "constraint", "constraints"),
        count(a.timeline().size(), "event", "events"),
        count(a.questions().size(), "question", "questions"));
    out.printf(
        Locale.ROOT,
        "  step 2: %s, %s, %s%n",
        count(a.controlStructures().size(), "control structure", "control structures"),
        count(components, "component", "components"),
        count(links, "link", "links"));
    out.printf(
        Locale.ROOT,
        "  step 3: %s analysed, %s%n",
        count(a.componentAnalyses().size(), "component", "components"),
        count(contributions, "contribution", "contributions"));
    out.printf(
        Locale.ROOT, "  step 4: %s%n", count(a.flaws().size(), "systemic flaw", "systemic flaws"));
    out.printf(
        Locale.ROOT,
        "  step 5: %s%n",
        count(a.recommendations().size(), "recommendation", "recommendations"));
    Map<Severity, Integer> counts = countBySeverity(report);
    out.printf(
        Locale.ROOT,
        "  findings: %s, %s, %d info%n",
        count(counts.get(Severity.ERROR), "error", "errors"),
        count(counts.get(Severity.WARNING), "warning", "warnings"),
        counts.get(Severity.INFO));
    out.println("  " + readiness(report));
    for (Path file : written) {
      out.println("  wrote " + workingDirectory.toAbsolutePath().relativize(file.toAbsolutePath()));
    }
    out.println();
  }

  /** "1 loss", "3 losses", "0 losses". */
  static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /**
   * Which step the analysis is ready for and, when that step has begun, what keeps it from being
   * complete: "ready for: step 1 (...)" alone would not say that three questions are still open.
   */
  static String readiness(ValidationReport report) {
    Optional<CastStep> ready = report.readyFor();
    if (ready.isEmpty()) {
      return "ready for: nothing more, all five steps complete";
    }
    CastStep step = ready.get();
    StepStatus status = report.step(step);
    String line = "ready for: " + describe(step);
    if (!status.begun()) {
      return line + ", not begun";
    }
    return line + ", begun but not complete: " + String.join("; ", status.blockers());
  }

  private static String describe(CastStep step) {
    return "step " + step.number() + " (" + step.title() + ")";
  }

  private static Map<Severity, Integer> countBySeverity(ValidationReport report) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    for (Finding f : report.findings()) {
      counts.merge(f.severity(), 1, Integer::sum);
    }
    return counts;
  }

  // ---------------------------------------------------------------- validate

  private int validate(List<String> args) {
    boolean asJson = false;
    List<String> files = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--help")) {
        out.println(VALIDATE_HELP);
        return OK;
      } else if (arg.equals("--json")) {
        asJson = true;
      } else if (arg.startsWith("--")) {
        return usage("validate: unknown option '" + arg + "'", VALIDATE_HELP);
      } else {
        files.add(arg);
      }
    }
    if (files.isEmpty()) {
      return usage("validate: no file given", VALIDATE_HELP);
    }
    int status = OK;
    List<FileResult> results = new ArrayList<>();
    for (String name : files) {
      FileResult result = new FileResult(name);
      try {
        result.report = rules.check(read(name));
        if (result.report.hasErrors()) {
          status = Math.max(status, FINDINGS);
        }
        if (!asJson) {
          for (Finding f : result.report.findings()) {
            out.println(name + ": " + line(f));
          }
        }
      } catch (CastJsonException e) {
        result.error = e;
        status = UNREADABLE;
        if (!asJson) {
          err.println(located(name, e));
        }
      }
      results.add(result);
    }
    if (asJson) {
      out.print(jsonReport(results));
    }
    return status;
  }

  private static final class FileResult {
    final String file;
    ValidationReport report;
    CastJsonException error;

    FileResult(String file) {
      this.file = file;
    }
  }

  static String line(Finding f) {
    return f.severity()
        + " "
        + f.code()
        + " "
        + f.elementId().orElse("-")
        + " "
        + f.message().replace('\n', ' ');
  }

  static String located(String file, CastJsonException e) {
    StringBuilder sb = new StringBuilder(file);
    if (e.line() > 0) {
      sb.append(':').append(e.line());
      if (e.column() > 0) {
        sb.append(':').append(e.column());
      }
    }
    sb.append(": cannot read: ").append(e.code());
    if (e.jsonPointer() != null && !e.jsonPointer().isEmpty()) {
      sb.append(" at ").append(e.jsonPointer());
    }
    sb.append(": ").append(e.detail());
    return sb.toString();
  }

  private static String jsonReport(List<FileResult> results) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("files");
      for (FileResult r : results) {
        g.writeStartObject();
        g.writeStringField("file", r.file);
        if (r.error != null) {
          g.writeObjectFieldStart("error");
          g.writeStringField("code", r.error.code().name());
          g.writeStringField("pointer", r.error.jsonPointer());
          g.writeNumberField("line", r.error.line());
          g.writeNumberField("column", r.error.column());
          g.writeStringField("message", r.error.detail());
          g.writeEndObject();
        } else {
          // the library's report format (ValidationReportJson.SCHEMA_RESOURCE), as it is
          g.writeFieldName("report");
          g.writeRawValue(ValidationReportJson.write(r.report).strip());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }

  // ---------------------------------------------------------------- format and render

  private int format(List<String> args) {
    if (args.contains("--help")) {
      out.println(FORMAT_HELP);
      return OK;
    }
    if (args.size() != 1 || args.get(0).startsWith("--")) {
      return usage("format: give exactly one file", FORMAT_HELP);
    }
    String name = args.get(0);
    try {
      out.print(codecFor(name).write(read(name)));
      return OK;
    } catch (CastJsonException e) {
      err.println(located(name, e));
      return UNREADABLE;
    }
  }

  private int render(List<String> args) {
    if (args.contains("--help")) {
      out.println(RENDER_HELP);
      return OK;
    }
    String file = null;
    String to = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--to") && i + 1 < args.size()) {
        to = args.get(++i).toLowerCase(Locale.ROOT);
      } else if (!arg.startsWith("--") && file == null) {
        file = arg;
      } else {
        return usage("render: unexpected argument '" + arg + "'", RENDER_HELP);
      }
    }
    if (file == null || to == null) {
      return usage("render: give a file and --to md|mermaid|dot", RENDER_HELP);
    }
    if (!to.equals("md") && !to.equals("mermaid") && !to.equals("dot")) {
      return usage("render: --to takes md, mermaid or dot, not '" + to + "'", RENDER_HELP);
    }
    CastAnalysis analysis;
    try {
      analysis = read(file);
    } catch (CastJsonException e) {
      err.println(located(file, e));
      return UNREADABLE;
    }
    switch (to) {
      case "md":
        out.print(MarkdownReport.render(analysis, reportOptions(rules.check(analysis))));
        break;
      case "mermaid":
        out.print(MermaidDiagram.render(analysis));
        break;
      default:
        out.print(DotDiagram.render(analysis));
        break;
    }
    return OK;
  }

  // ---------------------------------------------------------------- diff

  private int diff(List<String> args) {
    if (args.contains("--help")) {
      out.println(DIFF_HELP);
      return OK;
    }
    List<String> files = new ArrayList<>();
    String to = "text";
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--to") && i + 1 < args.size()) {
        to = args.get(++i).toLowerCase(Locale.ROOT);
      } else if (!arg.startsWith("--")) {
        files.add(arg);
      } else {
        return usage("diff: unexpected argument '" + arg + "'", DIFF_HELP);
      }
    }
    if (files.size() != 2) {
      return usage("diff: give two files, the older version first", DIFF_HELP);
    }
    if (!List.of("text", "md", "json-patch").contains(to)) {
      return usage("diff: --to takes text, md or json-patch, not '" + to + "'", DIFF_HELP);
    }
    List<CastAnalysis> versions = readAll(files, Cli::codecFor);
    if (versions == null) {
      return UNREADABLE;
    }
    AnalysisDiff diff = AnalysisDiff.between(versions.get(0), versions.get(1));
    String a = files.get(0);
    String b = files.get(1);
    if (to.equals("json-patch")) {
      out.print(withNewline(CastPatch.between(diff.before(), diff.after()).toJson()));
    } else if (diff.isEmpty()) {
      out.println(a + " and " + b + " are the same analysis by meaning");
    } else {
      out.print(
          withNewline(to.equals("md") ? ChangeSummary.markdown(diff) : ChangeSummary.text(diff)));
    }
    return diff.isEmpty() ? OK : DIFFERENT;
  }

  private static String withNewline(String text) {
    return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
  }

  /**
   * Reads every file, reporting each one that cannot be read on standard error.
   *
   * @return the analyses in the order of the files, or null when some file cannot be read
   */
  private List<CastAnalysis> readAll(List<String> files, Function<String, CastJson> codec) {
    List<CastAnalysis> analyses = new ArrayList<>();
    boolean readable = true;
    for (String name : files) {
      try {
        analyses.add(codec.apply(name).read(workingDirectory.resolve(name)));
      } catch (CastJsonException e) {
        err.println(located(name, e));
        readable = false;
      }
    }
    return readable ? analyses : null;
  }

  // ---------------------------------------------------------------- merge

  private int merge(List<String> args) {
    if (args.contains("--help")) {
      out.println(MERGE_HELP);
      return OK;
    }
    List<String> files = new ArrayList<>();
    String output = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if ((arg.equals("-o") || arg.equals("--output")) && i + 1 < args.size()) {
        output = args.get(++i);
      } else if (!arg.startsWith("-")) {
        files.add(arg);
      } else {
        return usage("merge: unexpected argument '" + arg + "'", MERGE_HELP);
      }
    }
    if (files.size() != 3) {
      return usage("merge: give three files: BASE OURS THEIRS", MERGE_HELP);
    }
    List<CastAnalysis> versions = readAll(files, this::sniffedCodecFor);
    if (versions == null) {
      return UNREADABLE;
    }
    String ours = files.get(1);
    MergeResult result = AnalysisMerge.merge(versions.get(0), versions.get(1), versions.get(2));
    CastJson oursFormat = sniffedCodecFor(ours);
    try {
      if ("-".equals(output)) {
        out.print(oursFormat.write(result.analysis()));
      } else if (output != null) {
        CastJson format = knownExtension(output) ? codecFor(output) : oursFormat;
        format.write(result.analysis(), workingDirectory.resolve(output));
      } else {
        oursFormat.write(result.analysis(), workingDirectory.resolve(ours));
      }
    } catch (CastJsonException e) {
      err.println(
          "castkit merge: cannot write the result to "
              + (output == null ? ours : output)
              + ": "
              + e.code()
              + ": "
              + e.detail());
      return UNREADABLE;
    }
    if (result.isClean()) {
      return OK;
    }
    List<Conflict> conflicts = result.conflicts();
    err.println(
        "castkit merge: "
            + count(conflicts.size(), "conflict", "conflicts")
            + " between "
            + ours
            + " (ours) and "
            + files.get(2)
            + " (theirs); the result holds our side's value at each:");
    for (Conflict c : conflicts) {
      err.println("  " + c.path() + ": " + c.reason());
      err.println("    base:   " + shown(c.base()));
      err.println("    ours:   " + shown(c.ours()) + "  (kept)");
      err.println("    theirs: " + shown(c.theirs()));
    }
    return CONFLICTS;
  }

  /** A value of a conflict on one line, and not a whole page for a large element. */
  static String shown(Object value) {
    if (value == null) {
      return "(none)";
    }
    String text = value.toString().replaceAll("\\s*\\R\\s*", " ");
    int limit = 300;
    return text.length() <= limit
        ? text
        : text.substring(0, limit) + "... (" + text.length() + " characters)";
  }

  private static boolean knownExtension(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml");
  }

  /**
   * The codec for a file of the merge: by its name, or, for a name without a known extension (git
   * gives its merge driver temporary files named {@code .merge_file_XXXXXX}), by its content: JSON
   * when it begins with {@code {}, YAML otherwise.
   */
  private CastJson sniffedCodecFor(String name) {
    if (knownExtension(name)) {
      return codecFor(name);
    }
    try (InputStream in = Files.newInputStream(workingDirectory.resolve(name))) {
      int c = in.read();
      if (c == 0xEF) { // a UTF-8 byte order mark
        in.skip(2);
        c = in.read();
      }
      while (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        c = in.read();
      }
      return c == '{' ? CastJson.standard() : CastJson.yaml();
    } catch (IOException e) {
      return CastJson.standard(); // reading it then says why it cannot be read
    }
  }

  private CastAnalysis read(String name) {
    return codecFor(name).read(workingDirectory.resolve(name));
  }

  private static CastJson codecFor(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml")
        ? CastJson.yaml()
        : CastJson.standard();
  }
}
