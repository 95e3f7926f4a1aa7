package dev.castkit.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.ContributionEffect;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.ElementId;
import dev.castkit.core.EventKind;
import dev.castkit.core.EventTime;
import dev.castkit.core.Group;
import dev.castkit.core.Milestone;
import dev.castkit.core.ProvenanceBasis;
import dev.castkit.core.TimelineEvent;
import dev.castkit.core.UnsafeControlActionType;
import dev.castkit.core.internal.model.ElementType;
import dev.castkit.core.internal.model.Field;
import dev.castkit.core.internal.model.Model;
import dev.castkit.core.internal.model.ValueKind;
import dev.castkit.core.render.internal.DotWriter;
import dev.castkit.core.render.internal.Escapes;
import dev.castkit.core.render.internal.TimeText;
import dev.castkit.core.render.internal.Words;
import dev.castkit.core.testing.EveryText;
import dev.castkit.core.testing.Format11Sample;
import dev.castkit.core.testing.RenderSamples;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Every field that format 1.1 added is shown in the report: walks the description of the model, so
 * a field added later without a value in {@link Format11Sample} or without rendering fails here.
 */
class Format11FieldsTest {

  /**
   * How a value reads where the generic rule by kind (a text escaped, an id, an enum in words, a
   * duration, a decimal) does not say it: keyed by "type.field", given the value and the element
   * that holds it.
   */
  private static final Map<String, BiFunction<Object, Object, String>> READS =
      new LinkedHashMap<>();

  static {
    READS.put("severity.rank", (v, e) -> "(rank " + v + ")");
    READS.put("quantity.value", (v, e) -> TimeText.decimal((BigDecimal) v));
    READS.put("quantity.approximate", (v, e) -> "about " + TimeText.decimal(quantity(e)));
    READS.put("milestone.time", (v, e) -> TimeText.of((EventTime) v, analysisZone(), true));
    READS.put("milestone.timePrecision", (v, e) -> null); // read with milestone.time
    READS.put(
        "milestone.approximate",
        (v, e) -> TimeText.of(((Milestone) e).time().orElseThrow(), analysisZone(), true));
    READS.put("milestone.kind", (v, e) -> Words.capitalized((Enum<?>) v));
    READS.put("event.kind", (v, e) -> v == EventKind.CONDITION ? "_Condition:_ " : null);
    READS.put(
        "event.timeZone",
        (v, e) ->
            TimeText.of(((TimelineEvent) e).time().orElseThrow(), Optional.of((ZoneId) v), true));
    READS.put(
        "event.durationApproximate",
        (v, e) -> "lasted about " + TimeText.duration(((TimelineEvent) e).duration().get(), false));
    READS.put("event.duration", (v, e) -> "lasted ");
    READS.put(
        "event.offsetApproximate",
        (v, e) ->
            "about "
                + TimeText.duration(((TimelineEvent) e).offset().get(), false)
                + " after `"
                + ((TimelineEvent) e).after().get().value());
    READS.put(
        "event.after", (v, e) -> " after `" + ((ElementId) v).value() + "`"); // " after `E-3`"
    READS.put(
        "contribution.effect",
        (v, e) -> v == ContributionEffect.LIMITED ? "**Limited the loss**" : null);
    READS.put("contribution.unsafeControlAction", (v, e) -> Words.of((UnsafeControlActionType) v));
    READS.put(
        "provenance.basis",
        (v, e) -> v == ProvenanceBasis.STATED ? "stated in " : "inferred by the analyst");
  }

  private static Optional<ZoneId> analysisZone() {
    return Format11Sample.checkoutOutage().timeZone();
  }

  private static BigDecimal quantity(Object element) {
    return (BigDecimal) Model.QUANTITY.field("value").get(element);
  }

  /** The fields 1.1 added, and every field of the types that only those fields hold. */
  static Set<Field> fieldsOf11() {
    Set<Field> fields = new LinkedHashSet<>();
    Deque<ElementType<?, ?>> newTypes = new ArrayDeque<>();
    for (ElementType<?, ?> type : Model.ALL) {
      for (Field f : type.fields()) {
        if (f.since() == 1) {
          fields.add(f);
          if (f.kind() == ValueKind.OBJECT) {
            newTypes.add(f.elementType());
          }
        }
      }
    }
    Set<ElementType<?, ?>> seen = new LinkedHashSet<>();
    while (!newTypes.isEmpty()) {
      ElementType<?, ?> type = newTypes.pop();
      if (!seen.add(type)) {
        continue;
      }
      for (Field f : type.fields()) {
        fields.add(f);
        if (f.kind() == ValueKind.OBJECT) {
          newTypes.add(f.elementType());
        }
      }
    }
    return fields;
  }

  /** A value of a field in the sample and the element that holds it. */
  record Held(Field field, Object value, Object element) {}

  /** Every value the sample holds (not absent, not the default), walking the description. */
  static List<Held> values(CastAnalysis analysis) {
    List<Held> held = new ArrayList<>();
    Deque<Object[]> pending = new ArrayDeque<>();
    pending.push(new Object[] {Model.ANALYSIS, analysis});
    while (!pending.isEmpty()) {
      Object[] next = pending.pop();
      ElementType<?, ?> type = (ElementType<?, ?>) next[0];
      for (Field f : type.fields()) {
        Object value = f.get(next[1]);
        Collection<?> values;
        if (value instanceof Optional<?> o) {
          values = o.isPresent() ? List.of(o.get()) : List.of();
        } else if (value instanceof Collection<?> c) {
          values = c;
        } else if (value == null || value.equals(f.defaultValue())) {
          values = List.of();
        } else {
          values = List.of(value);
        }
        for (Object v : values) {
          held.add(new Held(f, v, next[1]));
          if (f.kind() == ValueKind.OBJECT) {
            pending.push(new Object[] {f.elementType(), v});
          }
        }
      }
    }
    return held;
  }

  private static String key(Field f) {
    return f.owner().shortName() + "." + f.name();
  }

  /** How the value reads in the report, or null when another field's text covers it. */
  private static String reads(Held h) {
    BiFunction<Object, Object, String> special = READS.get(key(h.field()));
    if (special != null) {
      return special.apply(h.value(), h.element());
    }
    Object v = h.value();
    return switch (h.field().kind()) {
      case TEXT, ANY_ID -> Escapes.markdown((String) v);
      case ID -> "`" + ((ElementId) v).value() + "`";
      case ENUM -> Words.of((Enum<?>) v);
      case ZONE -> Escapes.markdown(((ZoneId) v).getId());
      case DURATION -> TimeText.duration((Duration) v, false);
      case DECIMAL -> TimeText.decimal((BigDecimal) v);
      case DATE -> ((LocalDate) v).toString();
      case OBJECT -> null; // its fields are checked one by one
      default ->
          throw new AssertionError(
              "Say in READS how "
                  + key(h.field())
                  + " ("
                  + h.field().kind()
                  + ") reads in the report, and show it there");
    };
  }

  @Test
  void everySpecialReadingNamesAFieldThat11Added() {
    assertThat(fieldsOf11().stream().map(Format11FieldsTest::key).toList())
        .containsAll(READS.keySet());
  }

  @Test
  void theSampleHoldsAValueInEveryFieldThat11Added() {
    Set<Field> missing = new LinkedHashSet<>(fieldsOf11());
    for (Held h : values(Format11Sample.checkoutOutage())) {
      missing.remove(h.field());
    }
    assertThat(missing.stream().map(Format11FieldsTest::key))
        .as("1.1 fields with no value in Format11Sample: give each one, and show it in the report")
        .isEmpty();
  }

  @Test
  void theReportShowsEveryValueOfEveryFieldThat11Added() {
    CastAnalysis sample = Format11Sample.checkoutOutage();
    String report = MarkdownReport.render(sample);
    String before = MarkdownReport.render(RenderSamples.checkoutOutage());
    Set<Field> fields = fieldsOf11();
    int checked = 0;
    for (Held h : values(sample)) {
      if (!fields.contains(h.field())) {
        continue;
      }
      String text = reads(h);
      if (text == null) {
        continue;
      }
      checked++;
      assertThat(report).as("%s = %s", key(h.field()), h.value()).contains(text);
      // shown by what 1.1 added, not found by chance in what the 1.0 report already said
      assertThat(count(report, text))
          .as("%s = %s: more often than in the report without 1.1 fields", key(h.field()), text)
          .isGreaterThan(count(before, text));
    }
    assertThat(checked).isPositive();
  }

  @Test
  void noFieldOf11FallsIntoTheGenericExtensionsSection() {
    assertThat(MarkdownReport.render(Format11Sample.checkoutOutage()))
        .doesNotContain("Other extensions", "**Extensions**");
  }

  @Test
  void extensionsOfTheElementsOf11AreShownWhereTheElementIs() {
    String report = MarkdownReport.render(EveryText.probed(Format11Sample.checkoutOutage()));
    Set<String> newTypes = new LinkedHashSet<>();
    for (Field f : fieldsOf11()) {
      newTypes.add(f.owner().shortName());
    }
    int at = report.indexOf("## Other extensions");
    String other = at < 0 ? "" : report.substring(at);
    for (ElementType<?, ?> type : Model.ALL) {
      if (newTypes.contains(type.shortName()) && !type.shortName().equals("analysis")) {
        assertThat(report).contains("x-probe: " + type.shortName());
        assertThat(other).as(type.shortName()).doesNotContain("x-probe: " + type.shortName());
      }
    }
  }

  /** Markdown, Mermaid, DOT and HTML syntax, and line breaks. */
  private static final String HOSTILE =
      "| a | b | <script>x</script> **s** `t` [l](javascript:x) %% end; subgraph \"q\" -->"
          + " [label=<b>] \\N\n# heading\n- item\n1. one";

  @Test
  void hostileTextsInTheFieldsOf11AreEscapedInTheReportAndTheDiagrams() {
    CastAnalysis replaced = EveryText.replacedBy(Format11Sample.checkoutOutage(), HOSTILE);
    // A group in both structures is shown as operating: give the design's the same texts.
    List<ControlStructure> structures = replaced.controlStructures();
    CastAnalysis hostile =
        replaced.toBuilder()
            .controlStructures(
                List.of(
                    structures.get(0).toBuilder().groups(structures.get(1).groups()).build(),
                    structures.get(1)))
            .build();
    String report = MarkdownReport.render(hostile);
    Set<Field> fields = fieldsOf11();
    int texts = 0;
    for (Held h : values(hostile)) {
      if (fields.contains(h.field()) && h.field().kind() == ValueKind.TEXT) {
        texts++;
        assertThat(report).as(key(h.field())).contains(Escapes.markdown((String) h.value()));
      }
    }
    assertThat(texts).isPositive();
    assertThat(report).doesNotContain("<script>", "\n# heading", "\n- item");
    assertThat(report.lines().filter(l -> l.startsWith("# "))).hasSize(1);
    String dot = DotDiagram.render(hostile);
    String mermaid = MermaidDiagram.render(hostile);
    for (Group g : hostile.controlStructures().get(1).groups()) {
      assertThat(dot)
          .contains("subgraph \"cluster_g:" + g.id().value() + "\"")
          .contains(Escapes.dot(Escapes.wrap(g.name(), DotWriter.GROUP_WIDTH)));
      assertThat(mermaid).contains(Escapes.mermaid(Escapes.wrap(g.name(), DotWriter.GROUP_WIDTH)));
    }
    assertThat(mermaid).doesNotContain("<script>", "\"q\"");
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }
}
