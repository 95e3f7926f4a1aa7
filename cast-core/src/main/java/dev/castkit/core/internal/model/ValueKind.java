package dev.castkit.core.internal.model;

/** The kind of value a field holds, as the format writes it. Not API. */
public enum ValueKind {
  /** {@code formatVersion}: the text {@code "1.x"}, read and written by the codec itself. */
  VERSION,
  /** A non-blank text ({@code String}). */
  TEXT,
  /** An id of the field's {@link Field#idKind()} ({@link dev.castkit.core.ElementId}). */
  ID,
  /** The id of an element of any kind, held as its text ({@code String}). */
  ANY_ID,
  /** A constant of the field's {@link Field#enumType()}, written by name. */
  ENUM,
  /** A whole number of 0 or more ({@code Integer}). */
  INT,
  /** {@code true} or {@code false} ({@code Boolean}). */
  BOOLEAN,
  /**
   * An RFC 3339 time in UTC. The model holds a {@link dev.castkit.core.EventTime}: the format
   * writes its instant here and its precision and approximation in the fields that {@link
   * Field#requires()} this one.
   */
  TIME,
  /** An RFC 3339 full date ({@link java.time.LocalDate}). */
  DATE,
  /** A time zone: its IANA id ({@link java.time.ZoneId}). Since format 1.1. */
  ZONE,
  /** A duration in ISO 8601, such as {@code PT45M} ({@link java.time.Duration}). Since 1.1. */
  DURATION,
  /**
   * A decimal number of 0 or more, written in plain decimal without trailing zeros ({@link
   * java.math.BigDecimal}). Since format 1.1.
   */
  DECIMAL,
  /** An object of the field's {@link Field#elementType()}. */
  OBJECT;

  /**
   * The text of a {@link #ZONE}: an IANA region id, letters first, then letters, digits, {@code _},
   * {@code +} and {@code -}, with {@code /} between names. One pattern for the model's check, the
   * reader and the schema.
   */
  public static final String ZONE_PATTERN =
      "[A-Za-z][A-Za-z0-9_+-]{0,63}(/[A-Za-z0-9_+-]{1,64}){0,3}";

  /**
   * The text of a {@link #DURATION}: ISO 8601 in days, hours, minutes and seconds (no years, months
   * or weeks), at least one part, and as many digits as Java writes for the longest it reads (13 of
   * hours). One pattern for the reader and the schema.
   */
  public static final String DURATION_PATTERN =
      "P(?=[0-9]|T[0-9])([0-9]{1,9}D)?(T(?=[0-9])([0-9]{1,13}H)?([0-9]{1,12}M)?"
          + "([0-9]{1,15}(\\.[0-9]{1,9})?S)?)?";
}
