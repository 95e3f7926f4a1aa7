package dev.castkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.json.internal.YamlCore.Kind;
import dev.castkit.json.internal.YamlCore.Style;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link YamlCore}: the YAML 1.2 core schema's reading of plain scalars, and the writing styles.
 */
class YamlCoreTest {
  @Test
  void plainScalarsResolveByTheCoreSchema() {
    Map<String, Kind> table = new LinkedHashMap<>();
    for (String s : List.of("", "~", "null", "Null", "NULL")) {
      table.put(s, Kind.NULL);
    }
    for (String s : List.of("true", "True", "TRUE")) {
      table.put(s, Kind.TRUE);
    }
    for (String s : List.of("false", "False", "FALSE")) {
      table.put(s, Kind.FALSE);
    }
    for (String s : List.of("0", "7", "-0", "+5", "42", "-123456")) {
      table.put(s, Kind.INT);
    }
    for (String s : List.of("00", "010", "-010", "+08")) {
      table.put(s, Kind.INT_LEADING_ZERO);
    }
    table.put("0o17", Kind.OCTAL);
    table.put("0o0", Kind.OCTAL);
    table.put("0x1F", Kind.HEX);
    table.put("0xff", Kind.HEX);
    for (String s :
        List.of(
            "1.5", ".5", "-.5", "+1.", "1e3", "1E3", "1e-3", "1.5e+3", "-3E+8", "0.0", "00.5")) {
      table.put(s, Kind.FLOAT);
    }
    for (String s : List.of(".inf", "-.inf", "+.Inf", ".INF", ".nan", ".NaN", ".NAN")) {
      table.put(s, Kind.NOT_A_JSON_NUMBER);
    }
    for (String s :
        List.of(
            "nul",
            "Nul",
            "tru",
            "t",
            "f",
            "n",
            "falsey",
            "nulls",
            "no",
            "yes",
            "-.nan",
            ".Nan",
            ".infx",
            "0o8",
            "0o",
            "0x",
            "0xG",
            "0x1g",
            "0o1F",
            "-0o7",
            "1_000",
            "1:20",
            ".",
            "+",
            "-",
            "1e",
            "1e+",
            "e5",
            ".e5",
            "1.5.",
            "1.5x",
            "1x",
            "x1",
            "+.5.",
            "0b101",
            "2021-10-04",
            "ab",
            "Tr",
            "Fal",
            "~~",
            "12e3x",
            "1..5")) {
      table.put(s, Kind.STRING);
    }
    table.forEach((s, kind) -> assertThat(YamlCore.resolve(s)).as("'%s'", s).isEqualTo(kind));
  }

  @Test
  void stringsAreWrittenPlainOnlyWhereNoReaderCanTakeThemForAnythingElse() {
    for (String plain :
        List.of(
            "word",
            "two words",
            "a:b c",
            "/path",
            "(x)",
            "_x",
            ".hidden file",
            "x#y",
            "x# y",
            "a :b",
            "1 apple",
            "Z",
            "\u00e9t\u00e9",
            "a-b")) {
      assertThat(YamlCore.style(plain)).as("'%s'", plain).isEqualTo(Style.PLAIN);
      assertThat(YamlCore.plainSafe(plain)).as("'%s'", plain).isTrue();
    }
    for (String quoted :
        List.of(
            "",
            "true",
            "null",
            "~",
            "42",
            "1.5",
            "0o17",
            "010",
            ".inf",
            "y",
            "Yes",
            "NO",
            "on",
            "Off",
            "<<",
            "=",
            "1:20",
            "1_000",
            "12abc",
            ".hidden",
            "2021-1",
            "12345-x",
            "-1",
            "+x",
            ".5",
            "2021-10-04",
            "2021-10-04 10:00",
            "trailing ",
            "colon:",
            "a: b",
            "a #b",
            "tab\there",
            "-dash",
            "#hash",
            "'quote",
            "\"quote",
            "*alias",
            "&anchor",
            "!tag",
            "%directive",
            "@at",
            "`tick",
            "[x",
            "{x",
            "?x",
            "|x",
            ">x",
            " lead",
            "nb\u00a0space",
            "cr\rx",
            "nel\u0085x",
            "sep\u2028x",
            "para\u2029x",
            "bom\ufeffx",
            "del\u007fx",
            "ctl\u0001x",
            "c1\u009fx",
            "nonchar\ufffex",
            "nonchar\uffffx")) {
      assertThat(YamlCore.style(quoted)).as("'%s'", quoted).isEqualTo(Style.DOUBLE_QUOTED);
    }
    assertThat(YamlCore.plainSafe("")).isFalse();
    assertThat(YamlCore.plainSafe("a\nb")).isFalse();
    assertThat(YamlCore.plainSafe("tab\t")).isFalse();
    assertThat(YamlCore.style("\u00a0")).isEqualTo(Style.DOUBLE_QUOTED);
    assertThat(YamlCore.style("\u00a0x")).isEqualTo(Style.DOUBLE_QUOTED);
    assertThat(YamlCore.style("x\u00a0")).isEqualTo(Style.DOUBLE_QUOTED);
    // a character from U+00A0 on that is no separator is as plain as a letter
    assertThat(YamlCore.style("x\u00a1y\ud83d\ude00")).isEqualTo(Style.PLAIN);
  }

  @Test
  void multiLineTextIsABlockUnlessItStartsWithSpaceOrHoldsWhatABlockCannot() {
    assertThat(YamlCore.style("line one\nline two")).isEqualTo(Style.LITERAL);
    assertThat(YamlCore.style("a\n")).isEqualTo(Style.LITERAL);
    assertThat(YamlCore.style("a\n\tb: c # d")).isEqualTo(Style.LITERAL);
    assertThat(YamlCore.style(" a\nb")).isEqualTo(Style.DOUBLE_QUOTED);
    assertThat(YamlCore.style("\ta\nb")).isEqualTo(Style.DOUBLE_QUOTED);
    assertThat(YamlCore.style("\na")).isEqualTo(Style.DOUBLE_QUOTED);
    assertThat(YamlCore.style("a\r\nb")).isEqualTo(Style.DOUBLE_QUOTED);
    assertThat(YamlCore.style("a\nb\u2028")).isEqualTo(Style.DOUBLE_QUOTED);
    assertThat(YamlCore.style("a\nb\u0000")).isEqualTo(Style.DOUBLE_QUOTED);
    assertThat(YamlCore.style("a\n~")).isEqualTo(Style.LITERAL);
  }

  @Test
  void aNumberWithAnExponentIsTaggedUnlessYaml11ReadsItAsAFloat() {
    assertThat(YamlCore.numberNeedsFloatTag("15")).isFalse();
    assertThat(YamlCore.numberNeedsFloatTag("1.5")).isFalse();
    assertThat(YamlCore.numberNeedsFloatTag("1.5e+3")).isFalse();
    assertThat(YamlCore.numberNeedsFloatTag("1.5E-3")).isFalse();
    assertThat(YamlCore.numberNeedsFloatTag("1e5")).isTrue();
    assertThat(YamlCore.numberNeedsFloatTag("1E+5")).isTrue();
    assertThat(YamlCore.numberNeedsFloatTag("1.5e3")).isTrue();
    assertThat(YamlCore.numberNeedsFloatTag("1.5E3")).isTrue();
    assertThat(YamlCore.numberNeedsFloatTag("1e")).isTrue();
  }

  @Test
  void theBomAndTheTwoSeparatorsAreEscapedThroughEveryWriteMethod() throws IOException {
    StringWriter out = new StringWriter();
    Writer w = YamlCore.escapingBomAndSeparators(out);
    w.write('a');
    w.write('\ufeff');
    w.write('\u2028');
    w.write('\u2029');
    w.write('\u0085');
    w.write("|x\u2028y\ufeff".toCharArray(), 1, 4);
    w.write("|\u2029z|", 1, 2);
    w.write("\ufeff".toCharArray(), 0, 1);
    w.flush();
    assertThat(out.toString())
        .isEqualTo("a\\uFEFF\\u2028\\u2029\u0085x\\u2028y\\uFEFF\\u2029z\\uFEFF");
  }
}
