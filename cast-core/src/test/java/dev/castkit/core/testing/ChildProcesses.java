package dev.castkit.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits for a child process of a test (a JVM, a Node.js script), bounding the CPU time it and its
 * own children use, never the wall time it takes: the machines are shared, and a loaded machine
 * makes a child slow without making it wrong.
 */
public final class ChildProcesses {
  private ChildProcesses() {}

  /**
   * Reads the child's standard output to its end while it runs, and waits for it to exit.
   *
   * @param p the started process (its standard error as the caller set it up)
   * @param cpuLimit the most CPU time the child and its descendants may use
   * @return the standard output
   * @throws AssertionError when the child uses more CPU time than the limit (it is killed first)
   */
  public static byte[] output(Process p, Duration cpuLimit)
      throws IOException, InterruptedException {
    CompletableFuture<byte[]> out =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return p.getInputStream().readAllBytes();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    await(p, cpuLimit);
    return out.join();
  }

  /**
   * Waits for the child to exit, for a child whose output the caller has redirected (to a file).
   *
   * @param p the started process
   * @param cpuLimit the most CPU time the child and its descendants may use
   * @throws AssertionError when the child uses more CPU time than the limit (it is killed first)
   */
  public static void await(Process p, Duration cpuLimit) throws InterruptedException {
    // The 100 ms is how often the child's CPU time is read, not a bound on how long it may take.
    while (!p.waitFor(100, TimeUnit.MILLISECONDS)) {
      Duration cpu = cpuTime(p.toHandle());
      if (cpu.compareTo(cpuLimit) > 0) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        throw new AssertionError(
            "the child process "
                + p.info().command().orElse("?")
                + " used "
                + cpu
                + " of CPU time, more than its bound of "
                + cpuLimit);
      }
    }
  }

  /** The CPU time of a process and of its live descendants, as far as the system reports it. */
  private static Duration cpuTime(ProcessHandle process) {
    Duration total = process.info().totalCpuDuration().orElse(Duration.ZERO);
    for (ProcessHandle child : (Iterable<ProcessHandle>) process.descendants()::iterator) {
      total = total.plus(child.info().totalCpuDuration().orElse(Duration.ZERO));
    }
    return total;
  }
}
