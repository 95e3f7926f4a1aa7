package dev.castkit.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares the read speed of several builds of castkit in one JVM: each build (the benchmarks jar
 * of a commit, or a list of jars) gets its own class loader, and the builds take turns, castkit
 * then data binding, one second of thread CPU time each, for a number of rounds. What the JIT and
 * the machine do to one build in a round they do to the others too, so a difference of a few
 * percent shows, where separate JMH runs on a shared machine differ by more than that between runs.
 *
 * <p>The JIT still compiles each process differently: the same build's figures move by a few
 * percent from one process to the next. So the comparison runs in several processes (6 by default),
 * the builds in a different order in each, and prints for each build the median and the range over
 * the processes.
 *
 * <pre>
 * java -cp cast-benchmarks/target/benchmarks.jar dev.castkit.benchmarks.SameProcess \
 *     [--processes 6] [--rounds 10] [--turn-cpu-ms 1000] \
 *     small start=/tmp/start.jar now=cast-benchmarks/target/benchmarks.jar
 * </pre>
 *
 * <p>Each build's benchmarks jar is made by {@code ./mvnw -q install -DskipTests} then {@code
 * ./mvnw -q -f cast-benchmarks/pom.xml package -DskipTests} in a worktree of its commit. A build
 * may also be a list of jars (or class directories) separated by {@code :}, searched in order: the
 * cast-core jar of one commit before the benchmarks jar of another reads with the second's reader
 * and the first's model.
 *
 * <p>Printed per build: the median of castkit's read time over data binding's in the second half of
 * the rounds, and castkit's read time against the first build's, in the same process.
 */
public final class SameProcess {
  private SameProcess() {}

  private static final String LOOP = "dev.castkit.benchmarks.ReadLoop";

  /**
   * Runs the comparison.
   *
   * @param args options, the size, then {@code NAME=JAR[:JAR...]} per build
   * @throws Exception when a build cannot be loaded or a process fails
   */
  public static void main(String[] args) throws Exception {
    int processes = 6;
    int rounds = 10;
    long turnCpuMillis = 1000;
    boolean one = false;
    int i = 0;
    for (; i < args.length && args[i].startsWith("--"); i += 2) {
      switch (args[i]) {
        case "--processes" -> processes = Integer.parseInt(args[i + 1]);
        case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
        case "--turn-cpu-ms" -> turnCpuMillis = Long.parseLong(args[i + 1]);
        case "--one" -> {
          one = true;
          i--;
        }
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (args.length - i < 2) {
      System.err.println(
          "usage: SameProcess [--processes N] [--rounds R] [--turn-cpu-ms MS] SIZE NAME=JAR[:JAR...] ...");
      System.exit(2);
    }
    String size = args[i];
    List<String> builds = List.of(args).subList(i + 1, args.length);
    builds.forEach(SameProcess::name); // each has one, before anything runs
    if (one) {
      runOne(size, rounds, turnCpuMillis, builds);
    } else {
      compare(size, rounds, turnCpuMillis, processes, builds);
    }
  }

  /** Runs the builds in child processes, rotating their order, and prints the ranges. */
  private static void compare(
      String size, int rounds, long turnCpuMillis, int processes, List<String> builds)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String reference = name(builds.get(0));
    Map<String, List<double[]>> results = new LinkedHashMap<>();
    for (String b : builds) {
      results.put(name(b), new ArrayList<>());
    }
    for (int p = 0; p < processes; p++) {
      List<String> order = new ArrayList<>(builds);
      Collections.rotate(order, -(p % builds.size()));
      List<String> command = new ArrayList<>();
      command.addAll(List.of(java, "-cp", System.getProperty("java.class.path")));
      command.addAll(List.of(SameProcess.class.getName(), "--one", "--rounds", "" + rounds));
      command.addAll(List.of("--turn-cpu-ms", "" + turnCpuMillis, size));
      command.addAll(order);
      Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
      Map<String, double[]> medians = new LinkedHashMap<>();
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = out.readLine()) != null) {
          String[] f = line.split(" ");
          if (f.length == 4 && f[0].equals("median")) {
            medians.put(f[1], new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3])});
          } else {
            System.out.println("  | " + line);
          }
        }
      }
      if (child.waitFor() != 0 || medians.size() != builds.size()) {
        throw new IllegalStateException("process " + (p + 1) + " failed: " + command);
      }
      double referenceTime = medians.get(reference)[1];
      StringBuilder summary = new StringBuilder("process " + (p + 1) + ":");
      for (Map.Entry<String, double[]> e : medians.entrySet()) {
        double[] m = e.getValue();
        results.get(e.getKey()).add(new double[] {m[0], m[1] / referenceTime});
        summary.append(String.format(Locale.ROOT, "  %s %.2f", e.getKey(), m[0]));
      }
      System.out.println(summary);
    }
    System.out.printf(
        Locale.ROOT,
        "%s, %d processes of %d rounds; castkit / data binding, and castkit's time / %s's%n",
        size,
        processes,
        rounds,
        reference);
    for (Map.Entry<String, List<double[]>> e : results.entrySet()) {
      System.out.printf(
          Locale.ROOT,
          "%-12s ratio %s   time %s%n",
          e.getKey(),
          range(e.getValue(), 0),
          range(e.getValue(), 1));
    }
  }

  /** The median over the processes, and the lowest and highest (one process may be far off). */
  private static String range(List<double[]> values, int k) {
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (double[] v : values) {
      min = Math.min(min, v[k]);
      max = Math.max(max, v[k]);
    }
    return String.format(Locale.ROOT, "%.3f (%.3f to %.3f)", median(values, k), min, max);
  }

  /** One process: loads each build, takes turns, prints each build's medians. */
  private static void runOne(String size, int rounds, long turnCpuMillis, List<String> builds)
      throws Exception {
    byte[] loop;
    try (InputStream in = SameProcess.class.getResourceAsStream("ReadLoop.class")) {
      loop = in.readAllBytes();
    }
    List<Method> runs = new ArrayList<>();
    for (String b : builds) {
      List<URL> urls = new ArrayList<>();
      for (String jar : b.substring(b.indexOf('=') + 1).split(":")) {
        Path path = Path.of(jar);
        if (!Files.exists(path)) {
          throw new IllegalArgumentException("no such jar or directory: " + jar);
        }
        urls.add(path.toUri().toURL());
      }
      ClassLoader build =
          new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
      Class<?> c = new LoopLoader(build, loop).loadClass(LOOP);
      c.getMethod("setup", String.class).invoke(null, size);
      runs.add(c.getMethod("run", boolean.class, long.class));
    }
    List<List<double[]>> samples = new ArrayList<>();
    for (int k = 0; k < builds.size(); k++) {
      samples.add(new ArrayList<>());
    }
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < builds.size(); k++) {
        double castkit = (double) runs.get(k).invoke(null, true, turnCpuMillis * 1_000_000);
        double dataBinding = (double) runs.get(k).invoke(null, false, turnCpuMillis * 1_000_000);
        if (round >= rounds / 2) {
          samples.get(k).add(new double[] {castkit / dataBinding, castkit});
        }
      }
    }
    for (int k = 0; k < builds.size(); k++) {
      System.out.printf(
          Locale.ROOT,
          "median %s %.4f %.6f%n",
          name(builds.get(k)),
          median(samples.get(k), 0),
          median(samples.get(k), 1));
    }
  }

  private static double median(List<double[]> values, int k) {
    List<Double> column = new ArrayList<>();
    for (double[] v : values) {
      column.add(v[k]);
    }
    return ColdStartDriver.median(column);
  }

  private static String name(String build) {
    int eq = build.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException("expected NAME=JAR[:JAR...], found " + build);
    }
    return build.substring(0, eq);
  }

  /** Defines this build's {@link ReadLoop} from the comparing jar's bytes, over a build's jars. */
  private static final class LoopLoader extends ClassLoader {
    private final byte[] loop;

    LoopLoader(ClassLoader build, byte[] loop) {
      super(build);
      this.loop = loop;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.equals(LOOP)) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        return c != null ? c : defineClass(name, loop, 0, loop.length);
      }
    }
  }
}
