package dev.castkit.core;

/** What travels along a {@link ControlLink}. */
public enum LinkKind {
  /** A control action from a controller down to what it controls. */
  CONTROL_ACTION,
  /** Feedback from a controlled process or component up to its controller. */
  FEEDBACK,
  /** Information exchanged between peers. */
  COMMUNICATION,
  /** Coordination between controllers sharing responsibility. */
  COORDINATION
}
