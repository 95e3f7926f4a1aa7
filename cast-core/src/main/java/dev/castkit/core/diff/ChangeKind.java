package dev.castkit.core.diff;

/** What happened to an element or a field between two versions of an analysis. */
public enum ChangeKind {
  /** The element (or extension) is in the newer version only. */
  ADDED,
  /** The element (or extension) is in the older version only. */
  REMOVED,
  /** The field (or extension) has another value; for a set of ids, other members. */
  CHANGED,
  /**
   * The same elements of an ordered list stand in another order. Reported once for the list, with
   * the keys (or values) in their old and new order; never for a set, whose order has no meaning.
   */
  REORDERED
}
