package dev.castkit.core.render.internal;

import dev.castkit.core.ExtensionValue;
import dev.castkit.core.ExtensionValue.BooleanValue;
import dev.castkit.core.ExtensionValue.NumberValue;
import dev.castkit.core.ExtensionValue.StringValue;
import dev.castkit.core.internal.Trees;

/**
 * How an extension value reads in a report: a text as the text, a number as written, {@code true},
 * {@code false} and {@code null} as such, arrays and objects compactly on one line ({@code [a, b]},
 * {@code {key: value}}, texts inside them in quotes). Walked without recursion, so no depth of
 * nesting overflows the stack. Not API.
 */
public final class ExtensionText {
  private ExtensionText() {}

  private static final Trees.Notation COMPACT =
      new Trees.Notation("[", "]", "{", "}", ": ", ExtensionText::scalar);

  /** The value as plain text (not escaped for any format). */
  public static String of(ExtensionValue value) {
    if (value instanceof StringValue s) {
      return s.value();
    }
    return Trees.render(value, COMPACT);
  }

  private static void scalar(StringBuilder sb, ExtensionValue value) {
    if (value instanceof StringValue s) {
      sb.append('"').append(s.value().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    } else if (value instanceof NumberValue n) {
      sb.append(n.literal());
    } else if (value instanceof BooleanValue b) {
      sb.append(b.value());
    } else {
      sb.append("null");
    }
  }
}
