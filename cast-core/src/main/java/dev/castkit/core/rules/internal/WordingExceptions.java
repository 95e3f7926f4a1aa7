package dev.castkit.core.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where a phrase of the blame list is not blame (CAST-W001; docs/rules.md says why): inside the
 * quoted name of a document, and, in a timeline event, inside a milestone of the investigation.
 * Consulted only for a text in which the blame list found something, so most texts cost nothing.
 * Not API.
 */
final class WordingExceptions {
  private WordingExceptions() {}

  static final String MILESTONE_WORDS = "/dev/castkit/core/rules/milestone-words.txt";

  private static final PhraseMatcher MILESTONES =
      PhraseMatcher.of(PhraseMatcher.readResource(MILESTONE_WORDS));

  /** Small words a title leaves in lower case: "Summary of the Amazon S3 Service Disruption". */
  private static final Set<String> MINOR_WORDS =
      Set.of(
          "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "per",
          "the", "to", "vs", "via", "with");

  /**
   * The phrases of {@code words} found in {@code text}, as {@link PhraseMatcher#find} gives them,
   * less the occurrences that are not blame. A phrase excused in one place and not in another is
   * reported at the other.
   *
   * @param timeline whether the text is a timeline event's description, where milestones count
   */
  static Map<String, String> blame(PhraseMatcher words, String text, boolean timeline) {
    Map<String, String> found = words.find(text);
    if (found.isEmpty()) {
      return found;
    }
    List<int[]> quotes = quotedNames(text);
    List<int[]> milestones = timeline ? milestones(text) : List.of();
    if (quotes.isEmpty() && milestones.isEmpty()) {
      return found;
    }
    Map<String, String> kept = new TreeMap<>();
    words.forEach(
        text,
        (phrase, start, end) -> {
          if (!inName(text, quotes, start, end) && !within(milestones, start, end)) {
            kept.putIfAbsent(phrase, text.substring(start, end));
          }
        });
    return kept;
  }

  /** Whether {@code text[start, end)} is part of a longer quoted name: not the whole of it. */
  private static boolean inName(String text, List<int[]> names, int start, int end) {
    int[] name = covering(names, start, end);
    return name != null && (hasWord(text, name[0], start) || hasWord(text, end, name[1]));
  }

  private static boolean hasWord(String text, int start, int end) {
    for (int i = start; i < end; i += Character.charCount(text.codePointAt(i))) {
      if (Character.isLetterOrDigit(text.codePointAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean within(List<int[]> spans, int start, int end) {
    return covering(spans, start, end) != null;
  }

  /**
   * The span of {@code spans} (disjoint, sorted) that holds {@code [start, end)}, or null. A binary
   * search, so a text full of quotes and phrases stays fast.
   */
  private static int[] covering(List<int[]> spans, int start, int end) {
    int lo = 0;
    int hi = spans.size() - 1;
    int[] candidate = null;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (spans.get(mid)[0] <= start) {
        candidate = spans.get(mid);
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return candidate != null && end <= candidate[1] ? candidate : null;
  }

  /**
   * The insides of the double-quoted spans that read as a name: written with capitals (every word
   * but a minor one begins with a capital letter or a digit). A straight quote opens and closes;
   * typographic ones open ({@code “ „ «}) and close ({@code ” “ »}). An unclosed quote quotes
   * nothing.
   */
  static List<int[]> quotedNames(String text) {
    List<int[]> names = new ArrayList<>(1);
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (open < 0) {
        if (c == '"' || c == '\u201c' || c == '\u201e' || c == '\u00ab') {
          open = i + 1;
        }
      } else if (c == '"' || c == '\u201d' || c == '\u201c' || c == '\u00bb') {
        if (readsAsName(text, open, i)) {
          names.add(new int[] {open, i});
        }
        open = -1;
      }
    }
    return names;
  }

  private static boolean readsAsName(String text, int start, int end) {
    int i = start;
    while (i < end) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int wordStart = i;
      while (i < end && isWordChar(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      if (Character.isLowerCase(cp)
          && !MINOR_WORDS.contains(text.substring(wordStart, i).toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The milestones of the investigation in a timeline event: "the root cause was identified", "AWS
   * published its root cause analysis". A milestone that goes on to say what the cause was is a
   * statement of the cause, not a milestone.
   */
  static List<int[]> milestones(String text) {
    List<int[]> spans = new ArrayList<>(1);
    MILESTONES.forEach(
        text,
        (phrase, start, end) -> {
          if (!namesTheCause(text, end, phrase.endsWith("root cause"))) {
            spans.add(new int[] {start, end});
          }
        });
    // Milestones may overlap ("found the root cause was found"): merged, they are disjoint.
    spans.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<int[]> merged = new ArrayList<>(spans.size());
    for (int[] span : spans) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && span[0] < last[1]) {
        last[1] = Math.max(last[1], span[1]);
      } else {
        merged.add(span);
      }
    }
    return merged;
  }

  /**
   * Whether the milestone ending at {@code end} goes on to say what the cause was: a colon, a dash,
   * "as", "to" ("found to be"), or, after "found the root cause", "was" or "is".
   */
  private static boolean namesTheCause(String text, int end, boolean endsWithCause) {
    int i = end;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return false;
    }
    char c = text.charAt(i);
    if (c == ':' || c == '=' || c == '-' || c == '\u2013' || c == '\u2014') {
      return true;
    }
    int wordEnd = i;
    while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
      wordEnd++;
    }
    String next = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
    return next.equals("as")
        || next.equals("to")
        || (endsWithCause && (next.equals("was") || next.equals("is") || next.equals("were")));
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) || cp == '\'' || cp == '\u2019';
  }
}
