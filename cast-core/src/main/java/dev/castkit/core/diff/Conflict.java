package dev.castkit.core.diff;

import java.util.Objects;
import java.util.Optional;

/**
 * A place where the two sides of a merge changed the same thing differently: one field of one
 * element, or one element that one side changed and the other removed, or added differently.
 * castkit never resolves a conflict silently: {@link MergeResult#analysis()} holds our side's value
 * there, and the conflict says what the other side wanted.
 *
 * <pre>{@code
 * for (Conflict c : result.conflicts()) {
 *   // recommendations[R-3].status: base PROPOSED, ours DONE, theirs REJECTED
 *   System.err.println(c);
 * }
 * }</pre>
 */
public final class Conflict {
  private final String path;
  private final String elementType;
  private final String key;
  private final String field;
  private final Object base;
  private final Object ours;
  private final Object theirs;
  private final String reason;

  Conflict(
      String path,
      String elementType,
      String key,
      String field,
      Object base,
      Object ours,
      Object theirs,
      String reason) {
    this.path = path;
    this.elementType = elementType;
    this.key = key;
    this.field = field;
    this.base = base;
    this.ours = ours;
    this.theirs = theirs;
    this.reason = reason;
  }

  /**
   * Where, written as {@link Change#path()} writes it: {@code recommendations[R-3].status}.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * The type of the element in conflict, as the model names it ({@code "Recommendation"}).
   *
   * @return the type's simple name
   */
  public String elementType() {
    return elementType;
  }

  /**
   * The id or key of the element in conflict; empty for an element without one.
   *
   * @return the key
   */
  public Optional<String> key() {
    return Optional.ofNullable(key);
  }

  /**
   * The field both sides changed (its JSON name, or an extension's key); empty when the conflict is
   * about the whole element.
   *
   * @return the field
   */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /**
   * The value in the common ancestor; null when it had none.
   *
   * @return the base value
   */
  public Object base() {
    return base;
  }

  /**
   * Our side's value (the one the merged analysis holds); null when our side has none.
   *
   * @return our value
   */
  public Object ours() {
    return ours;
  }

  /**
   * Their side's value; null when their side has none.
   *
   * @return their value
   */
  public Object theirs() {
    return theirs;
  }

  /**
   * Why the sides cannot both be kept, in a few words: {@code "changed on both sides"}, {@code
   * "changed on our side, removed on theirs"}, ...
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Conflict c
        && path.equals(c.path)
        && reason.equals(c.reason)
        && Objects.equals(base, c.base)
        && Objects.equals(ours, c.ours)
        && Objects.equals(theirs, c.theirs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, reason);
  }

  /** For example {@code recommendations[R-3].status: changed on both sides: base PROPOSED, ...}. */
  @Override
  public String toString() {
    return path + ": " + reason + ": base " + base + ", ours " + ours + ", theirs " + theirs;
  }
}
