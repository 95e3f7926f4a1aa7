package dev.castkit.core;

import dev.castkit.core.internal.Ids;

/**
 * The id of a CAST analysis: human-readable, stable, never renumbered.
 *
 * <p>An id is 1 to 128 letters, digits, {@code .}, {@code _}, {@code :} or {@code -}, starting with
 * a letter or a digit.
 *
 * <pre>{@code
 * AnalysisId id = AnalysisId.of("CAST-2017-02-28-S3");
 * }</pre>
 *
 * @param value the id as written
 */
public record AnalysisId(String value) implements ElementId {
  /**
   * Checks the syntax of the id.
   *
   * @param value the id as written
   * @throws CastModelException with {@link CastModelException.Code#NULL_ATTRIBUTE} when it is null,
   *     {@link CastModelException.Code#BLANK_TEXT} when it is empty or blank, {@link
   *     CastModelException.Code#MALFORMED_ID} when it is not a valid id
   */
  public AnalysisId {
    Ids.require("AnalysisId", value);
  }

  /**
   * Returns the id for {@code value}.
   *
   * @param value the id as written, for example {@code "CAST-2017-02-28-S3"}
   * @return the typed id
   * @throws CastModelException with {@link CastModelException.Code#NULL_ATTRIBUTE} when it is null,
   *     {@link CastModelException.Code#BLANK_TEXT} when it is empty or blank, {@link
   *     CastModelException.Code#MALFORMED_ID} when it is not a valid id
   */
  public static AnalysisId of(String value) {
    return new AnalysisId(value);
  }

  /** Returns the id as written. */
  @Override
  public String toString() {
    return value;
  }
}
