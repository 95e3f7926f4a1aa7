package dev.castkit.core.internal.model;

/** How many values a field holds and what its absence means. Not API. */
public enum Shape {
  /** Exactly one value; the getter returns it. */
  REQUIRED,
  /** None or one; the getter returns an {@link java.util.Optional}, empty when absent. */
  OPTIONAL,
  /** One value that, when absent, is the field's {@link Field#defaultValue()}. */
  DEFAULTED,
  /** An ordered list ({@link java.util.List}); written in its order, left out when empty. */
  LIST,
  /**
   * A set ({@link java.util.Set}) of ids; written sorted in the ids' natural order, left out when
   * empty. No value twice.
   */
  SET;

  /**
   * Whether the field holds a collection.
   *
   * @return true for {@link #LIST} and {@link #SET}
   */
  public boolean isCollection() {
    return this == LIST || this == SET;
  }
}
