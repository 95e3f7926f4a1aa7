package dev.castkit.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts what the hostile-input suites tried and what came out, per input class and outcome, and
 * writes the counts to {@code target/hostile/<name>.tsv} (and to standard output) so that
 * docs/reliability.md can quote a real run. Thread-safe.
 *
 * <p>The number of generated cases per property is {@link #examples(int)}: the given default, or
 * the system property {@value #EXAMPLES_PROPERTY} for a longer run.
 *
 * <p>Reused by the other modules' tests through cast-core's test-jar.
 */
public final class HostileTally {
  /** The system property that sets how many cases each property-based hostile test tries. */
  public static final String EXAMPLES_PROPERTY = "castkit.hostile.examples";

  private final String name;
  private final Map<String, Map<String, Long>> counts = new TreeMap<>();
  private final Map<String, Long> slowestNanos = new TreeMap<>();
  private final Map<String, Long> slowestCpuNanos = new TreeMap<>();

  /**
   * A tally written as {@code target/hostile/<name>.tsv}.
   *
   * @param name the file name, usually the test class's simple name
   */
  public HostileTally(String name) {
    this.name = name;
  }

  /**
   * How many cases a property tries: {@code standard}, or the value of {@value #EXAMPLES_PROPERTY}
   * when set.
   *
   * @param standard the number for the normal build
   * @return the number of cases
   */
  public static int examples(int standard) {
    String configured = System.getProperty(EXAMPLES_PROPERTY);
    if (configured == null || configured.isBlank()) {
      return standard;
    }
    return Math.max(1, Integer.parseInt(configured.strip()));
  }

  /**
   * Counts one case.
   *
   * @param inputClass what kind of input it was, for example "truncation: inside a string"
   * @param outcome what came out, for example "SYNTAX_ERROR" or "valid analysis"
   * @param nanos how long it took
   */
  public synchronized void record(String inputClass, String outcome, long nanos) {
    counts.computeIfAbsent(inputClass, k -> new TreeMap<>()).merge(outcome, 1L, Long::sum);
    slowestNanos.merge(inputClass, nanos, Math::max);
  }

  /**
   * Counts one case with the CPU time its thread spent, as well as the wall time.
   *
   * @param inputClass what kind of input it was
   * @param outcome what came out
   * @param nanos how long it took
   * @param cpuNanos how much CPU time the reading thread used
   */
  public synchronized void record(String inputClass, String outcome, long nanos, long cpuNanos) {
    record(inputClass, outcome, nanos);
    slowestCpuNanos.merge(inputClass, cpuNanos, Math::max);
  }

  /**
   * The cases counted for an input class, whatever their outcome.
   *
   * @param inputClass the input class
   * @return the number of cases
   */
  public synchronized long cases(String inputClass) {
    return counts.getOrDefault(inputClass, Map.of()).values().stream().mapToLong(l -> l).sum();
  }

  /**
   * Writes {@code target/hostile/<name>.tsv} (input class, cases, outcomes, slowest case in ms) and
   * prints the same lines.
   */
  public synchronized void write() {
    StringBuilder sb =
        new StringBuilder("input class\tcases\toutcomes\tslowest ms\tslowest CPU ms\n");
    for (Map.Entry<String, Map<String, Long>> e : counts.entrySet()) {
      long total = e.getValue().values().stream().mapToLong(l -> l).sum();
      StringBuilder outcomes = new StringBuilder();
      for (Map.Entry<String, Long> o : e.getValue().entrySet()) {
        if (outcomes.length() > 0) {
          outcomes.append(", ");
        }
        outcomes.append(o.getKey()).append(' ').append(o.getValue());
      }
      sb.append(e.getKey())
          .append('\t')
          .append(total)
          .append('\t')
          .append(outcomes)
          .append('\t')
          .append(String.format("%.1f", slowestNanos.get(e.getKey()) / 1e6))
          .append('\t')
          .append(
              slowestCpuNanos.containsKey(e.getKey())
                  ? String.format("%.1f", slowestCpuNanos.get(e.getKey()) / 1e6)
                  : "")
          .append('\n');
    }
    System.out.print("[" + name + "]\n" + sb);
    try {
      Path dir = Path.of("target", "hostile");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name + ".tsv"), sb, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
