package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.ExtensionValue;
import dev.castkit.json.CastJsonException.Code;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a YAML document means (issue 16): scalars by the YAML 1.2 core schema, refused where YAML
 * 1.1 and 1.2 give different numbers; U+0085, U+2028 and U+2029 are characters, not breaks; UTF-16
 * and UTF-32 are read; any 1.x format version is read.
 */
class YamlMeaningTest {
  private static final CastJson YAML = CastJson.yaml();
  private static final String HEAD = "formatVersion: 1.0\nid: C\ntitle: t\n";

  private static ExtensionValue x(String scalar) {
    return YAML.read(HEAD + "x: " + scalar + "\n").extensions().get("x");
  }

  private static CastJsonException fails(String doc) {
    return catchThrowableOfType(CastJsonException.class, () -> YAML.read(doc));
  }

  @Test
  void plainScalarsMeanWhatTheYaml12CoreSchemaSays() {
    Map<String, ExtensionValue> table = new LinkedHashMap<>();
    // strings in YAML 1.2, numbers or booleans or timestamps in YAML 1.1
    for (String s :
        List.of(
            "0b101",
            "1_000",
            "1:20",
            "12:30:00",
            "yes",
            "No",
            "on",
            "OFF",
            "y",
            "n",
            "<<",
            "=",
            "2021-10-04",
            "0x1G",
            "0o8",
            "-0x1F",
            "+.5.",
            "1e",
            "e5",
            ".",
            "+")) {
      table.put(s, ExtensionValue.of(s));
    }
    table.put("0o17", ExtensionValue.number("15"));
    table.put("0x1F", ExtensionValue.number("31"));
    table.put("0xff", ExtensionValue.number("255"));
    table.put("+5", ExtensionValue.number("5"));
    table.put("-0", ExtensionValue.number("-0"));
    table.put("0", ExtensionValue.number("0"));
    table.put("42", ExtensionValue.number("42"));
    table.put("1.50", ExtensionValue.number("1.50"));
    table.put(".5", ExtensionValue.number("0.5"));
    table.put("1e3", ExtensionValue.number("1e3"));
    table.put("-3E+8", ExtensionValue.number("-3E+8"));
    table.put("true", ExtensionValue.of(true));
    table.put("FALSE", ExtensionValue.of(false));
    table.put("~", ExtensionValue.ofNull());
    table.put("Null", ExtensionValue.ofNull());
    table.put("", ExtensionValue.ofNull());
    table.put("\"010\"", ExtensionValue.of("010"));
    table.put("'0o17'", ExtensionValue.of("0o17"));
    table.put("!!str 0x1F", ExtensionValue.of("0x1F"));
    table.put("!!int 0o17", ExtensionValue.number("15"));
    table.put("!!float 1", ExtensionValue.number("1"));
    table.forEach((scalar, value) -> assertThat(x(scalar)).as(scalar).isEqualTo(value));
  }

  @Test
  void aNumberWithALeadingZeroIsRefusedWhereANumberIsReadAndKeptAsTextWhereAStringIs() {
    for (String n : List.of("010", "0777", "08", "-010", "00", "!!int 010")) {
      CastJsonException e = fails(HEAD + "x: " + n + "\n");
      assertThat(e.code()).as(n).isEqualTo(Code.INVALID_VALUE);
      assertThat(e.jsonPointer()).isEqualTo("/x");
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.column()).isEqualTo(4);
      assertThat(e.detail()).contains("leading zero").contains("YAML 1.1");
    }
    String component =
        HEAD
            + "controlStructures:\n- id: CS\n  variant: AS_DESIGNED\n  components:\n  - id: A\n    name: a\n"
            + "    kind: HUMAN_CONTROLLER\n    level: ";
    CastJsonException level = fails(component + "010\n");
    assertThat(level.code()).isEqualTo(Code.INVALID_VALUE);
    assertThat(level.jsonPointer()).isEqualTo("/controlStructures/0/components/0/level");
    assertThat(level.line()).isEqualTo(11);
    CastAnalysis octal = YAML.read(component + "0o17\n");
    assertThat(octal.controlStructures().get(0).components().get(0).level()).isEqualTo(15);
    assertThat(YAML.read(HEAD.replace("title: t", "title: 010")).title()).isEqualTo("010");
  }

  @Test
  void nelLineSeparatorAndParagraphSeparatorAreCharactersInEveryKindOfScalarAndKey() {
    for (String c : List.of("\u0085", "\u2028", "\u2029")) {
      Map<String, ExtensionValue> expected = new LinkedHashMap<>();
      expected.put("x-plain", ExtensionValue.of("a" + c + "b"));
      expected.put("x-double", ExtensionValue.of("a" + c + "b"));
      expected.put("x-single", ExtensionValue.of("a" + c + "b"));
      expected.put("x-block", ExtensionValue.of("l1" + c + "\nl2\n"));
      expected.put("x-escaped", ExtensionValue.of("a\u0085b"));
      expected.put("k" + c, ExtensionValue.of("v"));
      String doc =
          HEAD
              + "x-plain: a"
              + c
              + "b\nx-double: \"a"
              + c
              + "b\"\nx-single: 'a"
              + c
              + "b'\nx-block: |\n  l1"
              + c
              + "\n  l2\nx-escaped: \"a\\Nb\"\nk"
              + c
              + ": v\n";
      assertThat(YAML.read(doc).extensions()).as("U+%04X", (int) c.charAt(0)).isEqualTo(expected);
      // and line numbers count only \n: an error after it is on the line a 1.2 reader says
      CastJsonException e = fails(doc + "status: NOPE\n");
      assertThat(e.line()).isEqualTo(12);
    }
    // a key written raw and the same key escaped are one key
    assertThat(fails(HEAD + "k\u0085: 1\n\"k\\N\": 2\n").code()).isEqualTo(Code.DUPLICATE_KEY);
    // the private-use characters the reader borrows are kept as written, raw or escaped
    assertThat(YAML.read(HEAD + "x: \"\\uE000\u0085\uE001\"\n").extensions().get("x"))
        .isEqualTo(ExtensionValue.of("\uE000\u0085\uE001"));
  }

  @Test
  void utf16AndUtf32AreReadWithOrWithoutAByteOrderMark() {
    String doc = HEAD.replace("title: t", "title: \"Ünïcødé 😀\"") + "x: [1, \"ı\"]\n";
    CastAnalysis expected = YAML.read(doc);
    for (String charset : List.of("UTF-8", "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE")) {
      byte[] plain = doc.getBytes(Charset.forName(charset));
      byte[] bom = ("\uFEFF" + doc).getBytes(Charset.forName(charset));
      for (byte[] bytes : List.of(plain, bom)) {
        assertThat(YAML.read(bytes)).as(charset).isEqualTo(expected);
        assertThat(YAML.read(new ByteArrayInputStream(bytes))).as(charset).isEqualTo(expected);
      }
    }
  }

  @Test
  void badlyEncodedYamlIsALocatedSyntaxErrorThatNamesTheEncoding() {
    byte[] utf16 = (HEAD + "x: y\n").getBytes(StandardCharsets.UTF_16LE);
    byte[] lone = new byte[utf16.length + 2];
    System.arraycopy(utf16, 0, lone, 0, utf16.length);
    lone[utf16.length] = 0x00;
    lone[utf16.length + 1] = (byte) 0xD8; // a lone high surrogate at the end
    byte[] odd = java.util.Arrays.copyOf(utf16, utf16.length - 1);
    byte[] utf8 = (HEAD + "x: \u00e9\n").getBytes(StandardCharsets.UTF_8);
    byte[] badUtf8 = java.util.Arrays.copyOf(utf8, utf8.length - 1);
    badUtf8[badUtf8.length - 1] = (byte) 0xC3; // a cut two-byte sequence
    Map<byte[], Integer> lines = new LinkedHashMap<>();
    lines.put(lone, 5);
    lines.put(odd, 4);
    lines.put(badUtf8, 4);
    for (Map.Entry<byte[], Integer> entry : lines.entrySet()) {
      byte[] bytes = entry.getKey();
      CastJsonException e = catchThrowableOfType(CastJsonException.class, () -> YAML.read(bytes));
      assertThat(e.code()).isEqualTo(Code.SYNTAX_ERROR);
      assertThat(e.getMessage())
          .doesNotContain("CharConversionException")
          .doesNotContain("java.")
          .containsPattern("UTF-(8|16LE)");
      assertThat(e.line()).isEqualTo(entry.getValue());
    }
  }

  @Test
  void aTabAfterAColonSeparatesTheValueAsYaml12Allows() {
    CastAnalysis a = YAML.read("formatVersion:\t\"1.0\"\nid:\tC\ntitle: t\nx:\ty\n");
    assertThat(a.extensions().get("x")).isEqualTo(ExtensionValue.of("y"));
    // a tab inside a quoted scalar or a block is kept
    assertThat(YAML.read(HEAD + "x: \"a:\tb\"\n").extensions().get("x"))
        .isEqualTo(ExtensionValue.of("a:\tb"));
    assertThat(YAML.read(HEAD + "x: |\n  a:\tb\n").extensions().get("x"))
        .isEqualTo(ExtensionValue.of("a:\tb\n"));
    // ... also in a document that needs a tab read as a space elsewhere: the tab in the quoted
    // scalar is never changed; such a document is refused at the first tab, as before
    String both = "formatVersion:\t\"1.0\"\nid: C\ntitle: t\nx: \"a:\tb\"\n";
    CastJsonException e = fails(both);
    assertThat(e.code()).isEqualTo(Code.SYNTAX_ERROR);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(15);
    // a tab used for indentation stays an error, with its place
    CastJsonException indent = fails(HEAD + "x:\n\t- y\n");
    assertThat(indent.code()).isEqualTo(Code.SYNTAX_ERROR);
    assertThat(indent.line()).isEqualTo(5);
  }
}
