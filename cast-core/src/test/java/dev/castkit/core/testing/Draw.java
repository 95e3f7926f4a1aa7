package dev.castkit.core.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Draws values from a QuickTheories {@link RandomnessSource}, so that hand-written generators of
 * whole object graphs still shrink: every choice goes through a QuickTheories generator.
 */
public final class Draw {
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
    "\u00a0nbsp"
  };

  private final RandomnessSource in;
  private final boolean awkwardText;

  public Draw(RandomnessSource in, boolean awkwardText) {
    this.in = in;
    this.awkwardText = awkwardText;
  }

  public int between(int lo, int hi) {
    return integers().between(lo, hi).generate(in);
  }

  public boolean chance(int percent) {
    return between(0, 99) < percent;
  }

  public <T> T pick(List<T> options) {
    return options.get(between(0, options.size() - 1));
  }

  @SafeVarargs
  public final <T> T pick(T... options) {
    return options[between(0, options.length - 1)];
  }

  public <T> T draw(Gen<T> gen) {
    return gen.generate(in);
  }

  /** A non-empty subset of {@code from}, in the order of {@code from}. */
  public <T> List<T> someOf(List<T> from, int max) {
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

  /** A text of one to eight words, never blank; with awkward text, full of syntax characters. */
  public String text() {
    int words = between(1, 8);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      if (awkwardText && chance(30)) {
        sb.append(pick(AWKWARD));
      } else {
        sb.append(pick(WORDS));
      }
    }
    return sb.toString();
  }
}
