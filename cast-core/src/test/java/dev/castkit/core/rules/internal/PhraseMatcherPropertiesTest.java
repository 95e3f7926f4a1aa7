package dev.castkit.core.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link PhraseMatcher#find} against the simple implementation it replaced (below, as it was): it
 * tokenizes every text into lower-case strings. Texts mix case, hyphens, punctuation, apostrophes,
 * accents, letters whose lower case depends on context or changes length (Turkish dotted and
 * dotless i, German sharp s, Greek final sigma), surrogate pairs and a lone surrogate.
 */
class PhraseMatcherPropertiesTest {
  private static final List<String> WORDS =
      List.of(
          "failed",
          "to",
          "fail",
          "blame",
          "human",
          "error",
          "shouldn't",
          "should\u2019ve",
          "have",
          "n\u00e9gligent",
          "stra\u00dfe",
          "strasse",
          "\u0131i",
          "\u0130stanbul",
          "istanbul",
          "\u03bf\u03b4\u03bf\u03c3",
          "\u039f\u0394\u039f\u03a3",
          "\ud801\udc00\ud801\udc29",
          "x1",
          "o'neil",
          "went",
          "down");

  private static final List<String> SEPARATORS =
      List.of(
          " ",
          "  ",
          "-",
          ", ",
          "'",
          "\u2019",
          "!",
          "\t",
          "\n",
          "",
          "_",
          "\ud800",
          "\u0130",
          "\u0131",
          "\u00df",
          "\u03a3",
          "\ud801\udc00",
          "\u00e9",
          "\u2019'",
          "7");

  /** Each word in four spellings: as listed, upper case, capitalised, alternating case. */
  private static final List<String> SPELLINGS = spellings();

  private static final List<String> POOL = pool();

  @Test
  void findsExactlyWhatTheSimpleImplementationFinds() {
    Gen<List<List<Integer>>> phraseLists =
        lists()
            .of(lists().of(integers().between(0, SPELLINGS.size() - 1)).ofSizeBetween(1, 4))
            .ofSizeBetween(1, 5);
    Gen<List<Integer>> texts =
        lists().of(integers().between(0, POOL.size() - 1)).ofSizeBetween(0, 40);
    qt().withExamples(2000)
        .forAll(phraseLists, texts, integers().between(0, 2))
        .checkAssert(
            (p, t, withStandard) -> {
              List<String> phrases = new ArrayList<>();
              if (withStandard == 0) {
                phrases.addAll(
                    PhraseMatcher.readResource("/dev/castkit/core/rules/blame-words.txt"));
              }
              for (List<Integer> words : p) {
                List<String> spelled = new ArrayList<>();
                for (int w : words) {
                  spelled.add(SPELLINGS.get(w));
                }
                phrases.add(String.join(withStandard == 1 ? "-" : " ", spelled));
              }
              StringBuilder text = new StringBuilder();
              for (int i : t) {
                text.append(POOL.get(i));
              }
              PhraseMatcher matcher = PhraseMatcher.of(phrases);
              String written = text.toString();
              assertThat(new ArrayList<>(matcher.find(written).entrySet()))
                  .isEqualTo(new ArrayList<>(new Reference(phrases).find(written).entrySet()));
              // Every occurrence, in the order they end: the first of each is what find gives.
              Map<String, String> first = new TreeMap<>();
              int[] lastEnd = {0};
              matcher.forEach(
                  written,
                  (phrase, start, end) -> {
                    assertThat(end).isGreaterThanOrEqualTo(lastEnd[0]);
                    lastEnd[0] = end;
                    first.putIfAbsent(phrase, written.substring(start, end));
                  });
              assertThat(first).isEqualTo(matcher.find(written));
            });
  }

  @Test
  void theGeneratedTextsDoContainPhrases() {
    // Guards the property above against vacuity: the words of the pool are found in nearly every
    // spelling. Ignoring case is lower-casing (Locale.ROOT), not Unicode case folding: the dotless
    // i, upper-cased, lower-cases to a dotted i, so "\u0131i" in capitals is another word.
    PhraseMatcher m = PhraseMatcher.of(WORDS);
    List<String> missed = new ArrayList<>();
    for (String spelled : SPELLINGS) {
      String text = "(" + spelled + ")";
      assertThat(m.find(text)).isEqualTo(new Reference(WORDS).find(text));
      if (m.find(text).isEmpty()) {
        missed.add(spelled);
      }
    }
    assertThat(missed).containsOnly("II", "Ii");
  }

  private static List<String> spellings() {
    List<String> all = new ArrayList<>();
    for (String w : WORDS) {
      all.add(w);
      all.add(w.toUpperCase(Locale.ROOT));
      all.add(w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
      StringBuilder alternating = new StringBuilder();
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        alternating.append(i % 2 == 0 ? Character.toUpperCase(c) : c);
      }
      all.add(alternating.toString());
    }
    return List.copyOf(all);
  }

  private static List<String> pool() {
    List<String> all = new ArrayList<>(SPELLINGS);
    all.addAll(SEPARATORS);
    all.addAll(SEPARATORS.subList(0, 4)); // more plain separators than odd ones
    return List.copyOf(all);
  }

  /** The matcher as it was: it tokenizes every text into lower-case strings. */
  private static final class Reference {
    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();

    Reference(List<String> phrases) {
      Set<String> normalized = new LinkedHashSet<>();
      for (String phrase : phrases) {
        List<String> words = tokenize(phrase, new ArrayList<>());
        if (normalized.add(String.join(" ", words))) {
          byFirstWord
              .computeIfAbsent(words.get(0), k -> new ArrayList<>())
              .add(words.toArray(new String[0]));
        }
      }
    }

    Map<String, String> find(String text) {
      List<int[]> spans = new ArrayList<>();
      List<String> tokens = tokenize(text, spans);
      Map<String, String> found = new TreeMap<>();
      for (int i = 0; i < tokens.size(); i++) {
        List<String[]> candidates = byFirstWord.get(tokens.get(i));
        if (candidates == null) {
          continue;
        }
        for (String[] phrase : candidates) {
          boolean matches = i + phrase.length <= tokens.size();
          for (int k = 1; matches && k < phrase.length; k++) {
            matches = tokens.get(i + k).equals(phrase[k]);
          }
          if (matches) {
            found.putIfAbsent(
                String.join(" ", phrase),
                text.substring(spans.get(i)[0], spans.get(i + phrase.length - 1)[1]));
          }
        }
      }
      return found;
    }

    private static boolean isWordChar(int cp) {
      return Character.isLetterOrDigit(cp) || cp == '\'' || cp == '\u2019';
    }

    private static boolean isQuote(char c) {
      return c == '\'' || c == '\u2019';
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
        int s = start;
        int e = i;
        while (s < e && isQuote(text.charAt(s))) {
          s++;
        }
        while (e > s && isQuote(text.charAt(e - 1))) {
          e--;
        }
        if (s < e) {
          tokens.add(text.substring(s, e).replace('\u2019', '\'').toLowerCase(Locale.ROOT));
          spans.add(new int[] {s, e});
        }
      }
      return tokens;
    }
  }
}
