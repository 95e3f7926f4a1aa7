package dev.castkit.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.castkit.core.AnalysisId;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.ExtensionValue;
import dev.castkit.json.CastJson;
import dev.castkit.json.CastJsonException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every conformance vector of cast-json ({@code cast-json/src/test/resources/v1}) and a set of
 * hostile documents give the same result on Jackson 3 as on Jackson 2: the same analysis and the
 * same bytes when valid, the same code, pointer, line and column when not.
 */
class Jackson3ConformanceTest {
  private static final Path VECTORS = Path.of("..", "cast-json", "src", "test", "resources", "v1");
  private static final CastJson J2 = CastJson.standard();
  private static final CastJson J3 = CastJackson3.standard();
  private static final CastJson J2_COMPACT = CastJson.builder().pretty(false).build();
  private static final CastJson J3_COMPACT = CastJackson3.builder().pretty(false).build();

  /** What reading gave: the canonical bytes of the analysis, or the error's location. */
  private static String outcome(CastJson json, Function<CastJson, CastAnalysis> read) {
    try {
      CastAnalysis a = read.apply(json);
      return "valid\n" + new String(json.toBytes(a), StandardCharsets.UTF_8);
    } catch (CastJsonException e) {
      return e.code() + " at '" + e.jsonPointer() + "' " + e.line() + ":" + e.column();
    }
  }

  private static void sameOnBoth(String name, byte[] doc) {
    for (boolean pretty : new boolean[] {true, false}) {
      CastJson j2 = pretty ? J2 : J2_COMPACT;
      CastJson j3 = pretty ? J3 : J3_COMPACT;
      assertThat(outcome(j3, j -> j.read(doc)))
          .as(name + " as bytes")
          .isEqualTo(outcome(j2, j -> j.read(doc)));
      String text = new String(doc, StandardCharsets.UTF_8);
      assertThat(outcome(j3, j -> j.read(text)))
          .as(name + " as text")
          .isEqualTo(outcome(j2, j -> j.read(text)));
      assertThat(outcome(j3, j -> j.read(new ByteArrayInputStream(doc))))
          .as(name + " as a stream")
          .isEqualTo(outcome(j2, j -> j.read(new ByteArrayInputStream(doc))));
    }
  }

  private static List<Path> vectors() {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> top = Files.list(VECTORS);
        Stream<Path> canonical = Files.list(VECTORS.resolve("canonical"))) {
      Stream.concat(top, canonical)
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .sorted()
          .forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  @Test
  void theVectorsAreThere() {
    List<Path> files = vectors();
    assertThat(files).hasSizeGreaterThan(50);
    assertThat(files).anyMatch(p -> p.getFileName().toString().startsWith("valid-"));
    assertThat(files).anyMatch(p -> p.getFileName().toString().startsWith("invalid-"));
  }

  @TestFactory
  Stream<DynamicTest> everyVectorGivesTheSameResultOnJackson3AsOnJackson2() {
    return vectors().stream()
        .map(
            file ->
                dynamicTest(
                    VECTORS.relativize(file).toString(),
                    () -> {
                      byte[] doc = Files.readAllBytes(file);
                      sameOnBoth(file.toString(), doc);
                      if (file.getFileName().toString().startsWith("valid-")) {
                        CastAnalysis a = J3.read(doc);
                        assertThat(J3.toBytes(a)).isEqualTo(J2.toBytes(a));
                        assertThat(J3.write(a)).isEqualTo(J2.write(a));
                      }
                    }));
  }

  /** Documents that break the parser or a limit rather than the model. */
  private static List<Object[]> hostile() {
    List<Object[]> docs = new ArrayList<>();
    String minimal = read("valid-minimal.json");
    docs.add(new Object[] {"empty", new byte[0]});
    docs.add(new Object[] {"blank", "  \n ".getBytes(StandardCharsets.UTF_8)});
    docs.add(new Object[] {"truncated", minimal.substring(0, minimal.length() / 2).getBytes()});
    docs.add(new Object[] {"trailing", (minimal + " x").getBytes(StandardCharsets.UTF_8)});
    docs.add(new Object[] {"trailing-object", (minimal + "{}").getBytes(StandardCharsets.UTF_8)});
    docs.add(new Object[] {"array", "[1, 2]".getBytes(StandardCharsets.UTF_8)});
    docs.add(new Object[] {"comment", ("// c\n" + minimal).getBytes(StandardCharsets.UTF_8)});
    docs.add(new Object[] {"single-quotes", "{'a': 1}".getBytes(StandardCharsets.UTF_8)});
    docs.add(new Object[] {"ctrl-first", "\u0001{}".getBytes(StandardCharsets.UTF_8)});
    docs.add(new Object[] {"nul-first", "\u0000{}".getBytes(StandardCharsets.UTF_8)});
    docs.add(new Object[] {"ctrl-in-name", "{\"a\u0001\": 1}".getBytes(StandardCharsets.UTF_8)});
    docs.add(new Object[] {"nul-inside", "{\"a\": 1,\u0000}".getBytes(StandardCharsets.UTF_8)});
    docs.add(new Object[] {"nan", "{\"x\": NaN}".getBytes(StandardCharsets.UTF_8)});
    docs.add(new Object[] {"control", "{\"x\": \"a\u0001b\"}".getBytes(StandardCharsets.UTF_8)});
    docs.add(new Object[] {"deep", nested(5000).getBytes(StandardCharsets.UTF_8)});
    docs.add(
        new Object[] {
          "deep-extension",
          minimal.replaceFirst("\\{", "{\"x-deep\": " + nested(150) + ",").getBytes()
        });
    docs.add(
        new Object[] {
          "long-number",
          minimal.replaceFirst("\\{", "{\"x-n\": 1" + "0".repeat(200) + ",").getBytes()
        });
    docs.add(
        new Object[] {
          "long-string",
          minimal.replaceFirst("\\{", "{\"x-s\": \"" + "a".repeat(1_000_001) + "\",").getBytes()
        });
    docs.add(
        new Object[] {
          "long-name",
          minimal.replaceFirst("\\{", "{\"x-" + "a".repeat(1_000_001) + "\": 1,").getBytes()
        });
    docs.add(
        new Object[] {
          "duplicate", minimal.replaceFirst("\\{", "{\"x-a\": 1, \"x-a\": 2,").getBytes()
        });
    byte[] badName =
        minimal.replaceFirst("\\{", "{\"x-\u00e9\": 1,").getBytes(StandardCharsets.UTF_8);
    int at = indexOf(badName, (byte) 0xC3);
    badName[at + 1] = (byte) 0x28; // not a continuation byte
    docs.add(new Object[] {"bad-utf8-in-name", badName});
    byte[] badValue =
        minimal.replaceFirst("\\{", "{\"x-v\": \"\u00e9\",").getBytes(StandardCharsets.UTF_8);
    badValue[indexOf(badValue, (byte) 0xC3) + 1] = (byte) 0x28;
    docs.add(new Object[] {"bad-utf8-in-value", badValue});
    docs.add(new Object[] {"utf16", minimal.getBytes(StandardCharsets.UTF_16BE)});
    docs.add(
        new Object[] {"utf16le-bom", ("\uFEFF" + minimal).getBytes(StandardCharsets.UTF_16LE)});
    docs.add(
        new Object[] {
          "supplementary",
          minimal.replaceFirst("\\{", "{\"x-e\": \"\uD83D\uDE00 \\uD83D\\uDE00\",").getBytes()
        });
    docs.add(
        new Object[] {
          "lone-surrogate", minimal.replaceFirst("\\{", "{\"x-e\": \"\\uD83D\",").getBytes()
        });
    docs.add(
        new Object[] {
          "numbers",
          minimal
              .replaceFirst("\\{", "{\"x-n\": [0, -0, 1e5, 1E-5, 1.50, -12345678901234567890],")
              .getBytes()
        });
    return docs;
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new IllegalStateException("not found");
  }

  private static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  private static String read(String vector) {
    try {
      return Files.readString(VECTORS.resolve(vector), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> hostileDocumentsGiveTheSameResultOnJackson3AsOnJackson2() {
    return hostile().stream()
        .map(d -> dynamicTest((String) d[0], () -> sameOnBoth((String) d[0], (byte[]) d[1])));
  }

  @Test
  void limitsAreTheSameOnJackson3() {
    byte[] doc =
        read("valid-minimal.json")
            .replaceFirst("\\{", "{\"x-d\": [[[12]]],")
            .getBytes(StandardCharsets.UTF_8);
    CastJson.Builder[] builders = {
      CastJson.builder().maxDocumentLength(20),
      CastJson.builder().maxStringLength(5),
      CastJson.builder().maxNestingDepth(2),
      CastJson.builder().maxValueCount(5),
      CastJson.builder().maxNumberLength(1)
    };
    CastJson.Builder[] builders3 = {
      CastJackson3.builder().maxDocumentLength(20),
      CastJackson3.builder().maxStringLength(5),
      CastJackson3.builder().maxNestingDepth(2),
      CastJackson3.builder().maxValueCount(5),
      CastJackson3.builder().maxNumberLength(1)
    };
    for (int i = 0; i < builders.length; i++) {
      CastJson j2 = builders[i].build();
      CastJson j3 = builders3[i].build();
      String j2Outcome = outcome(j2, j -> j.read(doc));
      assertThat(j2Outcome).as("limit %d bites", i).doesNotStartWith("valid");
      assertThat(outcome(j3, j -> j.read(doc))).as(j3.toString()).isEqualTo(j2Outcome);
    }
    assertThat(CastJackson3.builder().maxStringLength(5).build().toBuilder().build().toString())
        .isEqualTo(CastJson.builder().maxStringLength(5).build().toString());
  }

  @Test
  void yamlTagsOnScalarsReadTheSameOnBothEngines() {
    // the non-specific tag makes a scalar a string; !!null on the empty scalar is null
    CastJson yaml2 = CastJson.yaml();
    CastJson yaml3 = CastJackson3.yaml();
    for (String value :
        List.of("! 42", "! true", "! null", "! 1.5", "!!null", "!!null ''", "!!str 42", "42")) {
      String doc = "formatVersion: '1.1'\nid: CAST-1\ntitle: t\nx-v: " + value + "\n";
      assertThat(outcome(yaml3, j -> j.read(doc)))
          .as(value)
          .isEqualTo(outcome(yaml2, j -> j.read(doc)));
    }
  }

  @TestFactory
  Stream<DynamicTest> yamlOnJackson3WritesTheSameTextAsJackson2AndReadsWhatJackson2Writes() {
    CastJson yaml2 = CastJson.yaml();
    CastJson yaml3 = CastJackson3.yaml();
    return vectors().stream()
        .filter(p -> p.getFileName().toString().startsWith("valid-"))
        .map(
            file ->
                dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      CastAnalysis a = J2.read(Files.readAllBytes(file));
                      byte[] written2 = yaml2.toBytes(a);
                      byte[] written3 = yaml3.toBytes(a);
                      assertThat(written3).isEqualTo(written2);
                      assertThat(yaml3.write(a)).isEqualTo(yaml2.write(a));
                      assertThat(J2.toBytes(yaml3.read(written2))).isEqualTo(J2.toBytes(a));
                      assertThat(J2.toBytes(yaml3.read(written3))).isEqualTo(J2.toBytes(a));
                      assertThat(J2.toBytes(yaml2.read(written3))).isEqualTo(J2.toBytes(a));
                      String text = new String(written3, StandardCharsets.UTF_8);
                      assertThat(J2.toBytes(yaml3.read(new StringReader(text))))
                          .isEqualTo(J2.toBytes(a));
                    }));
  }

  /**
   * Text YAML readers take for something else (YAML 1.1 words, numbers and dates, controls, a
   * byte-order mark, indicators), alone and in every pair.
   */
  private static final List<String> YAML_PIECES =
      List.of(
          "",
          "a",
          "word",
          " ",
          "\t",
          "\n",
          "\r\n",
          "\u0085",
          "\u0000",
          "\u001B",
          "\u007F",
          "\u009F",
          "\u00A0",
          "\uFEFF",
          "\uE000",
          "\uD83D\uDE00",
          ":",
          ": ",
          " #",
          "- ",
          "? ",
          "<<",
          "=",
          "~",
          "null",
          "yes",
          "No",
          "on",
          "y",
          "true",
          "010",
          "0o17",
          "0x1F",
          "1_000",
          "1:20",
          "2021-10-04",
          ".inf",
          ".NaN",
          "1e5",
          "+1",
          "-0",
          ".5",
          "'",
          "\"",
          "\\",
          "|",
          ">",
          "!",
          "&a",
          "*a",
          "%",
          "@",
          "[",
          "{",
          ",",
          "---",
          "...");

  /** What YAML 1.1 (and SnakeYAML) take for line breaks and YAML 1.2 does not. */
  private static final String YAML11_BREAKS = "\u0085\u2028\u2029";

  /** An analysis holding each string as a title, extension key and value, and array element. */
  private static CastAnalysis holding(String title, List<String> strings, boolean asKeys) {
    String[] numbers = {"0", "-0", "1.50", "1e5", "1E+5", "-3.5e-8", "1.5E3", "2.5e+10", "1e0"};
    Map<String, ExtensionValue> ext = new LinkedHashMap<>();
    List<ExtensionValue> items = new ArrayList<>();
    int i = 0;
    for (String s : strings) {
      ext.put((asKeys ? "x-" + s : "x-s" + i), ExtensionValue.of(s));
      ext.put("x-n" + i, ExtensionValue.number(numbers[i++ % numbers.length]));
      items.add(ExtensionValue.of(s));
    }
    ext.put("x-items", ExtensionValue.array(items));
    return CastAnalysis.builder()
        .id(AnalysisId.of("CAST-1"))
        .title("t" + title)
        .extensions(ext)
        .build();
  }

  @TestFactory
  Stream<DynamicTest> hostileStringsAreWrittenAsOnJackson2AndReadBack() {
    CastJson yaml2 = CastJson.yaml();
    CastJson yaml3 = CastJackson3.yaml();
    return YAML_PIECES.stream()
        .map(
            first ->
                dynamicTest(
                    "starting with " + escape(first),
                    () -> {
                      List<String> strings = YAML_PIECES.stream().map(p -> first + p).toList();
                      // A key holding NEL is written "? key" by SnakeYAML, as a plain key by
                      // SnakeYAML Engine: the same mapping, spelt differently.
                      boolean asKeys = strings.stream().noneMatch(s -> s.indexOf('\u0085') >= 0);
                      CastAnalysis a = holding(first, strings, asKeys);
                      String text = yaml3.write(a);
                      assertThat(text).isEqualTo(yaml2.write(a));
                      assertThat(yaml3.read(text)).isEqualTo(a);
                      assertThat(yaml3.read(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(a);
                    }));
  }

  @Test
  void yaml11LineBreaksAreWrittenEscapedAndReadBackOnBothJacksons() {
    CastJson yaml2 = CastJson.yaml();
    CastJson yaml3 = CastJackson3.yaml();
    List<String> strings = new ArrayList<>();
    for (char c : YAML11_BREAKS.toCharArray()) {
      for (String p : List.of("", "a", "\n", " ")) {
        strings.add(c + p);
        strings.add(p + c);
      }
    }
    CastAnalysis a = holding("x", strings, true);
    String text = yaml3.write(a);
    for (char c : YAML11_BREAKS.toCharArray()) {
      assertThat(text).doesNotContain(String.valueOf(c));
    }
    assertThat(text).contains("\\N").contains("\\u2028").contains("\\u2029");
    assertThat(yaml3.read(text)).isEqualTo(a);
    assertThat(yaml2.read(text)).isEqualTo(a);
    assertThat(yaml2.read(yaml2.write(a))).isEqualTo(a);
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    s.chars()
        .forEach(c -> out.append(c < 0x21 || c > 0x7E ? String.format("\\u%04X", c) : (char) c));
    return out.toString();
  }

  @Test
  void yamlPastTheYamlLibrarysOwnLimitIsReadAsOnJackson2() {
    // SnakeYAML Engine refuses more than 3 MB unless told otherwise; the codec sets its limit to
    // the document limit (16 MiB by default)
    StringBuilder doc = new StringBuilder("formatVersion: \"1.0\"\nid: C\ntitle: t\n");
    String words = "y ".repeat(400_000);
    for (char c = 'a'; c <= 'e'; c++) {
      doc.append("x-").append(c).append(": ").append(words).append('\n');
    }
    CastAnalysis a3 = CastJackson3.yaml().read(doc.toString());
    assertThat(a3.extensions()).hasSize(5);
    assertThat(a3).isEqualTo(CastJson.yaml().read(doc.toString()));
  }

  @Test
  void outputOverTheDocumentLimitIsRefusedOnWriteAsOnJackson2() {
    CastAnalysis a = J2.read(read("valid-minimal.json").getBytes(StandardCharsets.UTF_8));
    int compact = J2_COMPACT.toBytes(a).length;
    CastJson[][] pairs = {
      {
        CastJson.builder().maxDocumentLength(compact).build(),
        CastJackson3.builder().maxDocumentLength(compact).build()
      },
      {
        CastJson.yaml().toBuilder().maxDocumentLength(compact / 2).build(),
        CastJackson3.yaml().toBuilder().maxDocumentLength(compact / 2).build()
      }
    };
    for (CastJson[] pair : pairs) {
      CastJsonException e2 = catchCast(() -> pair[0].write(a));
      CastJsonException e3 = catchCast(() -> pair[1].write(a));
      assertThat(e3.code()).isEqualTo(CastJsonException.Code.DOCUMENT_TOO_LARGE);
      assertThat(e3.getMessage()).isEqualTo(e2.getMessage());
      assertThat(catchCast(() -> pair[1].toBytes(a)).getMessage())
          .isEqualTo(catchCast(() -> pair[0].toBytes(a)).getMessage());
    }
  }

  @Test
  void yamlErrorsAreLocatedOnJackson3() {
    CastJson yaml3 = CastJackson3.yaml();
    String doc = "formatVersion: \"1.0\"\ntitle: x\nlosses: *anchor\n";
    CastJsonException e = catchCast(() -> yaml3.read(doc));
    assertThat(e.line()).isGreaterThan(0);
    String tagged = "formatVersion: \"1.0\"\ntitle: !!java.net.URL x\n";
    CastJsonException t = catchCast(() -> yaml3.read(tagged));
    assertThat(t.code()).isEqualTo(CastJsonException.Code.UNSUPPORTED_YAML_FEATURE);
    assertThat(t.jsonPointer()).isEqualTo("/title");
    assertThat(Arrays.asList(t.line(), t.column())).containsExactly(2, 8);
  }

  private static CastJsonException catchCast(Runnable r) {
    try {
      r.run();
    } catch (CastJsonException e) {
      return e;
    }
    throw new AssertionError("no CastJsonException");
  }
}
