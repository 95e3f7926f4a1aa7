package dev.castkit.core;

/** Whether a fact was stated by a source or inferred by the analyst. Since format 1.1. */
public enum ProvenanceBasis {
  /** A cited source states it. */
  STATED,
  /** The analyst inferred it from what the sources state. */
  INFERRED
}
