package dev.castkit.core.rules.internal;

import dev.castkit.core.ElementId;
import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * Every id defined in an analysis, by its text: open addressing over the ids' cached string hashes,
 * with no object per entry. An id defined once maps to itself; an id defined several times, to all
 * its definitions in order. Not API.
 */
final class IdTable {
  private final String[] keys;
  private final int[] hashes;
  private final Object[] values;
  private final int mask;
  private final int shift;
  private boolean repeated;

  /** A table for about {@code expected} ids. */
  IdTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(8, expected * 2) - 1) << 1;
    this.keys = new String[capacity];
    this.hashes = new int[capacity];
    this.values = new Object[capacity];
    this.mask = capacity - 1;
    this.shift = Integer.numberOfLeadingZeros(capacity) + 1;
  }

  /** Adds a definition. */
  void add(ElementId id) {
    String key = id.value();
    int h = key.hashCode();
    int slot = slot(key, h);
    if (keys[slot] == null) {
      keys[slot] = key;
      hashes[slot] = h;
      values[slot] = id;
      return;
    }
    repeated = true;
    Object v = values[slot];
    if (v instanceof ElementId single) {
      values[slot] = new ElementId[] {single, id};
    } else {
      ElementId[] all = (ElementId[]) v;
      ElementId[] more = Arrays.copyOf(all, all.length + 1);
      more[all.length] = id;
      values[slot] = more;
    }
  }

  /** Whether some id has this text. */
  boolean contains(String key) {
    return keys[slot(key, key.hashCode())] != null;
  }

  /** Whether an element of the id's type has the id. */
  boolean contains(ElementId id) {
    String key = id.value();
    Object v = values[slot(key, key.hashCode())];
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
    for (int slot = 0; slot < keys.length; slot++) {
      if (values[slot] instanceof ElementId[] all) {
        action.accept(keys[slot], all);
      }
    }
  }

  /** The slot of {@code key}: where it is, or the empty slot where it would go. */
  private int slot(String key, int h) {
    // Fibonacci hashing: ids that differ in their last character have near hashes, which linear
    // probing would pile up in runs.
    int slot = (h * 0x9E3779B9) >>> shift;
    while (keys[slot] != null && (hashes[slot] != h || !keys[slot].equals(key))) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }
}
