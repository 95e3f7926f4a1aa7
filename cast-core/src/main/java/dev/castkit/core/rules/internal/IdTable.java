package dev.castkit.core.rules.internal;

import dev.castkit.core.ElementId;
import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * Every id defined in an analysis, by its text: open addressing over the ids' string hashes, with
 * no object per entry. An id defined once maps to itself; an id defined several times, to all its
 * definitions in order. Each key sits next to its value, so that a lookup in a table larger than
 * the caches touches few cache lines. Not API.
 */
final class IdTable {
  /** Key and value of each slot, side by side: {@code entries[2 * slot]} and the next. */
  private final Object[] entries;

  private final int mask;
  private final int shift;
  private boolean repeated;

  /** A table for about {@code expected} ids. */
  IdTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(8, expected * 2) - 1) << 1;
    this.entries = new Object[2 * capacity];
    this.mask = capacity - 1;
    this.shift = Integer.numberOfLeadingZeros(capacity) + 1;
  }

  /** Adds a definition. */
  void add(ElementId id) {
    String key = id.value();
    int h = key.hashCode();
    int slot = slot(key, h);
    if (entries[2 * slot] == null) {
      entries[2 * slot] = key;
      entries[2 * slot + 1] = id;
      return;
    }
    repeated = true;
    Object v = entries[2 * slot + 1];
    if (v instanceof ElementId single) {
      entries[2 * slot + 1] = new ElementId[] {single, id};
    } else {
      ElementId[] all = (ElementId[]) v;
      ElementId[] more = Arrays.copyOf(all, all.length + 1);
      more[all.length] = id;
      entries[2 * slot + 1] = more;
    }
  }

  /** Whether some id has this text. */
  boolean contains(String key) {
    return entries[2 * slot(key, key.hashCode())] != null;
  }

  /** Whether an element of the id's type has the id. */
  boolean contains(ElementId id) {
    String key = id.value();
    Object v = entries[2 * slot(key, key.hashCode()) + 1];
    if (v == null) {
      return false;
    }
    if (v instanceof ElementId single) {
      return single.getClass() == id.getClass();
    }
    for (ElementId e : (ElementId[]) v) {
      if (e.getClass() == id.getClass()) {
        return true;
      }
    }
    return false;
  }

  /** Whether some id is defined more than once. */
  boolean repeated() {
    return repeated;
  }

  /** Calls {@code action} with each id defined more than once and its definitions, in order. */
  void forEachRepeated(BiConsumer<String, ElementId[]> action) {
    for (int slot = 0; slot <= mask; slot++) {
      if (entries[2 * slot + 1] instanceof ElementId[] all) {
        action.accept((String) entries[2 * slot], all);
      }
    }
  }

  /** The slot of {@code key}: where it is, or the empty slot where it would go. */
  private int slot(String key, int h) {
    // Fibonacci hashing: ids that differ in their last character have near hashes, which linear
    // probing would pile up in runs.
    int slot = (h * 0x9E3779B9) >>> shift;
    // No array of hashes beside the keys: in a table larger than the caches it costs one more cache
    // miss per lookup, and a slot that is not empty nearly always holds the key sought (often the
    // very same string, which String.equals answers at once).
    Object k;
    while ((k = entries[2 * slot]) != null && k != key && !k.equals(key)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }
}
