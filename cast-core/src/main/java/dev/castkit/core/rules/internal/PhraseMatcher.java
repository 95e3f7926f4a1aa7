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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds whole words and phrases of a list in a text, ignoring case: {@code "failed to"} matches
 * "Failed to" and "failed-to" but not "unfailed tomorrow". Time is linear in the length of the text
 * (times the few phrases that share a first word). Not API.
 */
public final class PhraseMatcher {
  private final Map<String, List<String[]>> byFirstWord;
  private final List<String> phrases;
  private final WordTable firstWords;

  private PhraseMatcher(Collection<String> phrases) {
    Map<String, List<String[]>> index = new HashMap<>();
    Set<String> normalized = new LinkedHashSet<>();
    for (String phrase : phrases) {
      List<String> words = words(phrase);
      String key = String.join(" ", words);
      if (normalized.add(key)) {
        index
            .computeIfAbsent(words.get(0), k -> new ArrayList<>())
            .add(words.toArray(new String[0]));
      }
    }
    List<String> sorted = new ArrayList<>(normalized);
    Collections.sort(sorted);
    this.byFirstWord = index;
    this.firstWords = new WordTable(index.keySet());
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

  /**
   * The phrases found in {@code text}: for each phrase found, keyed by the normalised phrase in
   * sorted order, the first place it occurs as written in the text.
   */
  public Map<String, String> find(String text) {
    // Most texts hold no listed word: a scan that allocates nothing rules them out, and only a
    // text with a possible first word is tokenized into strings.
    if (!mayMatch(text)) {
      return Map.of();
    }
    List<int[]> spans = new ArrayList<>();
    List<String> tokens = tokenize(text, spans);
    Map<String, String> found = new TreeMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      List<String[]> candidates = byFirstWord.get(tokens.get(i));
      if (candidates == null) {
        continue;
      }
      for (String[] phrase : candidates) {
        if (matchesAt(tokens, i, phrase)) {
          String key = String.join(" ", phrase);
          found.putIfAbsent(
              key, text.substring(spans.get(i)[0], spans.get(i + phrase.length - 1)[1]));
        }
      }
    }
    return found;
  }

  /**
   * Whether some word of {@code text}, tokenized and lower-cased as {@link #tokenize} does, is the
   * first word of a phrase. Words of ASCII letters, digits and apostrophes (nearly all) are
   * compared in place; any other word is lower-cased into a string as {@link #tokenize} does,
   * because {@link String#toLowerCase} depends on context for a few letters.
   */
  private boolean mayMatch(String text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c < ASCII) {
        if (!ASCII_WORD[c]) {
          i++;
          continue;
        }
      } else {
        int cp = text.codePointAt(i);
        if (!isWordChar(cp)) {
          i += Character.charCount(cp);
          continue;
        }
      }
      int start = i;
      boolean simple = true;
      while (i < n) {
        char d = text.charAt(i);
        if (d < ASCII) {
          if (!ASCII_WORD[d]) {
            break;
          }
          i++;
        } else {
          int cp = text.codePointAt(i);
          if (!isWordChar(cp)) {
            break;
          }
          simple &= d == '\u2019';
          i += Character.charCount(cp);
        }
      }
      int s = start;
      int e = i;
      while (s < e && isQuote(text.charAt(s))) {
        s++;
      }
      while (e > s && isQuote(text.charAt(e - 1))) {
        e--;
      }
      if (s < e
          && (simple
              ? firstWords.contains(text, s, e)
              : byFirstWord.containsKey(token(text, s, e)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAt(List<String> tokens, int start, String[] phrase) {
    if (start + phrase.length > tokens.size()) {
      return false;
    }
    for (int k = 1; k < phrase.length; k++) {
      if (!tokens.get(start + k).equals(phrase[k])) {
        return false;
      }
    }
    return true;
  }

  /** The words of a phrase, lower case. */
  static List<String> words(String text) {
    return tokenize(text, new ArrayList<>());
  }

  private static final int ASCII = 128;

  /** Which ASCII characters {@link #isWordChar} accepts. */
  private static final boolean[] ASCII_WORD = new boolean[ASCII];

  static {
    for (int c = 0; c < ASCII; c++) {
      ASCII_WORD[c] = isWordChar(c);
    }
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) || cp == '\'' || cp == '\u2019';
  }

  private static List<String> tokenize(String text, List<int[]> spans) {
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
      // Quotes around a word are not part of it: 'careless' is the word careless.
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
        spans.add(new int[] {s, e});
      }
    }
    return tokens;
  }

  private static String token(String text, int start, int end) {
    return text.substring(start, end).replace('\u2019', '\'').toLowerCase(Locale.ROOT);
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
