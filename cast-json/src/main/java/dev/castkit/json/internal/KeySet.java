package dev.castkit.json.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The keys of one list read so far, to find a repeat at its place. Most lists are short: up to 8
 * keys are scanned, which costs less than hashing (a {@code HashSet}'s first table of 128 slots,
 * made for every list, was a tenth of a read); a longer list moves its keys to a set. Keys are
 * mostly shared instances (ids come from the reader's {@link IdTable}), so a scan usually ends at
 * {@code ==}. Not API; not thread-safe.
 */
final class KeySet {
  private static final int SCANNED = 8;

  private final Object[] few = new Object[SCANNED];
  private int count;
  private Set<Object> many;

  /** Forgets every key, for the next list. */
  void clear() {
    Arrays.fill(few, 0, count, null);
    count = 0;
    many = null;
  }

  /**
   * Adds a key.
   *
   * @param key the key, not null
   * @return false when the list already had it
   */
  boolean add(Object key) {
    if (many != null) {
      return many.add(key);
    }
    for (int i = 0; i < count; i++) {
      if (few[i].equals(key)) {
        return false;
      }
    }
    if (count < SCANNED) {
      few[count++] = key;
      return true;
    }
    many = new HashSet<>(Arrays.asList(few));
    return many.add(key);
  }
}
