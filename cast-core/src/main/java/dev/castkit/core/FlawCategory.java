package dev.castkit.core;

/** The systemic factors of CAST step 4, which cut across components. */
public enum FlawCategory {
  /** Communication and coordination between controllers. */
  COMMUNICATION_AND_COORDINATION,
  /** How information about safety is collected, kept and used. */
  SAFETY_INFORMATION_SYSTEM,
  /** Shared values and assumptions about safety. */
  SAFETY_CULTURE,
  /** The design of the safety management system itself. */
  SAFETY_MANAGEMENT_DESIGN,
  /** Changes and dynamics over time: drift, management of change. */
  CHANGES_AND_DYNAMICS,
  /** Economic and related factors: cost, schedule, competition. */
  ECONOMIC,
  /** Anything else. */
  OTHER
}
