package dev.castkit.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

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
    // The caller waits for the exit, however long it takes; a watcher reads the child's CPU time
    // every 100 ms (how often it looks, not a bound on time) and kills a child over its limit.
    AtomicReference<Duration> overrun = new AtomicReference<>();
    Thread watcher =
        new Thread(
            () -> {
              while (p.isAlive()) {
                Duration cpu = cpuTime(p.toHandle());
                if (cpu.compareTo(cpuLimit) > 0) {
                  overrun.set(cpu);
                  p.descendants().forEach(ProcessHandle::destroyForcibly);
                  p.destroyForcibly();
                  return;
                }
                LockSupport.parkNanos(SAMPLE_NANOS);
              }
            },
            "cpu watcher of " + p.pid());
    watcher.setDaemon(true);
    watcher.start();
    p.waitFor();
    watcher.join();
    if (overrun.get() != null) {
      throw new AssertionError(
          "the child process "
              + p.info().command().orElse("?")
              + " used "
              + overrun.get()
              + " of CPU time, more than its bound of "
              + cpuLimit);
    }
  }

  /** How often the watcher reads a child's CPU time. */
  private static final long SAMPLE_NANOS = 100_000_000L;

  /** The CPU time of a process and of its live descendants, as far as the system reports it. */
  private static Duration cpuTime(ProcessHandle process) {
    Duration total = process.info().totalCpuDuration().orElse(Duration.ZERO);
    for (ProcessHandle child : (Iterable<ProcessHandle>) process.descendants()::iterator) {
      total = total.plus(child.info().totalCpuDuration().orElse(Duration.ZERO));
    }
    return total;
  }
}
