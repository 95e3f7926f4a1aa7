package dev.castkit.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

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
}
