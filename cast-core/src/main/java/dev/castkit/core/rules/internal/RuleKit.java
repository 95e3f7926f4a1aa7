package dev.castkit.core.rules.internal;

import dev.castkit.core.CastStep;
import dev.castkit.core.ComponentId;
import dev.castkit.core.ElementId;
import dev.castkit.core.internal.Ids;
import dev.castkit.core.rules.Rule;
import dev.castkit.core.rules.Rule.Reporter;
import dev.castkit.core.rules.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** What the rule families share: how a standard rule is made, and message helpers. Not API. */
final class RuleKit {
  private RuleKit() {}

  /**
   * A standard rule: a plain {@link Rule#of} rule like any house rule, whose check reads the {@link
   * Index} of the check under way (built once for all rules; see {@link Index#of}).
   */
  static Rule rule(
      String code, Severity severity, CastStep step, String title, BiConsumer<Index, Reporter> c) {
    return Rule.of(code, severity, step, title, (a, out) -> c.accept(Index.of(a, out), out));
  }

  /** Every id that some holder names: what a rule "every X is named by some Y" looks up. */
  static <H, T> Set<T> named(List<H> holders, Function<? super H, ? extends Collection<T>> names) {
    int count = 0;
    for (H h : holders) {
      count += names.apply(h).size();
    }
    Set<T> all = new HashSet<>(Index.capacity(count));
    for (H h : holders) {
      all.addAll(names.apply(h));
    }
    return all;
  }

  /** "component C-1" or "components C-1, C-2", in natural order. */
  static String owners(Set<ComponentId> owners) {
    List<String> ids = sortedIds(owners);
    return (ids.size() == 1 ? "component " : "components ") + String.join(", ", ids);
  }

  /** "C-1, C-2, C-10": ids in natural order. */
  static String ids(Collection<? extends ElementId> ids) {
    return String.join(", ", sortedIds(ids));
  }

  private static List<String> sortedIds(Collection<? extends ElementId> ids) {
    List<String> values = new ArrayList<>(ids.size());
    for (ElementId id : ids) {
      values.add(id.value());
    }
    values.sort(Ids::compareNatural);
    return values;
  }
}
