package dev.castkit.core.internal;

import dev.castkit.core.ExtensionValue;
import dev.castkit.core.ExtensionValue.ArrayValue;
import dev.castkit.core.ExtensionValue.ObjectValue;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Equality, hash code and text of {@link ExtensionValue} trees, walked with an explicit stack so
 * that a tree of any depth (a reader allows up to a thousand levels; a caller may build more) never
 * exhausts the thread's stack. The results are those of the records' own methods. Not API.
 */
public final class Trees {
  private Trees() {}

  /** Whether two trees are equal, as the records' {@code equals} defines it. */
  public static boolean equal(ExtensionValue a, Object b) {
    if (!(b instanceof ExtensionValue other)) {
      return false;
    }
    Deque<ExtensionValue[]> pending = new ArrayDeque<>();
    pending.push(new ExtensionValue[] {a, other});
    while (!pending.isEmpty()) {
      ExtensionValue[] pair = pending.pop();
      ExtensionValue x = pair[0];
      ExtensionValue y = pair[1];
      if (x == y) {
        continue;
      }
      if (x instanceof ArrayValue xa && y instanceof ArrayValue ya) {
        List<ExtensionValue> xs = xa.elements();
        List<ExtensionValue> ys = ya.elements();
        if (xs.size() != ys.size()) {
          return false;
        }
        for (int i = 0; i < xs.size(); i++) {
          pending.push(new ExtensionValue[] {xs.get(i), ys.get(i)});
        }
      } else if (x instanceof ObjectValue xo && y instanceof ObjectValue yo) {
        Map<String, ExtensionValue> xs = xo.members();
        Map<String, ExtensionValue> ys = yo.members();
        if (xs.size() != ys.size()) {
          return false;
        }
        for (Map.Entry<String, ExtensionValue> e : xs.entrySet()) {
          ExtensionValue v = ys.get(e.getKey());
          if (v == null) {
            return false;
          }
          pending.push(new ExtensionValue[] {e.getValue(), v});
        }
      } else if (x instanceof ArrayValue
          || x instanceof ObjectValue
          || y instanceof ArrayValue
          || y instanceof ObjectValue
          || !x.equals(y)) {
        return false;
      }
    }
    return true;
  }

  /** A hash code consistent with {@link #equal}: the same for equal trees. */
  public static int hash(ExtensionValue value) {
    int h = 1;
    Deque<ExtensionValue> pending = new ArrayDeque<>();
    pending.push(value);
    while (!pending.isEmpty()) {
      ExtensionValue v = pending.pop();
      if (v instanceof ArrayValue a) {
        h = 31 * h + 7 * a.elements().size() + 1;
        for (int i = a.elements().size() - 1; i >= 0; i--) {
          pending.push(a.elements().get(i));
        }
      } else if (v instanceof ObjectValue o) {
        h = 31 * h + 7 * o.members().size() + 2;
        // members are sorted by key, so equal objects are walked in the same order
        for (Map.Entry<String, ExtensionValue> e : o.members().entrySet()) {
          h = 31 * h + e.getKey().hashCode();
          pending.push(e.getValue());
        }
      } else {
        h = 31 * h + v.hashCode();
      }
    }
    return h;
  }

  /**
   * How {@link #render} writes the parts of a value: the brackets of arrays and objects, what goes
   * between a member's key and its value, and every other value.
   *
   * @param arrayOpen before an array's elements
   * @param arrayClose after them
   * @param objectOpen before an object's members
   * @param objectClose after them
   * @param keyValue between a member's key and its value
   * @param scalar appends a value that is neither an array nor an object
   */
  public record Notation(
      String arrayOpen,
      String arrayClose,
      String objectOpen,
      String objectClose,
      String keyValue,
      BiConsumer<StringBuilder, ExtensionValue> scalar) {}

  private static final Notation RECORDS =
      new Notation(
          "ArrayValue[elements=[", "]]", "ObjectValue[members={", "}]", "=", StringBuilder::append);

  /** The text the records' {@code toString} would give, such as {@code ArrayValue[elements=[]]}. */
  public static String toString(ExtensionValue value) {
    return render(value, RECORDS);
  }

  /**
   * A value as one line of text in the given notation, elements and members separated by {@code ",
   * "}; walked without recursion, so no depth of nesting overflows the stack.
   */
  public static String render(ExtensionValue value, Notation notation) {
    StringBuilder sb = new StringBuilder();
    Deque<Object> pending = new ArrayDeque<>();
    pending.push(value);
    while (!pending.isEmpty()) {
      Object next = pending.pop();
      if (next instanceof String text) {
        sb.append(text);
      } else if (next instanceof ArrayValue a) {
        pending.push(notation.arrayClose());
        List<ExtensionValue> elements = a.elements();
        for (int i = elements.size() - 1; i >= 0; i--) {
          pending.push(elements.get(i));
          if (i > 0) {
            pending.push(", ");
          }
        }
        pending.push(notation.arrayOpen());
      } else if (next instanceof ObjectValue o) {
        pending.push(notation.objectClose());
        Object[] entries = o.members().entrySet().toArray();
        for (int i = entries.length - 1; i >= 0; i--) {
          @SuppressWarnings("unchecked")
          Map.Entry<String, ExtensionValue> e = (Map.Entry<String, ExtensionValue>) entries[i];
          pending.push(e.getValue());
          pending.push((i > 0 ? ", " : "") + e.getKey() + notation.keyValue());
        }
        pending.push(notation.objectOpen());
      } else {
        notation.scalar().accept(sb, (ExtensionValue) next);
      }
    }
    return sb.toString();
  }
}
