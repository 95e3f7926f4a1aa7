package dev.castkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.core.AnalysisStatus;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.testing.ChildProcesses;
import dev.castkit.json.CastJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program as a user's script runs it, in a separate JVM: under {@code LC_ALL=C} (cron, CI,
 * containers, where the platform encoding is ASCII) and under a Turkish locale (where {@code "I"}
 * lower-cases to a dotless {@code ı}), every command writes the same bytes, on standard output and
 * on standard error, as under a UTF-8 locale, and those bytes are UTF-8. Each locale is given both
 * ways a JVM learns it: the environment ({@code LC_ALL}, {@code LANG}) and the system properties
 * ({@code file.encoding}, {@code stdout.encoding}, {@code sun.stdout.encoding}, {@code
 * user.language}), so that the test means the same on Java 17 (where {@code file.encoding} follows
 * the locale) and on 18+ (where it is UTF-8 but {@code stdout.encoding} follows the locale).
 */
class CliLocaleTest {
  private static final String TEXT = "Ärger über İzmir’s ısı — naïve “quotes” 😀 ✓";

  @TempDir Path dir;

  record Run(int status, byte[] out, byte[] err) {}

  private static final Map<String, List<String>> LOCALES =
      Map.of(
          "utf-8",
          List.of("LC_ALL=C.UTF-8", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8"),
          "C",
          List.of(
              "LC_ALL=C",
              "-Dfile.encoding=ANSI_X3.4-1968",
              "-Dstdout.encoding=ANSI_X3.4-1968",
              "-Dstderr.encoding=ANSI_X3.4-1968",
              "-Dsun.stdout.encoding=ANSI_X3.4-1968",
              "-Dsun.stderr.encoding=ANSI_X3.4-1968"),
          "turkish",
          List.of(
              "LC_ALL=tr_TR.ISO-8859-9",
              "-Dfile.encoding=ISO-8859-9",
              "-Dstdout.encoding=ISO-8859-9",
              "-Dstderr.encoding=ISO-8859-9",
              "-Dsun.stdout.encoding=ISO-8859-9",
              "-Dsun.stderr.encoding=ISO-8859-9",
              "-Duser.language=tr",
              "-Duser.country=TR"));

  private Run run(String locale, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> env = new ArrayList<>();
    for (String setting : LOCALES.get(locale)) {
      if (setting.startsWith("-D")) {
        command.add(setting);
      } else {
        env.add(setting);
      }
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().remove("LANG");
    pb.environment().remove("LANGUAGE");
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.environment().remove("JDK_JAVA_OPTIONS");
    for (String e : env) {
      String[] kv = e.split("=", 2);
      pb.environment().put(kv[0], kv[1]);
    }
    Process p = pb.start();
    CompletableFuture<byte[]> err =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return p.getErrorStream().readAllBytes();
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    // a CLI run takes a few seconds of CPU; the bound is on CPU, not on the wall clock
    byte[] out = ChildProcesses.output(p, java.time.Duration.ofSeconds(60));
    return new Run(p.exitValue(), out, err.join());
  }

  private Path files() throws IOException {
    CastAnalysis analysis =
        Examples.all().get(0).toBuilder().title(TEXT).status(AnalysisStatus.IN_REVIEW).build();
    Files.write(dir.resolve("good.cast.json"), CastJson.standard().toBytes(analysis));
    Files.writeString(
        dir.resolve("bad.cast.json"),
        "{\"formatVersion\": \"1.0\", \"id\": \"X\", \"title\": \"t\", \"status\": \""
            + TEXT
            + "\"}",
        StandardCharsets.UTF_8);
    return dir.resolve("good.cast.json");
  }

  @Test
  void everyCommandWritesTheSameUtf8BytesWhateverTheLocale() throws Exception {
    files();
    // each command, and whether its output holds the non-ASCII text
    Map<List<String>, Boolean> commands = new java.util.LinkedHashMap<>();
    commands.put(List.of("format", "good.cast.json"), true);
    commands.put(List.of("render", "good.cast.json", "--to", "md"), true);
    commands.put(List.of("render", "good.cast.json", "--to", "mermaid"), false);
    commands.put(List.of("render", "good.cast.json", "--to", "dot"), false);
    commands.put(List.of("validate", "good.cast.json"), false);
    commands.put(List.of("validate", "bad.cast.json"), true);
    commands.put(List.of("validate", "--json", "bad.cast.json"), true);
    commands.put(List.of("format", "bad.cast.json"), true);
    commands.put(List.of("render", "bad.cast.json", "--to", "md"), true);
    commands.put(List.of("diff", "good.cast.json", "bad.cast.json"), true);
    // (not a non-ASCII argument: the JVM decodes the command line and file names with the locale's
    // encoding before the program runs; under LC_ALL=C no program can see them as written)
    commands.put(List.of("nosuchcommand"), false);
    commands.put(List.of("--help"), false);
    for (Map.Entry<List<String>, Boolean> entry : commands.entrySet()) {
      String[] command = entry.getKey().toArray(String[]::new);
      Run utf8 = run("utf-8", command);
      String name = String.join(" ", command);
      String shown =
          new String(utf8.out(), StandardCharsets.UTF_8)
              + new String(utf8.err(), StandardCharsets.UTF_8);
      if (entry.getValue()) {
        assertThat(shown).as("%s under UTF-8 shows the text", name).contains(TEXT);
      }
      for (String locale : List.of("C", "turkish")) {
        Run other = run(locale, command);
        assertThat(other.status())
            .as("%s: exit status under %s", name, locale)
            .isEqualTo(utf8.status());
        assertSameBytes(other.out(), utf8.out(), name + ": stdout under " + locale);
        assertSameBytes(other.err(), utf8.err(), name + ": stderr under " + locale);
      }
    }
    // and format gives exactly the canonical UTF-8 document
    Run format = run("C", "format", "good.cast.json");
    assertThat(format.status()).isZero();
    assertSameBytes(
        format.out(), Files.readAllBytes(dir.resolve("good.cast.json")), "format under C");
  }

  /** Compares as text first, for a readable failure, then byte for byte. */
  private static void assertSameBytes(byte[] actual, byte[] expected, String what) {
    assertThat(new String(actual, StandardCharsets.UTF_8))
        .as(what)
        .isEqualTo(new String(expected, StandardCharsets.UTF_8));
    assertThat(actual).as(what).isEqualTo(expected);
  }

  @Test
  void demoWritesTheSameSummaryAndFilesWhateverTheLocale() throws Exception {
    Run utf8 = run("utf-8", "demo", "--out", "u");
    for (String locale : List.of("C", "turkish")) {
      Run other = run(locale, "demo", "--out", locale);
      assertThat(other.status()).isEqualTo(utf8.status()).isZero();
      assertThat(
              new String(other.out(), StandardCharsets.UTF_8)
                  .replace("wrote " + locale + "/", "wrote u/"))
          .isEqualTo(new String(utf8.out(), StandardCharsets.UTF_8));
      assertSameBytes(other.err(), utf8.err(), "demo's stderr under " + locale);
      try (var files = Files.list(dir.resolve("u"))) {
        for (Path f : (Iterable<Path>) files::iterator) {
          assertThat(Files.readAllBytes(dir.resolve(locale).resolve(f.getFileName())))
              .as("%s under %s", f.getFileName(), locale)
              .isEqualTo(Files.readAllBytes(f));
        }
      }
    }
  }
}
