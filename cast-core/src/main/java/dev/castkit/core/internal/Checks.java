package dev.castkit.core.internal;

import dev.castkit.core.CastModelException;
import dev.castkit.core.CastModelException.Code;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Construction invariants shared by the value types. Not API. */
public final class Checks {
  private Checks() {}

  /** A required text must hold something other than white space. */
  public static void text(String type, String attribute, String value) {
    if (value.isBlank()) {
      throw new CastModelException(
          Code.BLANK_TEXT, type, attribute, type + "." + attribute + " must not be blank");
    }
  }

  /** An optional text is either absent or not blank (absent is written as absent, never as ""). */
  public static void text(String type, String attribute, Optional<String> value) {
    if (value.isPresent() && value.get().isBlank()) {
      throw new CastModelException(
          Code.BLANK_TEXT,
          type,
          attribute,
          type + "." + attribute + " must be absent or not blank");
    }
  }

  /** Every text of a list holds something. */
  public static void texts(String type, String attribute, Collection<String> values) {
    for (String value : values) {
      if (value.isBlank()) {
        throw new CastModelException(
            Code.BLANK_TEXT,
            type,
            attribute,
            type + "." + attribute + " must not contain a blank entry");
      }
    }
  }

  /** An optional plain-string id, when present, has the id syntax. */
  public static void id(String type, String attribute, Optional<String> value) {
    if (value.isPresent() && value.get().isBlank()) {
      throw new CastModelException(
          Code.BLANK_TEXT,
          type,
          attribute,
          type + "." + attribute + " must be absent or a valid id, not blank");
    }
    if (value.isPresent() && !Ids.isValid(value.get())) {
      throw new CastModelException(
          Code.MALFORMED_ID,
          type,
          attribute,
          type
              + "."
              + attribute
              + " '"
              + Texts.abbreviate(value.get())
              + "' is not a valid id (pattern "
              + Ids.PATTERN
              + ")");
    }
  }

  /**
   * No extension key is a field name of its type in the interchange format: such a value could not
   * be written, so it is refused here rather than by the writer.
   */
  public static void extensionKeys(String type, Map<String, ?> extensions) {
    if (extensions.isEmpty()) {
      return;
    }
    Set<String> known = KnownFields.of(type);
    for (String key : extensions.keySet()) {
      if (known.contains(key)) {
        throw new CastModelException(
            Code.INVALID_VALUE,
            type,
            "extensions",
            type
                + ".extensions has the key '"
                + key
                + "', which is a field of "
                + type
                + "; give the value to the field, or name the extension with a prefix such as"
                + " 'x-"
                + key
                + "'");
      }
    }
  }

  /** A number must not be negative. */
  public static void notNegative(String type, String attribute, int value) {
    if (value < 0) {
      throw new CastModelException(
          Code.INVALID_VALUE,
          type,
          attribute,
          type + "." + attribute + " must be 0 or more, was " + value);
    }
  }

  /** No two elements of one collection share a key. */
  public static <T> void unique(
      String type, String attribute, Collection<T> elements, Function<T, ?> key) {
    if (elements.size() < 2) {
      return;
    }
    if (elements.size() <= 8) {
      // a few pairs cost less than a set
      Object[] keys = new Object[elements.size()];
      int n = 0;
      for (T element : elements) {
        Object k = key.apply(element);
        for (int i = 0; i < n; i++) {
          if (keys[i].equals(k)) {
            throw repeated(type, attribute, k);
          }
        }
        keys[n++] = k;
      }
      return;
    }
    Set<Object> seen = new HashSet<>(elements.size() * 2);
    for (T element : elements) {
      Object k = key.apply(element);
      if (!seen.add(k)) {
        throw repeated(type, attribute, k);
      }
    }
  }

  private static CastModelException repeated(String type, String attribute, Object key) {
    return new CastModelException(
        Code.DUPLICATE_ID,
        type,
        attribute,
        type + "." + attribute + " holds '" + key + "' more than once");
  }
}
