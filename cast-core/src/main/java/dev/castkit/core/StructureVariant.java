package dev.castkit.core;

/** Which control structure a {@link ControlStructure} shows. The Handbook compares the two. */
public enum StructureVariant {
  /** The structure as it was designed or meant to be. */
  AS_DESIGNED,
  /** The structure as it actually operated at the time of the loss. */
  AS_OPERATING
}
