package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.castkit.core.AnalysisId;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.ExtensionValue;
import dev.castkit.core.LossCategory;
import dev.castkit.core.TimePrecision;
import dev.castkit.json.CastJsonException.Code;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** YAML: the same model, the same errors with line and column. */
class YamlTest {
  private static final CastJson YAML = CastJson.yaml();

  private static final String HAND_WRITTEN =
      String.join(
          "\n",
          "# An analysis written by hand",
          "formatVersion: 1.0        # unquoted: read as the text written",
          "id: CAST-7",
          "title: Deploy stalled the payment queue",
          "analysts: [Ada, Grace]",
          "losses:",
          "  - id: L-1",
          "    description: Card payments failed for 40 minutes",
          "    category: FINANCIAL",
          "timeline:",
          "  - id: E-1",
          "    time: 2021-10-04T15:39:00Z",
          "    timePrecision: MINUTE",
          "    description: |",
          "      The deploy started.",
          "      Nobody was paged.",
          "x-team: payments",
          "x-no: no",
          "");

  @Test
  void aHandWrittenDocumentIsRead() {
    CastAnalysis a = YAML.read(HAND_WRITTEN);
    assertThat(a.id()).isEqualTo(AnalysisId.of("CAST-7"));
    assertThat(a.analysts()).containsExactly("Ada", "Grace");
    assertThat(a.losses().get(0).category()).isEqualTo(LossCategory.FINANCIAL);
    assertThat(a.timeline().get(0).time().get().precision()).isEqualTo(TimePrecision.MINUTE);
    assertThat(a.timeline().get(0).description())
        .isEqualTo("The deploy started.\nNobody was paged.\n");
    // YAML 1.2 booleans only: "no" stays text
    assertThat(a.extensions())
        .containsEntry("x-team", ExtensionValue.of("payments"))
        .containsEntry("x-no", ExtensionValue.of("no"));
  }

  @Test
  void yamlAndJsonHoldTheSameModel() {
    CastAnalysis a = YAML.read(HAND_WRITTEN);
    assertThat(CastJson.standard().read(CastJson.standard().write(a))).isEqualTo(a);
    assertThat(YAML.read(YAML.write(a))).isEqualTo(a);
  }

  @Test
  void writingIsBlockStyleWithoutADocumentMarker() {
    String out = YAML.write(YAML.read(HAND_WRITTEN));
    assertThat(out)
        .startsWith("formatVersion: \"1.0\"\nid: CAST-7\n")
        .contains("analysts:\n  - Ada\n  - Grace\n")
        .contains("    description: |\n      The deploy started.\n      Nobody was paged.\n")
        // quoted, so that YAML 1.1 tools do not turn it into a timestamp
        .contains("    time: \"2021-10-04T15:39:00Z\"\n")
        .doesNotContain("---");
  }

  @Test
  void errorsCarryTheYamlLineAndColumn() {
    String doc =
        "formatVersion: \"1.0\"\nid: CAST-1\ntitle: t\nlosses:\n  - id: L-1\n    description: d\n    category: OUTAGE\n";
    CastJsonException e = catchThrowableOfType(CastJsonException.class, () -> YAML.read(doc));
    assertThat(e.code()).isEqualTo(Code.UNKNOWN_ENUM_VALUE);
    assertThat(e.jsonPointer()).isEqualTo("/losses/0/category");
    assertThat(e.line()).isEqualTo(7);
    assertThat(e.column()).isEqualTo(15);
  }

  @Test
  void aYamlSyntaxErrorIsASyntaxErrorWithItsLine() {
    CastJsonException e =
        catchThrowableOfType(
            CastJsonException.class,
            () -> YAML.read("formatVersion: \"1.0\"\nid: CAST-1\ntitle: \"unterminated\n"));
    assertThat(e.code()).isEqualTo(Code.SYNTAX_ERROR);
    assertThat(e.line()).isPositive();
    assertThat(e.detail()).contains("YAML");
  }

  @Test
  void aYamlSyntaxErrorIsLocatedWhereTheScannerFoundIt() {
    // Jackson's own location was where its parser stood: line 4, column 2 here.
    CastJsonException e =
        catchThrowableOfType(
            CastJsonException.class,
            () -> YAML.read("formatVersion: \"1.0\"\nid: C\ntitle: t\nx:\n\t- 1\n"));
    assertThat(e.code()).isEqualTo(Code.SYNTAX_ERROR);
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.column()).isEqualTo(1);
    CastJsonException flow =
        catchThrowableOfType(
            CastJsonException.class,
            () -> YAML.read("formatVersion: \"1.0\"\nid: C\ntitle: t\nx: [1, 2\ny: 3\n"));
    assertThat(flow.line()).isEqualTo(5);
    assertThat(flow.column()).isEqualTo(2);
  }

  @Test
  void duplicateKeysAreRefused() {
    CastJsonException e =
        catchThrowableOfType(
            CastJsonException.class,
            () -> YAML.read("formatVersion: \"1.0\"\nid: CAST-1\ntitle: t\ntitle: u\n"));
    assertThat(e.code()).isEqualTo(Code.DUPLICATE_KEY);
    assertThat(e.line()).isEqualTo(4);
  }

  @Test
  void aliasesAndCustomTagsAreRefused() {
    CastJsonException alias =
        catchThrowableOfType(
            CastJsonException.class,
            () -> YAML.read("formatVersion: \"1.0\"\nid: &a CAST-1\ntitle: *a\n"));
    assertThat(alias.code()).isEqualTo(Code.UNSUPPORTED_YAML_FEATURE);
    assertThat(alias.jsonPointer()).isEqualTo("/title");
    CastJsonException tag =
        catchThrowableOfType(
            CastJsonException.class,
            () -> YAML.read("formatVersion: \"1.0\"\nid: CAST-1\ntitle: !secret t\n"));
    assertThat(tag.code()).isEqualTo(Code.UNSUPPORTED_YAML_FEATURE);
    // standard tags are fine
    assertThat(YAML.read("formatVersion: !!str 1.0\nid: CAST-1\ntitle: !!str 42\n").title())
        .isEqualTo("42");
  }

  @Test
  void onlyTheCoreTagsAreReadAndEachOnlyOnAValueOfItsType() {
    String head = "formatVersion: \"1.0\"\nid: CAST-1\ntitle: t\n";
    // Tags in the standard prefix that name a Java class or a type JSON lacks used to be dropped
    // without a word (the value read as a string), and a tag that did not fit its value changed it.
    for (String refused :
        List.of(
            "x-a: !!java.net.URL http://127.0.0.1:9/\n",
            "x-a: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n",
            "x-a: !<tag:yaml.org,2002:java.io.File> /tmp/x\n",
            "x-a: !!timestamp 2001-12-14\n",
            "x-a: !!set {a, b}\n",
            "x-a: !!omap [a: 1]\n",
            "x-a: !!int abc\n",
            "x-a: !!int 1.5\n",
            "x-a: !!bool abc\n",
            "x-a: !!null abc\n",
            "x-a: !!map [1]\n",
            "x-a: !!seq {a: 1}\n",
            "x-a: !!str [1]\n")) {
      CastJsonException e =
          catchThrowableOfType(CastJsonException.class, () -> YAML.read(head + refused));
      assertThat(e).as(refused).isNotNull();
      assertThat(e.code()).as(refused).isEqualTo(Code.UNSUPPORTED_YAML_FEATURE);
      assertThat(e.jsonPointer()).as(refused).isEqualTo("/x-a");
      assertThat(e.line()).as(refused).isEqualTo(4);
    }
    CastAnalysis a =
        YAML.read(
            head
                + "x-s: !!str 1.0\nx-i: !!int 0x1F\nx-f: !!float 1.5\nx-b: !!bool true\n"
                + "x-n: !!null ~\nx-m: !!map {k: 1}\nx-q: !!seq [1]\nx-p: ! plain\n");
    assertThat(a.extensions())
        .containsEntry("x-s", ExtensionValue.of("1.0"))
        .containsEntry("x-i", ExtensionValue.number("31"))
        .containsEntry("x-f", ExtensionValue.number("1.5"))
        .containsEntry("x-b", ExtensionValue.of(true))
        .containsEntry("x-n", ExtensionValue.ofNull())
        .containsEntry("x-m", ExtensionValue.object(Map.of("k", ExtensionValue.number("1"))))
        .containsEntry("x-q", ExtensionValue.array(List.of(ExtensionValue.number("1"))))
        .containsEntry("x-p", ExtensionValue.of("plain"));
  }

  @Test
  void limitsApplyToYamlToo() {
    CastJson tight =
        CastJson.builder()
            .format(CastJson.Format.YAML)
            .maxNestingDepth(3)
            .maxDocumentLength(100)
            .build();
    assertThat(
            catchThrowableOfType(
                    CastJsonException.class,
                    () -> tight.read("formatVersion: \"1.0\"\nid: C\ntitle: t\nx: [[[[1]]]]\n"))
                .code())
        .isEqualTo(Code.NESTING_TOO_DEEP);
    assertThat(
            catchThrowableOfType(
                    CastJsonException.class,
                    () ->
                        tight.read(
                            "formatVersion: \"1.0\"\nid: C\ntitle: t\nx: \""
                                + "y".repeat(200)
                                + "\"\n"))
                .code())
        .isIn(Code.DOCUMENT_TOO_LARGE, Code.STRING_TOO_LONG);
    assertThat(
            catchThrowableOfType(
                    CastJsonException.class,
                    () ->
                        tight.read(
                            "formatVersion: \"1.0\"\nid: C\ntitle: t\n" + "#".repeat(200) + "\n"))
                .code())
        .isEqualTo(Code.DOCUMENT_TOO_LARGE);
  }

  @Test
  void yamlSpellingsOfNumbersAreKeptAsJsonNumbersByTheYaml12CoreSchema() {
    CastAnalysis a =
        YAML.read(
            "formatVersion: \"1.0\"\nid: C\ntitle: t\nx-hex: 0x1F\nx-oct: 0o17\nx-big: 1_000\n");
    // 1_000 is a number in YAML 1.1 only; in the core schema of YAML 1.2 it is text
    assertThat(a.extensions())
        .containsEntry("x-hex", ExtensionValue.number("31"))
        .containsEntry("x-oct", ExtensionValue.number("15"))
        .containsEntry("x-big", ExtensionValue.of("1_000"));
  }

  @Test
  void theValidVectorsReadTheSameThroughYaml() throws Exception {
    for (String name :
        List.of(
            "valid-complete.json",
            "valid-extensions-at-every-level.json",
            "valid-time-precisions.json")) {
      String json = Files.readString(Path.of(getClass().getResource("/v1/" + name).toURI()));
      CastAnalysis a = CastJson.standard().read(json);
      assertThat(YAML.read(YAML.write(a))).as(name).isEqualTo(a);
    }
  }

  @Test
  void jsonIsYamlSoAYamlReaderReadsJsonDocuments() {
    CastAnalysis a =
        YAML.read(
            "{\"formatVersion\": \"1.0\", \"id\": \"CAST-1\", \"title\": \"t\", \"x-a\": {\"b\": [1]}}");
    assertThat(a.extensions())
        .isEqualTo(
            Map.of(
                "x-a",
                ExtensionValue.object(
                    Map.of("b", ExtensionValue.array(List.of(ExtensionValue.number("1")))))));
  }
}
