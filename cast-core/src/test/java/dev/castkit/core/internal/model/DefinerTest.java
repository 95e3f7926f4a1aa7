package dev.castkit.core.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.core.ComponentKind;
import dev.castkit.core.ElementId;
import dev.castkit.core.EventId;
import dev.castkit.core.EventTime;
import dev.castkit.core.ExtensionValue;
import dev.castkit.core.HazardId;
import dev.castkit.core.LossCategory;
import dev.castkit.core.LossId;
import dev.castkit.core.TimePrecision;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link ElementType#define}: each method of the definer adds the field it says, with what its kind
 * needs. Model's constants are made once, when the class is loaded; this test describes a type of
 * its own, so that the definer is exercised where a test can see it.
 */
class DefinerTest {

  /** An element of the described type: its values by field name. */
  static final class Thing {
    final Map<String, Object> values;
    final Map<String, ExtensionValue> extensions;
    final EventTime time;

    Thing(ThingBuilder b) {
      this.values = Map.copyOf(b.values);
      this.extensions = b.extensions;
      this.time = b.time;
    }

    @SuppressWarnings("unchecked")
    <V> V get(String name) {
      return (V) values.get(name);
    }

    <V> V get(String name, V absent) {
      V v = get(name);
      return v == null ? absent : v;
    }

    <V> Optional<V> optional(String name) {
      return Optional.ofNullable(get(name));
    }

    <V> List<V> list(String name) {
      return get(name, List.of());
    }

    <V> Set<V> set(String name) {
      return get(name, Set.of());
    }
  }

  /** Its builder. */
  static final class ThingBuilder {
    final Map<String, Object> values = new HashMap<>();
    Map<String, ExtensionValue> extensions = Map.of();
    EventTime time;

    Thing build() {
      return new Thing(this);
    }
  }

  /**
   * The test type's accessors, by field name (the model's own are generated into ModelAccess): the
   * shape of each field says how its value is held.
   */
  static final class ThingAccess extends Access {
    ElementType<?, ?> type;

    @Override
    public Object newBuilder() {
      return new ThingBuilder();
    }

    @Override
    public Object build(Object builder) {
      return ((ThingBuilder) builder).build();
    }

    @Override
    public Object get(Object element, int index) {
      Thing t = (Thing) element;
      Field f = type.field(index);
      Optional<EventTime> time = Optional.ofNullable(t.time);
      if (f.kind() == ValueKind.VERSION) {
        return null;
      } else if (f.kind() == ValueKind.TIME) {
        return time;
      } else if (f.name().equals("timePrecision")) {
        return time.isPresent() ? time.get().precision() : TimePrecision.SECOND;
      } else if (f.name().equals("approximate")) {
        return time.isPresent() && time.get().approximate();
      }
      return switch (f.shape()) {
        case OPTIONAL -> t.optional(f.name());
        case LIST -> t.list(f.name());
        case SET -> t.set(f.name());
        case DEFAULTED -> t.get(f.name(), f.defaultValue());
        case REQUIRED -> t.get(f.name());
      };
    }

    @Override
    @SuppressWarnings("unchecked")
    public void set(Object builder, int index, Object value) {
      ThingBuilder b = (ThingBuilder) builder;
      Field f = type.field(index);
      if (f.shape() == Shape.LIST || f.shape() == Shape.SET) {
        boolean set = f.shape() == Shape.SET;
        ((java.util.Collection<Object>)
                b.values.computeIfAbsent(
                    f.name(), k -> set ? new LinkedHashSet<>() : new ArrayList<>()))
            .add(value);
      } else {
        b.values.put(f.name(), value);
      }
    }

    @Override
    public Map<String, ExtensionValue> extensions(Object element) {
      return ((Thing) element).extensions;
    }

    @Override
    public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {
      ((ThingBuilder) builder).extensions = extensions;
    }

    @Override
    public void setTime(Object builder, EventTime time) {
      ((ThingBuilder) builder).time = time;
    }
  }

  private final ThingAccess thingAccess = new ThingAccess();
  private final ThingAccess plainAccess = new ThingAccess();

  // Instance fields, made again for each test: a mutant of the definer must be run by the test.
  private final ElementType<Thing, ThingBuilder> thing =
      ElementType.define(Thing.class, ThingBuilder.class, "thing", "A described thing.")
          .version("The version.")
          .id(IdKind.LOSS, "Its id.")
          .text("name", "Its name.")
          .optionalText("note", "A note.")
          .texts("tags", "Its tags.")
          .ref("hazard", IdKind.HAZARD, "A hazard.")
          .optionalRef("event", IdKind.EVENT, "An event.")
          .refs("losses", IdKind.LOSS, "Losses.")
          .optionalAnyId("about", "Any element.")
          .enumeration("category", LossCategory.class, "Its kind.")
          .optionalEnum("role", ComponentKind.class, "Its role.")
          .defaultedEnum("grain", TimePrecision.MINUTE, "Its grain.")
          .defaultedInt("count", 3, "How many.")
          .time("time", "When.")
          .timePrecision("timePrecision", "time", TimePrecision.SECOND, "How precisely.")
          .timeApproximate("approximate", "time", "Whether estimated.")
          .optionalDate("date", "A date.")
          .object("provenance", Model.PROVENANCE, "Whence.")
          .since(1)
          .objects("references", Model.REFERENCE, "Sources.")
          .since(2)
          .optionalZone("zone", "A zone.")
          .optionalDuration("duration", "How long.")
          .optionalDuration("offset", "How late.")
          .requires("duration")
          .defaultedBoolean("urgent", true, "Urgent.")
          .decimal("amount", "How much.")
          .optionalInt("rank", 1, "Its rank.")
          .key("name")
          .extensions()
          .done(thingAccess);

  /** A type with an id and no other key, and no extensions of its own. */
  private final ElementType<Thing, ThingBuilder> plain =
      ElementType.define(Thing.class, ThingBuilder.class, "plain", "Plain.")
          .text("first", "First.")
          .id(IdKind.HAZARD, "Its id.")
          .text("last", "Last.")
          .done(plainAccess);

  {
    thingAccess.type = thing;
    plainAccess.type = plain;
  }

  @Test
  void withoutGeneratedAccessorsATypeFailsAtFirstUse() {
    ElementType<Thing, ThingBuilder> bare =
        ElementType.define(Thing.class, ThingBuilder.class, "bare", "Bare.")
            .text("name", "Its name.")
            .done();
    org.assertj.core.api.Assertions.assertThatThrownBy(bare::newBuilder)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no accessors generated");
  }

  @Test
  void theTypeIsNamedAndDocumentedAsDefined() {
    assertThat(thing.name()).isEqualTo("Thing").isEqualTo(thing.toString());
    assertThat(thing.shortName()).isEqualTo("thing");
    assertThat(thing.type()).isSameAs(Thing.class);
    assertThat(thing.doc()).isEqualTo("A described thing.");
    assertThat(thing.field("name").doc()).isEqualTo("Its name.");
    assertThat(thing.field("name").toString()).isEqualTo("Thing.name");
  }

  @Test
  void eachMethodAddsAFieldOfItsKindAndShapeInOrder() {
    List<String> described = new ArrayList<>();
    for (Field f : thing.fields()) {
      assertThat(f.owner()).isSameAs(thing);
      assertThat(thing.field(f.index())).isSameAs(f);
      assertThat(thing.field(f.name())).isSameAs(f);
      described.add(f.name() + " " + f.kind() + " " + f.shape());
    }
    assertThat(described)
        .containsExactly(
            "formatVersion VERSION REQUIRED",
            "id ID REQUIRED",
            "name TEXT REQUIRED",
            "note TEXT OPTIONAL",
            "tags TEXT LIST",
            "hazard ID REQUIRED",
            "event ID OPTIONAL",
            "losses ID SET",
            "about ANY_ID OPTIONAL",
            "category ENUM REQUIRED",
            "role ENUM OPTIONAL",
            "grain ENUM DEFAULTED",
            "count INT DEFAULTED",
            "time TIME OPTIONAL",
            "timePrecision ENUM DEFAULTED",
            "approximate BOOLEAN DEFAULTED",
            "date DATE OPTIONAL",
            "provenance OBJECT OPTIONAL",
            "references OBJECT LIST",
            "zone ZONE OPTIONAL",
            "duration DURATION OPTIONAL",
            "offset DURATION OPTIONAL",
            "urgent BOOLEAN DEFAULTED",
            "amount DECIMAL REQUIRED",
            "rank INT OPTIONAL");
    assertThat(thing.fieldNames())
        .isEqualTo(thing.fields().stream().map(Field::name).toList())
        .startsWith("formatVersion", "id", "name")
        .endsWith("amount", "rank");
    assertThat(thing.fields().stream().filter(Field::isRequired).map(Field::name))
        .containsExactly("formatVersion", "id", "name", "hazard", "category", "amount");
    assertThat(thing.fields().stream().filter(f -> !f.isSettable()).map(Field::name))
        .containsExactly("formatVersion", "time", "timePrecision", "approximate");
  }

  @Test
  void eachFieldCarriesWhatItsMethodWasGiven() {
    assertThat(thing.idField()).isSameAs(thing.field("id"));
    assertThat(thing.idKind()).isEqualTo(IdKind.LOSS);
    assertThat(thing.key()).isSameAs(thing.field("name"));
    assertThat(thing.fields().stream().filter(Field::isOwnId).map(Field::name))
        .containsExactly("id");
    Map<String, IdKind> ids = new LinkedHashMap<>();
    Map<String, IdKind> references = new LinkedHashMap<>();
    Map<String, Object> enums = new LinkedHashMap<>();
    Map<String, Object> defaults = new LinkedHashMap<>();
    Map<String, String> requires = new LinkedHashMap<>();
    Map<String, Integer> since = new LinkedHashMap<>();
    Map<String, Integer> minimum = new LinkedHashMap<>();
    Map<String, ElementType<?, ?>> objects = new LinkedHashMap<>();
    for (Field f : thing.fields()) {
      String n = f.name();
      if (f.idKind() != null) {
        ids.put(n, f.idKind());
      }
      if (f.references() != null) {
        references.put(n, f.references());
      }
      if (f.enumType() != null) {
        enums.put(n, f.enumType());
      }
      if (f.defaultValue() != null) {
        defaults.put(n, f.defaultValue());
      }
      if (f.requires() != null) {
        requires.put(n, f.requires().name());
      }
      if (f.since() != 0) {
        since.put(n, f.since());
      }
      if (f.minimum() != 0) {
        minimum.put(n, f.minimum());
      }
      if (f.elementType() != null) {
        objects.put(n, f.elementType());
      }
    }
    assertThat(ids)
        .containsExactly(
            Map.entry("id", IdKind.LOSS),
            Map.entry("hazard", IdKind.HAZARD),
            Map.entry("event", IdKind.EVENT),
            Map.entry("losses", IdKind.LOSS));
    assertThat(references)
        .containsExactly(
            Map.entry("hazard", IdKind.HAZARD),
            Map.entry("event", IdKind.EVENT),
            Map.entry("losses", IdKind.LOSS));
    assertThat(enums)
        .containsExactly(
            Map.entry("category", LossCategory.class),
            Map.entry("role", ComponentKind.class),
            Map.entry("grain", TimePrecision.class),
            Map.entry("timePrecision", TimePrecision.class));
    assertThat(defaults)
        .containsExactly(
            Map.entry("grain", TimePrecision.MINUTE),
            Map.entry("count", 3),
            Map.entry("timePrecision", TimePrecision.SECOND),
            Map.entry("approximate", false),
            Map.entry("urgent", true));
    assertThat(requires)
        .containsExactly(
            Map.entry("timePrecision", "time"),
            Map.entry("approximate", "time"),
            Map.entry("offset", "duration"));
    assertThat(since).containsExactly(Map.entry("provenance", 1), Map.entry("references", 2));
    assertThat(minimum).containsExactly(Map.entry("rank", 1));
    assertThat(objects)
        .containsExactly(
            Map.entry("provenance", Model.PROVENANCE), Map.entry("references", Model.REFERENCE));
  }

  @Test
  void withoutAKeyTheIdIsTheKeyWhereverItStands() {
    assertThat(plain.idField()).isSameAs(plain.field("id"));
    assertThat(plain.idField().index()).isEqualTo(1);
    assertThat(plain.idKind()).isEqualTo(IdKind.HAZARD);
    assertThat(plain.key()).isSameAs(plain.field("id"));
    assertThat(plain.field("first").isOwnId()).isFalse();
    assertThat(plain.field("last").isOwnId()).isFalse();
    assertThat(plain.extensions(new ThingBuilder().build())).isEmpty();
  }

  @Test
  void anElementBuiltThroughTheDescriptionReadsBackThroughIt() {
    Map<String, Object> given = new LinkedHashMap<>();
    given.put("id", LossId.of("L-1"));
    given.put("name", "a name");
    given.put("note", "a note");
    given.put("tags", "a tag");
    given.put("hazard", HazardId.of("H-1"));
    given.put("event", EventId.of("E-1"));
    given.put("losses", LossId.of("L-2"));
    given.put("about", "Q-1");
    given.put("category", LossCategory.DATA);
    given.put("role", ComponentKind.SENSOR);
    given.put("grain", TimePrecision.MILLISECOND);
    given.put("count", 7);
    given.put("date", LocalDate.of(2021, 10, 4));
    given.put("zone", ZoneId.of("Europe/Paris"));
    given.put("duration", Duration.ofMinutes(5));
    given.put("offset", Duration.ofMinutes(1));
    given.put("urgent", false);
    given.put("amount", new BigDecimal("1.5"));
    given.put("rank", 2);
    Object b = thing.newBuilder();
    for (Field f : thing.fields()) {
      if (f.isSettable() && given.containsKey(f.name())) {
        f.set(b, given.get(f.name()));
      }
    }
    EventTime at =
        EventTime.approximately(Instant.parse("2021-10-04T15:03:00Z"), TimePrecision.MINUTE);
    thing.setTime(b, at);
    Map<String, ExtensionValue> ext = Map.of("x-a", ExtensionValue.of("b"));
    thing.setExtensions(b, ext);
    Thing t = thing.build(b);
    for (Field f : thing.fields()) {
      if (!given.containsKey(f.name())) {
        continue; // the version, the time and its parts, the objects: below or not held
      }
      Object expected = given.get(f.name());
      Object got = f.get(t);
      switch (f.shape()) {
        case OPTIONAL -> assertThat(got).as("%s", f).isEqualTo(Optional.of(expected));
        case LIST -> assertThat(got).as("%s", f).isEqualTo(List.of(expected));
        case SET -> assertThat(got).as("%s", f).isEqualTo(Set.of(expected));
        default -> assertThat(got).as("%s", f).isEqualTo(expected);
      }
    }
    assertThat(thing.field("time").get(t)).isEqualTo(Optional.of(at));
    assertThat(thing.field("timePrecision").get(t)).isEqualTo(TimePrecision.MINUTE);
    assertThat(thing.field("approximate").get(t)).isEqualTo(true);
    assertThat(thing.extensions(t)).isEqualTo(ext);
    assertThat(((ElementId) thing.idField().get(t)).value()).isEqualTo("L-1");
  }
}
