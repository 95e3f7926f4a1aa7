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
  OBJECT
}
