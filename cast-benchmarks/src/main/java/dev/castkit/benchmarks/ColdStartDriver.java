package dev.castkit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Times whole processes: a fresh JVM that reads and checks an analysis file against a fresh JVM
 * that prints a line, both started the same way ({@code java -cp <this class path>
 * dev.castkit.benchmarks.ColdStart ...}, default JVM options). The two are run alternately so that
 * a change in the machine's load touches both alike; the wall time from starting the process to its
 * exit is measured; the medians and their difference are printed as one JSON object.
 *
 * <p>A third program, for information, is the same read and check started with an application
 * class-data archive ({@code -XX:SharedArchiveFile}, made beforehand by one run with {@code
 * -XX:ArchiveClassesAtExit}): what a tool can do to start faster, as the plain JVM that prints a
 * line already uses the JDK's own archive.
 *
 * <pre>
 * java -cp benchmarks.jar dev.castkit.benchmarks.ColdStartDriver FILE RUNS
 * </pre>
 */
public final class ColdStartDriver {
  private ColdStartDriver() {}

  /**
   * Runs the measurement.
   *
   * @param args the analysis file and the number of runs of each program (default 11)
   * @throws Exception when a process cannot be run or fails
   */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 11;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("java.class.path");
    List<String> hello = List.of(java, "-cp", classPath, ColdStart.class.getName(), "hello");
    List<String> readCheck =
        List.of(java, "-cp", classPath, ColdStart.class.getName(), "read-check", file.toString());
    Path archive = Files.createTempFile("castkit-cold-start", ".jsa");
    Files.delete(archive);
    List<String> withArchive = new ArrayList<>(readCheck);
    withArchive.add(1, "-XX:SharedArchiveFile=" + archive);
    List<String> makeArchive = new ArrayList<>(readCheck);
    makeArchive.add(1, "-XX:ArchiveClassesAtExit=" + archive);
    run(hello);
    run(readCheck);
    run(makeArchive);
    List<Double> helloMs = new ArrayList<>();
    List<Double> readCheckMs = new ArrayList<>();
    List<Double> appCdsMs = new ArrayList<>();
    try {
      for (int i = 0; i < runs; i++) {
        helloMs.add(run(hello));
        readCheckMs.add(run(readCheck));
        appCdsMs.add(run(withArchive));
      }
    } finally {
      Files.deleteIfExists(archive);
    }
    double h = median(helloMs);
    double r = median(readCheckMs);
    double c = median(appCdsMs);
    System.out.printf(
        Locale.ROOT,
        "{\"file\":\"%s\",\"bytes\":%d,\"runs\":%d,\"helloMedianMs\":%.1f,"
            + "\"readCheckMedianMs\":%.1f,\"differenceMs\":%.1f,"
            + "\"appCdsReadCheckMedianMs\":%.1f,\"appCdsDifferenceMs\":%.1f,"
            + "\"helloMs\":%s,\"readCheckMs\":%s,\"appCdsReadCheckMs\":%s}%n",
        file.getFileName(),
        Files.size(file),
        runs,
        h,
        r,
        r - h,
        c,
        c - h,
        format(helloMs),
        format(readCheckMs),
        format(appCdsMs));
  }

  private static double run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    long start = System.nanoTime();
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    int exit = p.waitFor();
    long end = System.nanoTime();
    if (exit != 0) {
      throw new IllegalStateException(
          String.join(" ", command) + " exited with " + exit + ": " + new String(out));
    }
    return (end - start) / 1e6;
  }

  /** The median: the middle value, or the mean of the two middle ones. */
  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String format(List<Double> values) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.1f", values.get(i)));
    }
    return sb.append(']').toString();
  }
}
