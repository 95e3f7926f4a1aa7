package dev.castkit.core.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.core.EventTime;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The description agrees with the model classes it describes. */
class ModelTest {
  /** Public accessors that are not fields of the format. */
  private static final Set<String> NOT_FIELDS = Set.of("toBuilder", "toString", "hashCode");

  @Test
  void everyAccessorOfEveryEntityIsDescribedAndEveryFieldHasItsAccessor() {
    for (ElementType<?, ?> type : Model.ALL) {
      Set<String> accessors = new TreeSet<>();
      for (Method m : type.type().getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers())
            && !Modifier.isStatic(m.getModifiers())
            && m.getParameterCount() == 0
            && m.getReturnType() != void.class
            && !NOT_FIELDS.contains(m.getName())) {
          accessors.add(m.getName());
        }
      }
      Set<String> described = new TreeSet<>();
      described.add("extensions");
      for (Field f : type.fields()) {
        // formatVersion is the document's, and an EventTime is written as three fields
        if (f.kind() != ValueKind.VERSION && (f.isSettable() || f.kind() == ValueKind.TIME)) {
          described.add(f.name());
        }
      }
      assertThat(described).as("the described fields of %s", type).isEqualTo(accessors);
    }
  }

  @Test
  void fieldsAreNumberedInOrderWithUniqueNamesAndAtMost64PerType() {
    for (ElementType<?, ?> type : Model.ALL) {
      // The reader marks the fields it has seen in one long.
      assertThat(type.fields()).as("%s", type).hasSizeLessThanOrEqualTo(64);
      Set<String> names = new HashSet<>();
      for (int i = 0; i < type.fields().size(); i++) {
        Field f = type.field(i);
        assertThat(f.index()).isEqualTo(i);
        assertThat(f.owner()).isSameAs(type);
        assertThat(type.field(f.name())).isSameAs(f);
        assertThat(names.add(f.name())).as("%s twice", f).isTrue();
        assertThat(f.doc()).as("%s doc", f).endsWith(".");
      }
      assertThat(type.field("x-unknown")).isNull();
    }
  }

  @Test
  void eachFieldCarriesWhatItsKindNeeds() {
    for (ElementType<?, ?> type : Model.ALL) {
      for (Field f : type.fields()) {
        assertThat(f.idKind() != null).as("%s id kind", f).isEqualTo(f.kind() == ValueKind.ID);
        assertThat(f.enumType() != null).as("%s enum", f).isEqualTo(f.kind() == ValueKind.ENUM);
        assertThat(f.elementType() != null)
            .as("%s element type", f)
            .isEqualTo(f.kind() == ValueKind.OBJECT);
        assertThat(f.defaultValue() != null)
            .as("%s default", f)
            .isEqualTo(f.shape() == Shape.DEFAULTED);
        assertThat(f.isSettable())
            .as("%s settable", f)
            .isEqualTo(
                f.kind() != ValueKind.VERSION
                    && f.kind() != ValueKind.TIME
                    && (f.requires() == null || f.requires().kind() != ValueKind.TIME));
        if (f.shape() == Shape.SET) {
          assertThat(f.kind()).as("%s: sets are of ids", f).isEqualTo(ValueKind.ID);
        }
        if (f.isOwnId()) {
          assertThat(type.idField()).isSameAs(f);
          assertThat(f.references()).isNull();
        }
      }
    }
  }

  @Test
  void everyIdKindIsTheIdOfExactlyOneType() {
    List<IdKind> seen = new ArrayList<>();
    for (ElementType<?, ?> type : Model.ALL) {
      if (type.idKind() != null) {
        seen.add(type.idKind());
        assertThat(Model.typeOf(type.idKind())).isSameAs(type);
        assertThat(type.key()).isSameAs(type.idField());
      }
    }
    assertThat(seen).containsExactlyInAnyOrder(IdKind.values());
    for (IdKind kind : IdKind.values()) {
      assertThat(kind.of("X-1").value()).isEqualTo("X-1");
      assertThat(kind.of("X-1")).isInstanceOf(kind.type());
      assertThat(IdKind.of(kind.of("X-1"))).isSameAs(kind);
    }
  }

  @Test
  void theReferencesAreTheIdFieldsThatAreNotTheOwnId() {
    Map<String, IdKind> refs = new java.util.TreeMap<>();
    for (ElementType<?, ?> type : Model.ALL) {
      for (Field f : type.fields()) {
        if (f.references() != null) {
          refs.put(f.toString(), f.references());
        }
      }
    }
    assertThat(refs)
        .containsEntry("Hazard.losses", IdKind.LOSS)
        .containsEntry("ControlLink.source", IdKind.COMPONENT)
        .containsEntry("ComponentAnalysis.component", IdKind.COMPONENT)
        .containsEntry("Recommendation.contributions", IdKind.CONTRIBUTION)
        .containsEntry("TimelineEvent.after", IdKind.EVENT)
        .containsEntry("Milestone.event", IdKind.EVENT)
        .containsEntry("Group.parent", IdKind.GROUP)
        .containsEntry("Component.group", IdKind.GROUP)
        .hasSize(26);
  }

  @Test
  void aTypeBuiltThroughTheDescriptionReadsBackThroughIt() {
    ElementType<?, ?> event = Model.EVENT;
    Object b = event.newBuilder();
    event.field("id").set(b, IdKind.EVENT.of("E-1"));
    event.field("description").set(b, "it happened");
    event.field("components").set(b, IdKind.COMPONENT.of("C-2"));
    event.field("components").set(b, IdKind.COMPONENT.of("C-1"));
    event.setTime(b, EventTime.of(Instant.parse("2021-10-04T15:03:07Z")));
    event.setExtensions(b, Map.of());
    Object e = event.build(b);
    assertThat(event.field("id").get(e)).isEqualTo(IdKind.EVENT.of("E-1"));
    assertThat(event.field("time").get(e))
        .isEqualTo(Optional.of(EventTime.of(Instant.parse("2021-10-04T15:03:07Z"))));
    assertThat(event.field("timePrecision").get(e))
        .isEqualTo(event.field("timePrecision").defaultValue());
    assertThat(event.field("approximate").get(e)).isEqualTo(false);
    assertThat((Set<?>) event.field("components").get(e)).hasSize(2);
    assertThat(Model.COMPONENT_ANALYSIS.key().name()).isEqualTo("component");
    assertThat(Model.PROCESS_MODEL_VARIABLE.key().name()).isEqualTo("name");
    assertThat(Model.REFERENCE.key()).isNull();
  }
}
