package dev.castkit.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file in the source tree. With the system property {@code
 * castkit.updateGolden=true} it writes the file instead (then review the diff in git), except under
 * {@code CI=true}: there the property fails the test, so that no run in CI (nor code under test
 * that sets the property) can make a golden file agree with the output it is meant to check.
 *
 * <p>Reused by the other modules' tests through cast-core's test-jar.
 */
public final class GoldenFiles {
  /** The system property that rewrites golden files. */
  public static final String UPDATE_PROPERTY = "castkit.updateGolden";

  private GoldenFiles() {}

  /**
   * Asserts that {@code actual} equals the content of {@code golden}, byte for byte.
   *
   * @param golden the golden file, relative to the module's folder
   * @param actual the output
   */
  public static void assertMatches(Path golden, String actual) {
    try {
      if (Boolean.getBoolean(UPDATE_PROPERTY)) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
          fail(
              "-D"
                  + UPDATE_PROPERTY
                  + "=true is set under CI=true; golden files are never rewritten in CI ("
                  + golden
                  + ")");
        }
        Files.createDirectories(golden.toAbsolutePath().getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(golden)) {
        fail(
            "No golden file "
                + golden.toAbsolutePath()
                + "; run the test with -D"
                + UPDATE_PROPERTY
                + "=true to write it, then review and commit it");
      }
      String expected = Files.readString(golden, StandardCharsets.UTF_8);
      if (!expected.equals(actual)) {
        // AssertJ shows a line diff; the hint says how to accept an intended change.
        org.assertj.core.api.Assertions.assertThat(actual)
            .as(
                "%s differs from its golden file (if the change is intended, rerun with -D%s=true"
                    + " and review the diff)",
                golden, UPDATE_PROPERTY)
            .isEqualTo(expected);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
