package dev.castkit.core;

/** What kind of component a {@link Component} of a control structure is. */
public enum ComponentKind {
  /** A person or a team that controls something. */
  HUMAN_CONTROLLER,
  /** A program or automated system that controls something. */
  AUTOMATED_CONTROLLER,
  /** An organisation: a company, a department, a regulator. */
  ORGANIZATION,
  /** The process being controlled. */
  CONTROLLED_PROCESS,
  /** What carries out a controller's control actions. */
  ACTUATOR,
  /** What measures the controlled process and feeds back to a controller. */
  SENSOR,
  /** Something outside the system boundary that interacts with it. */
  EXTERNAL,
  /**
   * A controller outside the organisation analysed, or a collective one, that still issues control
   * actions: a regulator, a market, creditors, the public. Since format 1.1.
   */
  EXTERNAL_CONTROLLER;

  /**
   * Whether components of this kind are controllers: they hold responsibility, a process model and
   * issue control actions, and so get a step-3 analysis.
   *
   * @return true for human and automated controllers, organisations and external controllers
   */
  public boolean isController() {
    return this == HUMAN_CONTROLLER
        || this == AUTOMATED_CONTROLLER
        || this == ORGANIZATION
        || this == EXTERNAL_CONTROLLER;
  }
}
