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
  private static final Method DEADLOCKED;

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
      DEADLOCKED =
          Class.forName("java.lang.management.ThreadMXBean").getMethod("findDeadlockedThreads");
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
   * time is not bounded; a deadlock, which uses no CPU, is seen by the JVM's own deadlock detector
   * and fails at once (the rules and renderers never block otherwise).
   *
   * @param what what the work is, for the failure's message
   * @param cpuLimit the most CPU time the work may use
   * @param work the work
   * @param <T> its result
   * @return the result and the CPU time used
   */
  public static <T> Bounded<T> bounded(
      String what, java.time.Duration cpuLimit, java.util.function.Supplier<T> work) {
    return boundedAll(what, cpuLimit, java.util.List.of(work), false).get(0);
  }

  /**
   * As {@link #bounded}, for work that must not open a file or a connection: a worker found in the
   * JDK's native call that opens a file, connects a socket or waits on one (outside class loading,
   * which reads the class path) fails at once. A thread blocked in such a call uses no CPU, so the
   * CPU bound alone would wait for it forever; it is seen by what the thread is doing, not by how
   * long it has been doing it. The watcher samples, so a quick open of a regular file may go
   * unseen; one that blocks (a named pipe, a socket that never answers) is always seen.
   *
   * @param what what the work is, for the failure's message
   * @param cpuLimit the most CPU time the work may use
   * @param work the work
   * @param <T> its result
   * @return the result and the CPU time used
   */
  public static <T> Bounded<T> offline(
      String what, java.time.Duration cpuLimit, java.util.function.Supplier<T> work) {
    return boundedAll(what, cpuLimit, java.util.List.of(work), true).get(0);
  }

  /**
   * Runs each work in a thread of its own, all at once (each starts when every thread is ready),
   * and bounds each one's CPU time as {@link #bounded} does: for code shared by several threads.
   *
   * @param what what the work is, for the failure's message
   * @param cpuLimit the most CPU time each work may use
   * @param works the works, one thread each
   * @param <T> their result
   * @return the results and CPU times, in the order of {@code works}
   */
  public static <T> java.util.List<Bounded<T>> boundedAll(
      String what,
      java.time.Duration cpuLimit,
      java.util.List<? extends java.util.function.Supplier<T>> works) {
    return boundedAll(what, cpuLimit, works, false);
  }

  private static <T> java.util.List<Bounded<T>> boundedAll(
      String what,
      java.time.Duration cpuLimit,
      java.util.List<? extends java.util.function.Supplier<T>> works,
      boolean offline) {
    int n = works.size();
    Object[] result = new Object[n];
    Throwable[] failure = new Throwable[n];
    long[] cpu = new long[n];
    Thread[] workers = new Thread[n];
    java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(n);
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    for (int i = 0; i < n; i++) {
      int k = i;
      java.util.function.Supplier<T> work = works.get(i);
      cpu[k] = -1;
      workers[k] =
          new Thread(
              () -> {
                long before = currentThreadNanos();
                try {
                  ready.countDown();
                  go.await();
                  result[k] = work.get();
                } catch (Throwable t) {
                  failure[k] = t;
                } finally {
                  cpu[k] = currentThreadNanos() - before;
                }
              },
              "cpu-bounded: " + what + (n == 1 ? "" : " #" + k));
      workers[k].setDaemon(true);
      workers[k].start();
    }
    try {
      ready.await();
      go.countDown();
      while (true) {
        Thread waitingFor = null;
        for (Thread w : workers) {
          if (w.isAlive()) {
            waitingFor = w;
            break;
          }
        }
        if (waitingFor == null) {
          break;
        }
        waitingFor.join(20);
        for (int i = 0; i < n; i++) {
          if (workers[i].isAlive()) {
            watch(
                n == 1 ? what : what + " (thread " + i + ")",
                workers[i],
                cpuLimit,
                offline,
                workers);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop(workers);
      throw new AssertionError("interrupted while waiting for " + what, e);
    }
    java.util.List<Bounded<T>> runs = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (failure[i] instanceof RuntimeException r) {
        throw r;
      }
      if (failure[i] instanceof Error err) {
        throw err;
      }
      if (failure[i] != null) {
        throw new IllegalStateException(failure[i]);
      }
      @SuppressWarnings("unchecked")
      T t = (T) result[i];
      runs.add(new Bounded<>(t, java.time.Duration.ofNanos(cpu[i])));
    }
    return runs;
  }

  private static void watch(
      String what, Thread worker, java.time.Duration cpuLimit, boolean offline, Thread[] workers) {
    long used = threadNanos(worker);
    if (used > cpuLimit.toNanos()) {
      stop(workers);
      throw new AssertionError(
          what + " used more than " + cpuLimit.toMillis() + " ms of CPU time and was stopped");
    }
    if (deadlocked(worker)) {
      stop(workers);
      throw new AssertionError(what + " is deadlocked and was stopped");
    }
    if (offline) {
      StackTraceElement[] stack = worker.getStackTrace();
      StackTraceElement io = blockingIo(stack);
      if (io != null) {
        stop(workers);
        throw new AssertionError(
            what
                + " opens a file or a connection ("
                + io.getClassName()
                + "."
                + io.getMethodName()
                + ") and was stopped; its stack: "
                + java.util.Arrays.toString(stack));
      }
    }
  }

  private static void stop(Thread[] workers) {
    for (Thread w : workers) {
      w.interrupt();
    }
  }

  /** The native methods of the JDK that open a file or a connection, or wait on a socket. */
  private static final java.util.Set<String> IO_CALLS =
      java.util.Set.of(
          "java.io.FileInputStream.open0",
          "java.io.FileOutputStream.open0",
          "java.io.RandomAccessFile.open0",
          "sun.nio.fs.UnixNativeDispatcher.open0",
          "sun.nio.fs.WindowsNativeDispatcher.CreateFile0",
          "sun.nio.ch.Net.connect0",
          "sun.nio.ch.Net.poll",
          "sun.nio.ch.Net.pollConnect",
          "sun.nio.ch.Net.accept");

  /**
   * The frame where a stack opens a file or a connection, or null: its innermost frame is one of
   * {@link #IO_CALLS}, and no frame below it loads a class or a class-path resource.
   */
  static StackTraceElement blockingIo(StackTraceElement[] stack) {
    if (stack.length == 0
        || !IO_CALLS.contains(stack[0].getClassName() + "." + stack[0].getMethodName())) {
      return null;
    }
    for (StackTraceElement frame : stack) {
      String c = frame.getClassName();
      if (c.startsWith("jdk.internal.loader.")
          || c.equals("java.lang.ClassLoader")
          || c.startsWith("java.util.zip.")
          || c.startsWith("java.util.jar.")) {
        return null;
      }
    }
    return stack[0];
  }

  private static boolean deadlocked(Thread worker) {
    long[] ids;
    try {
      ids = (long[]) DEADLOCKED.invoke(THREADS);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot ask the JVM for deadlocked threads", e);
    }
    if (ids == null) {
      return false;
    }
    for (long id : ids) {
      if (id == worker.getId()) {
        return true;
      }
    }
    return false;
  }
}
