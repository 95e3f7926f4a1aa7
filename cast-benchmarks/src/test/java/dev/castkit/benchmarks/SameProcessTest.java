package dev.castkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link SameProcess} with the test's own class path as each build, in short turns. */
class SameProcessTest {
  private static final String CLASS_PATH = System.getProperty("java.class.path");

  private static String run(String... args) throws Exception {
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      SameProcess.main(args);
    } finally {
      System.setOut(out);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void oneProcessPrintsEachBuildsMediansFromItsOwnClassLoader() throws Exception {
    String out =
        run(
            "--one",
            "--rounds",
            "2",
            "--turn-cpu-ms",
            "20",
            "1",
            "a=" + CLASS_PATH,
            "b=" + CLASS_PATH);
    List<String> lines = out.lines().toList();
    assertThat(lines).hasSize(2);
    Pattern median = Pattern.compile("median (\\w) (\\d+\\.\\d{4}) (\\d+\\.\\d{6})");
    for (int k = 0; k < 2; k++) {
      Matcher m = median.matcher(lines.get(k));
      assertThat(m.matches()).as(lines.get(k)).isTrue();
      assertThat(m.group(1)).isEqualTo(k == 0 ? "a" : "b");
      // a ratio of castkit's time to data binding's, and castkit's milliseconds per read
      assertThat(Double.parseDouble(m.group(2))).isBetween(0.05, 50.0);
      assertThat(Double.parseDouble(m.group(3))).isBetween(0.0001, 1000.0);
    }
  }

  @Test
  void theComparisonRotatesTheBuildsOverProcessesAndSummarisesEach() throws Exception {
    String out =
        run(
            "--processes",
            "2",
            "--rounds",
            "2",
            "--turn-cpu-ms",
            "20",
            "1",
            "first=" + CLASS_PATH,
            "second=" + CLASS_PATH);
    assertThat(out).contains("process 1:  first ").contains("process 2:  second ");
    assertThat(out).contains("1, 2 processes of 2 rounds");
    // the first build is the reference: its time over its own is 1 in every process
    assertThat(out)
        .containsPattern(
            "first +ratio \\S+ \\(\\S+ to \\S+\\) +time 1\\.000 \\(1\\.000 to 1\\.000\\)");
    assertThat(out).containsPattern("second +ratio \\S+ \\(\\S+ to \\S+\\) +time \\d");
  }

  @Test
  void aBuildWithoutANameOrAMissingJarIsRefused() {
    assertThatThrownBy(() -> run("--one", "1", CLASS_PATH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected NAME=JAR");
    assertThatThrownBy(() -> run("--one", "1", "a=/no/such.jar"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no such jar or directory: /no/such.jar");
  }
}
