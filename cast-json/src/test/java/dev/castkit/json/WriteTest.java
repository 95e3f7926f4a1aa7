package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.castkit.core.AnalysisId;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastModelException;
import dev.castkit.core.EventId;
import dev.castkit.core.EventTime;
import dev.castkit.core.ExtensionValue;
import dev.castkit.core.Hazard;
import dev.castkit.core.HazardId;
import dev.castkit.core.Loss;
import dev.castkit.core.LossCategory;
import dev.castkit.core.LossId;
import dev.castkit.core.Recommendation;
import dev.castkit.core.RecommendationId;
import dev.castkit.core.TimePrecision;
import dev.castkit.core.TimelineEvent;
import dev.castkit.json.CastJsonException.Code;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing: the canonical form, the refusals, and the outputs. */
class WriteTest {
  private static final CastJson JSON = CastJson.standard();
  private static final CastJson COMPACT = CastJson.builder().pretty(false).build();

  private static CastAnalysis.Builder minimal() {
    return CastAnalysis.builder().id(AnalysisId.of("CAST-1")).title("t");
  }

  private static Recommendation recommendationWithLoneSurrogate() {
    return Recommendation.builder()
        .id(RecommendationId.of("REC-1"))
        .text("Check the \ud800 input")
        .build();
  }

  private static Loss loss(String id) {
    return Loss.builder().id(LossId.of(id)).description("d").category(LossCategory.DATA).build();
  }

  @Test
  void theMinimalAnalysisIsWrittenWithFormatVersionFirstAndDefaultsLeftOut() {
    assertThat(JSON.write(minimal().build()))
        .isEqualTo(
            "{\n  \"formatVersion\": \"1.0\",\n  \"id\": \"CAST-1\",\n  \"title\": \"t\"\n}\n");
    assertThat(COMPACT.write(minimal().build()))
        .isEqualTo("{\"formatVersion\":\"1.0\",\"id\":\"CAST-1\",\"title\":\"t\"}");
  }

  @Test
  void setsOfIdsAreWrittenInNaturalOrderAndListsInModelOrder() {
    CastAnalysis a =
        minimal()
            .addLosses(loss("L-10"), loss("L-2"))
            .addHazard(
                Hazard.builder()
                    .id(HazardId.of("H-1"))
                    .description("d")
                    .losses(List.of(LossId.of("L-10"), LossId.of("L-9"), LossId.of("L-1")))
                    .build())
            .build();
    String out = COMPACT.write(a);
    assertThat(out).contains("\"losses\":[\"L-1\",\"L-9\",\"L-10\"]");
    assertThat(out.indexOf("\"L-10\",\"description\""))
        .isLessThan(out.indexOf("\"L-2\",\"description\""));
  }

  @Test
  void extensionKeysAreSortedAndWrittenAfterTheKnownFields() {
    CastAnalysis a =
        minimal()
            .summary("s")
            .extensions(
                Map.of(
                    "zeta", ExtensionValue.of("z"),
                    "Alpha", ExtensionValue.number("1.50"),
                    "$schema", ExtensionValue.of("u")))
            .build();
    assertThat(COMPACT.write(a))
        .isEqualTo(
            "{\"formatVersion\":\"1.0\",\"id\":\"CAST-1\",\"title\":\"t\",\"summary\":\"s\","
                + "\"$schema\":\"u\",\"Alpha\":1.50,\"zeta\":\"z\"}");
  }

  @Test
  void timesAreWrittenInUtcWithSecondsAndMillisecondsOnlyAtThatPrecision() {
    Instant at = Instant.parse("2021-10-04T15:39:07.040Z");
    CastAnalysis a =
        minimal()
            .addTimeline(
                event("E-1", EventTime.of(at, TimePrecision.MILLISECOND)),
                event("E-2", EventTime.of(at.minusMillis(40))),
                event(
                    "E-3",
                    EventTime.approximately(
                        Instant.parse("2021-10-04T15:00:00Z"), TimePrecision.MINUTE)))
            .build();
    String out = COMPACT.write(a);
    assertThat(out)
        .contains("\"time\":\"2021-10-04T15:39:07.040Z\",\"timePrecision\":\"MILLISECOND\"")
        .contains("{\"id\":\"E-2\",\"time\":\"2021-10-04T15:39:07Z\",\"description\"")
        .contains(
            "\"time\":\"2021-10-04T15:00:00Z\",\"timePrecision\":\"MINUTE\",\"approximate\":true");
    assertThat(COMPACT.read(out)).isEqualTo(a);
  }

  @Test
  void aTimeOutsideFourDigitYearsIsRefused() {
    CastAnalysis a =
        minimal()
            .addTimeline(event("E-1", EventTime.of(Instant.parse("+10000-01-01T00:00:00Z"))))
            .build();
    CastJsonException e = catchThrowableOfType(CastJsonException.class, () -> JSON.write(a));
    assertThat(e.code()).isEqualTo(Code.INVALID_VALUE);
    assertThat(e.jsonPointer()).isEqualTo("/timeline/0/time");
  }

  private static TimelineEvent event(String id, EventTime time) {
    return TimelineEvent.builder().id(EventId.of(id)).time(time).description("d").build();
  }

  @Test
  void anExtensionKeyThatIsAKnownFieldNameIsRefusedByTheModelBeforeAnyWriter() {
    // the writer refuses such a key too (EXTENSION_KEY_CONFLICT), but the model no longer builds
    // one: both read the field names from the model's description
    CastModelException e =
        catchThrowableOfType(
            CastModelException.class,
            () ->
                loss("L-2").toBuilder()
                    .extensions(Map.of("description", ExtensionValue.of("twice")))
                    .build());
    assertThat(e.code()).isEqualTo(CastModelException.Code.INVALID_VALUE);
    assertThat(e.type()).isEqualTo("Loss");
    assertThat(e.getMessage()).contains("'description'");
  }

  @Test
  void theFlattenedTimeFieldsAndFormatVersionAreKnownNamesToo() {
    assertThat(
            catchThrowableOfType(
                    CastModelException.class,
                    () ->
                        minimal()
                            .extensions(Map.of("formatVersion", ExtensionValue.of("9.9")))
                            .build())
                .type())
        .isEqualTo("CastAnalysis");
    assertThat(
            catchThrowableOfType(
                    CastModelException.class,
                    () ->
                        TimelineEvent.builder()
                            .id(EventId.of("E-1"))
                            .description("d")
                            .extensions(Map.of("timePrecision", ExtensionValue.of("HOUR")))
                            .build())
                .type())
        .isEqualTo("TimelineEvent");
    // a name known at another level is a plain extension here
    CastAnalysis elsewhere =
        minimal()
            .addLoss(
                loss("L-1").toBuilder()
                    .extensions(Map.of("formatVersion", ExtensionValue.of("x")))
                    .build())
            .build();
    assertThat(JSON.read(JSON.write(elsewhere))).isEqualTo(elsewhere);
  }

  @Test
  void nothingIsWrittenWhenWritingFails(@TempDir Path dir) throws IOException {
    // a lone surrogate cannot be written: found late, after most of the document
    CastAnalysis bad = minimal().addRecommendation(recommendationWithLoneSurrogate()).build();
    Path file = dir.resolve("a.json");
    Files.writeString(file, "before");
    catchThrowableOfType(CastJsonException.class, () -> JSON.write(bad, file));
    assertThat(Files.readString(file)).isEqualTo("before");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    catchThrowableOfType(CastJsonException.class, () -> JSON.write(bad, out));
    assertThat(out.size()).isZero();
    StringWriter writer = new StringWriter();
    catchThrowableOfType(CastJsonException.class, () -> JSON.write(bad, writer));
    assertThat(writer.toString()).isEmpty();
  }

  @Test
  void deeplyNestedExtensionValuesAreRefusedNotOverflowed() {
    ExtensionValue deep = ExtensionValue.ofNull();
    for (int i = 0; i < 100_000; i++) {
      deep = ExtensionValue.array(List.of(deep));
    }
    CastAnalysis a = minimal().extensions(Map.of("x-deep", deep)).build();
    CastJsonException e = catchThrowableOfType(CastJsonException.class, () -> JSON.write(a));
    assertThat(e.code()).isEqualTo(Code.NESTING_TOO_DEEP);
  }

  @Test
  void everyOutputHoldsTheSameDocument(@TempDir Path dir) throws IOException {
    CastAnalysis a = minimal().summary("caf\u00e9 \uD83D\uDE00").build();
    String text = JSON.write(a);
    assertThat(new String(JSON.toBytes(a), StandardCharsets.UTF_8)).isEqualTo(text);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(a, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    StringWriter writer = new StringWriter();
    JSON.write(a, writer);
    assertThat(writer.toString()).isEqualTo(text);
    Path file = dir.resolve("a.cast.json");
    JSON.write(a, file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(text);
    assertThat(JSON.read(file)).isEqualTo(a);
    assertThat(text).contains("caf\u00e9 \uD83D\uDE00");
  }

  @Test
  void controlCharactersAreEscapedAndEverythingElseIsWrittenAsIs() {
    CastAnalysis a = minimal().summary("tab\there \"q\" back\\slash \u0007 / \u2028").build();
    assertThat(COMPACT.write(a))
        .contains("\"summary\":\"tab\\there \\\"q\\\" back\\\\slash \\u0007 / \u2028\"");
  }

  @Test
  void anUnpairedSurrogateIsRefusedRatherThanWrittenAsSomethingElse() {
    CastAnalysis a = minimal().summary("lone \uD83D here").build();
    for (CastJson json : List.of(JSON, COMPACT, CastJson.yaml())) {
      CastJsonException e = catchThrowableOfType(CastJsonException.class, () -> json.write(a));
      assertThat(e.code()).isEqualTo(Code.INVALID_VALUE);
      assertThat(e.jsonPointer()).isEqualTo("/summary");
      assertThat(catchThrowableOfType(CastJsonException.class, () -> json.toBytes(a)).code())
          .isEqualTo(Code.INVALID_VALUE);
    }
    CastAnalysis key = minimal().extensions(Map.of("x-\uDE00", ExtensionValue.of("v"))).build();
    assertThat(catchThrowableOfType(CastJsonException.class, () -> JSON.write(key)).code())
        .isEqualTo(Code.INVALID_VALUE);
  }

  @Test
  void settingsAreKeptByToBuilder() {
    CastJson custom = CastJson.builder().pretty(false).maxValueCount(7).maxNumberLength(9).build();
    CastJson copy = custom.toBuilder().build();
    assertThat(copy.pretty()).isFalse();
    assertThat(copy.maxValueCount()).isEqualTo(7);
    assertThat(copy.maxNumberLength()).isEqualTo(9);
    assertThat(copy.maxNestingDepth()).isEqualTo(CastJson.DEFAULT_MAX_NESTING_DEPTH);
    assertThat(copy.format()).isEqualTo(CastJson.Format.JSON);
    assertThat(CastJson.standard().toString()).contains("JSON").contains("pretty");
  }
}
