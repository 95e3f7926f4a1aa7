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

  static {
    try {
      THREADS =
          Class.forName("java.lang.management.ManagementFactory")
              .getMethod("getThreadMXBean")
              .invoke(null);
      CPU_TIME =
          Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime");
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
}
