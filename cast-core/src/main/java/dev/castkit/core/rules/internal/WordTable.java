package dev.castkit.core.rules.internal;

import java.util.Collection;

/**
 * A set of lower-case words that answers whether a slice of a text, lower-cased in ASCII with the
 * typographic apostrophe as {@code '}, is one of them, without making a string of the slice. Open
 * addressing over the words' {@link String#hashCode}, computed on the fly for the slice. Not API.
 */
final class WordTable {
  private final String[] slots;
  private final int mask;

  WordTable(Collection<String> words) {
    int capacity = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
    this.slots = new String[capacity];
    this.mask = capacity - 1;
    for (String word : words) {
      int slot = spread(word.hashCode()) & mask;
      while (slots[slot] != null && !slots[slot].equals(word)) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = word;
    }
  }

  /**
   * Whether {@code text[start, end)}, whose characters are all ASCII or U+2019, is one of the words
   * once lower-cased.
   */
  boolean contains(String text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + fold(text.charAt(i));
    }
    int length = end - start;
    for (int slot = spread(h) & mask; slots[slot] != null; slot = (slot + 1) & mask) {
      String word = slots[slot];
      if (word.length() == length && word.hashCode() == h && sameFolded(word, text, start)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameFolded(String word, String text, int start) {
    for (int k = 0; k < word.length(); k++) {
      if (word.charAt(k) != fold(text.charAt(start + k))) {
        return false;
      }
    }
    return true;
  }

  private static char fold(char c) {
    if (c >= 'A' && c <= 'Z') {
      return (char) (c + ('a' - 'A'));
    }
    return c == '\u2019' ? '\'' : c;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
