package dev.castkit.core;

import dev.castkit.core.internal.Trees;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A value this library does not understand, kept as a JSON-like tree so that it can be written back
 * unchanged. {@code cast-core} knows nothing of JSON; the tree mirrors it.
 *
 * <pre>{@code
 * Map<String, ExtensionValue> ext = Map.of(
 *     "severity", ExtensionValue.of("SEV-1"),
 *     "pagerduty", ExtensionValue.object(Map.of("incident", ExtensionValue.number("4217"))));
 * }</pre>
 *
 * <p>Object members are kept sorted by key (their order has no meaning in JSON); numbers keep their
 * literal text, so that {@code 1.50} stays {@code 1.50}.
 */
public sealed interface ExtensionValue {

  /** JSON {@code null}. */
  record NullValue() implements ExtensionValue {
    /** Creates the null value. */
    public NullValue {}
  }

  /**
   * A JSON boolean.
   *
   * @param value the value
   */
  record BooleanValue(boolean value) implements ExtensionValue {}

  /**
   * A JSON number, kept as its literal text.
   *
   * @param literal the number as written, for example {@code "1.50"} or {@code "-3e8"}
   */
  record NumberValue(String literal) implements ExtensionValue {
    /**
     * Checks that the literal is a JSON number.
     *
     * @param literal the number as written
     * @throws CastModelException with {@code INVALID_VALUE} otherwise
     */
    public NumberValue {
      if (literal == null || !isJsonNumber(literal)) {
        throw new CastModelException(
            CastModelException.Code.INVALID_VALUE,
            "ExtensionValue",
            "literal",
            "'" + literal + "' is not a JSON number");
      }
    }

    /**
     * Returns the number as a {@link BigDecimal}.
     *
     * @return the exact value
     */
    public BigDecimal toBigDecimal() {
      return new BigDecimal(literal);
    }

    private static boolean isJsonNumber(String s) {
      int i = 0;
      int n = s.length();
      if (i < n && s.charAt(i) == '-') {
        i++;
      }
      if (i >= n) {
        return false;
      }
      if (s.charAt(i) == '0') {
        i++;
      } else if (s.charAt(i) >= '1' && s.charAt(i) <= '9') {
        while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
          i++;
        }
      } else {
        return false;
      }
      if (i < n && s.charAt(i) == '.') {
        i++;
        int start = i;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
          i++;
        }
        if (i == start) {
          return false;
        }
      }
      if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
        i++;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
          i++;
        }
        int start = i;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
          i++;
        }
        if (i == start) {
          return false;
        }
      }
      return i == n;
    }
  }

  /**
   * A JSON string.
   *
   * @param value the text
   */
  record StringValue(String value) implements ExtensionValue {
    /**
     * Checks the value is not null.
     *
     * @param value the text
     * @throws CastModelException with {@code NULL_ATTRIBUTE} when it is null
     */
    public StringValue {
      if (value == null) {
        throw nullGiven("value", "a string value needs a text");
      }
    }
  }

  /**
   * A JSON array.
   *
   * @param elements the elements, in order
   */
  record ArrayValue(List<ExtensionValue> elements) implements ExtensionValue {
    /**
     * Copies the elements into an unmodifiable list.
     *
     * @param elements the elements, in order
     * @throws CastModelException with {@code NULL_ATTRIBUTE} when the list or an element is null
     */
    public ArrayValue {
      if (elements == null) {
        throw nullGiven("elements", "an array value needs a list of values");
      }
      for (ExtensionValue e : elements) { // not contains(null): List.of refuses to look for null
        if (e == null) {
          throw nullGiven("elements", "an array value needs a list of values");
        }
      }
      elements = List.copyOf(elements);
    }

    /** Equal to an array of equal elements, at any depth without deep recursion. */
    @Override
    public boolean equals(Object other) {
      return Trees.equal(this, other);
    }

    @Override
    public int hashCode() {
      return Trees.hash(this);
    }

    @Override
    public String toString() {
      return Trees.toString(this);
    }
  }

  /**
   * A JSON object.
   *
   * @param members the members, sorted by key
   */
  record ObjectValue(Map<String, ExtensionValue> members) implements ExtensionValue {
    /**
     * Copies the members into an unmodifiable map sorted by key.
     *
     * @param members the members
     * @throws CastModelException with {@code NULL_ATTRIBUTE} when the map, a key or a value is null
     */
    public ObjectValue {
      if (members == null) {
        throw nullGiven("members", "an object value needs a map of members");
      }
      TreeMap<String, ExtensionValue> sorted = new TreeMap<>();
      for (Map.Entry<String, ExtensionValue> e : members.entrySet()) {
        if (e.getKey() == null || e.getValue() == null) {
          throw nullGiven("members", "an object value needs a map of members");
        }
        sorted.put(e.getKey(), e.getValue());
      }
      members = Collections.unmodifiableSortedMap(sorted);
    }

    /** Equal to an object of equal members, at any depth without deep recursion. */
    @Override
    public boolean equals(Object other) {
      return Trees.equal(this, other);
    }

    @Override
    public int hashCode() {
      return Trees.hash(this);
    }

    @Override
    public String toString() {
      return Trees.toString(this);
    }
  }

  /**
   * Returns JSON {@code null}.
   *
   * @return the null value
   */
  static ExtensionValue ofNull() {
    return new NullValue();
  }

  /**
   * Returns a string value.
   *
   * @param value the text
   * @return the value
   */
  static ExtensionValue of(String value) {
    return new StringValue(value);
  }

  /**
   * Returns a boolean value.
   *
   * @param value the value
   * @return the value
   */
  static ExtensionValue of(boolean value) {
    return new BooleanValue(value);
  }

  /**
   * Returns a number value.
   *
   * @param literal a JSON number literal
   * @return the value
   */
  static ExtensionValue number(String literal) {
    return new NumberValue(literal);
  }

  /**
   * Returns an array value.
   *
   * @param elements the elements
   * @return the value
   */
  static ExtensionValue array(List<ExtensionValue> elements) {
    return new ArrayValue(elements);
  }

  /**
   * Returns an object value.
   *
   * @param members the members
   * @return the value
   */
  static ExtensionValue object(Map<String, ExtensionValue> members) {
    return new ObjectValue(members);
  }

  // a Java null is not JSON null: say so, rather than let a NullPointerException out
  private static CastModelException nullGiven(String attribute, String what) {
    return new CastModelException(
        CastModelException.Code.NULL_ATTRIBUTE,
        "ExtensionValue",
        attribute,
        "null given for ExtensionValue."
            + attribute
            + ": "
            + what
            + " (no null; JSON null is ExtensionValue.ofNull())");
  }
}
