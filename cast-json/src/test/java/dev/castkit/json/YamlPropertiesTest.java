package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.ExtensionValue;
import dev.castkit.json.CastJsonException.Code;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The properties whose absence let YAML change data silently (issue 16): for any string, YAML write
 * then read gives it back, and writing what was read gives the same bytes; what castkit writes
 * holds no character any YAML reader takes for a line break; and for any generated analysis and any
 * limits, what castkit writes with some settings it reads with the same settings.
 */
class YamlPropertiesTest {
  private static final CastJson YAML = CastJson.yaml();

  private static CastAnalysis holding(String s) {
    CastAnalysis base = YAML.read("formatVersion: \"1.0\"\nid: C\ntitle: t\n");
    return base.toBuilder()
        .title("t" + s)
        .extensions(
            Map.of(
                "x-value",
                ExtensionValue.of(s),
                "x-" + s,
                ExtensionValue.array(List.of(ExtensionValue.of(s)))))
        .build();
  }

  @Test
  void forAnyStringYamlWriteThenReadGivesItBackAndWritingIsAFixedPoint() {
    qt().withExamples(3000)
        .forAll(YamlHostileText.strings())
        .checkAssert(
            s -> {
              CastAnalysis a = holding(s);
              String yaml = YAML.write(a);
              CastAnalysis back = YAML.read(yaml);
              assertThat(back).as(yaml).isEqualTo(a);
              assertThat(YAML.write(back)).isEqualTo(yaml);
              assertThat(YAML.read(yaml.getBytes(StandardCharsets.UTF_8))).isEqualTo(a);
            });
  }

  @Test
  void whatIsWrittenHoldsNoCharacterAnyYamlReaderTakesForALineBreakOrAControl() {
    qt().withExamples(1000)
        .forAll(YamlHostileText.strings())
        .checkAssert(
            s -> {
              String yaml = YAML.write(holding(s));
              for (char c : yaml.toCharArray()) {
                assertThat(c == '\n' || c >= 0x20 && c < 0x7F || c > 0x9F)
                    .as("U+%04X in %s", (int) c, yaml)
                    .isTrue();
                assertThat("\u2028\u2029\uFEFF".indexOf(c)).as(yaml).isNegative();
              }
            });
  }

  @Test
  void forAnyGeneratedAnalysisYamlWriteThenReadGivesItBack() {
    qt().withExamples(300)
        .forAll(YamlHostileText.analyses())
        .checkAssert(
            a -> {
              String yaml = YAML.write(a);
              assertThat(YAML.read(yaml)).as(yaml).isEqualTo(a);
              assertThat(YAML.write(YAML.read(yaml))).isEqualTo(yaml);
              assertThat(CastJson.standard().read(CastJson.standard().write(a))).isEqualTo(a);
            });
  }

  private static final List<Code> LIMIT_CODES =
      List.of(
          Code.DOCUMENT_TOO_LARGE,
          Code.STRING_TOO_LONG,
          Code.NUMBER_TOO_LONG,
          Code.TOO_MANY_VALUES,
          Code.NESTING_TOO_DEEP);

  /** The sizes a reader measures, taken from the compact JSON of an analysis. */
  private static long[] measure(CastAnalysis a) throws java.io.IOException {
    long values = 0;
    long longest = 0;
    long number = 0;
    long depth = 0;
    try (JsonParser p = new JsonFactory().createParser(CastJson.standard().toBytes(a))) {
      for (JsonToken t; (t = p.nextToken()) != null; ) {
        depth = Math.max(depth, p.getParsingContext().getNestingDepth());
        if (t == JsonToken.FIELD_NAME || t == JsonToken.VALUE_STRING) {
          longest = Math.max(longest, p.getTextLength());
        }
        if (t.isNumeric()) {
          number = Math.max(number, p.getTextLength());
        }
        if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
          values++;
        }
      }
    }
    return new long[] {values, longest, number, depth};
  }

  /**
   * For any generated analysis, in JSON (pretty and compact) and YAML, with any one limit set
   * anywhere from half to one and a half times what the analysis needs: writing either refuses with
   * a limit's code, or gives a document that the same settings read back, from bytes and from a
   * string.
   */
  @Test
  void whatIsWrittenWithSomeSettingsIsReadWithTheSameSettings() {
    int[] outcomes = new int[2];
    qt().withExamples(500)
        .forAll(
            YamlHostileText.analyses(),
            integers().between(0, 2),
            integers().between(0, 4),
            integers().between(50, 150))
        .checkAssert(
            (a, format, which, percent) -> {
              CastJson.Builder b =
                  switch (format) {
                    case 0 -> CastJson.builder();
                    case 1 -> CastJson.builder().pretty(false);
                    default -> CastJson.builder().format(CastJson.Format.YAML);
                  };
              long[] m;
              try {
                m = measure(a);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              int size = CastJson.builder().pretty(false).build().toBytes(a).length;
              switch (which) {
                case 0 -> b.maxDocumentLength(Math.max(1, (long) size * percent / 50));
                case 1 -> b.maxValueCount(Math.max(1, m[0] * percent / 100));
                case 2 -> b.maxStringLength((int) Math.max(1, m[1] * percent / 100));
                case 3 -> b.maxNumberLength((int) Math.max(1, m[2] * percent / 100));
                default ->
                    b.maxNestingDepth((int) Math.max(1, Math.min(1000, m[3] * percent / 100)));
              }
              CastJson settings = b.build();
              byte[] bytes;
              try {
                bytes = settings.toBytes(a);
              } catch (CastJsonException e) {
                assertThat(e.code()).as(e.getMessage()).isIn(LIMIT_CODES);
                outcomes[0]++;
                return;
              }
              outcomes[1]++;
              assertThat(settings.read(bytes)).as(settings.toString()).isEqualTo(a);
              assertThat(settings.read(settings.write(a))).isEqualTo(a);
            });
    assertThat(outcomes[0]).as("refused writes").isPositive();
    assertThat(outcomes[1]).as("written and read back").isPositive();
  }

  @Test
  void prettyOutputOverTheDocumentLimitIsRefusedOnWriteAndCompactOutputStillWorks() {
    CastAnalysis a = holding("some text");
    int compact = CastJson.builder().pretty(false).build().toBytes(a).length;
    int pretty = CastJson.standard().toBytes(a).length;
    assertThat(pretty).isGreaterThan(compact);
    CastJson tight = CastJson.builder().maxDocumentLength(compact).build();
    CastJsonException e = catchThrowableOfType(CastJsonException.class, () -> tight.write(a));
    assertThat(e.code()).isEqualTo(Code.DOCUMENT_TOO_LARGE);
    assertThat(e.getMessage()).contains("pretty(false)").contains(Integer.toString(pretty));
    CastJson tightCompact = tight.toBuilder().pretty(false).build();
    assertThat(tightCompact.read(tightCompact.toBytes(a))).isEqualTo(a);
    // and the compact document itself is read with the pretty settings
    assertThat(tight.read(tightCompact.toBytes(a))).isEqualTo(a);
  }
}
