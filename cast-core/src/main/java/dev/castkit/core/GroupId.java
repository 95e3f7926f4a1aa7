package dev.castkit.core;

import dev.castkit.core.internal.Ids;

/**
 * The id of a {@link Group} of components: human-readable, stable, never renumbered.
 *
 * <p>An id is 1 to 128 letters, digits, {@code .}, {@code _}, {@code :} or {@code -}, starting with
 * a letter or a digit.
 *
 * <pre>{@code
 * GroupId id = GroupId.of("G-1");
 * }</pre>
 *
 * @param value the id as written
 */
public record GroupId(String value) implements ElementId {
  /**
   * Checks the syntax of the id.
   *
   * @param value the id as written
   * @throws CastModelException with {@link CastModelException.Code#NULL_ATTRIBUTE} when it is null,
   *     {@link CastModelException.Code#BLANK_TEXT} when it is empty or blank, {@link
   *     CastModelException.Code#MALFORMED_ID} when it is not a valid id
   */
  public GroupId {
    Ids.require("GroupId", value);
  }

  /**
   * Returns the id for {@code value}.
   *
   * @param value the id as written, for example {@code "G-1"}
   * @return the typed id
   * @throws CastModelException with {@link CastModelException.Code#NULL_ATTRIBUTE} when it is null,
   *     {@link CastModelException.Code#BLANK_TEXT} when it is empty or blank, {@link
   *     CastModelException.Code#MALFORMED_ID} when it is not a valid id
   */
  public static GroupId of(String value) {
    return new GroupId(value);
  }

  /** Returns the id as written. */
  @Override
  public String toString() {
    return value;
  }
}
