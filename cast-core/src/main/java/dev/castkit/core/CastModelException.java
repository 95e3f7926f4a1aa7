package dev.castkit.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a model value cannot be built because it could not mean anything: a blank id or text,
 * a malformed id, a duplicate id inside one collection, a missing required attribute.
 *
 * <p>Callers switch on {@link #code()}; {@link #type()} and {@link #attribute()} say where.
 *
 * <pre>{@code
 * try {
 *   Loss.builder().id(LossId.of("L-1")).description(" ").category(LossCategory.AVAILABILITY).build();
 * } catch (CastModelException e) {
 *   assert e.code() == CastModelException.Code.BLANK_TEXT;
 * }
 * }</pre>
 *
 * <p>Whether references between elements resolve is never checked at construction: that is the job
 * of the analysis rules, so an analysis in progress can be built while incomplete.
 */
public class CastModelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** What was wrong. Stable: callers may switch on it. */
  public enum Code {
    /**
     * An id is too long or contains characters outside the id syntax (an empty or blank id is
     * {@link #BLANK_TEXT}, a null one {@link #NULL_ATTRIBUTE}).
     */
    MALFORMED_ID,
    /** A text attribute or an id is empty or only white space. */
    BLANK_TEXT,
    /** Two elements of one collection share an id. */
    DUPLICATE_ID,
    /** A required attribute was not set on a builder. */
    MISSING_ATTRIBUTE,
    /** A null was given where a value is required. */
    NULL_ATTRIBUTE,
    /** A value is out of its allowed range (for example a negative level). */
    INVALID_VALUE
  }

  /** What was wrong. */
  private final Code code;

  /** The simple name of the type being built. */
  private final String type;

  /** The attribute concerned. */
  private final String attribute;

  /**
   * Creates an exception.
   *
   * @param code what was wrong
   * @param type the simple name of the type being built, for example {@code "Hazard"}
   * @param attribute the attribute concerned, for example {@code "description"}
   * @param message a message a person understands without the code
   */
  public CastModelException(Code code, String type, String attribute, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
    this.type = Objects.requireNonNull(type, "type");
    this.attribute = Objects.requireNonNull(attribute, "attribute");
  }

  /**
   * @return what was wrong
   */
  public Code code() {
    return code;
  }

  /**
   * @return the simple name of the type being built ({@code "?"} when unknown)
   */
  public String type() {
    return type;
  }

  /**
   * @return the attribute concerned ({@code "?"} when unknown)
   */
  public String attribute() {
    return attribute;
  }

  /**
   * Raised by generated builders when required attributes are missing. Not meant to be created by
   * callers; catch {@link CastModelException}.
   */
  public static final class MissingAttributes extends CastModelException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message the generated message, which names the type and the missing attributes
     */
    public MissingAttributes(String message) {
      super(Code.MISSING_ATTRIBUTE, typeIn(message), attributesIn(message), message);
    }
  }

  /**
   * Raised by generated code when a null is given for a required value. Not meant to be created by
   * callers; catch {@link CastModelException}.
   */
  public static final class NullAttribute extends CastModelException {
    private static final long serialVersionUID = 1L;

    /**
     * @param attribute the name of the attribute that was given a null
     */
    public NullAttribute(@Nullable String attribute) {
      this(typeOfCaller(), attribute == null ? "?" : attribute);
    }

    private NullAttribute(String type, String attribute) {
      super(
          Code.NULL_ATTRIBUTE,
          type,
          attribute,
          "null given for "
              + type
              + "."
              + attribute
              + ", which requires a value (leave an optional attribute unset instead)");
    }

    private static final String GENERATED = "dev.castkit.core.Immutable";

    /**
     * The value type whose generated code raised this: Immutables names only the attribute, so the
     * type is the first generated class on the stack ({@code ImmutableLoss$Builder} is {@code
     * Loss}). Only paid for when a null is given.
     */
    private static String typeOfCaller() {
      return StackWalker.getInstance()
          .walk(
              frames ->
                  frames
                      .map(StackWalker.StackFrame::getClassName)
                      .filter(name -> name.startsWith(GENERATED))
                      .findFirst())
          .map(
              name -> {
                String simple = name.substring(GENERATED.length());
                int nested = simple.indexOf('$');
                return nested < 0 ? simple : simple.substring(0, nested);
              })
          .orElse("?");
    }
  }

  // Immutables formats: "Cannot build Hazard, some of required attributes are not set [id,
  // description]"
  private static String typeIn(@Nullable String message) {
    String prefix = "Cannot build ";
    if (message != null && message.startsWith(prefix)) {
      int end = message.indexOf(',', prefix.length());
      if (end > 0) {
        return message.substring(prefix.length(), end);
      }
    }
    return "?";
  }

  private static String attributesIn(@Nullable String message) {
    if (message != null) {
      int open = message.lastIndexOf('[');
      int close = message.lastIndexOf(']');
      if (open >= 0 && close > open) {
        return message.substring(open + 1, close);
      }
    }
    return "?";
  }
}
