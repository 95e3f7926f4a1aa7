package dev.castkit.json.internal;

import dev.castkit.core.internal.model.ElementType;
import dev.castkit.core.internal.model.Field;
import dev.castkit.core.internal.model.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON Patch between two canonical documents, walking the model's description alongside them so
 * that the elements of a list are matched by their key (an id, a milestone's kind, a revision's
 * version, ...): a changed element gives the operations of its changed members, not a new array.
 * Not API.
 *
 * <p>Arrays whose items have no key (sets of ids, tags, references, extension arrays) are matched
 * by a longest common subsequence of equal items; the items between two matches are paired by
 * place, and a pair is one operation (the one member that changed, or the new item), the rest
 * removed or added. Objects are compared member by member. Anything else that differs is replaced.
 */
public final class PatchDiff {
  private PatchDiff() {}

  /**
   * The operations that turn one canonical analysis document into another.
   *
   * @param before the tree of the first document
   * @param after the tree of the second
   * @return the operations, none when the trees are equal
   */
  public static List<PatchOp> between(Object before, Object after) {
    List<PatchOp> ops = new ArrayList<>();
    diff(before, after, Pointer.ROOT, Model.ANALYSIS, ops);
    return List.copyOf(ops);
  }

  /**
   * Adds the operations that turn one value into another, at a place of the document.
   *
   * @param type the element type of an object at this place, or of the items of an array; null
   *     where the model says nothing (extensions, values that are not elements)
   */
  private static void diff(
      Object a, Object b, Pointer at, ElementType<?, ?> type, List<PatchOp> ops) {
    if (a.equals(b)) {
      return;
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      objects(x, y, at, type, ops);
    } else if (a instanceof List<?> x && b instanceof List<?> y) {
      String key = type == null || type.key() == null ? null : type.key().name();
      if (key != null && keyed(x, key) && keyed(y, key)) {
        keyedArrays(x, y, key, at, type, ops);
      } else {
        plainArrays(x, y, at, type, ops);
      }
    } else {
      ops.add(PatchOp.replace(at, b));
    }
  }

  private static void objects(
      Map<?, ?> a, Map<?, ?> b, Pointer at, ElementType<?, ?> type, List<PatchOp> ops) {
    for (Object name : a.keySet()) {
      if (!b.containsKey(name)) {
        ops.add(PatchOp.remove(at.child((String) name)));
      }
    }
    for (Map.Entry<?, ?> e : b.entrySet()) {
      String name = (String) e.getKey();
      if (a.containsKey(name)) {
        diff(a.get(name), e.getValue(), at.child(name), memberType(type, name), ops);
      } else {
        ops.add(PatchOp.add(at.child(name), e.getValue()));
      }
    }
  }

  /** The element type of a member's object or items, when the model describes the member. */
  private static ElementType<?, ?> memberType(ElementType<?, ?> type, String name) {
    Field field = type == null ? null : type.field(name);
    return field == null ? null : field.elementType();
  }

  /** Whether every item is an object holding a string or number under the key, each different. */
  private static boolean keyed(List<?> items, String key) {
    Set<Object> seen = new HashSet<>();
    for (Object item : items) {
      Object k = item instanceof Map<?, ?> m ? m.get(key) : null;
      if (!(k instanceof String || k instanceof JsonTree.Num) || !seen.add(k)) {
        return false;
      }
    }
    return true;
  }

  private static Object keyOf(Object item, String key) {
    return ((Map<?, ?>) item).get(key);
  }

  /**
   * Removes the elements whose key is gone (from the end, so that indexes stay right), then walks
   * the second list in order: a new element is added, an element kept in place is compared, and an
   * element out of place is moved, then compared. Which are in place is decided by a longest common
   * subsequence of the keys both lists hold, so that few elements move. Every element handled is
   * put right after the one handled before it, so at the end the order is the second list's.
   */
  private static void keyedArrays(
      List<?> a, List<?> b, String key, Pointer at, ElementType<?, ?> type, List<PatchOp> ops) {
    Map<Object, Integer> inA = new HashMap<>();
    for (int i = 0; i < a.size(); i++) {
      inA.put(keyOf(a.get(i), key), i);
    }
    Set<Object> inB = new HashSet<>();
    for (Object item : b) {
      inB.add(keyOf(item, key));
    }
    for (int i = a.size() - 1; i >= 0; i--) {
      if (!inB.contains(keyOf(a.get(i), key))) {
        ops.add(PatchOp.remove(at.child(i)));
      }
    }
    List<Object> working = new ArrayList<>();
    for (Object item : a) {
      Object k = keyOf(item, key);
      if (inB.contains(k)) {
        working.add(k);
      }
    }
    List<Object> kept = new ArrayList<>();
    for (Object item : b) {
      Object k = keyOf(item, key);
      if (inA.containsKey(k)) {
        kept.add(k);
      }
    }
    Set<Object> inPlace = new HashSet<>();
    for (int[] pair : Lcs.pairs(working, kept)) {
      inPlace.add(working.get(pair[0]));
    }
    Object previous = null;
    for (Object item : b) {
      Object k = keyOf(item, key);
      if (!inA.containsKey(k)) {
        int index = previous == null ? 0 : working.indexOf(previous) + 1;
        working.add(index, k);
        ops.add(PatchOp.add(at.child(index), item));
      } else {
        if (!inPlace.contains(k)) {
          int from = working.indexOf(k);
          working.remove(from);
          int index = previous == null ? 0 : working.indexOf(previous) + 1;
          working.add(index, k);
          if (index != from) {
            ops.add(PatchOp.move(at.child(from), at.child(index)));
          }
        }
        diff(a.get(inA.get(k)), item, at.child(working.indexOf(k)), type, ops);
      }
      previous = k;
    }
  }

  private static void plainArrays(
      List<?> a, List<?> b, Pointer at, ElementType<?, ?> type, List<PatchOp> ops) {
    List<int[]> pairs = new ArrayList<>(Lcs.pairs(a, b));
    pairs.add(new int[] {a.size(), b.size()});
    int i = 0;
    int j = 0;
    int index = 0;
    for (int[] pair : pairs) {
      int gapA = pair[0] - i;
      int gapB = pair[1] - j;
      int common = Math.min(gapA, gapB);
      for (int t = 0; t < common; t++) {
        // items paired by place only: the changes of one member, or the new item
        List<PatchOp> changes = new ArrayList<>();
        diff(a.get(i + t), b.get(j + t), at.child(index), type, changes);
        if (changes.size() > 1) {
          ops.add(PatchOp.replace(at.child(index), b.get(j + t)));
        } else {
          ops.addAll(changes);
        }
        index++;
      }
      for (int t = common; t < gapA; t++) {
        ops.add(PatchOp.remove(at.child(index)));
      }
      for (int t = common; t < gapB; t++) {
        ops.add(PatchOp.add(at.child(index++), b.get(j + t)));
      }
      index++; // the matched item, or past the end after the last
      i = pair[0] + 1;
      j = pair[1] + 1;
    }
  }
}
