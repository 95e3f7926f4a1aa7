package dev.castkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.castkit.core.internal.model.ElementType;
import dev.castkit.core.internal.model.Field;
import dev.castkit.core.internal.model.Model;
import dev.castkit.core.internal.model.Shape;
import dev.castkit.core.internal.model.ValueKind;
import dev.castkit.core.testing.Format11Sample;
import java.lang.reflect.InvocationTargetException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The invariants every entity's {@code build()} checks, walked over the description of the model:
 * for each type and each of its fields, one element of a sample analysis is copied with one bad
 * value, and {@code build()} must refuse it with the code, type and attribute that say what and
 * where. A check left out of one entity fails here for that entity and field.
 */
class EntityChecksTest {

  /** Every element of each type of the model, from the sample that uses every field of 1.1. */
  private static Map<ElementType<?, ?>, List<Object>> everyElement() {
    Map<ElementType<?, ?>, List<Object>> found = new LinkedHashMap<>();
    collect(Model.ANALYSIS, Format11Sample.checkoutOutage(), found);
    assertThat(found.keySet()).containsExactlyInAnyOrderElementsOf(Model.ALL);
    return found;
  }

  /** One element of each type. */
  private static Map<ElementType<?, ?>, Object> samples() {
    Map<ElementType<?, ?>, Object> first = new LinkedHashMap<>();
    everyElement().forEach((type, elements) -> first.put(type, elements.get(0)));
    return first;
  }

  private static void collect(
      ElementType<?, ?> type, Object element, Map<ElementType<?, ?>, List<Object>> found) {
    found.computeIfAbsent(type, t -> new ArrayList<>()).add(element);
    for (Field f : type.fields()) {
      if (f.kind() == ValueKind.OBJECT) {
        for (Object part : values(f.get(element))) {
          collect(f.elementType(), part, found);
        }
      }
    }
  }

  private static List<Object> values(Object value) {
    if (value instanceof Optional<?> o) {
      return o.<List<Object>>map(List::of).orElse(List.of());
    }
    if (value instanceof Collection<?> c) {
      return new ArrayList<>(c);
    }
    return List.of(value);
  }

  /** A builder holding every attribute of the element: its own toBuilder(). */
  private static Object copy(ElementType<?, ?> type, Object element) {
    try {
      return type.type().getMethod("toBuilder").invoke(element);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static CastModelException refusal(ElementType<?, ?> type, Object builder) {
    CastModelException e =
        catchThrowableOfType(CastModelException.class, () -> type.build(builder));
    assertThat(e).as("%s.build() refuses", type.name()).isNotNull();
    return e;
  }

  private static void assertRefused(
      ElementType<?, ?> type, Object builder, CastModelException.Code code, String attribute) {
    CastModelException e = refusal(type, builder);
    assertThat(e.code()).as("%s.%s: %s", type.name(), attribute, e.getMessage()).isEqualTo(code);
    assertThat(e.type()).as(e.getMessage()).isEqualTo(type.name());
    assertThat(e.attribute()).as(e.getMessage()).isEqualTo(attribute);
    assertThat(e.getMessage()).contains(type.name());
  }

  @Test
  void everySampleCopiesAsItIs() {
    // the ground of the tests below: a copy without a change builds, and equals the original
    samples()
        .forEach((type, element) -> assertThat(type.build(copy(type, element))).isEqualTo(element));
  }

  @Test
  void blankTextIsRefusedInEveryTextFieldOfEveryType() {
    int checked = 0;
    for (Map.Entry<ElementType<?, ?>, Object> s : samples().entrySet()) {
      ElementType<?, ?> type = s.getKey();
      for (Field f : type.fields()) {
        if (f.kind() != ValueKind.TEXT || !f.isSettable()) {
          continue;
        }
        for (String blank : List.of(" ", "", "\t\n")) {
          Object builder = copy(type, s.getValue());
          f.set(builder, blank); // replaces a single text, adds to a list of texts
          assertRefused(type, builder, CastModelException.Code.BLANK_TEXT, f.name());
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(50);
  }

  @Test
  void aRepeatedKeyIsRefusedInEveryKeyedListOfEveryType() {
    int checked = 0;
    for (Map.Entry<ElementType<?, ?>, List<Object>> s : everyElement().entrySet()) {
      ElementType<?, ?> type = s.getKey();
      for (Field f : type.fields()) {
        if (f.kind() != ValueKind.OBJECT
            || f.shape() != Shape.LIST
            || f.elementType().key() == null) {
          continue;
        }
        // an element of the type whose list holds something
        Object element =
            s.getValue().stream()
                .filter(e -> !values(f.get(e)).isEmpty())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no sample fills " + f));
        List<Object> present = values(f.get(element));
        Object builder = copy(type, element);
        f.set(builder, present.get(present.size() - 1)); // the last one again
        assertRefused(type, builder, CastModelException.Code.DUPLICATE_ID, f.name());
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(17);
  }

  @Test
  void anExtensionNamedAfterAFieldOfFormat10IsRefusedForEveryType() {
    int refused = 0;
    for (Map.Entry<ElementType<?, ?>, Object> s : samples().entrySet()) {
      ElementType<?, ?> type = s.getKey();
      for (Field f : type.fields()) {
        Object builder = copy(type, s.getValue());
        type.setExtensions(builder, Map.of(f.name(), ExtensionValue.of("x")));
        if (f.since() > 0) {
          // a field that 1.1 added is a plain extension key of a document written as 1.0: the
          // writer refuses it in a document written as 1.1, build() does not
          assertThat(type.extensions(type.build(builder))).as("%s", f).containsKey(f.name());
          continue;
        }
        CastModelException e = refusal(type, builder);
        assertThat(e.code()).isEqualTo(CastModelException.Code.INVALID_VALUE);
        assertThat(e.type()).isEqualTo(type.name());
        assertThat(e.attribute()).isEqualTo("extensions");
        assertThat(e.getMessage()).contains("'" + f.name() + "'");
        refused++;
      }
    }
    assertThat(refused).isGreaterThan(100);
  }

  @Test
  void anOffsetIsRefusedWhereverATimeZoneIsExpected() {
    int checked = 0;
    for (Map.Entry<ElementType<?, ?>, Object> s : samples().entrySet()) {
      ElementType<?, ?> type = s.getKey();
      for (Field f : type.fields()) {
        if (f.kind() == ValueKind.ZONE && f.isSettable()) {
          Object builder = copy(type, s.getValue());
          f.set(builder, ZoneOffset.ofHours(2));
          assertRefused(type, builder, CastModelException.Code.INVALID_VALUE, f.name());
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(2);
  }

  @Test
  void anAttributeLeftUnsetTakesTheDocumentedDefault() {
    int checked = 0;
    for (Map.Entry<ElementType<?, ?>, Object> s : samples().entrySet()) {
      ElementType<?, ?> type = s.getKey();
      Object builder = type.newBuilder();
      for (Field f : type.fields()) {
        if (f.shape() == Shape.REQUIRED && f.isSettable()) {
          f.set(builder, f.get(s.getValue()));
        }
      }
      Object minimal = type.build(builder);
      for (Field f : type.fields()) {
        if (f.shape() == Shape.DEFAULTED) {
          assertThat(f.get(minimal)).as("%s", f).isEqualTo(f.defaultValue());
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(10);
  }

  @Test
  void aNumberBelowItsMinimumIsRefusedAndTheMinimumTaken() {
    int checked = 0;
    for (Map.Entry<ElementType<?, ?>, Object> s : samples().entrySet()) {
      ElementType<?, ?> type = s.getKey();
      for (Field f : type.fields()) {
        if (f.kind() != ValueKind.INT || !f.isSettable()) {
          continue;
        }
        Object builder = copy(type, s.getValue());
        f.set(builder, f.minimum() - 1);
        assertRefused(type, builder, CastModelException.Code.INVALID_VALUE, f.name());
        Object lowest = copy(type, s.getValue());
        f.set(lowest, f.minimum());
        assertThat(values(f.get(type.build(lowest)))).containsExactly(f.minimum());
        checked++;
      }
    }
    assertThat(checked).isEqualTo(2); // a component's level, a severity's rank
  }

  @Test
  void aRepeatedTagIsRefused() {
    CastAnalysis a = Format11Sample.checkoutOutage();
    assertThat(a.tags()).isNotEmpty();
    CastAnalysis.Builder b = a.toBuilder().addTag(a.tags().get(0));
    assertRefused(Model.ANALYSIS, b, CastModelException.Code.DUPLICATE_ID, "tags");
  }
}
