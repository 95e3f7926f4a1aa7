package dev.castkit.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link ChildProcesses}: a child's output, and a child over its CPU bound killed. */
class ChildProcessesTest {
  @Test
  void theOutputOfAChildThatEndsIsReturned() throws Exception {
    Process p = new ProcessBuilder("sh", "-c", "echo one; echo two").start();
    assertThat(new String(ChildProcesses.output(p, Duration.ofSeconds(30)), StandardCharsets.UTF_8))
        .isEqualTo("one\ntwo\n");
    assertThat(p.exitValue()).isZero();
  }

  @Test
  void aChildOverItsCpuBoundIsKilledAndReported() throws Exception {
    // a busy loop that would never end: it is stopped by the CPU time it uses
    Process p = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
    AssertionError e =
        catchThrowableOfType(
            AssertionError.class, () -> ChildProcesses.await(p, Duration.ofMillis(500)));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("of CPU time, more than its bound of PT0.5S");
    assertThat(p.isAlive()).isFalse();
  }
}
