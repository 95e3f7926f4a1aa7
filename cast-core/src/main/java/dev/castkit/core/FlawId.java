package dev.castkit.core;

import dev.castkit.core.internal.Ids;

/**
 * The id of a systemic {@link Flaw} found in step 4: human-readable, stable, never renumbered.
 *
 * <p>An id is 1 to 128 letters, digits, {@code .}, {@code _}, {@code :} or {@code -}, starting with
 * a letter or a digit.
 *
 * <pre>{@code
 * FlawId id = FlawId.of("F-1");
 * }</pre>
 *
 * @param value the id as written
 */
public record FlawId(String value) implements ElementId {
  /**
   * Checks the syntax of the id.
   *
   * @param value the id as written
   * @throws CastModelException with {@link CastModelException.Code#NULL_ATTRIBUTE} when it is null,
   *     {@link CastModelException.Code#BLANK_TEXT} when it is empty or blank, {@link
   *     CastModelException.Code#MALFORMED_ID} when it is not a valid id
   */
  public FlawId {
    Ids.require("FlawId", value);
  }

  /**
   * Returns the id for {@code value}.
   *
   * @param value the id as written, for example {@code "F-1"}
   * @return the typed id
   * @throws CastModelException with {@link CastModelException.Code#NULL_ATTRIBUTE} when it is null,
   *     {@link CastModelException.Code#BLANK_TEXT} when it is empty or blank, {@link
   *     CastModelException.Code#MALFORMED_ID} when it is not a valid id
   */
  public static FlawId of(String value) {
    return new FlawId(value);
  }

  /** Returns the id as written. */
  @Override
  public String toString() {
    return value;
  }
}
