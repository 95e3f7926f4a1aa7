package dev.castkit.core.rules.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Numbered lower-case words, looked up either by string or by a slice of a text lower-cased on the
 * fly (ASCII letters, and the typographic apostrophe read as {@code '}) without making a string of
 * the slice. Open addressing over the words' {@link String#hashCode}. Not API.
 */
final class WordTable {
  private final String[] slots;
  private final int[] numbers;
  private final int mask;
  private final Map<String, Integer> byString;

  /** A table of the given words and their numbers. */
  WordTable(Map<String, Integer> words) {
    int capacity = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
    this.slots = new String[capacity];
    this.numbers = new int[capacity];
    this.mask = capacity - 1;
    for (Map.Entry<String, Integer> e : words.entrySet()) {
      int slot = spread(e.getKey().hashCode()) & mask;
      while (slots[slot] != null) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = e.getKey();
      numbers[slot] = e.getValue();
    }
    this.byString = new HashMap<>(words);
  }

  /** The number of a word, or -1. */
  int indexOf(String word) {
    return byString.getOrDefault(word, -1);
  }

  /**
   * The number of the word {@code text[start, end)} lower-cased, or -1; its characters are all
   * ASCII or U+2019.
   */
  int indexOf(String text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + fold(text.charAt(i));
    }
    return indexOf(h, text, start, end);
  }

  /** The same, given the {@link String#hashCode} of the slice lower-cased. */
  int indexOf(int h, String text, int start, int end) {
    int length = end - start;
    for (int slot = spread(h) & mask; slots[slot] != null; slot = (slot + 1) & mask) {
      String word = slots[slot];
      if (word.length() == length && word.hashCode() == h && sameFolded(word, text, start)) {
        return numbers[slot];
      }
    }
    return -1;
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
