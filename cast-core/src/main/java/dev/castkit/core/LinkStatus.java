package dev.castkit.core;

/** Whether a {@link ControlLink} worked at the time of the loss. */
public enum LinkStatus {
  /** The link existed and worked. */
  PRESENT,
  /** The link did not exist. */
  MISSING,
  /** The link existed but did not work. */
  INOPERABLE,
  /**
   * The link worked, but late, partially or with wrong information. Since format 1.1 the finer
   * {@link #DELAYED}, {@link #INCORRECT} and {@link #UNNOTICED} say which.
   */
  DEGRADED,
  /** The link worked, but too late to serve its purpose. Since format 1.1. */
  DELAYED,
  /** The link carried a wrong value: a wrong reading, a wrong command. Since format 1.1. */
  INCORRECT,
  /**
   * The link carried the right information, but nobody noticed or acted on it, or it was not
   * designed to draw attention: 97 automated emails nobody read, an alarm that sounded all night.
   * Since format 1.1.
   */
  UNNOTICED
}
