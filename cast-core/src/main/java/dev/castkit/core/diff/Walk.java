package dev.castkit.core.diff;

import dev.castkit.core.CastStep;
import dev.castkit.core.ElementId;
import dev.castkit.core.Question;
import dev.castkit.core.internal.model.ElementType;
import dev.castkit.core.internal.model.Field;
import dev.castkit.core.internal.model.Model;
import dev.castkit.core.internal.model.ValueKind;
import java.util.Optional;

/** What the diff and the merge share: which fields they compare, keys, paths and steps. */
final class Walk {
  private Walk() {}

  /**
   * Whether the diff and the merge compare this field: not {@code formatVersion} (the codec's), and
   * not the precision and approximation of a time, which are parts of the time's one value.
   */
  static boolean compared(Field f) {
    return f.kind() != ValueKind.VERSION && (f.isSettable() || f.kind() == ValueKind.TIME);
  }

  /** The value of an Optional, or the value itself; null for an empty Optional. */
  static Object unwrap(Object value) {
    if (value instanceof Optional<?> o) {
      return o.orElse(null);
    }
    return value;
  }

  /** The key of an element as text (its id, or its key field), or null for a type without one. */
  static String key(ElementType<?, ?> type, Object element) {
    Field k = type.key();
    return k == null ? null : text(unwrap(k.get(element)));
  }

  /** The key of an element, as the list holds it (for matching), or null. */
  static Object keyValue(ElementType<?, ?> type, Object element) {
    Field k = type.key();
    return k == null ? null : unwrap(k.get(element));
  }

  static String text(Object value) {
    if (value instanceof ElementId id) {
      return id.value();
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    return String.valueOf(value);
  }

  static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  static String item(String path, String key) {
    return path + "[" + key + "]";
  }

  /**
   * The step of a field of the analysis: the losses, hazards, constraints, system, timeline and
   * process analysis are step 1, and so on; null for what describes the analysis itself.
   */
  static CastStep stepOf(ElementType<?, ?> holder, Field f, CastStep inherited) {
    if (inherited != null || holder != Model.ANALYSIS) {
      return inherited;
    }
    return switch (f.name()) {
      case "system", "losses", "hazards", "constraints", "timeline", "processAnalysis" ->
          CastStep.ASSEMBLE_BASIC_INFORMATION;
      case "controlStructures" -> CastStep.MODEL_CONTROL_STRUCTURE;
      case "componentAnalyses" -> CastStep.ANALYZE_COMPONENTS;
      case "flaws" -> CastStep.IDENTIFY_FLAWS;
      case "recommendations" -> CastStep.CREATE_IMPROVEMENT_PROGRAM;
      default -> null;
    };
  }

  /** The step of one element of a list: a question's own step, else the list's. */
  static CastStep stepOf(Object element, CastStep listStep) {
    return element instanceof Question q ? q.step() : listStep;
  }
}
