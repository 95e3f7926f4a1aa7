package dev.castkit.json.internal;

/**
 * The limits a reader enforces against hostile input. Not API: {@code CastJson.Builder} sets them.
 *
 * @param maxNestingDepth the deepest nesting of objects and arrays
 * @param maxStringLength the longest string or field name, in characters
 * @param maxNumberLength the longest number literal, in characters
 * @param maxDocumentLength the largest document, in bytes (or characters for text input)
 * @param maxValueCount the most JSON values (objects, arrays and scalars) in one document
 */
public record Limits(
    int maxNestingDepth,
    int maxStringLength,
    int maxNumberLength,
    long maxDocumentLength,
    long maxValueCount) {

  /** The defaults documented on {@code CastJson}. */
  public static final Limits DEFAULT =
      new Limits(100, 1_000_000, 100, 16L * 1024 * 1024, 1_000_000);
}
