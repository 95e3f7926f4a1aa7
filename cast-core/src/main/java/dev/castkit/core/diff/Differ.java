package dev.castkit.core.diff;

import dev.castkit.core.CastStep;
import dev.castkit.core.ExtensionValue;
import dev.castkit.core.internal.model.ElementType;
import dev.castkit.core.internal.model.Field;
import dev.castkit.core.internal.model.Shape;
import dev.castkit.core.internal.model.ValueKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Walks two versions of an element side by side through the model's description. */
final class Differ {
  private final List<Change> changes = new ArrayList<>();
  private final List<Object> context = new ArrayList<>();

  static List<Change> diff(ElementType<?, ?> type, Object before, Object after) {
    Differ d = new Differ();
    d.element(type, before, after, "", null);
    return List.copyOf(d.changes);
  }

  private void element(
      ElementType<?, ?> type, Object before, Object after, String path, CastStep step) {
    if (before == after || before.equals(after)) {
      return;
    }
    context.add(after);
    String key = Walk.key(type, after);
    for (Field f : type.fields()) {
      if (!Walk.compared(f)) {
        continue;
      }
      Object a = f.get(before);
      Object b = f.get(after);
      if (Objects.equals(a, b)) {
        continue;
      }
      String fieldPath = Walk.child(path, f.name());
      CastStep s = Walk.stepOf(type, f, step);
      if (f.kind() == ValueKind.OBJECT && f.shape() == Shape.LIST) {
        list(f.elementType(), (List<?>) a, (List<?>) b, fieldPath, s, type, key, f);
      } else if (f.kind() == ValueKind.OBJECT) {
        Object x = Walk.unwrap(a);
        Object y = Walk.unwrap(b);
        if (x == null) {
          whole(ChangeKind.ADDED, f.elementType(), y, fieldPath, s);
        } else if (y == null) {
          whole(ChangeKind.REMOVED, f.elementType(), x, fieldPath, s);
        } else {
          element(f.elementType(), x, y, fieldPath, s);
        }
      } else if (f.shape() == Shape.LIST && sameItems((List<?>) a, (List<?>) b)) {
        add(ChangeKind.REORDERED, fieldPath, type, key, f.name(), false, a, b, s);
      } else {
        add(ChangeKind.CHANGED, fieldPath, type, key, f.name(), false, a, b, s);
      }
    }
    extensions(type, before, after, path, key, step);
    context.remove(context.size() - 1);
  }

  /** Whether two lists hold the same items, counting repeats, in any order. */
  private static boolean sameItems(List<?> a, List<?> b) {
    if (a.size() != b.size()) {
      return false;
    }
    List<Object> rest = new ArrayList<>(b);
    for (Object x : a) {
      if (!rest.remove(x)) {
        return false;
      }
    }
    return true;
  }

  private void extensions(
      ElementType<?, ?> type, Object before, Object after, String path, String key, CastStep s) {
    Map<String, ExtensionValue> a = type.extensions(before);
    Map<String, ExtensionValue> b = type.extensions(after);
    if (a.equals(b)) {
      return;
    }
    for (Map.Entry<String, ExtensionValue> e : a.entrySet()) {
      ExtensionValue now = b.get(e.getKey());
      if (now == null) {
        add(
            ChangeKind.REMOVED,
            Walk.child(path, e.getKey()),
            type,
            key,
            e.getKey(),
            true,
            e.getValue(),
            null,
            s);
      } else if (!now.equals(e.getValue())) {
        add(
            ChangeKind.CHANGED,
            Walk.child(path, e.getKey()),
            type,
            key,
            e.getKey(),
            true,
            e.getValue(),
            now,
            s);
      }
    }
    for (Map.Entry<String, ExtensionValue> e : b.entrySet()) {
      if (!a.containsKey(e.getKey())) {
        add(
            ChangeKind.ADDED,
            Walk.child(path, e.getKey()),
            type,
            key,
            e.getKey(),
            true,
            null,
            e.getValue(),
            s);
      }
    }
  }

  private void list(
      ElementType<?, ?> type,
      List<?> before,
      List<?> after,
      String path,
      CastStep step,
      ElementType<?, ?> holder,
      String holderKey,
      Field field) {
    if (type.key() == null) {
      unkeyed(type, before, after, path, step, holder, holderKey, field);
      return;
    }
    Map<Object, Object> old = new LinkedHashMap<>();
    for (Object e : before) {
      old.put(Walk.keyValue(type, e), e);
    }
    Map<Object, Object> now = new HashMap<>();
    for (Object e : after) {
      now.put(Walk.keyValue(type, e), e);
    }
    for (Object e : before) {
      Object k = Walk.keyValue(type, e);
      if (!now.containsKey(k)) {
        whole(ChangeKind.REMOVED, type, e, Walk.item(path, Walk.text(k)), Walk.stepOf(e, step));
      }
    }
    for (Object e : after) {
      Object k = Walk.keyValue(type, e);
      Object was = old.get(k);
      String itemPath = Walk.item(path, Walk.text(k));
      if (was == null) {
        whole(ChangeKind.ADDED, type, e, itemPath, Walk.stepOf(e, step));
      } else {
        element(type, was, e, itemPath, Walk.stepOf(e, step));
      }
    }
    List<String> oldOrder = new ArrayList<>();
    for (Object e : before) {
      Object k = Walk.keyValue(type, e);
      if (now.containsKey(k)) {
        oldOrder.add(Walk.text(k));
      }
    }
    List<String> newOrder = new ArrayList<>();
    for (Object e : after) {
      Object k = Walk.keyValue(type, e);
      if (old.containsKey(k)) {
        newOrder.add(Walk.text(k));
      }
    }
    if (!oldOrder.equals(newOrder)) {
      add(
          ChangeKind.REORDERED,
          path,
          holder,
          holderKey,
          field.name(),
          false,
          List.copyOf(oldOrder),
          List.copyOf(newOrder),
          step);
    }
  }

  /** A list of elements without keys: elements are matched by equality, as in a multiset. */
  private void unkeyed(
      ElementType<?, ?> type,
      List<?> before,
      List<?> after,
      String path,
      CastStep step,
      ElementType<?, ?> holder,
      String holderKey,
      Field field) {
    boolean[] kept = new boolean[before.size()];
    boolean[] matched = new boolean[after.size()];
    for (int j = 0; j < after.size(); j++) {
      for (int i = 0; i < before.size(); i++) {
        if (!kept[i] && before.get(i).equals(after.get(j))) {
          kept[i] = true;
          matched[j] = true;
          break;
        }
      }
    }
    boolean any = false;
    for (int i = 0; i < before.size(); i++) {
      if (!kept[i]) {
        any = true;
        whole(ChangeKind.REMOVED, type, before.get(i), Walk.item(path, Integer.toString(i)), step);
      }
    }
    for (int j = 0; j < after.size(); j++) {
      if (!matched[j]) {
        any = true;
        whole(ChangeKind.ADDED, type, after.get(j), Walk.item(path, Integer.toString(j)), step);
      }
    }
    if (!any) {
      add(ChangeKind.REORDERED, path, holder, holderKey, field.name(), false, before, after, step);
    }
  }

  private void whole(
      ChangeKind kind, ElementType<?, ?> type, Object element, String path, CastStep step) {
    context.add(element);
    add(
        kind,
        path,
        type,
        Walk.key(type, element),
        null,
        false,
        kind == ChangeKind.REMOVED ? element : null,
        kind == ChangeKind.ADDED ? element : null,
        step);
    context.remove(context.size() - 1);
  }

  private void add(
      ChangeKind kind,
      String path,
      ElementType<?, ?> type,
      String key,
      String field,
      boolean extension,
      Object before,
      Object after,
      CastStep step) {
    changes.add(
        new Change(
            kind,
            path,
            type.name(),
            key,
            field,
            extension,
            Walk.unwrap(before),
            Walk.unwrap(after),
            step,
            List.copyOf(context)));
  }
}
