package dev.castkit.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import dev.castkit.core.rules.CastRules;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Draws values from a QuickTheories {@link RandomnessSource}, so that hand-written generators of
 * whole object graphs still shrink: every choice goes through a QuickTheories generator.
 */
final class Draw {
  private static final String[] WORDS = {
    "capacity",
    "index",
    "subsystem",
    "operator",
    "command",
    "removal",
    "regional",
    "storage",
    "dashboard",
    "status",
    "feedback",
    "deploy",
    "rule",
    "regex",
    "backbone",
    "router",
    "audit",
    "tool",
    "playbook",
    "alert",
    "latency",
    "request",
    "queue",
    "cache",
    "restart",
    "traffic",
    "customers",
    "engineers",
    "review",
    "change",
    "limit",
    "check",
    "monitor"
  };

  private static final String[] AWKWARD = {
    "\"quoted\"",
    "pipe|bar",
    "[bracket]",
    "(paren)",
    "{brace}",
    "<angle>",
    "a & b",
    "50%",
    "line\nbreak",
    "tab\there",
    "back\\slash",
    "#hash",
    "*star*",
    "_under_",
    "`tick`",
    "é",
    "日本語",
    "emoji 😀",
    "-->",
    "%%",
    ";semi",
    "'single'",
    "end;",
    "a:b",
    "x->y",
    "\u00a0nbsp",
    // Markdown list markers at the start of a line (a text may begin with one, too)
    "1.",
    "2)",
    "\n1. first",
    "\n2) second",
    "\n- dash",
    // line ends and separators of every kind
    "cr\rhere",
    "crlf\r\nhere",
    "ls\u2028here",
    "ps\u2029here",
    // control characters
    "bell\u0007",
    "nul\u0000x",
    "esc\u001b[0m",
    "us\u001f",
    "del\u007f",
    // invisible and direction-changing characters
    "zw\u200bsp",
    "rtl\u202eltr",
    "bom\ufeff",
    // a supplementary character (a surrogate pair)
    "\ud834\udd1e clef"
  };

  /**
   * Lone surrogates, which the model holds and the renderers write but JSON cannot; and U+0085
   * (NEL), which the YAML codec does not yet keep (it reads it back as a space).
   */
  private static final String[] LONE_SURROGATES = {
    "lone\ud800", "\udc00lone", "a\udbffb", "nel\u0085here"
  };

  private final RandomnessSource in;
  private final CastGenerators.Text kind;

  Draw(RandomnessSource in, CastGenerators.Text kind) {
    this.in = in;
    this.kind = kind;
  }

  int between(int lo, int hi) {
    return integers().between(lo, hi).generate(in);
  }

  boolean chance(int percent) {
    return between(0, 99) < percent;
  }

  <T> T pick(List<T> options) {
    return options.get(between(0, options.size() - 1));
  }

  @SafeVarargs
  final <T> T pick(T... options) {
    return options[between(0, options.length - 1)];
  }

  <T> T draw(Gen<T> gen) {
    return gen.generate(in);
  }

  /** A non-empty subset of {@code from}, in the order of {@code from}. */
  <T> List<T> someOf(List<T> from, int max) {
    List<T> result = new ArrayList<>();
    if (from.isEmpty()) {
      return result;
    }
    int count = between(1, Math.min(max, from.size()));
    int start = between(0, from.size() - 1);
    for (int i = 0; i < count; i++) {
      result.add(from.get((start + i) % from.size()));
    }
    return result;
  }

  /**
   * A text of one to eight words, never blank. Awkward text mixes in syntax characters, list
   * markers at the start of a line, every kind of line end, control characters and the standard
   * blame words; hostile text also lone surrogates.
   */
  String text() {
    int words = between(1, 8);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      if (kind != CastGenerators.Text.PLAIN && chance(30)) {
        int odd = between(0, kind == CastGenerators.Text.HOSTILE ? 9 : 8);
        if (odd < 7) {
          sb.append(pick(AWKWARD));
        } else if (odd < 9) {
          sb.append(pick(BLAME));
        } else {
          sb.append(pick(LONE_SURROGATES));
        }
      } else {
        sb.append(pick(WORDS));
      }
    }
    if (sb.toString().isBlank()) {
      sb.append(pick(WORDS));
    }
    return sb.toString();
  }

  private static final List<String> BLAME = CastRules.standardBlameWords();
}
