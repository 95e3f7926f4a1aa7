package dev.castkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.ExtensionValue;
import dev.castkit.json.CastJson;
import dev.castkit.json.CastJsonException;
import dev.castkit.json.CastJsonException.Code;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link YamlSupport}: what YAML documents read to (tags, numbers in every base and size, keys with
 * YAML 1.1 line breaks, tabs after colons), the errors for what is refused, and what the factory
 * reads and writes whichever way it is given a document.
 */
class YamlSupportTest {
  private static final CastJson YAML = CastJson.yaml();
  private static final String HEAD = "formatVersion: 1.0\nid: C\ntitle: t\n";
  private static final String TAB_HEAD = "formatVersion:\t\"1.0\"\nid: C\ntitle: t\n";
  private static final String COMPONENT =
      HEAD
          + "controlStructures:\n- id: CS\n  variant: AS_DESIGNED\n  components:\n  - id: A\n"
          + "    name: a\n    kind: HUMAN_CONTROLLER\n    level: ";
  private static final String ONLY_CORE_TAGS =
      "; only !!str, !!int, !!float, !!bool, !!null, !!map and !!seq may be used, each on a value"
          + " of its type";

  private static ExtensionValue x(String scalar) {
    return YAML.read(HEAD + "x: " + scalar + "\n").extensions().get("x");
  }

  private static CastJsonException fails(CastJson json, String doc) {
    CastJsonException e = catchThrowableOfType(CastJsonException.class, () -> json.read(doc));
    assertThat(e).as(doc).isNotNull();
    return e;
  }

  private static CastJsonException failsAtX(String scalar) {
    CastJsonException e = fails(YAML, HEAD + "x: " + scalar + "\n");
    assertThat(e.jsonPointer()).as(scalar).isEqualTo("/x");
    assertThat(e.line()).as(scalar).isEqualTo(4);
    assertThat(e.column()).as(scalar).isEqualTo(4);
    return e;
  }

  private static int level(String scalar) {
    return YAML.read(COMPONENT + scalar + "\n")
        .controlStructures()
        .get(0)
        .components()
        .get(0)
        .level();
  }

  @Test
  void eachCoreTagResolvesItsValueByTheCoreSchema() {
    Map<String, ExtensionValue> table = new LinkedHashMap<>();
    table.put("!!str ~", ExtensionValue.of("~"));
    table.put("!!str null", ExtensionValue.of("null"));
    table.put("!!str true", ExtensionValue.of("true"));
    table.put("!!str 010", ExtensionValue.of("010"));
    table.put("!!int 0o17", ExtensionValue.number("15"));
    table.put("!!int 0x1F", ExtensionValue.number("31"));
    table.put("!!int -7", ExtensionValue.number("-7"));
    table.put("!!float 1", ExtensionValue.number("1"));
    table.put("!!float .5", ExtensionValue.number("0.5"));
    table.put("!!float 1e3", ExtensionValue.number("1e3"));
    table.put("!!float 010", ExtensionValue.number("10"));
    table.put("!!bool true", ExtensionValue.of(true));
    table.put("!!bool false", ExtensionValue.of(false));
    table.put("!!bool FALSE", ExtensionValue.of(false));
    table.put("!!null ~", ExtensionValue.ofNull());
    table.put("!!null NULL", ExtensionValue.ofNull());
    // the empty scalar is null in the core schema, tagged or not
    table.put("!!null", ExtensionValue.ofNull());
    table.put("!!null ''", ExtensionValue.ofNull());
    table.put("!!null \"\"", ExtensionValue.ofNull());
    table.forEach((scalar, value) -> assertThat(x(scalar)).as(scalar).isEqualTo(value));
  }

  @Test
  void theNonSpecificTagMakesAScalarAString() {
    // YAML 1.2 and 1.1, example 6.28: "! 12" is the string "12" (PyYAML reads the number)
    for (String text : List.of("42", "true", "~", "null", "0x1F", "010", "1.5", ".inf", "a b")) {
      assertThat(x("! " + text)).as(text).isEqualTo(ExtensionValue.of(text));
    }
    assertThat(x("! \"a\u2028b\"")).isEqualTo(ExtensionValue.of("a\u2028b"));
    assertThat(x("! a\u2028b")).isEqualTo(ExtensionValue.of("a\u2028b"));
  }

  @Test
  void aTagThatDoesNotFitItsValueIsRefusedWithTheValueAsWritten() {
    Map<String, String> table = new LinkedHashMap<>();
    table.put("!!int ~", "the YAML tag !!int does not fit ~");
    table.put("!!int True", "the YAML tag !!int does not fit True");
    table.put("!!int 1.5", "the YAML tag !!int does not fit 1.5");
    table.put("!!float ~", "the YAML tag !!float does not fit ~");
    table.put("!!float abc", "the YAML tag !!float does not fit abc");
    table.put("!!float True", "the YAML tag !!float does not fit True");
    table.put("!!bool ~", "the YAML tag !!bool does not fit ~");
    table.put("!!bool yes", "the YAML tag !!bool does not fit yes");
    table.put("!!bool 1", "the YAML tag !!bool does not fit 1");
    table.put("!!null True", "the YAML tag !!null does not fit True");
    table.put("!!null 0", "the YAML tag !!null does not fit 0");
    table.put("!!null abc", "the YAML tag !!null does not fit abc");
    table.put("! [1]", "the YAML tag ! is not supported");
    table.put("! {a: 1}", "the YAML tag ! is not supported");
    table.put("!foo x", "the YAML tag !foo is not supported");
    table.put("!!foo x", "the YAML tag !!foo is not supported");
    table.put("!!timestamp 2001-12-14", "the YAML tag !!timestamp is not supported");
    table.forEach(
        (scalar, detail) -> {
          CastJsonException e = failsAtX(scalar);
          assertThat(e.code()).as(scalar).isEqualTo(Code.UNSUPPORTED_YAML_FEATURE);
          assertThat(e.detail()).as(scalar).isEqualTo(detail + ONLY_CORE_TAGS);
        });
    // a float tag on an integer spelt in a base other than ten: YAML 1.2's float grammar has no
    // such spelling
    for (String scalar : List.of("!!float 0x1F", "!!float 0o17")) {
      CastJsonException e = failsAtX(scalar);
      assertThat(e.code()).as(scalar).isEqualTo(Code.INVALID_VALUE);
      assertThat(e.detail())
          .isEqualTo("'" + scalar.substring(8) + "' is not a number JSON can represent");
    }
  }

  @Test
  void aValueThatDoesNotFitItsTagIsNotReadAsTheTypeItSpells() {
    // were they read as numbers, they would be refused as too long (the limit is 100)
    for (String scalar :
        List.of(
            "!!bool 0x" + "F".repeat(150),
            "!!null " + "1".repeat(150),
            "!!int 1." + "5".repeat(150),
            "!!int 1" + "0".repeat(150) + "e3")) {
      CastJsonException e = failsAtX(scalar);
      assertThat(e.code()).as(scalar).isEqualTo(Code.UNSUPPORTED_YAML_FEATURE);
      assertThat(e.detail())
          .as(scalar)
          .startsWith(
              scalar.substring(0, scalar.indexOf(' ')).replace("!!", "the YAML tag !!")
                  + " does not fit ");
    }
  }

  @Test
  void aliasesAndBinaryValuesAreRefusedWithWhatToDoInstead() {
    CastJsonException alias = fails(YAML, HEAD + "x: &anchor 1\ny: *anchor\n");
    assertThat(alias.code()).isEqualTo(Code.UNSUPPORTED_YAML_FEATURE);
    assertThat(alias.jsonPointer()).isEqualTo("/y");
    assertThat(alias.detail())
        .isEqualTo("YAML aliases (*anchor) are not supported; write the value out in full");
    CastJsonException binary = failsAtX("!!binary aGVsbG8=");
    assertThat(binary.code()).isEqualTo(Code.UNSUPPORTED_YAML_FEATURE);
    assertThat(binary.detail()).isEqualTo("binary YAML values (!!binary) are not supported");
  }

  @Test
  void infinityAndNotANumberAreRefusedAsNotJsonNumbers() {
    for (String scalar : List.of(".inf", "-.inf", "+.Inf", ".INF", ".nan", ".NaN", ".NAN")) {
      CastJsonException e = failsAtX(scalar);
      assertThat(e.code()).as(scalar).isEqualTo(Code.INVALID_VALUE);
      assertThat(e.detail()).isEqualTo("'" + scalar + "' is not a number JSON can represent");
    }
  }

  @Test
  void hexadecimalAndOctalNumbersKeepTheirValueAtEverySize() {
    List<String> written =
        List.of(
            "0x7FFFFFFF",
            "0x80000000",
            "0xFFFFFFFF",
            "0x7FFFFFFFFFFFFFFF",
            "0x8000000000000000",
            "0xFFFFFFFFFFFFFFFF",
            "0x1FFFFFFFFFFFFFFFF",
            "0o17777777777",
            "0o20000000000",
            "0o1777777777777777777777",
            "0o0");
    for (String n : written) {
      BigInteger value = new BigInteger(n.substring(2), n.charAt(1) == 'x' ? 16 : 8);
      assertThat(x(n)).as(n).isEqualTo(ExtensionValue.number(value.toString()));
    }
  }

  @Test
  void anIntegerFieldReadsEveryBaseAndRefusesWhatDoesNotFit() {
    assertThat(level("5")).isEqualTo(5);
    assertThat(level("0x10")).isEqualTo(16);
    assertThat(level("0o17")).isEqualTo(15);
    assertThat(level("0x7FFFFFFF")).isEqualTo(Integer.MAX_VALUE);
    for (String n : List.of("0x80000000", "0x100000000", "0x1FFFFFFFFFFFFFFFF")) {
      CastJsonException e = fails(YAML, COMPONENT + n + "\n");
      assertThat(e.code()).as(n).isEqualTo(Code.INVALID_VALUE);
      assertThat(e.jsonPointer()).isEqualTo("/controlStructures/0/components/0/level");
      assertThat(e.line()).isEqualTo(11);
      assertThat(e.column()).isEqualTo(12);
      assertThat(e.detail())
          .isEqualTo("level " + n + " is out of range; expected 0 to " + Integer.MAX_VALUE);
    }
  }

  @Test
  void aLeadingZeroIsRefusedWithTheNumberYaml12Reads() {
    Map<String, String> table = new LinkedHashMap<>();
    table.put("010", "10");
    table.put("0010", "10");
    table.put("+010", "10");
    table.put("-010", "-10");
    table.put("00", "0");
    table.put("000", "0");
    table.put("+00", "0");
    table.put("-00", "-0");
    table.put("-0007", "-7");
    table.forEach(
        (n, read) -> {
          CastJsonException e = failsAtX(n);
          assertThat(e.code()).as(n).isEqualTo(Code.INVALID_VALUE);
          assertThat(e.detail())
              .as(n)
              .isEqualTo(
                  "the number "
                      + n
                      + " has a leading zero: YAML 1.2 reads it as "
                      + read
                      + ", YAML 1.1 as an octal number or a string; write it without the leading"
                      + " zero (or 0o... for octal), or quote it to keep the text");
        });
  }

  @Test
  void theConfiguredLimitsHoldNotTheYamlLibrarysOwn() {
    // SnakeYAML's own nesting limit is 50; castkit's default is 100
    String nested = "[".repeat(90) + "1" + "]".repeat(90);
    ExtensionValue v = x(nested);
    int depth = 0;
    while (v instanceof ExtensionValue.ArrayValue a) {
      depth++;
      v = a.elements().get(0);
    }
    assertThat(depth).isEqualTo(90);
    // Jackson's own number limit is 1,000 digits
    CastJson longNumbers =
        CastJson.builder().format(CastJson.Format.YAML).maxNumberLength(1600).build();
    for (String n : List.of("0x" + "F".repeat(1500), "0o" + "7".repeat(1500), "9".repeat(1500))) {
      BigInteger value =
          n.startsWith("0x")
              ? new BigInteger(n.substring(2), 16)
              : n.startsWith("0o") ? new BigInteger(n.substring(2), 8) : new BigInteger(n);
      assertThat(longNumbers.read(HEAD + "x: " + n + "\n").extensions().get("x"))
          .isEqualTo(ExtensionValue.number(value.toString()));
    }
    CastJsonException tooLong = failsAtX("0x" + "F".repeat(99));
    assertThat(tooLong.code()).isEqualTo(Code.NUMBER_TOO_LONG);
  }

  @Test
  void aKeyHoldingAYaml11BreakIsItselfInErrorPointers() {
    for (String c : List.of("\u0085", "\u2028", "\u2029")) {
      CastJsonException e = fails(YAML, HEAD + "x" + c + ":\n  y: 010\n");
      assertThat(e.code()).isEqualTo(Code.INVALID_VALUE);
      assertThat(e.jsonPointer()).isEqualTo("/x" + c + "/y");
      assertThat(e.line()).isEqualTo(5);
      assertThat(e.column()).isEqualTo(6);
      CastJsonException dup = fails(YAML, HEAD + "\"k\\N\": 1\nk\u0085: 2\n");
      assertThat(dup.code()).isEqualTo(Code.DUPLICATE_KEY);
      assertThat(dup.jsonPointer()).isEqualTo("/k\u0085");
    }
  }

  @Test
  void aTabAfterAColonInsideAKeyOrAValueIsContentSoTheDocumentIsRefused() {
    for (String doc :
        List.of(
            TAB_HEAD + "\"a:\tb\": 1\n",
            TAB_HEAD + "? \"a:\tb\"\n: 1\n",
            TAB_HEAD + "x: \"\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00a:\t\"\n",
            TAB_HEAD + "x: '\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00:\t'\n")) {
      CastJsonException e = fails(YAML, doc);
      assertThat(e.code()).as(doc).isEqualTo(Code.SYNTAX_ERROR);
      assertThat(e.line()).as(doc).isEqualTo(1);
      assertThat(e.column()).as(doc).isEqualTo(15);
    }
    // after characters outside the Basic Multilingual Plane, the tabs are still found
    CastAnalysis a =
        YAML.read("x-\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00:\t\"a\"\n" + TAB_HEAD + "y:\t\"b\"\n");
    assertThat(a.extensions())
        .containsEntry("x-\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", ExtensionValue.of("a"))
        .containsEntry("y", ExtensionValue.of("b"));
  }

  private static List<String> tokens(JsonParser p) throws IOException {
    List<String> out = new ArrayList<>();
    try (p) {
      for (JsonToken t; (t = p.nextToken()) != null; ) {
        out.add(t + " " + p.getText());
      }
    }
    return out;
  }

  @Test
  void theFactoryReadsTheSameWhicheverWayTheDocumentIsGiven() throws IOException {
    JsonFactory f = YamlSupport.factory(Limits.DEFAULT);
    String doc = "k\u2028: \"v\u2029w\"\nn: 0x1F\nm: \u0085\n";
    List<String> expected =
        List.of(
            "START_OBJECT {",
            "FIELD_NAME k\u2028",
            "VALUE_STRING v\u2029w",
            "FIELD_NAME n",
            "VALUE_NUMBER_INT 0x1F",
            "FIELD_NAME m",
            "VALUE_STRING \u0085",
            "END_OBJECT }");
    byte[] utf16 = ("\uFEFF" + doc).getBytes(StandardCharsets.UTF_16LE);
    byte[] padded = new byte[utf16.length + 6];
    System.arraycopy(utf16, 0, padded, 3, utf16.length);
    byte[] trailing = java.util.Arrays.copyOf(utf16, utf16.length + 5);
    trailing[utf16.length] = '!';
    char[] chars = ("@@" + doc + "@@").toCharArray();
    assertThat(tokens(f.createParser(doc))).isEqualTo(expected);
    assertThat(tokens(f.createParser(new StringReader(doc)))).isEqualTo(expected);
    assertThat(tokens(f.createParser(new StringReader(doc.repeat(1).concat("#".repeat(20_000))))))
        .isEqualTo(expected);
    assertThat(tokens(f.createParser(chars, 2, doc.length()))).isEqualTo(expected);
    assertThat(tokens(f.createParser(new ByteArrayInputStream(utf16)))).isEqualTo(expected);
    assertThat(tokens(f.createParser(utf16))).isEqualTo(expected);
    assertThat(tokens(f.createParser(padded, 3, utf16.length))).isEqualTo(expected);
    assertThat(tokens(f.createParser(trailing, 0, utf16.length))).isEqualTo(expected);
  }

  @Test
  void theParserGivesTheIntValueOfANumberInEveryBase() throws IOException {
    JsonFactory f = YamlSupport.factory(Limits.DEFAULT);
    try (JsonParser p =
        f.createParser("[5, 0x10, 0o17, 0x7FFFFFFF, -12, 0x80000000, 0x1FFFFFFFFFFFFFFFF, 010]")) {
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
      for (int expected : new int[] {5, 16, 15, Integer.MAX_VALUE, -12}) {
        assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
        assertThat(p.getIntValue()).isEqualTo(expected);
        assertThat(p.getIntValue()).isEqualTo(expected);
        assertThat(p.getLongValue()).isEqualTo(expected);
      }
      assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
      assertThatThrownBy(p::getIntValue)
          .isInstanceOf(InputCoercionException.class)
          .hasMessageContaining("(0x80000000) out of range of int");
      assertThat(p.getLongValue()).isEqualTo(0x80000000L);
      assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
      assertThatThrownBy(p::getIntValue).isInstanceOf(InputCoercionException.class);
      assertThat(p.getBigIntegerValue()).isEqualTo(new BigInteger("1FFFFFFFFFFFFFFFF", 16));
      assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
      assertThatThrownBy(p::getIntValue)
          .hasMessageStartingWith("the number 010 has a leading zero: YAML 1.2 reads it as 10,");
    }
  }

  @Test
  void theParserGivesTheDoubleValueOfInfinityAndNotANumber() throws IOException {
    // CastJson refuses them all as numbers JSON cannot represent; the parser still reads each
    JsonFactory f = YamlSupport.factory(Limits.DEFAULT);
    Map<String, Double> table = new LinkedHashMap<>();
    table.put(".nan", Double.NaN);
    table.put(".NaN", Double.NaN);
    table.put(".NAN", Double.NaN);
    table.put(".inf", Double.POSITIVE_INFINITY);
    table.put("+.Inf", Double.POSITIVE_INFINITY);
    table.put("-.INF", Double.NEGATIVE_INFINITY);
    for (Map.Entry<String, Double> entry : table.entrySet()) {
      try (JsonParser p = f.createParser("[" + entry.getKey() + "]")) {
        assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
        assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_FLOAT);
        assertThat(p.getText()).isEqualTo(entry.getKey());
        assertThat(p.getDoubleValue()).as(entry.getKey()).isEqualTo(entry.getValue());
      }
    }
  }

  @Test
  void theGeneratorWritesNullsCharArraysAndNumbersYaml11ReadersReadTheSame() throws IOException {
    JsonFactory f = YamlSupport.factory(Limits.DEFAULT);
    StringWriter out = new StringWriter();
    try (JsonGenerator g = f.createGenerator(out)) {
      g.writeStartObject();
      g.writeFieldName("s");
      g.writeString((String) null);
      g.writeFieldName("c");
      char[] text = "--a\u2028b--".toCharArray();
      g.writeString(text, 2, 3);
      g.writeFieldName("num");
      g.writeNumber((String) null);
      g.writeFieldName("e");
      g.writeNumber("1e3");
      g.writeFieldName("d");
      g.writeNumber("1.5e+3");
      g.writeEndObject();
    }
    assertThat(out.toString())
        .isEqualTo("s: null\nc: \"a\\Lb\"\nnum: null\ne: !!float '1e3'\nd: 1.5e+3\n");
  }

  @Test
  void numbersThatYaml11ReadsAsTextAreWrittenWithAFloatTag() {
    CastAnalysis a =
        YAML.read(HEAD + "x-a: 1e3\nx-b: 1.5e+3\nx-c: 2E-3\nx-d: 12\nx-e: 0.5\nx-f: 1.0E5\n");
    String written = YAML.write(a);
    assertThat(written)
        .contains("\nx-a: !!float '1e3'\n")
        .contains("\nx-b: 1.5e+3\n")
        .contains("\nx-c: !!float '2E-3'\n")
        .contains("\nx-d: 12\n")
        .contains("\nx-e: 0.5\n")
        .contains("\nx-f: !!float '1.0E5'\n");
    assertThat(YAML.read(written)).isEqualTo(a);
  }
}
