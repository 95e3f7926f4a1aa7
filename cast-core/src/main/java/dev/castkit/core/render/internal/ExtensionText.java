package dev.castkit.core.render.internal;

import dev.castkit.core.ExtensionValue;
import dev.castkit.core.ExtensionValue.ArrayValue;
import dev.castkit.core.ExtensionValue.BooleanValue;
import dev.castkit.core.ExtensionValue.NumberValue;
import dev.castkit.core.ExtensionValue.ObjectValue;
import dev.castkit.core.ExtensionValue.StringValue;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * How an extension value reads in a report: a text as the text, a number as written, {@code true},
 * {@code false} and {@code null} as such, arrays and objects compactly on one line ({@code [a, b]},
 * {@code {key: value}}, texts inside them in quotes). Walked without recursion, so no depth of
 * nesting overflows the stack. Not API.
 */
public final class ExtensionText {
  private ExtensionText() {}

  /** The value as plain text (not escaped for any format). */
  public static String of(ExtensionValue value) {
    if (value instanceof StringValue s) {
      return s.value();
    }
    StringBuilder sb = new StringBuilder();
    Deque<Object> pending = new ArrayDeque<>();
    pending.push(value);
    while (!pending.isEmpty()) {
      Object next = pending.pop();
      if (next instanceof String text) {
        sb.append(text);
      } else if (next instanceof StringValue s) {
        sb.append('"').append(s.value().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
      } else if (next instanceof NumberValue n) {
        sb.append(n.literal());
      } else if (next instanceof BooleanValue b) {
        sb.append(b.value());
      } else if (next instanceof ArrayValue a) {
        pending.push("]");
        List<ExtensionValue> elements = a.elements();
        for (int i = elements.size() - 1; i >= 0; i--) {
          pending.push(elements.get(i));
          if (i > 0) {
            pending.push(", ");
          }
        }
        pending.push("[");
      } else if (next instanceof ObjectValue o) {
        pending.push("}");
        Object[] entries = o.members().entrySet().toArray();
        for (int i = entries.length - 1; i >= 0; i--) {
          @SuppressWarnings("unchecked")
          Map.Entry<String, ExtensionValue> e = (Map.Entry<String, ExtensionValue>) entries[i];
          pending.push(e.getValue());
          pending.push((i > 0 ? ", " : "") + e.getKey() + ": ");
        }
        pending.push("{");
      } else {
        sb.append("null");
      }
    }
    return sb.toString();
  }
}
