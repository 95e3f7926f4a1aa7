package dev.castkit.core;

/** The kind of harm a {@link Loss} is. */
public enum LossCategory {
  /** A service was not available or not usable. */
  AVAILABILITY,
  /** Data was lost, corrupted or made inconsistent. */
  DATA,
  /** Money was lost. */
  FINANCIAL,
  /** Trust of customers or the public was damaged. */
  REPUTATION,
  /** Confidentiality or integrity was breached. */
  SECURITY,
  /** People were, or could have been, harmed. */
  SAFETY,
  /** A legal, regulatory or contractual obligation was not met. */
  COMPLIANCE,
  /** Damage to property or equipment. Since format 1.1. */
  PROPERTY,
  /** Harm to the environment. Since format 1.1. */
  ENVIRONMENT,
  /** Any other unacceptable outcome. */
  OTHER
}
