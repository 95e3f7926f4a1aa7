package dev.castkit.core.diff;

import dev.castkit.core.CastModelException;
import dev.castkit.core.ExtensionValue;
import dev.castkit.core.internal.ModelEdit;
import dev.castkit.core.internal.model.ElementType;
import dev.castkit.core.internal.model.Field;
import dev.castkit.core.internal.model.Shape;
import dev.castkit.core.internal.model.ValueKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A three-way merge through the model's description: element by element (matched by id or key) and
 * field by field. What only one side changed is taken; what both changed alike is taken once; what
 * both changed differently is a {@link Conflict}, and our side's value is kept there.
 */
final class Merger {
  private final List<Conflict> conflicts = new ArrayList<>();

  static MergeResult merge(ElementType<?, ?> type, Object base, Object ours, Object theirs) {
    Merger m = new Merger();
    Object merged = m.element(type, base, ours, theirs, "");
    return new MergeResult((dev.castkit.core.CastAnalysis) merged, m.conflicts);
  }

  private static boolean same(Object a, Object b) {
    return a == b || (a != null && a.equals(b));
  }

  private Object element(
      ElementType<?, ?> type, Object base, Object ours, Object theirs, String path) {
    if (same(ours, theirs) || same(base, theirs)) {
      return ours;
    }
    if (same(base, ours)) {
      return theirs;
    }
    String key = Walk.key(type, ours);
    int before = conflicts.size();
    List<Field> fields = type.fields();
    Object[] values = new Object[fields.size()];
    for (int i = 0; i < values.length; i++) {
      Field f = fields.get(i);
      Object o = f.get(ours);
      if (!Walk.compared(f)) {
        values[i] = o;
        continue;
      }
      values[i] = field(type, key, f, f.get(base), o, f.get(theirs), Walk.child(path, f.name()));
    }
    Map<String, ExtensionValue> extensions =
        extensions(
            type, key, path, type.extensions(base), type.extensions(ours), type.extensions(theirs));
    try {
      return ModelEdit.rebuild(type, values, extensions);
    } catch (CastModelException e) {
      conflicts.subList(before, conflicts.size()).clear();
      conflicts.add(
          new Conflict(
              path.isEmpty() ? type.name() : path,
              type.name(),
              key,
              null,
              base,
              ours,
              theirs,
              "both sides' changes together make an invalid "
                  + type.name()
                  + ": "
                  + e.getMessage()));
      return ours;
    }
  }

  private Object field(
      ElementType<?, ?> type,
      String key,
      Field f,
      Object base,
      Object ours,
      Object theirs,
      String path) {
    if (same(ours, theirs) || same(base, theirs)) {
      return ours;
    }
    if (same(base, ours)) {
      return theirs;
    }
    if (f.kind() == ValueKind.OBJECT && f.shape() == Shape.OPTIONAL) {
      Object b = Walk.unwrap(base);
      Object o = Walk.unwrap(ours);
      Object t = Walk.unwrap(theirs);
      if (b != null && o != null && t != null) {
        return Optional.of(element(f.elementType(), b, o, t, path));
      }
    } else if (f.kind() == ValueKind.OBJECT && f.elementType().key() != null) {
      return keyed(f.elementType(), (List<?>) base, (List<?>) ours, (List<?>) theirs, path);
    } else if (f.shape() == Shape.SET) {
      return set((Collection<?>) base, (Collection<?>) ours, (Collection<?>) theirs);
    } else if (f.shape() == Shape.LIST) {
      List<?> merged = sequence((List<?>) base, (List<?>) ours, (List<?>) theirs);
      if (merged != null) {
        return merged;
      }
    }
    conflict(path, type, key, f.name(), base, ours, theirs, reason(base, ours, theirs));
    return ours;
  }

  /** Why two changes of one value conflict. */
  private static String reason(Object base, Object ours, Object theirs) {
    boolean was = Walk.unwrap(base) != null;
    if (was && Walk.unwrap(ours) == null) {
      return "removed on our side, changed on theirs";
    }
    if (was && Walk.unwrap(theirs) == null) {
      return "changed on our side, removed on theirs";
    }
    return was ? "changed on both sides" : "added on both sides, differently";
  }

  private void conflict(
      String path,
      ElementType<?, ?> type,
      String key,
      String field,
      Object base,
      Object ours,
      Object theirs,
      String reason) {
    conflicts.add(
        new Conflict(
            path,
            type.name(),
            key,
            field,
            Walk.unwrap(base),
            Walk.unwrap(ours),
            Walk.unwrap(theirs),
            reason));
  }

  private Map<String, ExtensionValue> extensions(
      ElementType<?, ?> type,
      String key,
      String path,
      Map<String, ExtensionValue> base,
      Map<String, ExtensionValue> ours,
      Map<String, ExtensionValue> theirs) {
    if (same(ours, theirs) || same(base, theirs)) {
      return ours;
    }
    if (same(base, ours)) {
      return theirs;
    }
    Set<String> names = new LinkedHashSet<>(ours.keySet());
    names.addAll(theirs.keySet());
    names.addAll(base.keySet());
    Map<String, ExtensionValue> merged = new LinkedHashMap<>();
    for (String name : names) {
      ExtensionValue b = base.get(name);
      ExtensionValue o = ours.get(name);
      ExtensionValue t = theirs.get(name);
      ExtensionValue v;
      if (same(o, t) || same(b, t)) {
        v = o;
      } else if (same(b, o)) {
        v = t;
      } else {
        conflict(Walk.child(path, name), type, key, name, b, o, t, "changed on both sides");
        v = o;
      }
      if (v != null) {
        merged.put(name, v);
      }
    }
    return merged;
  }

  /** Ids in a set: what either side added, without what either side removed. */
  private static Set<Object> set(Collection<?> base, Collection<?> ours, Collection<?> theirs) {
    Set<Object> merged = new LinkedHashSet<>();
    for (Object id : base) {
      if (ours.contains(id) && theirs.contains(id)) {
        merged.add(id);
      }
    }
    for (Object id : ours) {
      if (!base.contains(id)) {
        merged.add(id);
      }
    }
    for (Object id : theirs) {
      if (!base.contains(id)) {
        merged.add(id);
      }
    }
    return merged;
  }

  /**
   * A list whose items have no key (texts, references, evidence): our list, without what their side
   * removed and with what it added (after the item that precedes it on their side). Null (a
   * conflict) when both sides removed the same item and put different ones in: both edited it.
   */
  private static List<?> sequence(List<?> base, List<?> ours, List<?> theirs) {
    List<Object> removedByUs = minus(base, ours);
    List<Object> removedByThem = minus(base, theirs);
    List<Object> addedByUs = minus(ours, base);
    List<Object> addedByThem = minus(theirs, base);
    if (!minus(removedByUs, minus(removedByUs, removedByThem)).isEmpty()
        && !(addedByUs.isEmpty() && addedByThem.isEmpty())
        && !same(addedByUs, addedByThem)) {
      return null;
    }
    List<Object> merged = new ArrayList<>(ours);
    for (Object gone : minus(removedByThem, removedByUs)) {
      merged.remove(gone);
    }
    List<Object> toAdd = minus(addedByThem, addedByUs);
    for (int j = 0; j < theirs.size(); j++) {
      Object item = theirs.get(j);
      if (!toAdd.remove(item)) {
        continue;
      }
      int at = j == 0 ? 0 : merged.lastIndexOf(theirs.get(j - 1)) + 1;
      if (j > 0 && at == 0) {
        at = merged.size();
      }
      // After what our side put in the same place: ours first, then theirs.
      while (at < merged.size() && addedByUs.contains(merged.get(at))) {
        at++;
      }
      merged.add(at, item);
    }
    return merged;
  }

  /** The items of {@code a} that {@code b} does not hold, counting repeats (a multiset). */
  private static List<Object> minus(List<?> a, List<?> b) {
    List<Object> rest = new ArrayList<>(b);
    List<Object> out = new ArrayList<>();
    for (Object x : a) {
      if (!rest.remove(x)) {
        out.add(x);
      }
    }
    return out;
  }

  /** A list of elements with keys, merged element by element. */
  private List<Object> keyed(
      ElementType<?, ?> type, List<?> base, List<?> ours, List<?> theirs, String path) {
    Map<Object, Object> b = byKey(type, base);
    Map<Object, Object> o = byKey(type, ours);
    Map<Object, Object> t = byKey(type, theirs);
    Map<Object, Object> merged = new HashMap<>();
    for (Map.Entry<Object, Object> e : o.entrySet()) {
      Object k = e.getKey();
      String itemPath = Walk.item(path, Walk.text(k));
      Object was = b.get(k);
      Object mine = e.getValue();
      Object other = t.get(k);
      if (other != null && was != null) {
        merged.put(k, element(type, was, mine, other, itemPath));
      } else if (other != null) {
        if (!same(mine, other)) {
          conflictWhole(itemPath, type, k, null, mine, other, "added on both sides, differently");
        }
        merged.put(k, mine);
      } else if (was == null) {
        merged.put(k, mine);
      } else if (!same(was, mine)) {
        conflictWhole(itemPath, type, k, was, mine, null, "changed on our side, removed on theirs");
        merged.put(k, mine);
      }
    }
    for (Map.Entry<Object, Object> e : t.entrySet()) {
      Object k = e.getKey();
      if (o.containsKey(k)) {
        continue;
      }
      Object was = b.get(k);
      if (was == null) {
        merged.put(k, e.getValue());
      } else if (!same(was, e.getValue())) {
        conflictWhole(
            Walk.item(path, Walk.text(k)),
            type,
            k,
            was,
            null,
            e.getValue(),
            "removed on our side, changed on theirs");
      }
    }
    return order(type, base, ours, theirs, merged);
  }

  private void conflictWhole(
      String path,
      ElementType<?, ?> type,
      Object key,
      Object base,
      Object ours,
      Object theirs,
      String reason) {
    conflicts.add(
        new Conflict(path, type.name(), Walk.text(key), null, base, ours, theirs, reason));
  }

  /**
   * The merged elements in order: our side's order, unless only their side reordered what both
   * kept; what one side added goes after the element that precedes it on that side.
   */
  private static List<Object> order(
      ElementType<?, ?> type,
      List<?> base,
      List<?> ours,
      List<?> theirs,
      Map<Object, Object> merged) {
    boolean theyReordered = !sameOrder(type, base, theirs);
    boolean weReordered = !sameOrder(type, base, ours);
    List<?> first = theyReordered && !weReordered ? theirs : ours;
    List<?> second = first == ours ? theirs : ours;
    List<Object> keys = new ArrayList<>();
    for (Object e : first) {
      Object k = Walk.keyValue(type, e);
      if (merged.containsKey(k)) {
        keys.add(k);
      }
    }
    Set<Object> inSecond = byKey(type, second).keySet();
    Object previous = null;
    for (Object e : second) {
      Object k = Walk.keyValue(type, e);
      if (merged.containsKey(k) && !keys.contains(k)) {
        int at = previous == null ? 0 : keys.indexOf(previous) + 1;
        // After what the first side put in the same place.
        while (at < keys.size() && !inSecond.contains(keys.get(at))) {
          at++;
        }
        keys.add(at, k);
      }
      if (keys.contains(k)) {
        previous = k;
      }
    }
    List<Object> out = new ArrayList<>(keys.size());
    for (Object k : keys) {
      out.add(merged.get(k));
    }
    return out;
  }

  /** Whether the elements both lists hold stand in the same order in both. */
  private static boolean sameOrder(ElementType<?, ?> type, List<?> a, List<?> b) {
    Set<Object> inA = byKey(type, a).keySet();
    Set<Object> inB = byKey(type, b).keySet();
    List<Object> x = new ArrayList<>();
    for (Object k : inA) {
      if (inB.contains(k)) {
        x.add(k);
      }
    }
    List<Object> y = new ArrayList<>();
    for (Object k : inB) {
      if (inA.contains(k)) {
        y.add(k);
      }
    }
    return x.equals(y);
  }

  private static Map<Object, Object> byKey(ElementType<?, ?> type, List<?> list) {
    Map<Object, Object> m = new LinkedHashMap<>();
    for (Object e : list) {
      m.put(Walk.keyValue(type, e), e);
    }
    return m;
  }
}
