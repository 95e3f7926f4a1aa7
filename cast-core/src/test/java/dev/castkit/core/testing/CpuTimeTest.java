package dev.castkit.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CPU watchdog that bounds hostile-input tests. */
class CpuTimeTest {
  @Test
  void workWithinTheBoundGivesItsResultAndItsCpuTime() {
    CpuTime.Bounded<Integer> run = CpuTime.bounded("a sum", Duration.ofSeconds(10), () -> 2 + 2);
    assertThat(run.result()).isEqualTo(4);
    assertThat(run.cpu()).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void aLoopThatNeverEndsIsStoppedAfterItsCpuBound() {
    long before = CpuTime.currentThreadNanos();
    assertThatThrownBy(
            () ->
                CpuTime.bounded(
                    "a loop",
                    Duration.ofMillis(300),
                    () -> {
                      long x = 0;
                      while (!Thread.currentThread().isInterrupted()) {
                        x++;
                      }
                      return x;
                    }))
        .isInstanceOf(AssertionError.class)
        .hasMessage("a loop used more than 300 ms of CPU time and was stopped");
    // The watching thread itself only polls.
    assertThat(Duration.ofNanos(CpuTime.currentThreadNanos() - before))
        .isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void whatTheWorkThrowsIsThrownAsItIs() {
    IllegalStateException boom = new IllegalStateException("boom");
    assertThatThrownBy(
            () ->
                CpuTime.bounded(
                    "a failure",
                    Duration.ofSeconds(10),
                    () -> {
                      throw boom;
                    }))
        .isSameAs(boom);
    AssertionError failed = new AssertionError("expected");
    assertThatThrownBy(
            () ->
                CpuTime.bounded(
                    "an assertion",
                    Duration.ofSeconds(10),
                    () -> {
                      throw failed;
                    }))
        .isSameAs(failed);
  }

  @Test
  void workBlockedOpeningANamedPipeFailsAtOnceWhenItMustStayOffline(@TempDir Path dir)
      throws Exception {
    Path fifo = dir.resolve("fifo");
    Assumptions.assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0 && Files.exists(fifo),
        "mkfifo makes a named pipe");
    try {
      // Opening a pipe for reading blocks until a writer opens it: no CPU is used.
      assertThatThrownBy(
              () ->
                  CpuTime.offline(
                      "reading a pipe",
                      Duration.ofSeconds(10),
                      () -> {
                        try (FileInputStream in = new FileInputStream(fifo.toFile())) {
                          return in.read();
                        } catch (IOException e) {
                          throw new UncheckedIOException(e);
                        }
                      }))
          .isInstanceOf(AssertionError.class)
          .hasMessageStartingWith(
              "reading a pipe opens a file or a connection (java.io.FileInputStream.open0");
    } finally {
      // Opening for reading and writing does not block on Linux; it lets the worker go.
      try (RandomAccessFile both = new RandomAccessFile(fifo.toFile(), "rw")) {
        both.write(1);
      }
    }
  }

  @Test
  void loadingClassesAndReadingRegularFilesIsNotOpeningAConnection(@TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("f"), "x");
    assertThat(CpuTime.offline("reading a file", Duration.ofSeconds(10), () -> read(file)).result())
        .isEqualTo("x");
    assertThat(
            CpuTime.blockingIo(
                new StackTraceElement[] {
                  new StackTraceElement("java.io.FileInputStream", "open0", null, -2),
                  new StackTraceElement("java.io.FileInputStream", "<init>", null, 1),
                  new StackTraceElement("jdk.internal.loader.URLClassPath$FileLoader", "x", null, 1)
                }))
        .isNull();
    StackTraceElement open =
        new StackTraceElement("sun.nio.fs.UnixNativeDispatcher", "open0", null, -2);
    assertThat(
            CpuTime.blockingIo(
                new StackTraceElement[] {
                  open, new StackTraceElement("dev.castkit.json.CastJson", "read", null, 1)
                }))
        .isSameAs(open);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aDeadlockIsSeenWithoutWaitingForIt() throws InterruptedException {
    ReentrantLock a = new ReentrantLock();
    ReentrantLock b = new ReentrantLock();
    CountDownLatch holdsB = new CountDownLatch(1);
    CountDownLatch holdsA = new CountDownLatch(1);
    // the other thread takes b, then waits for a, which the worker holds while it waits for b
    Thread other =
        new Thread(
            () -> {
              b.lock();
              try {
                holdsB.countDown();
                holdsA.await();
                a.lockInterruptibly();
                a.unlock();
              } catch (InterruptedException e) {
                // let go
              } finally {
                b.unlock();
              }
            });
    other.setDaemon(true);
    other.start();
    holdsB.await();
    assertThatThrownBy(
            () ->
                CpuTime.bounded(
                    "two locks",
                    Duration.ofSeconds(10),
                    () -> {
                      a.lock();
                      try {
                        holdsA.countDown();
                        b.lockInterruptibly();
                        b.unlock();
                        return 0;
                      } catch (InterruptedException e) {
                        return -1; // stopped
                      } finally {
                        a.unlock();
                      }
                    }))
        .isInstanceOf(AssertionError.class)
        .hasMessage("two locks is deadlocked and was stopped");
    other.interrupt();
    other.join();
  }

  @Test
  void severalWorksRunTogetherEachWithinItsBound() {
    CountDownLatch all = new CountDownLatch(3);
    List<Supplier<Integer>> works =
        List.of(() -> meet(all, 1), () -> meet(all, 2), () -> meet(all, 3));
    // each waits for the others: they can only finish if they run at the same time
    List<CpuTime.Bounded<Integer>> runs =
        CpuTime.boundedAll("three", Duration.ofSeconds(10), works);
    assertThat(runs).extracting(CpuTime.Bounded::result).containsExactly(1, 2, 3);
  }

  private static int meet(CountDownLatch all, int result) {
    all.countDown();
    try {
      all.await();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
    return result;
  }

  @Test
  void oneRunawayAmongSeveralStopsThemAll() {
    assertThatThrownBy(
            () ->
                CpuTime.boundedAll(
                    "pair",
                    Duration.ofMillis(300),
                    List.<Supplier<Long>>of(
                        () -> 1L,
                        () -> {
                          long x = 0;
                          while (!Thread.currentThread().isInterrupted()) {
                            x++;
                          }
                          return x;
                        })))
        .isInstanceOf(AssertionError.class)
        .hasMessage("pair (thread 1) used more than 300 ms of CPU time and was stopped");
  }
}
