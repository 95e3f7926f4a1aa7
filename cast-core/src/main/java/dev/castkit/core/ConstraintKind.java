package dev.castkit.core;

/** What a {@link SafetyConstraint} does about its hazards. */
public enum ConstraintKind {
  /** Keeps the hazard from occurring. */
  PREVENT,
  /** Limits the losses if the hazard occurs. */
  MITIGATE,
  /** Makes the response to the hazard effective. */
  RESPOND
}
