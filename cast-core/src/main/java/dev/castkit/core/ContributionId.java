package dev.castkit.core;

import dev.castkit.core.internal.Ids;

/**
 * The id of a {@link Contribution} found in step 3: human-readable, stable, never renumbered.
 *
 * <p>An id is 1 to 128 letters, digits, {@code .}, {@code _}, {@code :} or {@code -}, starting with
 * a letter or a digit.
 *
 * <pre>{@code
 * ContributionId id = ContributionId.of("CT-1");
 * }</pre>
 *
 * @param value the id as written
 */
public record ContributionId(String value) implements ElementId {
  /**
   * Checks the syntax of the id.
   *
   * @param value the id as written
   * @throws CastModelException with {@link CastModelException.Code#NULL_ATTRIBUTE} when it is null,
   *     {@link CastModelException.Code#BLANK_TEXT} when it is empty or blank, {@link
   *     CastModelException.Code#MALFORMED_ID} when it is not a valid id
   */
  public ContributionId {
    Ids.require("ContributionId", value);
  }

  /**
   * Returns the id for {@code value}.
   *
   * @param value the id as written, for example {@code "CT-1"}
   * @return the typed id
   * @throws CastModelException with {@link CastModelException.Code#NULL_ATTRIBUTE} when it is null,
   *     {@link CastModelException.Code#BLANK_TEXT} when it is empty or blank, {@link
   *     CastModelException.Code#MALFORMED_ID} when it is not a valid id
   */
  public static ContributionId of(String value) {
    return new ContributionId(value);
  }

  /** Returns the id as written. */
  @Override
  public String toString() {
    return value;
  }
}
