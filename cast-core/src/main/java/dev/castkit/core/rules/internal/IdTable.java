package dev.castkit.core.rules.internal;

import dev.castkit.core.ElementId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
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

  /** The entries, once a run of probes grew too long (see spill()); then the array is unused. */
  private Map<String, Object> map;

  private static final int MAX_PROBES = 64;

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
    int slot = map == null ? slot(key) : -1;
    Object v = slot >= 0 ? entries[2 * slot + 1] : map.get(key);
    if (v == null) {
      put(slot, key, id);
      return;
    }
    repeated = true;
    if (v instanceof ElementId single) {
      put(slot, key, new ElementId[] {single, id});
    } else {
      ElementId[] all = (ElementId[]) v;
      ElementId[] more = Arrays.copyOf(all, all.length + 1);
      more[all.length] = id;
      put(slot, key, more);
    }
  }

  private void put(int slot, String key, Object value) {
    if (slot >= 0) {
      entries[2 * slot] = key;
      entries[2 * slot + 1] = value;
    } else {
      map.put(key, value);
    }
  }

  /** The definitions with this text: an id, an array of ids, or null. */
  private Object get(String key) {
    if (map == null) {
      int slot = slot(key);
      if (slot >= 0) {
        return entries[2 * slot + 1];
      }
    }
    return map.get(key);
  }

  /** Whether some id has this text. */
  boolean contains(String key) {
    return get(key) != null;
  }

  /** Whether an element of the id's type has the id. */
  boolean contains(ElementId id) {
    Object v = get(id.value());
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
    if (map != null) {
      map.forEach(
          (key, v) -> {
            if (v instanceof ElementId[] all) {
              action.accept(key, all);
            }
          });
      return;
    }
    for (int slot = 0; slot <= mask; slot++) {
      if (entries[2 * slot + 1] instanceof ElementId[] all) {
        action.accept((String) entries[2 * slot], all);
      }
    }
  }

  /**
   * The slot of {@code key}: where it is, or the empty slot where it would go; -1 when the table
   * has given way to {@link #map}.
   */
  private int slot(String key) {
    // Fibonacci hashing: ids that differ in their last character have near hashes, which linear
    // probing would pile up in runs.
    int slot = (key.hashCode() * 0x9E3779B9) >>> shift;
    // No array of hashes beside the keys: in a table larger than the caches it costs one more cache
    // miss per lookup, and a slot that is not empty nearly always holds the key sought (often the
    // very same string, which String.equals answers at once).
    Object k;
    int probes = 0;
    while ((k = entries[2 * slot]) != null && k != key && !k.equals(key)) {
      if (++probes > MAX_PROBES) {
        spill();
        return -1;
      }
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /**
   * Ids chosen so that their string hashes collide ("Aa" and "BB" do, and so do all their
   * concatenations) would make every probe walk one growing run: quadratic time. After a run of
   * {@value #MAX_PROBES}, the entries move to a HashMap, whose bins of colliding strings are trees.
   */
  private void spill() {
    map = new HashMap<>(Index.capacity(mask + 1));
    for (int slot = 0; slot <= mask; slot++) {
      if (entries[2 * slot] != null) {
        map.put((String) entries[2 * slot], entries[2 * slot + 1]);
      }
    }
  }
}
