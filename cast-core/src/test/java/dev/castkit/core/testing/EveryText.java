package dev.castkit.core.testing;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.EventTime;
import dev.castkit.core.ExtensionValue;
import dev.castkit.core.internal.model.ElementType;
import dev.castkit.core.internal.model.Field;
import dev.castkit.core.internal.model.Model;
import dev.castkit.core.internal.model.ValueKind;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Rewrites every text of an analysis, found through the description of the model, so that a text
 * field added later is covered without naming it: each becomes the given text and a number, which
 * keeps texts that must be unique (tags, versions, variable names) apart.
 */
public final class EveryText {
  private EveryText() {}

  /**
   * The analysis with each of its texts replaced by {@code text + " " + n}, n counting from 1 in
   * the order of the description.
   */
  public static CastAnalysis replacedBy(CastAnalysis analysis, String text) {
    return (CastAnalysis) rebuild(Model.ANALYSIS, analysis, text, new int[] {0}, false);
  }

  /**
   * The analysis with an extension {@code x-probe} on every element, its value the element type's
   * short name: for checking that no element's extensions vanish from a report.
   */
  public static CastAnalysis probed(CastAnalysis analysis) {
    return (CastAnalysis) rebuild(Model.ANALYSIS, analysis, null, new int[] {0}, true);
  }

  private static Object rebuild(
      ElementType<?, ?> type, Object element, String text, int[] n, boolean probe) {
    Object builder = type.newBuilder();
    for (Field f : type.fields()) {
      Object value = f.get(element);
      if (f.kind() == ValueKind.TIME) {
        ((Optional<?>) value).ifPresent(t -> type.setTime(builder, (EventTime) t));
        continue;
      }
      if (!f.isSettable() || f.kind() == ValueKind.VERSION) {
        continue;
      }
      for (Object v : values(value)) {
        if (f.kind() == ValueKind.TEXT && text != null) {
          f.set(builder, text + " " + ++n[0]);
        } else if (f.kind() == ValueKind.OBJECT) {
          f.set(builder, rebuild(f.elementType(), v, text, n, probe));
        } else {
          f.set(builder, v);
        }
      }
    }
    Map<String, ExtensionValue> extensions = new TreeMap<>(type.extensions(element));
    if (probe) {
      extensions.put("x-probe", ExtensionValue.of(type.shortName()));
    }
    type.setExtensions(builder, extensions);
    return type.build(builder);
  }

  private static Collection<?> values(Object value) {
    if (value instanceof Optional<?> o) {
      return o.isPresent() ? List.of(o.get()) : List.of();
    }
    if (value instanceof Collection<?> c) {
      return c;
    }
    return value == null ? List.of() : List.of(value);
  }
}
