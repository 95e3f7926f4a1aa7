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

  /** The most digits a quantity has before the decimal point, and after it. */
  public static final int QUANTITY_INTEGER_DIGITS = 30;

  /** The most digits a quantity has after the decimal point. */
  public static final int QUANTITY_FRACTION_DIGITS = 18;

  /**
   * A quantity is a number of 0 or more with at most {@value #QUANTITY_INTEGER_DIGITS} digits
   * before the point and {@value #QUANTITY_FRACTION_DIGITS} after it (a bound, so that writing it
   * in plain decimal never makes a huge text).
   */
  public static void quantity(java.math.BigDecimal value) {
    if (value.signum() < 0) {
      throw new CastModelException(
          Code.INVALID_VALUE,
          "Quantity",
          "value",
          "Quantity.value must be 0 or more, was " + Texts.abbreviate(value.toString()));
    }
    // stripped, without setting the scale: 1E+1000000 is refused before it becomes a huge number;
    // zero strips to 0: it has no digits on either side however it is written (0.000, 0E+40)
    java.math.BigDecimal stripped = value.stripTrailingZeros();
    if ((long) stripped.precision() - stripped.scale() > QUANTITY_INTEGER_DIGITS
        || stripped.scale() > QUANTITY_FRACTION_DIGITS) {
      throw new CastModelException(
          Code.INVALID_VALUE,
          "Quantity",
          "value",
          "Quantity.value "
              + Texts.abbreviate(value.toString())
              + " has more than "
              + QUANTITY_INTEGER_DIGITS
              + " digits before the point or "
              + QUANTITY_FRACTION_DIGITS
              + " after it");
    }
  }

  /** The number without trailing zeros and without a negative scale: 1.50 is 1.5, 1E+3 is 1000. */
  public static java.math.BigDecimal plainDecimal(java.math.BigDecimal value) {
    if (value.signum() == 0) {
      return java.math.BigDecimal.ZERO;
    }
    java.math.BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** A duration must be more than zero. */
  public static void positive(
      String type, String attribute, java.util.Optional<java.time.Duration> value) {
    if (value.isPresent() && (value.get().isNegative() || value.get().isZero())) {
      throw new CastModelException(
          Code.INVALID_VALUE,
          type,
          attribute,
          type + "." + attribute + " must be more than zero, was " + value.get());
    }
  }

  /** A duration must not be negative. */
  public static void notNegative(
      String type, String attribute, java.util.Optional<java.time.Duration> value) {
    if (value.isPresent() && value.get().isNegative()) {
      throw new CastModelException(
          Code.INVALID_VALUE,
          type,
          attribute,
          type + "." + attribute + " must be 0 or more, was " + value.get());
    }
  }

  /** An attribute that only means something with another one. */
  public static void onlyWith(
      String type, String attribute, boolean given, String other, boolean otherGiven) {
    if (given && !otherGiven) {
      throw new CastModelException(
          Code.INVALID_VALUE,
          type,
          attribute,
          type + "." + attribute + " is only allowed together with " + other);
    }
  }

  /** An element does not refer to itself. */
  public static void notSelf(
      String type, String attribute, Object id, java.util.Optional<?> reference) {
    if (reference.isPresent() && reference.get().equals(id)) {
      throw new CastModelException(
          Code.INVALID_VALUE, type, attribute, type + " " + id + " names itself in " + attribute);
    }
  }

  private static final java.util.regex.Pattern ZONE =
      java.util.regex.Pattern.compile(dev.castkit.core.internal.model.ValueKind.ZONE_PATTERN);

  /**
   * A time zone is a region of the IANA database ({@code Europe/Paris}, {@code UTC}), not an offset
   * such as {@code +02:00}: the format writes its id, and readers read only such ids.
   */
  public static void zone(
      String type, String attribute, java.util.Optional<java.time.ZoneId> zone) {
    if (zone.isPresent()
        && (zone.get() instanceof java.time.ZoneOffset
            || !ZONE.matcher(zone.get().getId()).matches())) {
      throw new CastModelException(
          Code.INVALID_VALUE,
          type,
          attribute,
          type
              + "."
              + attribute
              + " must be an IANA time zone such as Europe/Paris or UTC, not the offset "
              + zone.get().getId());
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
