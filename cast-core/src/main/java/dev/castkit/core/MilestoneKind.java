package dev.castkit.core;

/** A milestone of an incident, as incident tools record it. Since format 1.1. */
public enum MilestoneKind {
  /** The incident started: the first moment of impact. */
  STARTED,
  /** Someone or something noticed it. */
  DETECTED,
  /** The impact was stopped or reduced to an acceptable level. */
  MITIGATED,
  /** The incident was closed: the system is back in its normal state. */
  RESOLVED
}
