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
import java.util.function.BiConsumer;
import java.util.function.Function;
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

  private static <V> BiConsumer<ThingBuilder, V> put(String name) {
    return (b, v) -> b.values.put(name, v);
  }

  @SuppressWarnings("unchecked")
  private static <V> BiConsumer<ThingBuilder, V> add(String name, boolean set) {
    return (b, v) ->
        ((java.util.Collection<Object>)
                b.values.computeIfAbsent(
                    name, k -> set ? new LinkedHashSet<>() : new ArrayList<>()))
            .add(v);
  }

  private static final Function<Thing, Optional<EventTime>> TIME = t -> Optional.ofNullable(t.time);

  // Instance fields, made again for each test: a mutant of the definer must be run by the test.
  private final ElementType<Thing, ThingBuilder> thing =
      ElementType.define(
              Thing.class, "thing", ThingBuilder::new, ThingBuilder::build, "A described thing.")
          .version("The version.")
          .id(IdKind.LOSS, t -> t.<LossId>get("id"), put("id"), "Its id.")
          .text("name", t -> t.get("name"), put("name"), "Its name.")
          .optionalText("note", t -> t.optional("note"), put("note"), "A note.")
          .texts("tags", t -> t.list("tags"), add("tags", false), "Its tags.")
          .ref("hazard", IdKind.HAZARD, t -> t.<HazardId>get("hazard"), put("hazard"), "A hazard.")
          .optionalRef("event", IdKind.EVENT, t -> t.optional("event"), put("event"), "An event.")
          .refs("losses", IdKind.LOSS, t -> t.set("losses"), add("losses", true), "Losses.")
          .optionalAnyId("about", t -> t.optional("about"), put("about"), "Any element.")
          .enumeration(
              "category", LossCategory.class, t -> t.get("category"), put("category"), "Its kind.")
          .optionalEnum(
              "role", ComponentKind.class, t -> t.optional("role"), put("role"), "Its role.")
          .defaultedEnum(
              "grain",
              TimePrecision.MINUTE,
              t -> t.get("grain", TimePrecision.MINUTE),
              put("grain"),
              "Its grain.")
          .defaultedInt("count", 3, t -> t.get("count", 3), put("count"), "How many.")
          .time("time", TIME, (b, v) -> b.time = v, "When.")
          .timePrecision(
              "timePrecision",
              "time",
              TimePrecision.SECOND,
              t -> TIME.apply(t).map(EventTime::precision).orElse(TimePrecision.SECOND),
              "How precisely.")
          .timeApproximate(
              "approximate",
              "time",
              t -> TIME.apply(t).map(EventTime::approximate).orElse(false),
              "Whether estimated.")
          .optionalDate("date", t -> t.optional("date"), put("date"), "A date.")
          .object(
              "provenance",
              Model.PROVENANCE,
              t -> t.optional("provenance"),
              put("provenance"),
              "Whence.")
          .since(1)
          .objects(
              "references",
              Model.REFERENCE,
              t -> t.list("references"),
              add("references", false),
              "Sources.")
          .since(2)
          .optionalZone("zone", t -> t.optional("zone"), put("zone"), "A zone.")
          .optionalDuration("duration", t -> t.optional("duration"), put("duration"), "How long.")
          .optionalDuration("offset", t -> t.optional("offset"), put("offset"), "How late.")
          .requires("duration")
          .defaultedBoolean("urgent", true, t -> t.get("urgent", true), put("urgent"), "Urgent.")
          .decimal("amount", t -> t.get("amount"), put("amount"), "How much.")
          .optionalInt("rank", 1, t -> t.optional("rank"), put("rank"), "Its rank.")
          .key("name")
          .extensions(t -> t.extensions, (b, e) -> b.extensions = e)
          .done();

  /** A type with an id and no other key, and no extensions of its own. */
  private final ElementType<Thing, ThingBuilder> plain =
      ElementType.define(Thing.class, "plain", ThingBuilder::new, ThingBuilder::build, "Plain.")
          .text("first", t -> t.get("first"), put("first"), "First.")
          .id(IdKind.HAZARD, t -> t.<HazardId>get("id"), put("id"), "Its id.")
          .text("last", t -> t.get("last"), put("last"), "Last.")
          .done();

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
