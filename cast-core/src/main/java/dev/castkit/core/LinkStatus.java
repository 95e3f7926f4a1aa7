package dev.castkit.core;

/** Whether a {@link ControlLink} worked at the time of the loss. */
public enum LinkStatus {
  /** The link existed and worked. */
  PRESENT,
  /** The link did not exist. */
  MISSING,
  /** The link existed but did not work. */
  INOPERABLE,
  /** The link worked, but late, partially or with wrong information. */
  DEGRADED
}
