package dev.castkit.json;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.rules.CastRules;
import dev.castkit.core.rules.Finding;
import dev.castkit.core.testing.ChildProcesses;
import dev.castkit.testing.CastGenerators;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * cast-core and cast-json as named modules: a small consumer module is compiled with javac and run
 * with {@code java --module-path}, against the modules this build made (cast-core's jar or classes
 * and cast-json's classes, each with its module-info) and the Jackson jars. The unit tests run on
 * the class path; this is the test that the module descriptors work for a caller.
 */
class ModulePathTest {
  @TempDir Path dir;

  /** A consumer that needs only {@code requires dev.castkit.json}. */
  private static final String CONSUMER =
      """
      package consumer;

      import dev.castkit.core.AnalysisId;
      import dev.castkit.core.CastAnalysis;
      import dev.castkit.core.Hazard;
      import dev.castkit.core.HazardId;
      import dev.castkit.core.Loss;
      import dev.castkit.core.LossCategory;
      import dev.castkit.core.LossId;
      import dev.castkit.core.rules.CastRules;
      import dev.castkit.core.rules.Finding;
      import dev.castkit.core.render.MarkdownReport;
      import dev.castkit.json.CastJson;
      import java.lang.invoke.MethodHandles;
      import java.nio.file.Path;
      import java.util.stream.Collectors;

      public final class Main {
        public static void main(String[] args) throws Exception {
          System.out.println("modules " + CastAnalysis.class.getModule().getName() + " "
              + CastJson.class.getModule().getName());

          LossId loss = LossId.of("L-1");
          CastAnalysis built = CastAnalysis.builder()
              .id(AnalysisId.of("CAST-1"))
              .title("Checkout unavailable")
              .addLoss(Loss.builder().id(loss).category(LossCategory.AVAILABILITY)
                  .description("Customers cannot pay").build())
              .addHazard(Hazard.builder().id(HazardId.of("H-1"))
                  .description("Checkout runs without a healthy database").addLoss(loss).build())
              .build();
          String json = CastJson.standard().write(built);
          System.out.println("built round trip " + CastJson.standard().read(json).equals(built));
          System.out.println("report " + MarkdownReport.render(built).contains("Checkout unavailable"));

          // every pair of arguments: a file to read and check, and where to write it again
          for (int i = 0; i < args.length; i += 2) {
            CastAnalysis read = CastJson.standard().read(Path.of(args[i]));
            System.out.println("findings " + CastRules.standard().check(read).findings().stream()
                .map(Finding::code).sorted().collect(Collectors.joining(",")));
            CastJson.standard().write(read, Path.of(args[i + 1]));
          }

          System.out.println("schema " + (CastJson.class.getResourceAsStream(
              "/" + CastJson.SCHEMA_RESOURCE) != null));

          // the API is accessible; internal and generated types are not, even by reflection
          for (String name : new String[] {"dev.castkit.json.CastJson",
              "dev.castkit.core.internal.Checks", "dev.castkit.json.internal.Codec",
              "dev.castkit.core.ImmutableHazard"}) {
            try {
              MethodHandles.lookup().accessClass(Class.forName(name));
              System.out.println("accessible " + name);
            } catch (IllegalAccessException e) {
              System.out.println("refused " + name);
            }
          }
        }
      }
      """;

  @Test
  void aConsumerModuleBuildsChecksWritesAndReadsAnalysesOnTheModulePath() throws Exception {
    List<CastAnalysis> analyses = new ArrayList<>();
    qt().withExamples(3)
        .forAll(CastGenerators.analysesWithAwkwardText())
        .checkAssert(analyses::add);
    List<String> arguments = new ArrayList<>();
    for (int i = 0; i < analyses.size(); i++) {
      Path in = dir.resolve("in-" + i + ".json");
      Files.writeString(in, CastJson.standard().write(analyses.get(i)));
      arguments.add(in.toString());
      arguments.add(dir.resolve("out-" + i + ".json").toString());
    }

    Path out = compile("consumer", "requires dev.castkit.json;", CONSUMER, modulePath());
    Run run = run(modulePath(out), List.of(), "consumer/consumer.Main", arguments);

    assertThat(run.exitCode).as(run.stderr).isZero();
    List<String> expected = new ArrayList<>();
    expected.add("modules dev.castkit.core dev.castkit.json");
    expected.add("built round trip true");
    expected.add("report true");
    for (CastAnalysis a : analyses) {
      expected.add(
          "findings "
              + CastRules.standard().check(a).findings().stream()
                  .map(Finding::code)
                  .sorted()
                  .collect(joining(",")));
    }
    expected.add("schema true");
    expected.add("accessible dev.castkit.json.CastJson");
    expected.add("refused dev.castkit.core.internal.Checks");
    expected.add("refused dev.castkit.json.internal.Codec");
    expected.add("refused dev.castkit.core.ImmutableHazard");
    assertThat(run.stdout.lines()).containsExactlyElementsOf(expected);
    for (int i = 0; i < analyses.size(); i++) {
      assertThat(dir.resolve("out-" + i + ".json"))
          .as("what the module wrote is what the class path writes")
          .hasSameBinaryContentAs(dir.resolve("in-" + i + ".json"));
    }
  }

  @Test
  void aConsumerModuleCannotCompileAgainstInternalOrGeneratedTypes() throws Exception {
    Map<String, String> refused =
        Map.of(
            "dev.castkit.core.internal.Checks", "does not export",
            "dev.castkit.core.rules.internal.Checker", "does not export",
            "dev.castkit.core.render.internal.Escapes", "does not export",
            "dev.castkit.json.internal.Codec", "does not export",
            "dev.castkit.core.ImmutableHazard", "is not public");
    for (Map.Entry<String, String> e : refused.entrySet()) {
      String source =
          "package consumer;\n\npublic final class Main {\n  static final Class<?> TYPE = "
              + e.getKey()
              + ".class;\n}\n";
      Compilation compilation =
          compileRaw("consumer", "requires dev.castkit.json;", source, modulePath());
      assertThat(compilation.success).as(e.getKey()).isFalse();
      assertThat(compilation.diagnostics).as(e.getKey()).contains(e.getValue());
    }
  }

  /** A consumer of CastJsonModule and YAML, which need the optional Jackson modules. */
  private static final String OPTIONAL_CONSUMER =
      """
      package consumer;

      import com.fasterxml.jackson.databind.ObjectMapper;
      import dev.castkit.core.AnalysisId;
      import dev.castkit.core.CastAnalysis;
      import dev.castkit.json.CastJson;
      import dev.castkit.json.CastJsonModule;

      public final class Main {
        public static void main(String[] args) throws Exception {
          CastAnalysis analysis =
              CastAnalysis.builder().id(AnalysisId.of("CAST-1")).title("Checkout unavailable").build();
          ObjectMapper mapper = new ObjectMapper().registerModule(new CastJsonModule());
          String viaMapper = mapper.writeValueAsString(analysis);
          System.out.println("databind " + mapper.readValue(viaMapper, CastAnalysis.class)
              .equals(analysis));
          try {
            CastJson yaml = CastJson.yaml();
            System.out.println("yaml " + yaml.read(yaml.write(analysis)).equals(analysis));
          } catch (IllegalStateException e) {
            System.out.println("yaml refused: " + e.getMessage());
          }
        }
      }
      """;

  @Test
  void theJacksonModuleAndYamlWorkWhenTheirJarsAreOnTheModulePath() throws Exception {
    List<Path> withDatabind = new ArrayList<>(modulePath());
    withDatabind.add(locationOf(ObjectMapper.class));
    // by name: the annotations come with databind and are not a declared dependency of cast-json
    withDatabind.add(locationOf(Class.forName("com.fasterxml.jackson.annotation.JsonAutoDetect")));
    List<Path> withYaml = new ArrayList<>(withDatabind);
    withYaml.add(locationOf(YAMLFactory.class));
    withYaml.add(locationOf(Yaml.class));
    Path out =
        compile(
            "consumer",
            "requires dev.castkit.json; requires com.fasterxml.jackson.databind;",
            OPTIONAL_CONSUMER,
            withYaml);

    // Nothing requires the YAML module, yet it is resolved: jackson-core "uses" ObjectCodec, which
    // the YAML module provides, so the launcher binds it. No --add-modules is needed.
    withYaml.add(out);
    Run yaml = run(withYaml, List.of(), "consumer/consumer.Main", List.of());
    assertThat(yaml.exitCode).as(yaml.stderr).isZero();
    assertThat(yaml.stdout.lines()).containsExactly("databind true", "yaml true");

    withDatabind.add(out);
    Run noYaml = run(withDatabind, List.of(), "consumer/consumer.Main", List.of());
    assertThat(noYaml.exitCode).as(noYaml.stderr).isZero();
    assertThat(noYaml.stdout.lines())
        .containsExactly(
            "databind true",
            "yaml refused: YAML needs com.fasterxml.jackson.dataformat:jackson-dataformat-yaml on"
                + " the class path");
  }

  // ---------------------------------------------------------------------------------------------

  /** cast-core, cast-json and jackson-core, as this build made or resolved them. */
  private static List<Path> modulePath(Path... more) throws URISyntaxException {
    List<Path> path = new ArrayList<>();
    path.add(locationOf(CastAnalysis.class));
    path.add(locationOf(CastJson.class));
    path.add(locationOf(JsonFactory.class));
    path.addAll(List.of(more));
    for (Path p : path.subList(0, 2)) {
      // a jar or a classes folder: either way it must carry its module descriptor
      assertThat(
              Files.isDirectory(p)
                  ? Files.exists(p.resolve("module-info.class"))
                  : p.toString().endsWith(".jar"))
          .as(p + " holds a module-info.class")
          .isTrue();
    }
    return path;
  }

  private static Path locationOf(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private record Compilation(boolean success, String diagnostics, Path out) {}

  private Path compile(String module, String requires, String mainSource, List<Path> modulePath)
      throws IOException {
    Compilation c = compileRaw(module, requires, mainSource, modulePath);
    assertThat(c.success).as(c.diagnostics).isTrue();
    return c.out;
  }

  private Compilation compileRaw(
      String module, String requires, String mainSource, List<Path> modulePath) throws IOException {
    Path src = Files.createTempDirectory(dir, "src");
    Path out = Files.createTempDirectory(dir, "classes");
    Path info = src.resolve("module-info.java");
    Files.writeString(info, "module " + module + " { " + requires + " }\n");
    Path main = src.resolve("consumer/Main.java");
    Files.createDirectories(main.getParent());
    Files.writeString(main, mainSource);

    // java.util.spi.ToolProvider (java.base) rather than javax.tools: the tests are compiled
    // into cast-json's module, which does not read java.compiler
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
    StringWriter diagnostics = new StringWriter();
    PrintWriter writer = new PrintWriter(diagnostics);
    int exitCode =
        javac.run(
            writer,
            writer,
            "--release",
            "17",
            "-Xlint:all",
            // javac run in-process would otherwise take this JVM's class path
            "--class-path",
            Files.createTempDirectory(dir, "empty").toString(),
            "-d",
            out.toString(),
            "--module-path",
            joinPath(modulePath),
            info.toString(),
            main.toString());
    writer.flush();
    boolean success = exitCode == 0;
    return new Compilation(success, diagnostics.toString(), out);
  }

  private record Run(int exitCode, String stdout, String stderr) {}

  private Run run(List<Path> modulePath, List<String> options, String main, List<String> args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--module-path");
    command.add(joinPath(modulePath));
    command.addAll(options);
    command.add("-m");
    command.add(main);
    command.addAll(args);
    Path stdout = Files.createTempFile(dir, "stdout", ".txt");
    Path stderr = Files.createTempFile(dir, "stderr", ".txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    ChildProcesses.await(process, Duration.ofSeconds(120));
    return new Run(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
  }

  private static String joinPath(List<Path> path) {
    return path.stream().map(Path::toString).collect(joining(File.pathSeparator));
  }
}
