package dev.castkit.core.render;

/**
 * Argument checks of the render API: a null argument is a clear error, not a NullPointerException.
 */
final class Arguments {
  private Arguments() {}

  static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }
}
