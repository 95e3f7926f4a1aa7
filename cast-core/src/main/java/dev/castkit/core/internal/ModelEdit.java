package dev.castkit.core.internal;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.ElementId;
import dev.castkit.core.EventTime;
import dev.castkit.core.ExtensionValue;
import dev.castkit.core.internal.model.ElementType;
import dev.castkit.core.internal.model.Field;
import dev.castkit.core.internal.model.IdKind;
import dev.castkit.core.internal.model.Model;
import dev.castkit.core.internal.model.Shape;
import dev.castkit.core.internal.model.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Edits an analysis through the description of the model: walks it, lets an {@link Editor} keep,
 * replace or drop each element and change each reference, and rebuilds only the elements on the
 * path to a change (the rest are shared with the original). The builders check what they build, as
 * they do for any caller. Not API.
 */
public final class ModelEdit {
  private ModelEdit() {}

  /** Decides, element by element and reference by reference, what the edited analysis holds. */
  public interface Editor {
    /**
     * What takes the place of an element (called before its parts are visited).
     *
     * @return the element itself to keep it (its parts are then visited), another element of the
     *     type to put in its place (not visited), or null to drop it
     */
    Object element(ElementType<?, ?> type, Object element);

    /**
     * What takes the place of one id held in a reference field: an {@link ElementId} of the field's
     * kind, or a String for a field that names any kind.
     *
     * @return the value itself to keep it, or another
     */
    default Object reference(Object holder, Field field, Object value) {
      return value;
    }
  }

  /** The analysis as the editor wants it; the same instance when nothing changes. */
  public static CastAnalysis edit(CastAnalysis analysis, Editor editor) {
    return (CastAnalysis) edit(Model.ANALYSIS, analysis, editor);
  }

  /**
   * The analysis with every element of this id (of its kind) replaced by {@code element}; when
   * {@code element} is null, dropped.
   *
   * @return the edited analysis, and how many elements were replaced or dropped
   */
  public static Result replace(CastAnalysis analysis, ElementId id, Object element) {
    IdKind kind = IdKind.of(id);
    int[] count = {0};
    CastAnalysis edited =
        edit(
            analysis,
            (type, e) -> {
              if (type.idKind() == kind && id.equals(type.idField().get(e))) {
                count[0]++;
                return element;
              }
              return e;
            });
    return new Result(edited, count[0]);
  }

  /** An edited analysis and how many elements the edit touched. */
  public record Result(CastAnalysis analysis, int count) {}

  private static Object edit(ElementType<?, ?> type, Object element, Editor editor) {
    List<Field> fields = type.fields();
    Object[] values = null;
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      Object value = f.get(element);
      Object edited = value;
      if (f.kind() == ValueKind.OBJECT) {
        edited = editObjects(f, value, editor);
      } else if (f.references() != null || f.kind() == ValueKind.ANY_ID) {
        edited = editReferences(element, f, value, editor);
      }
      if (edited != value) {
        if (values == null) {
          values = new Object[fields.size()];
        }
        values[i] = edited;
      }
    }
    if (values == null) {
      return element;
    }
    for (int i = 0; i < fields.size(); i++) {
      if (values[i] == null) {
        values[i] = fields.get(i).get(element);
      }
    }
    return rebuild(type, values, type.extensions(element));
  }

  /** The objects of a field as edited: the same value when none changed. */
  private static Object editObjects(Field f, Object value, Editor editor) {
    ElementType<?, ?> childType = f.elementType();
    if (value instanceof Optional<?> o) {
      if (o.isEmpty()) {
        return value;
      }
      Object edited = editOne(childType, o.get(), editor);
      return edited == o.get() ? value : Optional.ofNullable(edited);
    }
    List<?> list = (List<?>) value;
    List<Object> result = null;
    for (int i = 0; i < list.size(); i++) {
      Object child = list.get(i);
      Object edited = editOne(childType, child, editor);
      if (edited != child && result == null) {
        result = new ArrayList<>(list.size());
        result.addAll(list.subList(0, i));
      }
      if (result != null && edited != null) {
        result.add(edited);
      }
    }
    return result == null ? value : result;
  }

  private static Object editOne(ElementType<?, ?> type, Object child, Editor editor) {
    Object decided = editor.element(type, child);
    if (decided == null) {
      return null;
    }
    if (decided != child) {
      if (!type.type().isInstance(decided)) {
        throw new IllegalArgumentException(
            "a "
                + type.name()
                + " cannot be replaced by a "
                + Navigation.typeName(decided)
                + "; give a "
                + type.name());
      }
      return decided;
    }
    return edit(type, child, editor);
  }

  /** The ids of a reference field as edited: the same value when none changed. */
  private static Object editReferences(Object holder, Field f, Object value, Editor editor) {
    if (value instanceof Optional<?> o) {
      if (o.isEmpty()) {
        return value;
      }
      Object edited = editor.reference(holder, f, o.get());
      return edited == o.get() ? value : Optional.of(edited);
    }
    if (value instanceof java.util.Collection<?> c) {
      List<Object> result = null;
      int i = 0;
      for (Object v : c) {
        Object edited = editor.reference(holder, f, v);
        if (edited != v && result == null) {
          result = new ArrayList<>(c.size());
          int j = 0;
          for (Object before : c) {
            if (j++ == i) {
              break;
            }
            result.add(before);
          }
        }
        if (result != null) {
          result.add(edited);
        }
        i++;
      }
      return result == null ? value : result;
    }
    return editor.reference(holder, f, value);
  }

  /**
   * A new element of the type with these field values, as the getters give them (a value, an
   * Optional or a collection, by position in {@link ElementType#fields()}; ignored for the fields
   * that are not set on a builder), and these extensions. The builder's checks apply.
   *
   * @throws dev.castkit.core.CastModelException when the builder refuses the values
   */
  public static Object rebuild(
      ElementType<?, ?> type, Object[] values, Map<String, ExtensionValue> extensions) {
    Object builder = type.newBuilder();
    List<Field> fields = type.fields();
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      Object value = values[i];
      if (f.kind() == ValueKind.VERSION) {
        continue;
      }
      if (f.kind() == ValueKind.TIME) {
        for (Object t : ReferenceGraph.values(value)) {
          type.setTime(builder, (EventTime) t);
        }
        continue;
      }
      if (!f.isSettable()) {
        continue;
      }
      if (f.shape() == Shape.REQUIRED || f.shape() == Shape.DEFAULTED) {
        f.set(builder, value);
      } else {
        for (Object v : ReferenceGraph.values(value)) {
          f.set(builder, v);
        }
      }
    }
    if (!extensions.isEmpty()) {
      type.setExtensions(builder, extensions);
    }
    return type.build(builder);
  }
}
