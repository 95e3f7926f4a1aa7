package dev.castkit.json;

import static dev.castkit.json.HostileDocs.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.internal.model.ElementType;
import dev.castkit.core.internal.model.Field;
import dev.castkit.core.internal.model.Model;
import dev.castkit.core.testing.HostileTally;
import dev.castkit.json.CastJsonException.Code;
import dev.castkit.json.HostileDocs.Op;
import dev.castkit.json.HostileDocs.Outcome;
import dev.castkit.json.HostileDocs.Slot;
import dev.castkit.testing.CastGenerators;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Starts from valid documents (the conformance vectors, the three example analyses and generated
 * analyses) and breaks them in every way the hostile-input issue lists. Every outcome is a valid
 * analysis that writes and reads back the same, or a {@link CastJsonException} with a code, a
 * pointer and a line and column; where the kind of damage decides the error, the test checks the
 * exact code and pointer. No other exception escapes, and no read takes a second of CPU.
 *
 * <p>Fields are not listed by hand: they come from the published JSON Schema, and a test checks
 * that the seeds hold every field the schema defines, so that every field is broken.
 *
 * <p>The number of generated cases is {@code -Dcastkit.hostile.examples=N} (see
 * docs/reliability.md).
 */
class HostileInputTest {
  private static final HostileTally TALLY = new HostileTally("HostileInputTest");
  private static final CastJson JSON = CastJson.standard();
  private static final CastJson COMPACT = CastJson.builder().pretty(false).build();
  private static final CastJson YAML = CastJson.yaml();
  private static final Map<String, String> SEEDS = HostileDocs.seeds();

  /** The first slot of each schema key, in the smallest seed that has it. */
  private static final Map<String, Map.Entry<String, Slot>> FIRST = firstSlots();

  @AfterAll
  static void writeTally() {
    TALLY.write();
  }

  private static Map<String, Map.Entry<String, Slot>> firstSlots() {
    Map<String, Map.Entry<String, Slot>> first = new LinkedHashMap<>();
    for (Map.Entry<String, String> seed : SEEDS.entrySet()) {
      for (Slot slot : HostileDocs.slots(seed.getValue())) {
        first.putIfAbsent(slot.key(), Map.entry(seed.getValue(), slot));
      }
    }
    return first;
  }

  /** Generated analyses written as JSON, pretty or compact. */
  private static Gen<String> generatedDocuments() {
    return CastGenerators.analyses(CastGenerators.Size.MEDIUM, CastGenerators.Text.AWKWARD)
        .zip(integers().between(0, 1), (a, pretty) -> (pretty == 0 ? COMPACT : JSON).write(a));
  }

  private static Outcome expect(
      String inputClass, String document, Code code, String pointer, String what) {
    Outcome o = read(TALLY, inputClass, JSON, document);
    assertThat(o.error()).as("%s: %s in\n%s", inputClass, what, document).isNotNull();
    assertThat(o.error().code()).as("%s: %s: %s", inputClass, what, o.error()).isEqualTo(code);
    if (pointer != null) {
      assertThat(o.error().jsonPointer())
          .as("%s: %s: %s", inputClass, what, o.error())
          .isEqualTo(pointer);
    }
    return o;
  }

  // ------------------------------------------------------------------ every field, from the schema

  @Test
  void theSeedsHoldEveryFieldAndEveryArrayTheSchemaDefines() {
    assertThat(FIRST.keySet()).containsAll(HostileDocs.schemaKeys());
    assertThat(HostileDocs.schemaKeys()).hasSizeGreaterThan(150);
  }

  @Test
  void aValueOfTheWrongTypeInAnyFieldIsAWrongTypeErrorAtThatField() {
    for (Map.Entry<String, Slot> e : FIRST.values()) {
      Slot slot = e.getValue();
      for (String wrong : HostileDocs.wrongValues(slot.kind())) {
        String doc = HostileDocs.rewrite(e.getKey(), slot.pointer(), Op.REPLACE, wrong);
        expect(
            "wrong type for a field",
            doc,
            Code.WRONG_TYPE,
            slot.pointer(),
            slot.key() + "=" + wrong);
      }
    }
  }

  @Test
  void aNumberWhereAnIdBelongsIsAWrongTypeErrorAtThatId() {
    for (Map.Entry<String, Slot> e : FIRST.values()) {
      Slot slot = e.getValue();
      if (!slot.id()) {
        continue;
      }
      for (String number : List.of("7", "0", "-1", "1.5", "1e3", "12345678901234567890")) {
        String doc = HostileDocs.rewrite(e.getKey(), slot.pointer(), Op.REPLACE, number);
        expect("a number where an id belongs", doc, Code.WRONG_TYPE, slot.pointer(), slot.key());
      }
    }
  }

  @Test
  void anUnknownValueInAnyEnumFieldIsAnUnknownEnumValueErrorAtThatField() {
    Set<String> allValues = new TreeSet<>();
    FIRST.values().forEach(e -> allValues.addAll(e.getValue().enumValues()));
    int enums = 0;
    for (Map.Entry<String, Slot> e : FIRST.values()) {
      Slot slot = e.getValue();
      if (slot.enumValues().isEmpty()) {
        continue;
      }
      enums++;
      String known = slot.enumValues().get(0);
      List<String> unknown = new ArrayList<>();
      unknown.add(known.toLowerCase(Locale.ROOT));
      unknown.add(known + " ");
      unknown.add(" " + known);
      unknown.add("");
      unknown.add("UNKNOWN");
      unknown.add("\\u0000");
      unknown.add("X".repeat(10_000));
      allValues.stream()
          .filter(v -> !slot.enumValues().contains(v))
          .findFirst()
          .ifPresent(unknown::add);
      for (String value : unknown) {
        String doc =
            HostileDocs.rewrite(e.getKey(), slot.pointer(), Op.REPLACE, "\"" + value + "\"");
        expect(
            "an unknown enum value",
            doc,
            Code.UNKNOWN_ENUM_VALUE,
            slot.pointer(),
            slot.key() + "=" + value);
      }
    }
    assertThat(enums).as("enum fields").isGreaterThanOrEqualTo(15);
  }

  /** Whether the object holding the slot has a field that is allowed only together with it. */
  private static boolean anotherFieldNeedsIt(String doc, Slot slot) {
    JsonNode holder;
    try {
      holder = new ObjectMapper().readTree(doc).at(HostileDocs.parent(slot.pointer()));
    } catch (java.io.IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
    for (ElementType<?, ?> type : Model.ALL) {
      if (type.shortName().equals(slot.owner())) {
        for (Field f : type.fields()) {
          if (f.requires() != null
              && f.requires().name().equals(slot.field())
              && holder.has(f.name())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  @Test
  void aRemovedRequiredFieldIsMissingAndARemovedOptionalOneLeavesAValidAnalysis() {
    for (Map.Entry<String, Slot> e : FIRST.values()) {
      Slot slot = e.getValue();
      String doc = HostileDocs.rewrite(e.getKey(), slot.pointer(), Op.REMOVE, null);
      if (slot.required()) {
        expect(
            "a required key removed",
            doc,
            Code.MISSING_FIELD,
            HostileDocs.parent(slot.pointer()),
            slot.key());
      } else {
        String inputClass =
            slot.field().endsWith("[]") ? "an array element removed" : "an optional key removed";
        Outcome o = read(TALLY, inputClass, JSON, doc);
        if (anotherFieldNeedsIt(e.getKey(), slot)) {
          // timePrecision and approximate are only allowed together with a time (since 1.1 also
          // durationApproximate with duration, offset with after, offsetApproximate with offset)
          assertThat(o.error()).as(slot.key()).isNotNull();
          assertThat(o.error().code()).isEqualTo(Code.INVALID_VALUE);
        } else {
          assertThat(o.error()).as("%s removed from\n%s", slot.key(), doc).isNull();
        }
      }
    }
  }

  @Test
  void aKeyGivenTwiceIsADuplicateKeyErrorAtTheSecond() {
    for (Map.Entry<String, Slot> e : FIRST.values()) {
      Slot slot = e.getValue();
      if (slot.field().endsWith("[]")) {
        continue;
      }
      String same = HostileDocs.rewrite(e.getKey(), slot.pointer(), Op.DUPLICATE, null);
      Outcome o =
          expect("a key given twice (same value)", same, Code.DUPLICATE_KEY, null, slot.key());
      assertThat(o.error().jsonPointer()).as(slot.key()).isEqualTo(slot.pointer());
      String other = HostileDocs.rewrite(e.getKey(), slot.pointer(), Op.DUPLICATE, "null");
      expect(
          "a key given twice (another value)",
          other,
          Code.DUPLICATE_KEY,
          slot.pointer(),
          slot.key());
    }
  }

  @Test
  void anyFieldOfAGeneratedAnalysisBrokenAtRandomGivesTheErrorOfItsDamage() {
    qt().withExamples(HostileTally.examples(150))
        .forAll(generatedDocuments(), longs().all())
        .checkAssert(
            (doc, seed) -> {
              Random r = new Random(seed);
              List<Slot> slots = HostileDocs.slots(doc);
              Slot slot = slots.get(r.nextInt(slots.size()));
              switch (r.nextInt(4)) {
                case 0 -> {
                  List<String> wrong = HostileDocs.wrongValues(slot.kind());
                  String v = wrong.get(r.nextInt(wrong.size()));
                  expect(
                      "generated: wrong type for a field",
                      HostileDocs.rewrite(doc, slot.pointer(), Op.REPLACE, v),
                      Code.WRONG_TYPE,
                      slot.pointer(),
                      slot.key());
                }
                case 1 -> {
                  if (slot.field().endsWith("[]")) {
                    read(
                        TALLY,
                        "generated: an array element removed",
                        JSON,
                        HostileDocs.rewrite(doc, slot.pointer(), Op.REMOVE, null));
                  } else if (slot.required()) {
                    expect(
                        "generated: a required key removed",
                        HostileDocs.rewrite(doc, slot.pointer(), Op.REMOVE, null),
                        Code.MISSING_FIELD,
                        HostileDocs.parent(slot.pointer()),
                        slot.key());
                  } else {
                    read(
                        TALLY,
                        "generated: an optional key removed",
                        JSON,
                        HostileDocs.rewrite(doc, slot.pointer(), Op.REMOVE, null));
                  }
                }
                case 2 -> {
                  if (!slot.field().endsWith("[]")) {
                    expect(
                        "generated: a key given twice",
                        HostileDocs.rewrite(doc, slot.pointer(), Op.DUPLICATE, null),
                        Code.DUPLICATE_KEY,
                        slot.pointer(),
                        slot.key());
                  }
                }
                default -> {
                  if (!slot.enumValues().isEmpty()) {
                    expect(
                        "generated: an unknown enum value",
                        HostileDocs.rewrite(doc, slot.pointer(), Op.REPLACE, "\"NOT_ONE_OF_THEM\""),
                        Code.UNKNOWN_ENUM_VALUE,
                        slot.pointer(),
                        slot.key());
                  } else if (slot.id()) {
                    expect(
                        "generated: a number where an id belongs",
                        HostileDocs.rewrite(doc, slot.pointer(), Op.REPLACE, "" + r.nextInt()),
                        Code.WRONG_TYPE,
                        slot.pointer(),
                        slot.key());
                  }
                }
              }
            });
  }

  // ------------------------------------------------------------------ bytes and syntax

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Every truncation class of a document, each at up to {@code perClass} positions. */
  private static void truncate(String inputClass, byte[] doc, int perClass, Random r) {
    Map<String, List<Integer>> classes = JsonPositions.classify(doc);
    for (Map.Entry<String, List<Integer>> c : classes.entrySet()) {
      List<Integer> positions = c.getValue();
      for (int n = 0; n < Math.min(perClass, positions.size()); n++) {
        int at =
            positions.size() <= perClass
                ? positions.get(n)
                : positions.get(r.nextInt(positions.size()));
        byte[] cut = java.util.Arrays.copyOf(doc, at);
        Outcome o = read(TALLY, inputClass + ": " + c.getKey(), JSON, cut);
        boolean blank = new String(cut, StandardCharsets.UTF_8).isBlank();
        assertThat(o.error())
            .as("a truncated document is refused:\n%s", HostileDocs.show(cut))
            .isNotNull();
        assertThat(o.error().code())
            .as("%s", o.error())
            .isEqualTo(blank ? Code.EMPTY_DOCUMENT : Code.SYNTAX_ERROR);
      }
    }
  }

  @Test
  void aTruncatedSeedIsASyntaxErrorAtEveryClassOfPosition() {
    Random r = new Random(8);
    for (String seed : SEEDS.values()) {
      truncate("truncation of a seed", utf8(seed), HostileTally.examples(150) / 10, r);
    }
  }

  @Test
  void aTruncatedGeneratedDocumentIsASyntaxErrorAtEveryClassOfPosition() {
    qt().withExamples(HostileTally.examples(150))
        .forAll(generatedDocuments(), longs().all())
        .checkAssert(
            (doc, seed) ->
                truncate("truncation of a generated document", utf8(doc), 1, new Random(seed)));
  }

  @Test
  void aTruncatedYamlDocumentIsReadOrRefusedWithALocatedError() {
    qt().withExamples(HostileTally.examples(150))
        .forAll(
            CastGenerators.analyses(CastGenerators.Size.SMALL, CastGenerators.Text.AWKWARD),
            longs().all())
        .checkAssert(
            (a, seed) -> {
              byte[] yaml = YAML.toBytes(a);
              int at = new Random(seed).nextInt(yaml.length);
              read(TALLY, "truncation of a YAML document", YAML, java.util.Arrays.copyOf(yaml, at));
            });
  }

  @Test
  void flippedBitsGiveAValidAnalysisOrALocatedError() {
    List<byte[]> seeds = new ArrayList<>();
    SEEDS.values().forEach(s -> seeds.add(utf8(s)));
    qt().withExamples(HostileTally.examples(150))
        .forAll(generatedDocuments(), integers().between(0, seeds.size()), longs().all())
        .checkAssert(
            (doc, which, seed) -> {
              Random r = new Random(seed);
              byte[] bytes = (which == seeds.size() ? utf8(doc) : seeds.get(which)).clone();
              int flips = 1 + r.nextInt(4);
              for (int i = 0; i < flips; i++) {
                bytes[r.nextInt(bytes.length)] ^= (byte) (1 << r.nextInt(8));
              }
              read(TALLY, "byte flips (1 to 4 bits)", JSON, bytes);
              if (r.nextInt(4) == 0) {
                read(TALLY, "byte flips (1 to 4 bits), YAML reader", YAML, bytes);
              }
            });
  }

  private static final byte[][] INVALID_UTF8 = {
    {(byte) 0x80},
    {(byte) 0xBF},
    {(byte) 0xC0, (byte) 0xAF},
    {(byte) 0xC1, (byte) 0xBF},
    {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xED, (byte) 0xA0, (byte) 0xBD, (byte) 0xED, (byte) 0xB8, (byte) 0x80},
    {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF},
    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
    {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
    {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
    {(byte) 0xFC, (byte) 0x84, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80},
    {(byte) 0xFE},
    {(byte) 0xFF},
    {(byte) 0xC3},
    {(byte) 0xE2, (byte) 0x82},
    {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}
  };

  @Test
  void invalidUtf8AnywhereIsASyntaxError() {
    qt().withExamples(HostileTally.examples(150))
        .forAll(generatedDocuments(), integers().between(0, INVALID_UTF8.length - 1), longs().all())
        .checkAssert(
            (doc, which, seed) -> {
              Random r = new Random(seed);
              byte[] bytes = utf8(doc);
              Map<String, List<Integer>> classes = JsonPositions.classify(bytes);
              for (String where :
                  List.of(JsonPositions.KEY, JsonPositions.STRING, JsonPositions.WHITE_SPACE)) {
                List<Integer> positions = classes.get(where);
                if (positions.isEmpty()) {
                  continue;
                }
                int at = positions.get(r.nextInt(positions.size()));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(bytes, 0, at);
                out.writeBytes(INVALID_UTF8[which]);
                out.write(bytes, at, bytes.length - at);
                Outcome o = read(TALLY, "invalid UTF-8 " + where, JSON, out.toByteArray());
                assertThat(o.error()).as(HostileDocs.show(out.toByteArray())).isNotNull();
                assertThat(o.error().code()).as("%s", o.error()).isEqualTo(Code.SYNTAX_ERROR);
              }
            });
  }

  @Test
  void theSameDocumentInUtf16OrUtf32IsTheSameAnalysis() {
    for (String seed : SEEDS.values()) {
      CastAnalysis expected = JSON.read(seed);
      for (String charset : List.of("UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE")) {
        Outcome o =
            read(TALLY, "another Unicode encoding", JSON, seed.getBytes(Charset.forName(charset)));
        assertThat(o.analysis()).as(charset).isEqualTo(expected);
      }
    }
  }

  @Test
  void aLoneSurrogateInUtf16IsASyntaxErrorNotAReplacementCharacter() {
    // Jackson decoded UTF-16 leniently: the lone surrogate became U+FFFD and the text changed.
    String doc = "{\"formatVersion\": \"1.0\", \"id\": \"C\", \"title\": \"a\ud800b\"}";
    for (String charset : List.of("UTF-16BE", "UTF-16LE")) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (char c : doc.toCharArray()) {
        // write each unit as it is, which the JDK encoder would refuse for the lone surrogate
        if (charset.endsWith("BE")) {
          out.write(c >> 8);
          out.write(c & 0xFF);
        } else {
          out.write(c & 0xFF);
          out.write(c >> 8);
        }
      }
      Outcome o = read(TALLY, "another Unicode encoding, broken", JSON, out.toByteArray());
      assertThat(o.error()).as(charset).isNotNull();
      assertThat(o.error().code()).isEqualTo(Code.SYNTAX_ERROR);
      assertThat(o.error().column()).isEqualTo(doc.indexOf('\ud800') + 1);
    }
    // Found by the fuzzer: bytes whose encoding Jackson cannot tell gave an error without a place.
    for (byte[] odd :
        List.of(
            new byte[] {0, (byte) 0x80, 0, 0, 0, 0, (byte) 0xD1},
            new byte[] {0, 0, 0, 0x7b, 0, 0x11, 0, 0},
            new byte[] {(byte) 0xFE, (byte) 0xFF, 0})) {
      Outcome o = read(TALLY, "another Unicode encoding, broken", JSON, odd);
      assertThat(o.error()).isNotNull();
    }
  }

  // ------------------------------------------------------------------ whole documents

  @Test
  void anEmptyDocumentIsAnEmptyDocumentError() {
    for (String empty : List.of("", " ", "\n", "\r\n\t  \n", " ".repeat(100_000))) {
      for (CastJson json : List.of(JSON, YAML)) {
        Outcome o = read(TALLY, "an empty document", json, empty);
        // YAML forbids a tab at the start of a line, even on an otherwise empty one
        assertThat(o.error().code())
            .as(json.format() + " " + empty.length())
            .isEqualTo(
                json == YAML && empty.contains("\n\t") ? Code.SYNTAX_ERROR : Code.EMPTY_DOCUMENT);
      }
    }
    // a byte-order mark and nothing else holds no value either
    for (byte[] bom :
        List.of(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n'})) {
      Outcome o = read(TALLY, "an empty document (a byte-order mark only)", JSON, bom);
      assertThat(o.error().code()).isIn(Code.EMPTY_DOCUMENT, Code.SYNTAX_ERROR);
    }
  }

  @Test
  void anArrayOrAScalarAtTheTopIsAWrongTypeErrorAtTheRoot() {
    String valid = SEEDS.get("valid-minimal.json");
    for (String top :
        List.of("[]", "[" + valid + "]", "\"text\"", "42", "-0.5e3", "true", "false", "null")) {
      Outcome o = read(TALLY, "an array or a scalar at the top", JSON, top);
      assertThat(o.error().code()).as(top).isEqualTo(Code.WRONG_TYPE);
      assertThat(o.error().jsonPointer()).isEmpty();
      assertThat(o.error().line()).isEqualTo(1);
      assertThat(o.error().column()).isEqualTo(1);
    }
    for (String top : List.of("- a\n", "text\n", "42\n", "[1]\n")) {
      Outcome o = read(TALLY, "an array or a scalar at the top (YAML)", YAML, top);
      assertThat(o.error().code()).as(top).isEqualTo(Code.WRONG_TYPE);
    }
  }

  @Test
  void aSecondDocumentAfterTheFirstIsASyntaxErrorWhereItStarts() {
    for (String seed : SEEDS.values()) {
      String first = seed.stripTrailing();
      int lines = (int) first.lines().count();
      for (String second :
          List.of(first, "{}", "[]", "1", "\"x\"", "null", "}", "]", ",", "x", "/* c */")) {
        for (String gap : List.of("", " ", "\n")) {
          Outcome o = read(TALLY, "a second document after the first", JSON, first + gap + second);
          assertThat(o.error()).as(second).isNotNull();
          assertThat(o.error().code()).as("%s", o.error()).isEqualTo(Code.SYNTAX_ERROR);
          assertThat(o.error().line()).isEqualTo(gap.equals("\n") ? lines + 1 : lines);
        }
      }
    }
    String yaml = "formatVersion: \"1.0\"\nid: C\ntitle: t\n";
    for (String second : List.of("---\n" + yaml, "---\n", "...\n---\nx: 1\n", "---\n- a\n")) {
      Outcome o = read(TALLY, "a second document after the first (YAML)", YAML, yaml + second);
      assertThat(o.error()).as(second).isNotNull();
      assertThat(o.error().code()).as("%s", o.error()).isEqualTo(Code.SYNTAX_ERROR);
    }
  }
}
