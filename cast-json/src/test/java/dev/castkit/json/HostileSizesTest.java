package dev.castkit.json;

import static dev.castkit.json.HostileDocs.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.ExtensionValue;
import dev.castkit.core.rules.CastRules;
import dev.castkit.core.testing.CpuTime;
import dev.castkit.core.testing.HostileTally;
import dev.castkit.json.CastJsonException.Code;
import dev.castkit.json.HostileDocs.Outcome;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Inputs of about a megabyte (and the limits' boundaries): huge strings, huge arrays, very deep
 * nesting, huge numbers, many keys and keys that share a hash code. Each is read, or refused with
 * the limit's own code, in well under a second of CPU ({@link HostileDocs#read}); each documented
 * default is enforced exactly at its boundary and can be changed.
 */
class HostileSizesTest {
  private static final HostileTally TALLY = new HostileTally("HostileSizesTest");
  private static final CastJson JSON = CastJson.standard();
  private static final CastJson YAML = CastJson.yaml();
  private static final String HEAD =
      "{\"formatVersion\": \"1.0\", \"id\": \"CAST-1\", \"title\": \"t\"";
  private static final int MB = 1 << 20;

  /**
   * Reads each kind of large input a few times first, so that the times measured are not the JIT's.
   */
  @BeforeAll
  static void warmUp() {
    List<Runnable> reads =
        List.of(
            () -> JSON.read(doc("\"x\": \"" + "w".repeat(MB / 2) + "\"")),
            () ->
                JSON.read(
                    doc("\"x\": [" + repeat("0", ",", MB / 4) + "]")
                        .getBytes(StandardCharsets.UTF_8)),
            () ->
                YAML.read(
                    "formatVersion: \"1.0\"\nid: C\ntitle: t\nx: " + "y ".repeat(MB / 4) + "\n"),
            () ->
                YAML.read("formatVersion: \"1.0\"\nid: C\ntitle: t\nx:\n" + "- 0\n".repeat(MB / 8)),
            () ->
                YAML.read(
                    "formatVersion: \"1.0\"\nid: C\ntitle: t\nx: ["
                        + repeat("0", ",", MB / 8)
                        + "]\n"));
    for (int round = 0; round < 3; round++) {
      reads.forEach(Runnable::run);
    }
  }

  @AfterAll
  static void writeTally() {
    TALLY.write();
  }

  private static String doc(String members) {
    return HEAD + ", " + members + "}";
  }

  private static Code code(Outcome o) {
    return o.error() == null ? null : o.error().code();
  }

  private static String repeat(String item, String separator, int count) {
    StringBuilder sb = new StringBuilder(item.length() * count + separator.length() * count);
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        sb.append(separator);
      }
      sb.append(item);
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------ about a megabyte

  @Test
  void hugeStrings() {
    String big = "x".repeat(CastJson.DEFAULT_MAX_STRING_LENGTH);
    Outcome ok = read(TALLY, "huge strings (1 MB)", JSON, doc("\"summary\": \"" + big + "\""));
    assertThat(ok.analysis().summary()).hasValue(big);
    assertThat(code(read(TALLY, "huge strings (1 MB)", JSON, doc("\"summary\": \"" + big + "y\""))))
        .isEqualTo(Code.STRING_TOO_LONG);
    assertThat(code(read(TALLY, "huge strings (1 MB)", JSON, doc("\"" + big + "y\": 1"))))
        .isEqualTo(Code.STRING_TOO_LONG);
    // escapes and characters outside the BMP count as the characters they are
    Outcome escapes =
        read(
            TALLY,
            "huge strings (1 MB)",
            JSON,
            doc("\"x-e\": \"" + "\\u00e9".repeat(170_000) + "\""));
    assertThat(escapes.analysis().extensions().get("x-e"))
        .isEqualTo(ExtensionValue.of("é".repeat(170_000)));
    Outcome emoji =
        read(TALLY, "huge strings (1 MB)", JSON, doc("\"x-e\": \"" + "😀".repeat(250_000) + "\""));
    assertThat(emoji.error()).isNull();
    assertThat(
            code(
                read(
                    TALLY,
                    "huge strings (1 MB)",
                    YAML,
                    // words: one run of a megabyte without a space costs the YAML library time
                    // quadratic in its length (docs/reliability.md, Known limits)
                    "formatVersion: \"1.0\"\nid: C\ntitle: " + "y ".repeat(MB / 2) + "\n")))
        .isEqualTo(Code.STRING_TOO_LONG);
  }

  @Test
  void hugeArrays() {
    Outcome analysts =
        read(
            TALLY,
            "huge arrays (1 MB)",
            JSON,
            doc("\"analysts\": [" + repeat("\"analyst\"", ",", 100_000) + "]"));
    assertThat(analysts.analysis().analysts()).hasSize(100_000);
    StringBuilder losses = new StringBuilder("\"losses\": [");
    for (int i = 0; i < 15_000; i++) {
      losses
          .append(i > 0 ? "," : "")
          .append("{\"id\":\"L-")
          .append(i)
          .append("\",\"description\":\"d\",\"category\":\"OTHER\"}");
    }
    Outcome many = read(TALLY, "huge arrays (1 MB)", JSON, doc(losses + "]"));
    assertThat(many.analysis().losses()).hasSize(15_000);
    long start = System.nanoTime();
    assertThat(CastRules.standard().check(many.analysis()).findings()).isNotEmpty();
    TALLY.record(
        "huge arrays (1 MB): rules on 15,000 losses", "checked", System.nanoTime() - start);
    // the last id repeats the first: found, at the end of a 1 MB list
    StringBuilder ids =
        new StringBuilder("\"hazards\": [{\"id\": \"H-1\", \"description\": \"d\", \"losses\": [");
    for (int i = 0; i < 100_000; i++) {
      ids.append('"').append("L-").append(i).append("\",");
    }
    Outcome duplicate = read(TALLY, "huge arrays (1 MB)", JSON, doc(ids + "\"L-0\"]}]"));
    assertThat(code(duplicate)).isEqualTo(Code.DUPLICATE_ID);
    assertThat(duplicate.error().jsonPointer()).isEqualTo("/hazards/0/losses/100000");
    Outcome zeros =
        read(
            TALLY, "huge arrays (1 MB)", JSON, doc("\"x-z\": [" + repeat("0", ",", 500_000) + "]"));
    assertThat(zeros.error()).isNull();
    Outcome empties =
        read(
            TALLY,
            "huge arrays (1 MB)",
            JSON,
            doc("\"x-z\": [" + repeat("[]", ",", 330_000) + "]"));
    assertThat(empties.error()).isNull();
    Outcome yaml =
        read(
            TALLY,
            "huge arrays (1 MB)",
            YAML,
            "formatVersion: \"1.0\"\nid: C\ntitle: t\nx-z:\n" + "- 0\n".repeat(250_000));
    assertThat(yaml.error()).isNull();
  }

  @Test
  void veryDeepNesting() {
    int n = MB / 2;
    for (String open : List.of("[", "{\"a\":", "[{\"a\":")) {
      String deep = doc("\"x\": " + open.repeat(n / open.length()));
      assertThat(code(read(TALLY, "very deep nesting (1 MB)", JSON, deep)))
          .isEqualTo(Code.NESTING_TOO_DEEP);
    }
    // inside a known field the type is wrong before the depth is
    assertThat(
            code(
                read(TALLY, "very deep nesting (1 MB)", JSON, doc("\"losses\": " + "[".repeat(n)))))
        .isEqualTo(Code.WRONG_TYPE);
    assertThat(code(read(TALLY, "very deep nesting (1 MB)", YAML, "x: " + "[".repeat(n))))
        .isEqualTo(Code.NESTING_TOO_DEEP);
    StringBuilder block = new StringBuilder("formatVersion: \"1.0\"\nid: C\ntitle: t\nx:\n");
    for (int depth = 1; depth < 400; depth++) {
      block.append("  ".repeat(depth)).append("a:\n");
    }
    assertThat(code(read(TALLY, "very deep nesting (YAML block style)", YAML, block.toString())))
        .isEqualTo(Code.NESTING_TOO_DEEP);
  }

  @Test
  void hugeNumbers() {
    String digits = "9".repeat(MB);
    assertThat(code(read(TALLY, "huge numbers (1 MB)", JSON, doc("\"x-n\": " + digits))))
        .isEqualTo(Code.NUMBER_TOO_LONG);
    String level =
        "\"controlStructures\": [{\"id\": \"CS\", \"variant\": \"AS_DESIGNED\", \"components\":"
            + " [{\"id\": \"C\", \"name\": \"n\", \"kind\": \"SENSOR\", \"level\": %s}]}]";
    assertThat(code(read(TALLY, "huge numbers (1 MB)", JSON, doc(level.formatted(digits)))))
        .isEqualTo(Code.NUMBER_TOO_LONG);
    assertThat(
            code(read(TALLY, "huge numbers (1 MB)", JSON, doc(level.formatted("9".repeat(100))))))
        .isEqualTo(Code.INVALID_VALUE);
    assertThat(code(read(TALLY, "huge numbers (1 MB)", JSON, doc(level.formatted("1e400")))))
        .isEqualTo(Code.WRONG_TYPE);
    for (String literal : List.of("1e999999999", "-1E-999999999", "0." + "0".repeat(97) + "1")) {
      Outcome o = read(TALLY, "huge numbers (1 MB)", JSON, doc("\"x-n\": " + literal));
      assertThat(o.analysis().extensions().get("x-n")).isEqualTo(ExtensionValue.number(literal));
    }
    assertThat(
            code(
                read(
                    TALLY,
                    "huge numbers (1 MB)",
                    YAML,
                    // a quarter of the megabyte: one run without a space costs the YAML library
                    // time quadratic in its length (docs/reliability.md, Known limits)
                    "formatVersion: \"1.0\"\nid: C\ntitle: t\nx-n: "
                        + digits.substring(0, MB / 4)
                        + "\n")))
        .isEqualTo(Code.NUMBER_TOO_LONG);
  }

  @Test
  void aYamlNumberIsANumberWhateverItsLength() {
    // The YAML library resolved a plain scalar as a number only up to 1,024 characters, so a
    // longer one was a string; the YAML 1.2 core schema has no such bound, and neither has the
    // reader now: a longer number is refused by the number limit, in time linear in its length.
    for (int digits : List.of(1_024, 1_025, MB / 4)) {
      Outcome o =
          read(
              TALLY,
              "huge numbers (YAML, 1,024 digits and more)",
              YAML,
              "formatVersion: \"1.0\"\nid: C\ntitle: t\nx-n: " + "9".repeat(digits) + "\n");
      assertThat(code(o)).as("%d digits", digits).isEqualTo(Code.NUMBER_TOO_LONG);
    }
  }

  @Test
  void aYamlFlowSequenceIsBoundedByTheValueLimitLikeJson() {
    String head = "formatVersion: \"1.0\"\nid: C\ntitle: t\nx-z: [";
    Outcome half =
        read(
            TALLY,
            "huge arrays (YAML flow sequence)",
            YAML,
            head + repeat("0", ",", 500_000) + "]\n");
    assertThat(half.error()).isNull();
    // two million items (4 MB) with a limit of 100,000 values: refused once the limit is crossed,
    // at the same pointer as JSON, at a cost bounded by the limit rather than by the input
    CastJson yamlLimited = YAML.toBuilder().maxValueCount(100_000).build();
    CastJson jsonLimited = JSON.toBuilder().maxValueCount(100_000).build();
    Outcome over =
        read(
            TALLY,
            "huge arrays (YAML flow sequence)",
            yamlLimited,
            head + repeat("0", ",", 2_000_000) + "]\n");
    assertThat(code(over)).isEqualTo(Code.TOO_MANY_VALUES);
    Outcome json =
        read(
            TALLY,
            "huge arrays (YAML flow sequence)",
            jsonLimited,
            doc("\"x-z\": [" + repeat("0", ",", 2_000_000) + "]"));
    assertThat(code(json)).isEqualTo(Code.TOO_MANY_VALUES);
    assertThat(over.error().jsonPointer()).isEqualTo(json.error().jsonPointer());
  }

  @Test
  void manyKeysAndKeysThatShareAHashCode() {
    // "Aa" and "BB" have one String.hashCode, so 2^15 keys made of them all collide; keys made
    // of "Aa" and "Ab" do not collide in Java, but filled Jackson's table of field names, which
    // refused byte input (and only byte input) as a suspected attack before that table was
    // switched off.
    int count = 1 << 15;
    for (String[] halves : List.of(new String[] {"Aa", "BB"}, new String[] {"Aa", "Ab"})) {
      String text = keys(halves, count);
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      // The JVM's first read of such a document costs more than the reads after it: 0.4 to 1.6 s
      // of CPU on a quiet machine (the later ones 0.06 to 0.3 s), and 2.1 s once in CI. It is
      // bounded on its own, with room: the bound is for a quadratic path, which would take
      // minutes at 2^15 colliding keys. The reads below, each within the usual bound, come after.
      for (CastJson json : List.of(JSON, YAML)) {
        long cpu = CpuTime.currentThreadNanos();
        json.read(utf8);
        assertThat(CpuTime.currentThreadNanos() - cpu)
            .as("CPU time of the first read of 2^15 keys, " + json.format() + " " + halves[1])
            .isLessThan(5 * HostileDocs.CPU_BOUND_NANOS);
      }
      for (CastJson json : List.of(JSON, YAML)) {
        Outcome bytes = read(TALLY, "many keys (1 MB), sharing a hash code or not", json, text);
        assertThat(bytes.error()).as(json.format() + " " + halves[1]).isNull();
        assertThat(
                ((ExtensionValue.ObjectValue) bytes.analysis().extensions().get("x-keys"))
                    .members())
            .hasSize(count);
      }
      assertThat(JSON.read(text)).isEqualTo(JSON.read(utf8));
      // read again without the table of names, the bytes are still checked as strictly
      int last = text.lastIndexOf(halves[0]);
      byte[] broken = new byte[utf8.length + 2];
      System.arraycopy(utf8, 0, broken, 0, last);
      broken[last] = (byte) 0xC0;
      broken[last + 1] = (byte) 0xAF;
      System.arraycopy(utf8, last, broken, last + 2, utf8.length - last);
      Outcome o = read(TALLY, "many keys (1 MB), sharing a hash code or not", JSON, broken);
      assertThat(code(o)).isEqualTo(Code.SYNTAX_ERROR);
      // (Jackson's own check points a few bytes after the bad one, at the end of the name)
      assertThat(o.error().column()).isBetween(last + 1, last + 64);
    }
  }

  /** An analysis whose extension holds {@code count} keys, each made of 15 of the two halves. */
  private static String keys(String[] halves, int count) {
    StringBuilder members = new StringBuilder("\"x-keys\": {");
    for (int i = 0; i < count; i++) {
      members.append(i > 0 ? "," : "").append('"');
      for (int b = 0; b < 15; b++) {
        members.append(((i >> b) & 1) == 0 ? halves[0] : halves[1]);
      }
      members.append("\":").append(i);
    }
    return doc(members + "}");
  }

  // ------------------------------------------------------------------ the limits

  private static CastJsonException fails(CastJson json, String document) {
    Outcome o = read(TALLY, "limits at their boundary", json, document);
    assertThat(o.error()).as("refused").isNotNull();
    return o.error();
  }

  private static CastAnalysis passes(CastJson json, String document) {
    Outcome o = read(TALLY, "limits at their boundary", json, document);
    assertThat(o.error()).as("read").isNull();
    return o.analysis();
  }

  private static String nested(int depth) {
    // the analysis object is depth 1
    return doc("\"x\": " + "[".repeat(depth - 1) + "]".repeat(depth - 1));
  }

  @Test
  void theDefaultsAreTheDocumentedOnes() {
    assertThat(JSON.maxNestingDepth()).isEqualTo(CastJson.DEFAULT_MAX_NESTING_DEPTH).isEqualTo(100);
    assertThat(JSON.maxStringLength())
        .isEqualTo(CastJson.DEFAULT_MAX_STRING_LENGTH)
        .isEqualTo(1_000_000);
    assertThat(JSON.maxNumberLength()).isEqualTo(CastJson.DEFAULT_MAX_NUMBER_LENGTH).isEqualTo(100);
    assertThat(JSON.maxDocumentLength())
        .isEqualTo(CastJson.DEFAULT_MAX_DOCUMENT_LENGTH)
        .isEqualTo(16L * MB);
    assertThat(JSON.maxValueCount())
        .isEqualTo(CastJson.DEFAULT_MAX_VALUE_COUNT)
        .isEqualTo(1_000_000);
    assertThat(YAML.toString()).isEqualTo(JSON.toString().replace("JSON, pretty", "YAML, pretty"));
  }

  @Test
  void nestingDepthIsEnforcedAtItsDefaultAndAtAnyConfiguredValue() {
    passes(JSON, nested(100));
    assertThat(fails(JSON, nested(101)).code()).isEqualTo(Code.NESTING_TOO_DEEP);
    CastJson five = CastJson.builder().maxNestingDepth(5).build();
    passes(five, nested(5));
    assertThat(fails(five, nested(6)).code()).isEqualTo(Code.NESTING_TOO_DEEP);
    CastJson most = CastJson.builder().maxNestingDepth(CastJson.MAX_NESTING_DEPTH_LIMIT).build();
    passes(most, nested(CastJson.MAX_NESTING_DEPTH_LIMIT));
    assertThat(fails(most, nested(CastJson.MAX_NESTING_DEPTH_LIMIT + 1)).code())
        .isEqualTo(Code.NESTING_TOO_DEEP);
    CastJson yamlFive = five.toBuilder().format(CastJson.Format.YAML).build();
    passes(yamlFive, "formatVersion: \"1.0\"\nid: C\ntitle: t\nx: [[[[1]]]]\n");
    assertThat(fails(yamlFive, "formatVersion: \"1.0\"\nid: C\ntitle: t\nx: [[[[[1]]]]]\n").code())
        .isEqualTo(Code.NESTING_TOO_DEEP);
  }

  @Test
  void stringLengthIsEnforcedAtItsDefaultAndAtAnyConfiguredValue() {
    int limit = CastJson.DEFAULT_MAX_STRING_LENGTH;
    passes(JSON, doc("\"x\": \"" + "s".repeat(limit) + "\""));
    assertThat(fails(JSON, doc("\"x\": \"" + "s".repeat(limit + 1) + "\"")).code())
        .isEqualTo(Code.STRING_TOO_LONG);
    // "formatVersion" is a name of 13 characters
    CastJson short13 = CastJson.builder().maxStringLength(13).build();
    passes(short13, doc("\"x\": \"" + "s".repeat(13) + "\""));
    assertThat(fails(short13, doc("\"x\": \"" + "s".repeat(14) + "\"")).code())
        .isEqualTo(Code.STRING_TOO_LONG);
    assertThat(fails(short13, doc("\"" + "k".repeat(14) + "\": 1")).code())
        .isEqualTo(Code.STRING_TOO_LONG);
    // a number is not a string: its own limit applies, however long it is
    assertThat(fails(short13, doc("\"x\": " + "1".repeat(1_000))).code())
        .isEqualTo(Code.NUMBER_TOO_LONG);
    CastJson yaml13 = short13.toBuilder().format(CastJson.Format.YAML).build();
    passes(yaml13, "formatVersion: \"1.0\"\nid: C\ntitle: t\nx: " + "s".repeat(13) + "\n");
    assertThat(
            fails(yaml13, "formatVersion: \"1.0\"\nid: C\ntitle: t\nx: " + "s".repeat(14) + "\n")
                .code())
        .isEqualTo(Code.STRING_TOO_LONG);
  }

  @Test
  void numberLengthIsEnforcedAtItsDefaultAndAtAnyConfiguredValue() {
    int limit = CastJson.DEFAULT_MAX_NUMBER_LENGTH;
    passes(JSON, doc("\"x\": " + "1".repeat(limit)));
    assertThat(fails(JSON, doc("\"x\": " + "1".repeat(limit + 1))).code())
        .isEqualTo(Code.NUMBER_TOO_LONG);
    assertThat(fails(JSON, doc("\"x\": 0." + "1".repeat(limit))).code())
        .isEqualTo(Code.NUMBER_TOO_LONG);
    CastJson three = CastJson.builder().maxNumberLength(3).build();
    passes(three, doc("\"x\": 123"));
    assertThat(fails(three, doc("\"x\": 1234")).code()).isEqualTo(Code.NUMBER_TOO_LONG);
    CastJson yamlThree = three.toBuilder().format(CastJson.Format.YAML).build();
    passes(yamlThree, "formatVersion: \"1.0\"\nid: C\ntitle: t\nx: 123\n");
    assertThat(fails(yamlThree, "formatVersion: \"1.0\"\nid: C\ntitle: t\nx: 1234\n").code())
        .isEqualTo(Code.NUMBER_TOO_LONG);
  }

  @Test
  void documentSizeIsEnforcedAtItsDefaultAndAtAnyConfiguredValue() {
    long limit = CastJson.DEFAULT_MAX_DOCUMENT_LENGTH;
    String small = doc("\"x\": 1");
    String exact = small + " ".repeat((int) limit - small.length());
    byte[] exactBytes = exact.getBytes(StandardCharsets.UTF_8);
    assertThat(exactBytes).hasSize((int) limit);
    assertThat(JSON.read(exactBytes).title()).isEqualTo("t");
    assertThat(JSON.read(exact).title()).isEqualTo("t");
    String over = exact + " ";
    for (Runnable r :
        List.<Runnable>of(
            () -> JSON.read(over),
            () -> JSON.read(over.getBytes(StandardCharsets.UTF_8)),
            () -> JSON.read(new ByteArrayInputStream(over.getBytes(StandardCharsets.UTF_8))),
            () -> JSON.read(new StringReader(over)))) {
      long start = System.nanoTime();
      try {
        r.run();
        throw new AssertionError("a document one byte over the limit was read");
      } catch (CastJsonException e) {
        assertThat(e.code()).isEqualTo(Code.DOCUMENT_TOO_LARGE);
        assertThat(e.line()).isPositive();
      }
      TALLY.record("limits at their boundary", "DOCUMENT_TOO_LARGE", System.nanoTime() - start);
    }
    // YAML at the default too
    String yamlHead = "formatVersion: \"1.0\"\nid: C\ntitle: t\n#";
    String yamlExact = yamlHead + " ".repeat((int) limit - yamlHead.length() - 1) + "\n";
    assertThat(yamlExact).hasSize((int) limit);
    assertThat(YAML.read(yamlExact).title()).isEqualTo("t");
    // The YAML library has a limit of its own, 3 MB unless set; the comment above did not reach
    // it, 4 MB of values do. YamlSupport sets it to the document limit.
    String words = "y ".repeat(400_000);
    StringBuilder fourMb = new StringBuilder(yamlHead).append('\n');
    for (char c = 'a'; c <= 'e'; c++) {
      fourMb.append("x-").append(c).append(": ").append(words).append('\n');
    }
    assertThat(YAML.read(fourMb.toString()).extensions()).hasSize(5);
    assertThat(fails(YAML, yamlExact + " ").code()).isEqualTo(Code.DOCUMENT_TOO_LARGE);
    CastJson kb = CastJson.builder().maxDocumentLength(1000).build();
    passes(kb, small + " ".repeat(1000 - small.length()));
    assertThat(fails(kb, small + " ".repeat(1001 - small.length())).code())
        .isEqualTo(Code.DOCUMENT_TOO_LARGE);
    CastJson yamlKb = kb.toBuilder().format(CastJson.Format.YAML).build();
    String yaml = "formatVersion: \"1.0\"\nid: C\ntitle: t\n";
    passes(yamlKb, yaml + "#".repeat(999 - yaml.length()) + "\n");
    assertThat(fails(yamlKb, yaml + "#".repeat(1000 - yaml.length()) + "\n").code())
        .isEqualTo(Code.DOCUMENT_TOO_LARGE);
  }

  @Test
  void valueCountIsEnforcedAtItsDefaultAndAtAnyConfiguredValue() {
    // the analysis object, three strings and the array are five values
    long limit = CastJson.DEFAULT_MAX_VALUE_COUNT;
    passes(JSON, doc("\"x\": [" + repeat("0", ",", (int) limit - 5) + "]"));
    assertThat(fails(JSON, doc("\"x\": [" + repeat("0", ",", (int) limit - 4) + "]")).code())
        .isEqualTo(Code.TOO_MANY_VALUES);
    CastJson ten = CastJson.builder().maxValueCount(10).build();
    passes(ten, doc("\"x\": [0, 0, 0, 0, 0]"));
    assertThat(fails(ten, doc("\"x\": [0, 0, 0, 0, 0, 0]")).code()).isEqualTo(Code.TOO_MANY_VALUES);
    CastJson yamlTen = ten.toBuilder().format(CastJson.Format.YAML).build();
    passes(yamlTen, "formatVersion: \"1.0\"\nid: C\ntitle: t\nx: [0, 0, 0, 0, 0]\n");
    assertThat(
            fails(yamlTen, "formatVersion: \"1.0\"\nid: C\ntitle: t\nx: [0, 0, 0, 0, 0, 0]\n")
                .code())
        .isEqualTo(Code.TOO_MANY_VALUES);
  }
}
