package dev.castkit.json.internal;

import dev.castkit.core.ElementId;
import dev.castkit.core.internal.model.IdKind;

/**
 * The ids of one document, one instance per kind and value. Not API.
 *
 * <p>An analysis names most elements several times: a component is defined once and referenced by
 * links, events, flaws and recommendations. Read naively, each mention is a new id and a new string
 * (about 64 bytes for "C-1234"); with this table a mention of a value still in the table is the
 * instance made at its first mention (about a tenth of the heap retained by the large benchmark
 * analysis), and allocates nothing: it is looked up from the parser's character buffer.
 *
 * <p>The key of an id of up to {@value #MAX_PACKED} Latin-1 characters is the characters
 * themselves, packed with the length and the kind into two longs, so that a lookup compares two
 * numbers and never follows a pointer to a string (reading the large benchmark analysis, the
 * strings' cache misses made a table of strings cost a fifth of the read). Longer ids, and ids with
 * other characters, are not shared: each mention is a new instance, as without the table. Open
 * addressing with linear probing, kept at most half full; a lookup gives up after {@value
 * #MAX_PROBES} probes and the caller then gets a fresh instance that is not shared, so a document
 * whose ids were chosen to collide costs a bounded time per id and still reads correctly. The table
 * stops growing at {@value #MAX_CAPACITY} slots; then a new id takes the place of the one in its
 * slot, so that sharing is of the ids mentioned close together.
 */
final class IdTable {
  /**
   * The tag of plain-string ids (a question's {@code about}), after those of the id kinds. The
   * analysis's own id (ordinal 0, one per document) is not shared, so the other kinds' ordinals are
   * their tags and a tag is never 0 (0 marks an empty slot).
   */
  private static final long ANY_TAG = (long) IdKind.values().length << 60;

  static {
    if (IdKind.values().length > 15 || IdKind.ANALYSIS.ordinal() != 0) {
      throw new AssertionError("a kind is packed into 4 bits, and the analysis's id is not shared");
    }
  }

  private static long tag(IdKind kind) {
    return (long) kind.ordinal() << 60;
  }

  /**
   * The most slots: 2,048 (48 kB, which stays in a core's L1 and L2 caches while the parser and the
   * builders use them too). A table of every id of the large benchmark analysis (32,768 slots, 768
   * kB) missed the caches on most lookups: the lookups took a fifth of the read's CPU time, and
   * reading without any table was 20% faster; this size reads as fast as no table (measured
   * 2026-12-06 in thread CPU time per read) and still shares the ids mentioned close together.
   */
  static final int MAX_CAPACITY = 1 << 11;

  static final int MAX_PACKED = 15;
  static final int MAX_PROBES = 16;
  private static final long PHI = 0x9E3779B97F4A7C15L;

  /** Two longs per slot: characters 0 to 7; characters 8 to 14, the length and the kind. */
  private long[] keys;

  private Object[] ids;
  private int shift;
  private int size;
  private boolean full;

  /**
   * A table for a document of about the given size.
   *
   * @param expectedIds about how many different ids the document holds (any number will do)
   */
  IdTable(int expectedIds) {
    int capacity = Integer.highestOneBit(Math.max(64, Math.min(expectedIds, 1 << 20)) * 2 - 1) * 2;
    capacity = Math.min(capacity, MAX_CAPACITY);
    keys = new long[2 * capacity];
    ids = new Object[capacity];
    shift = 64 - Integer.numberOfTrailingZeros(capacity);
  }

  /**
   * The id of the given kind whose value is {@code chars[offset, offset + length)}: the instance of
   * an earlier mention, or a new one made (and checked) by the kind's factory.
   *
   * @throws dev.castkit.core.CastModelException from the factory, for a malformed id
   */
  ElementId get(IdKind kind, char[] chars, int offset, int length) {
    if (kind == IdKind.ANALYSIS) {
      return kind.of(new String(chars, offset, length));
    }
    return (ElementId) get(tag(kind), kind, chars, offset, length);
  }

  /** The text of an id of any kind (checked by the caller), shared as the ids are. */
  String getAny(char[] chars, int offset, int length) {
    return (String) get(ANY_TAG, null, chars, offset, length);
  }

  /** A new id of the kind (checked by its factory), or the text itself for a null kind. */
  private static Object make(IdKind kind, String value) {
    return kind == null ? value : kind.of(value);
  }

  private Object get(long tag, IdKind kind, char[] chars, int offset, int length) {
    if (length > MAX_PACKED || length == 0) {
      return make(kind, new String(chars, offset, length));
    }
    long k0 = 0;
    long k1 = 0;
    int all = 0;
    int end = offset + length;
    int middle = Math.min(end, offset + 8);
    for (int i = offset; i < middle; i++) {
      char c = chars[i];
      all |= c;
      k0 = (k0 << 8) | c;
    }
    for (int i = middle; i < end; i++) {
      char c = chars[i];
      all |= c;
      k1 = (k1 << 8) | c;
    }
    if (all > 0xFF) {
      return make(kind, new String(chars, offset, length));
    }
    k1 |= ((long) length << 56) | tag;
    int mask = ids.length - 1;
    int slot = slot(k0, k1);
    for (int probe = 0; probe < MAX_PROBES; probe++) {
      // The keys alone tell a hit, a miss and an empty slot (whose second long is 0: a key's
      // holds its kind), so a probe reads one cache line and only a hit reads the id.
      long s1 = keys[2 * slot + 1];
      if (s1 == k1 && keys[2 * slot] == k0) {
        return ids[slot];
      }
      if (s1 == 0) {
        Object made = make(kind, new String(chars, offset, length));
        ids[slot] = made;
        keys[2 * slot] = k0;
        keys[2 * slot + 1] = k1;
        if (++size * 2 > ids.length) {
          if (ids.length < MAX_CAPACITY) {
            grow();
          } else {
            full = true;
          }
        }
        return made;
      }
      if (full) {
        // At its largest the table keeps the most recent id of each slot: a document with more
        // ids than that shares the ids mentioned close together, which most mentions are.
        Object made = make(kind, new String(chars, offset, length));
        ids[slot] = made;
        keys[2 * slot] = k0;
        keys[2 * slot + 1] = k1;
        return made;
      }
      slot = (slot + 1) & mask;
    }
    return make(kind, new String(chars, offset, length));
  }

  /** The same for a value the caller already holds as a string. */
  ElementId get(IdKind kind, String value) {
    return get(kind, value.toCharArray(), 0, value.length());
  }

  private int slot(long k0, long k1) {
    long h = (k0 * PHI) ^ (k1 * 0xC2B2AE3D27D4EB4FL);
    h ^= h >>> 29;
    return (int) ((h * PHI) >>> shift);
  }

  private void grow() {
    long[] oldKeys = keys;
    Object[] oldIds = ids;
    int capacity = oldIds.length * 2;
    keys = new long[2 * capacity];
    ids = new Object[capacity];
    shift--;
    int mask = capacity - 1;
    for (int i = 0; i < oldIds.length; i++) {
      if (oldKeys[2 * i + 1] != 0) {
        long k0 = oldKeys[2 * i];
        long k1 = oldKeys[2 * i + 1];
        int slot = slot(k0, k1);
        while (keys[2 * slot + 1] != 0) {
          slot = (slot + 1) & mask;
        }
        ids[slot] = oldIds[i];
        keys[2 * slot] = k0;
        keys[2 * slot + 1] = k1;
      }
    }
  }
}
