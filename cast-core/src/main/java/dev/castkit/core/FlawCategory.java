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
  /**
   * The design of interfaces between components: what one part assumes of another, and what crosses
   * the boundary between teams or systems. Since format 1.1.
   */
  INTERFACE_DESIGN,
  /**
   * The design of the interface between people and machines: what a display shows, what a tool lets
   * an operator do, what an alert looks like. Since format 1.1.
   */
  HUMAN_MACHINE_INTERFACE,
  /** Anything else. */
  OTHER
}
