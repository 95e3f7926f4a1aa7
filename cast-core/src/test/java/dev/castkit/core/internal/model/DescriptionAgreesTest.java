package dev.castkit.core.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.castkit.core.CastModelException;
import dev.castkit.core.ElementId;
import dev.castkit.core.EventTime;
import dev.castkit.core.TimePrecision;
import dev.castkit.core.internal.KnownFields;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Over every type of {@link Model#ALL}: what the description says of each field (required,
 * optional, a default, a list, only with another field, the own id, the version that added it) is
 * what the entity's builder does.
 */
class DescriptionAgreesTest {

  /** A value of the field's kind, as its setter takes it. */
  private static Object sample(Field f) {
    return switch (f.kind()) {
      case ID -> f.idKind().of("X-1");
      case ANY_ID -> "X-1";
      case TEXT -> "a text";
      case ENUM -> f.enumType().getEnumConstants()[0];
      case DECIMAL -> BigDecimal.ONE;
      case INT -> Math.max(1, f.minimum());
      case BOOLEAN -> true;
      case DATE -> LocalDate.of(2021, 10, 4);
      case ZONE -> ZoneId.of("UTC");
      case DURATION -> Duration.ofMinutes(1);
      case OBJECT -> minimal(f.elementType(), null);
      default -> throw new AssertionError(f + " has no sample");
    };
  }

  /** The element with only its required fields set (all but {@code left}). */
  private static Object minimal(ElementType<?, ?> type, Field left) {
    Object b = type.newBuilder();
    for (Field f : type.fields()) {
      if (f.isRequired() && f.isSettable() && f != left) {
        f.set(b, sample(f));
      }
    }
    return type.build(b);
  }

  @Test
  void anElementNeedsItsRequiredFieldsAndNoOthers() {
    int required = 0;
    for (ElementType<?, ?> type : Model.ALL) {
      Object e = minimal(type, null);
      for (Field f : type.fields()) {
        Object v = f.get(e);
        switch (f.shape()) {
          case REQUIRED -> {
            if (f.isSettable()) {
              assertThat(v).as("%s", f).isEqualTo(sample(f));
            }
          }
          case OPTIONAL -> assertThat(v).as("%s", f).isEqualTo(Optional.empty());
          case LIST, SET -> assertThat((Collection<?>) v).as("%s", f).isEmpty();
          case DEFAULTED -> assertThat(v).as("%s", f).isEqualTo(f.defaultValue());
          default -> throw new AssertionError(f.shape());
        }
      }
      for (Field f : type.fields()) {
        if (f.isRequired() && f.isSettable()) {
          required++;
          assertThatThrownBy(() -> minimal(type, f))
              .as("%s left out", f)
              .isInstanceOf(CastModelException.class)
              .hasMessageContaining(f.name());
        }
      }
    }
    assertThat(required).isGreaterThan(Model.ALL.size());
  }

  @Test
  void theFieldsOfATimeAreItsPartsAndOnlyWithIt() {
    int timed = 0;
    for (ElementType<?, ?> type : Model.ALL) {
      for (Field time : type.fields()) {
        if (time.kind() != ValueKind.TIME) {
          continue;
        }
        timed++;
        EventTime at =
            EventTime.approximately(Instant.parse("2021-10-04T15:03:00Z"), TimePrecision.MINUTE);
        Object b = type.newBuilder();
        for (Field f : type.fields()) {
          if (f.isRequired() && f.isSettable()) {
            f.set(b, sample(f));
          }
        }
        type.setTime(b, at);
        Object e = type.build(b);
        assertThat(time.get(e)).isEqualTo(Optional.of(at));
        List<Field> parts = type.fields().stream().filter(f -> f.requires() == time).toList();
        assertThat(parts)
            .extracting(Field::kind)
            .containsExactly(ValueKind.ENUM, ValueKind.BOOLEAN);
        assertThat(parts.get(0).get(e)).as("%s", parts.get(0)).isEqualTo(TimePrecision.MINUTE);
        assertThat(parts.get(1).get(e)).as("%s", parts.get(1)).isEqualTo(true);
        Object plain = minimal(type, null);
        assertThat(parts.get(0).get(plain)).isEqualTo(parts.get(0).defaultValue());
        assertThat(parts.get(1).get(plain)).isEqualTo(false);
      }
    }
    assertThat(timed).isGreaterThan(1);
  }

  @Test
  void aTypeWithAnIdHasOneOwnIdFieldNamedId() {
    for (ElementType<?, ?> type : Model.ALL) {
      List<Field> own = type.fields().stream().filter(Field::isOwnId).toList();
      if (type.idKind() == null) {
        assertThat(own).as("%s", type).isEmpty();
        assertThat(type.idField()).isNull();
      } else {
        assertThat(own).as("%s", type).containsExactly(type.idField());
        assertThat(type.idField().name()).isEqualTo("id");
        assertThat(type.idField().isRequired()).isTrue();
        ElementId id = (ElementId) type.idField().get(minimal(type, null));
        assertThat(IdKind.of(id)).isSameAs(type.idKind());
      }
      assertThat(type.fieldNames()).isEqualTo(type.fields().stream().map(Field::name).toList());
      assertThat(type.toString()).isEqualTo(type.name()).isEqualTo(type.type().getSimpleName());
      assertThat(type.doc()).isNotBlank().endsWith(".");
    }
  }

  @Test
  void knownFieldsAreTheFieldsOfFormat10OfEveryType() {
    Map<String, Set<String>> expected = new TreeMap<>();
    for (ElementType<?, ?> type : Model.ALL) {
      expected.put(
          type.name(),
          type.fields().stream()
              .filter(f -> f.since() == 0)
              .map(Field::name)
              .collect(Collectors.toSet()));
      assertThat(KnownFields.of(type.name())).isEqualTo(expected.get(type.name()));
    }
    assertThat(new TreeMap<>(KnownFields.all())).isEqualTo(expected);
    assertThat(KnownFields.of("NoSuchType")).isEmpty();
    Set<String> added = new HashSet<>();
    Model.ALL.forEach(
        t -> t.fields().stream().filter(f -> f.since() > 0).forEach(f -> added.add(f.name())));
    assertThat(added).contains("provenance");
  }

  @Test
  void eachIdKindsFactoryMakesIdsOfItsKind() {
    for (IdKind kind : IdKind.values()) {
      ElementId id = kind.of("X-1");
      assertThat(id).isEqualTo(kind.of("X-1")).isInstanceOf(kind.type());
      assertThat(IdKind.of(id)).isSameAs(kind);
    }
  }
}
