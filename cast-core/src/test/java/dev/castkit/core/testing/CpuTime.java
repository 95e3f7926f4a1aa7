package dev.castkit.core.testing;

import java.lang.reflect.Method;

/**
 * The CPU time of the current thread (ThreadMXBean), for tests that bound CPU time rather than wall
 * time. Reached by reflection: the tests are compiled as part of the castkit modules, which do not
 * read java.management; they run on the class path, where it is there.
 */
public final class CpuTime {
  private static final Object THREADS;
  private static final Method CPU_TIME;
  private static final Method THREAD_CPU_TIME;

  static {
    try {
      THREADS =
          Class.forName("java.lang.management.ManagementFactory")
              .getMethod("getThreadMXBean")
              .invoke(null);
      CPU_TIME =
          Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime");
      THREAD_CPU_TIME =
          Class.forName("java.lang.management.ThreadMXBean")
              .getMethod("getThreadCpuTime", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private CpuTime() {}

  /**
   * The current thread's CPU time.
   *
   * @return nanoseconds of CPU time used by this thread so far
   */
  public static long currentThreadNanos() {
    try {
      return (long) CPU_TIME.invoke(THREADS);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read the thread's CPU time", e);
    }
  }

  /**
   * The CPU time a thread has used so far.
   *
   * @param thread a live thread
   * @return nanoseconds, or -1 when the thread has ended
   */
  public static long threadNanos(Thread thread) {
    try {
      return (long) THREAD_CPU_TIME.invoke(THREADS, thread.getId());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read the thread's CPU time", e);
    }
  }

  /** What {@link #bounded} measured: the work's result and the CPU time it used. */
  public record Bounded<T>(T result, java.time.Duration cpu) {}

  /**
   * Runs work in a thread of its own and watches its CPU time: when it uses more than {@code
   * cpuLimit}, the work is interrupted and the test fails at once, however loaded the machine (a
   * loop that never ends fails after {@code cpuLimit} of CPU, not after minutes of wall time). Wall
   * time is not bounded: work that blocks without using CPU waits (the rules and renderers never
   * block).
   *
   * @param what what the work is, for the failure's message
   * @param cpuLimit the most CPU time the work may use
   * @param work the work
   * @param <T> its result
   * @return the result and the CPU time used
   */
  public static <T> Bounded<T> bounded(
      String what, java.time.Duration cpuLimit, java.util.function.Supplier<T> work) {
    Object[] result = new Object[1];
    Throwable[] failure = new Throwable[1];
    long[] cpu = {-1};
    Thread worker =
        new Thread(
            () -> {
              long before = currentThreadNanos();
              try {
                result[0] = work.get();
              } catch (Throwable t) {
                failure[0] = t;
              } finally {
                cpu[0] = currentThreadNanos() - before;
              }
            },
            "cpu-bounded: " + what);
    worker.setDaemon(true);
    worker.start();
    try {
      while (true) {
        worker.join(20);
        if (!worker.isAlive()) {
          break;
        }
        long used = threadNanos(worker);
        if (used > cpuLimit.toNanos()) {
          worker.interrupt();
          throw new AssertionError(
              what + " used more than " + cpuLimit.toMillis() + " ms of CPU time and was stopped");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for " + what, e);
    }
    if (failure[0] instanceof RuntimeException r) {
      throw r;
    }
    if (failure[0] instanceof Error err) {
      throw err;
    }
    if (failure[0] != null) {
      throw new IllegalStateException(failure[0]);
    }
    @SuppressWarnings("unchecked")
    T t = (T) result[0];
    return new Bounded<>(t, java.time.Duration.ofNanos(cpu[0]));
  }
}
