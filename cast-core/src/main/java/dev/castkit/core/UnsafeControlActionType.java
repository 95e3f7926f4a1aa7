package dev.castkit.core;

/** How a control action was unsafe, in the four types of STPA. Since format 1.1. */
public enum UnsafeControlActionType {
  /** A control action needed for safety was not provided. */
  NOT_PROVIDED,
  /** A control action was provided that leads to a hazard. */
  PROVIDED_UNSAFE,
  /** A potentially safe control action was provided too early, too late or out of order. */
  WRONG_TIMING_OR_ORDER,
  /** A control action was stopped too soon or applied too long. */
  WRONG_DURATION
}
