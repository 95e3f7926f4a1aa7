package dev.castkit.testing;

import dev.castkit.core.rules.ValidationReport;

/**
 * Entry point of the castkit assertions, in the style of AssertJ (and built on it), to import
 * statically beside AssertJ's own.
 *
 * <pre>{@code
 * import static dev.castkit.testing.CastAssertions.assertThat;
 *
 * assertThat(CastRules.standard().check(analysis))
 *     .hasNoErrors()
 *     .hasFinding(FindingCode.CAST_W001, "CT-2")
 *     .isReadyFor(CastStep.IDENTIFY_FLAWS);
 * }</pre>
 *
 * <p>Where AssertJ's {@code Assertions.assertThat} is imported statically too, the compiler picks
 * this one for a {@link ValidationReport} (the more specific overload).
 */
public final class CastAssertions {
  private CastAssertions() {}

  /**
   * Assertions on a validation report.
   *
   * @param actual the report
   * @return the assertions
   */
  public static ValidationReportAssert assertThat(ValidationReport actual) {
    return new ValidationReportAssert(actual);
  }
}
