package dev.castkit.core.rules.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds whole words and phrases of a list in a text, ignoring case: {@code "failed to"} matches
 * "Failed to" and "failed-to" but not "unfailed tomorrow". Ignoring case means comparing words
 * lower-cased with {@link Locale#ROOT}. One pass over the text, linear in its length (times the few
 * phrases that share a last word). Words of ASCII letters, digits and apostrophes are looked up
 * where they stand, so a text with no word of any phrase costs no allocation (other words are
 * lower-cased into strings first, as {@link String#toLowerCase} depends on context for a few
 * letters). Not API.
 */
public final class PhraseMatcher {
  private static final int ASCII = 128;

  /** Each ASCII character lower-cased, or -1 when {@link #isWordChar} refuses it. */
  private static final int[] FOLDED = new int[ASCII];

  static {
    for (int c = 0; c < ASCII; c++) {
      FOLDED[c] = isWordChar(c) ? Character.toLowerCase(c) : -1;
    }
  }

  private final List<String> phrases;

  /** Every word of every phrase, numbered. */
  private final WordTable words;

  /** The phrases as word numbers, with their normalised form, by the number of their last word. */
  private final Phrase[][] byLastWord;

  /** The size of the rings of recent words: a power of two, at least the longest phrase. */
  private final int ring;

  private record Phrase(String key, int[] words) {}

  private PhraseMatcher(Collection<String> phrases) {
    Map<String, List<String>> normalized = new LinkedHashMap<>();
    for (String phrase : phrases) {
      List<String> words = words(phrase);
      normalized.putIfAbsent(String.join(" ", words), words);
    }
    Map<String, Integer> numbers = new LinkedHashMap<>();
    List<List<Phrase>> byLast = new ArrayList<>();
    int longest = 1;
    for (Map.Entry<String, List<String>> e : normalized.entrySet()) {
      int[] numbered = new int[e.getValue().size()];
      for (int k = 0; k < numbered.length; k++) {
        numbered[k] = numbers.computeIfAbsent(e.getValue().get(k), w -> numbers.size());
      }
      while (byLast.size() < numbers.size()) {
        byLast.add(new ArrayList<>(1));
      }
      byLast.get(numbered[numbered.length - 1]).add(new Phrase(e.getKey(), numbered));
      longest = Math.max(longest, numbered.length);
    }
    this.words = new WordTable(numbers);
    this.byLastWord = new Phrase[byLast.size()][];
    for (int w = 0; w < byLastWord.length; w++) {
      byLastWord[w] = byLast.get(w).toArray(new Phrase[0]);
    }
    this.ring = Integer.highestOneBit(Math.max(1, longest - 1)) << 1;
    List<String> sorted = new ArrayList<>(normalized.keySet());
    Collections.sort(sorted);
    this.phrases = List.copyOf(sorted);
  }

  /**
   * A matcher of the given phrases.
   *
   * @throws IllegalArgumentException when a phrase is null or holds no word
   */
  public static PhraseMatcher of(Collection<String> phrases) {
    for (String phrase : phrases) {
      if (phrase == null) {
        throw new IllegalArgumentException("a word list must not contain null");
      }
      if (words(phrase).isEmpty()) {
        throw new IllegalArgumentException(
            "word list entry '" + phrase + "' holds no word (letters or digits)");
      }
    }
    return new PhraseMatcher(phrases);
  }

  /** The phrases, normalised (lower case, single spaces), sorted. */
  public List<String> phrases() {
    return phrases;
  }

  /** Where {@link #forEach} finds a phrase. */
  @FunctionalInterface
  interface Occurrence {
    /** The normalised {@code phrase} is written at {@code text[start, end)}. */
    void at(String phrase, int start, int end);
  }

  /**
   * The phrases found in {@code text}: for each phrase found, keyed by the normalised phrase in
   * sorted order, the first place it occurs as written in the text.
   */
  public Map<String, String> find(String text) {
    return scan(text, null);
  }

  /** Every occurrence of every phrase in {@code text}, in the order in which they end. */
  void forEach(String text, Occurrence sink) {
    scan(text, sink);
  }

  /** What {@link #find} returns when {@code sink} is null; otherwise each occurrence to it. */
  private Map<String, String> scan(String text, Occurrence sink) {
    // The last few words, as word numbers plus one (0: a word of no phrase), and where they start:
    // rings indexed by the word's position modulo their size. Made at the first listed word; until
    // then every word was 0.
    int[] recent = null;
    int[] starts = null;
    Map<String, String> found = null;
    int count = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c < ASCII && FOLDED[c] < 0) {
        i++;
        continue;
      }
      // A word: its ASCII letters are lower-cased and hashed on the way, as String.hashCode would
      // hash the lower-case word.
      int start = i;
      int hash = 0;
      boolean ascii = true;
      while (i < n) {
        char d = text.charAt(i);
        if (d < ASCII) {
          int folded = FOLDED[d];
          if (folded < 0) {
            break;
          }
          hash = 31 * hash + folded;
          i++;
        } else if (d == '\u2019') {
          hash = 31 * hash + '\'';
          i++;
        } else {
          int cp = text.codePointAt(i);
          if (!isWordChar(cp)) {
            break;
          }
          ascii = false;
          i += Character.charCount(cp);
        }
      }
      if (i == start) {
        i += Character.charCount(text.codePointAt(i));
        continue;
      }
      int end = i;
      if (i < n && text.charAt(i) < ASCII) {
        i++; // the ASCII character that ended the word is not a word character: skip it now
      }
      // Quotes around a word are not part of it: 'careless' is the word careless.
      int s = start;
      int e = end;
      while (s < e && isQuote(text.charAt(s))) {
        s++;
      }
      while (e > s && isQuote(text.charAt(e - 1))) {
        e--;
      }
      if (s == e) {
        continue;
      }
      // String.toLowerCase depends on context for a few letters (final sigma): only words of
      // ASCII letters, digits and apostrophes are lower-cased in place.
      int word;
      if (!ascii) {
        word = words.indexOf(token(text, s, e));
      } else if (s == start && e == end) {
        word = words.indexOf(hash, text, s, e);
      } else {
        word = words.indexOf(text, s, e);
      }
      if (word >= 0 && recent == null) {
        recent = new int[ring];
        starts = new int[ring];
      }
      if (recent != null) {
        recent[count & (ring - 1)] = word + 1;
        starts[count & (ring - 1)] = s;
      }
      count++;
      if (word < 0) {
        continue;
      }
      for (Phrase phrase : byLastWord[word]) {
        int[] w = phrase.words();
        if (w.length > count || !endsHere(w, recent, count)) {
          continue;
        }
        int from = starts[(count - w.length) & (ring - 1)];
        if (sink != null) {
          sink.at(phrase.key(), from, e);
          continue;
        }
        if (found == null) {
          found = new TreeMap<>();
        }
        found.putIfAbsent(phrase.key(), text.substring(from, e));
      }
    }
    return found == null ? Map.of() : found;
  }

  /** Whether the {@code count} words so far end with the phrase {@code w} (its last word does). */
  private boolean endsHere(int[] w, int[] recent, int count) {
    int first = count - w.length;
    for (int k = 0; k < w.length - 1; k++) {
      if (recent[(first + k) & (ring - 1)] != w[k] + 1) {
        return false;
      }
    }
    return true;
  }

  /** The words of a phrase, lower case. */
  static List<String> words(String text) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n && isWordChar(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      int s = start;
      int e = i;
      while (s < e && isQuote(text.charAt(s))) {
        s++;
      }
      while (e > s && isQuote(text.charAt(e - 1))) {
        e--;
      }
      if (s < e) {
        tokens.add(token(text, s, e));
      }
    }
    return tokens;
  }

  private static String token(String text, int start, int end) {
    return text.substring(start, end).replace('\u2019', '\'').toLowerCase(Locale.ROOT);
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) || cp == '\'' || cp == '\u2019';
  }

  private static boolean isQuote(char c) {
    return c == '\'' || c == '\u2019';
  }

  /**
   * Reads a word list resource: one phrase a line; blank lines and lines starting with # skipped.
   */
  public static List<String> readResource(String name) {
    try (InputStream in = PhraseMatcher.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("word list " + name + " is missing from cast-core's jar");
      }
      List<String> lines = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          lines.add(trimmed);
        }
      }
      return List.copyOf(lines);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read word list " + name, e);
    }
  }
}
