package dev.castkit.json;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a CAST document cannot be read or an analysis cannot be written. It says what was
 * wrong ({@link #code()}), where ({@link #jsonPointer()}, {@link #line()}, {@link #column()}) and,
 * in its message, what was expected.
 *
 * <pre>{@code
 * try {
 *   CastAnalysis analysis = CastJson.standard().read(Path.of("outage.cast.json"));
 * } catch (CastJsonException e) {
 *   // "unknown LossCategory 'OUTAGE'; expected one of AVAILABILITY, DATA, ..."
 *   // at /losses/0/category (line 12, column 19)
 *   System.err.println(e.getMessage());
 *   if (e.code() == CastJsonException.Code.UNSUPPORTED_FORMAT_VERSION) { ... }
 * }
 * }</pre>
 *
 * <p>Every failure of {@link CastJson}, {@link CastPatch} and {@link CastJsonModule} is reported as
 * this one exception type: no parser exception, {@link NullPointerException} or {@link
 * StackOverflowError} escapes. The original cause, when there is one, is kept as {@link
 * #getCause()}.
 */
public final class CastJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * What was wrong. Stable: callers may switch on it; new codes may be added in a minor version.
   */
  public enum Code {
    /** The input could not be read or the output could not be written (a file, a stream). */
    IO_ERROR,
    /** The input is not well-formed JSON (or YAML): a syntax error, or content after the end. */
    SYNTAX_ERROR,
    /** The document is empty: there is no value at all. */
    EMPTY_DOCUMENT,
    /** The top-level {@code formatVersion} names a version this reader does not support. */
    UNSUPPORTED_FORMAT_VERSION,
    /** A required field is absent. */
    MISSING_FIELD,
    /** A value has the wrong JSON type (for example a number where a string is expected). */
    WRONG_TYPE,
    /** An enum field holds a value that is not one of the allowed names. */
    UNKNOWN_ENUM_VALUE,
    /** An id does not have the id syntax. */
    MALFORMED_ID,
    /** A text is empty or only white space. */
    BLANK_TEXT,
    /** A value is out of its allowed range or form (a time, a date, a negative level). */
    INVALID_VALUE,
    /** An object holds the same key twice. */
    DUPLICATE_KEY,
    /** Two elements of one list share an id, or a set of ids lists one id twice. */
    DUPLICATE_ID,
    /** On write: an extension key is also the name of a known field of the same object. */
    EXTENSION_KEY_CONFLICT,
    /**
     * A YAML feature the format does not use: an alias, or a tag other than the core {@code !!str},
     * {@code !!int}, {@code !!float}, {@code !!bool}, {@code !!null}, {@code !!map}, {@code !!seq}
     * on a value of its type.
     */
    UNSUPPORTED_YAML_FEATURE,
    /** Objects and arrays are nested deeper than the configured limit. */
    NESTING_TOO_DEEP,
    /** A string or a field name is longer than the configured limit. */
    STRING_TOO_LONG,
    /** A number literal is longer than the configured limit. */
    NUMBER_TOO_LONG,
    /** The document is larger than the configured limit. */
    DOCUMENT_TOO_LARGE,
    /** The document holds more values than the configured limit. */
    TOO_MANY_VALUES,
    /**
     * An operation of a {@link CastPatch} names no value: a member or an array item that is not
     * there, an index out of range, or a step through a string, number, boolean or null.
     */
    PATCH_TARGET_NOT_FOUND,
    /** A {@code test} operation of a {@link CastPatch} found another value than it expected. */
    PATCH_TEST_FAILED
  }

  /** The value of {@link #line()} and {@link #column()} when the position is not known. */
  public static final int UNKNOWN_POSITION = -1;

  /** What was wrong. */
  private final Code code;

  /** What was found and what was expected. */
  private final String detail;

  /** The JSON pointer of the offending value. */
  private final String jsonPointer;

  /** The 1-based line, or {@link #UNKNOWN_POSITION}. */
  private final int line;

  /** The 1-based column, or {@link #UNKNOWN_POSITION}. */
  private final int column;

  /**
   * Creates an exception. Callers normally only catch it; codecs create it.
   *
   * @param code what was wrong
   * @param detail what was found and what was expected, without the location
   * @param jsonPointer the RFC 6901 pointer of the offending value ({@code ""} for the whole
   *     document)
   * @param line the 1-based line, or {@link #UNKNOWN_POSITION}
   * @param column the 1-based column, or {@link #UNKNOWN_POSITION}
   * @param cause the underlying exception, or {@code null}
   */
  @SuppressWarnings("exports") // JSpecify's @Nullable: its module is compile-time only
  public CastJsonException(
      Code code,
      String detail,
      String jsonPointer,
      int line,
      int column,
      @Nullable Throwable cause) {
    super(message(detail, jsonPointer, line, column), cause);
    this.code = Objects.requireNonNull(code, "code");
    this.detail = Objects.requireNonNull(detail, "detail");
    this.jsonPointer = Objects.requireNonNull(jsonPointer, "jsonPointer");
    this.line = line > 0 ? line : UNKNOWN_POSITION;
    this.column = column > 0 ? column : UNKNOWN_POSITION;
  }

  private static String message(String detail, String pointer, int line, int column) {
    StringBuilder sb = new StringBuilder(String.valueOf(detail));
    sb.append(" at ").append(pointer == null || pointer.isEmpty() ? "the document root" : pointer);
    if (line > 0) {
      sb.append(" (line ").append(line);
      if (column > 0) {
        sb.append(", column ").append(column);
      }
      sb.append(')');
    }
    return sb.toString();
  }

  /**
   * Returns what was wrong.
   *
   * @return the code
   */
  public Code code() {
    return code;
  }

  /**
   * Returns what was found and what was expected, without the location (which {@link #getMessage()}
   * adds).
   *
   * @return the detail message
   */
  public String detail() {
    return detail;
  }

  /**
   * Returns the JSON pointer (RFC 6901) of the offending value, for example {@code
   * /losses/0/category}; {@code ""} for the document itself. For a missing field it points at the
   * object that lacks it; on write, it points at where the value would have been written.
   *
   * @return the JSON pointer, never null
   */
  public String jsonPointer() {
    return jsonPointer;
  }

  /**
   * Returns the 1-based line of the offending value in the input.
   *
   * @return the line, or {@link #UNKNOWN_POSITION} (for example on write)
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column of the offending value in the input.
   *
   * @return the column, or {@link #UNKNOWN_POSITION} (for example on write)
   */
  public int column() {
    return column;
  }
}
