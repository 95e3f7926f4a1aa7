package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.castkit.core.AnalysisId;
import dev.castkit.core.CastAnalysis;
import dev.castkit.testing.CastGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Analyses inside a caller's own Jackson documents. */
class CastJsonModuleTest {
  record Incident(String ticket, CastAnalysis analysis) {}

  record Batch(List<CastAnalysis> analyses) {}

  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new CastJsonModule());

  @Test
  void analysesRoundTripInsideAnotherDocument() {
    qt().withExamples(50)
        .forAll(CastGenerators.analysesWithAwkwardText())
        .checkAssert(
            a -> {
              try {
                String json = MAPPER.writeValueAsString(new Incident("INC-42", a));
                assertThat(MAPPER.readValue(json, Incident.class))
                    .isEqualTo(new Incident("INC-42", a));
                // the embedded analysis is the canonical compact document
                String embedded = MAPPER.readTree(json).get("analysis").toString();
                assertThat(MAPPER.readTree(embedded))
                    .isEqualTo(MAPPER.readTree(CastJson.standard().write(a)));
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void theEmbeddedAnalysisIsWrittenInCanonicalOrderWhateverTheMapperSettings() throws Exception {
    ObjectMapper sorting =
        new ObjectMapper()
            .registerModule(new CastJsonModule())
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    CastAnalysis a = CastAnalysis.builder().id(AnalysisId.of("CAST-1")).title("t").build();
    assertThat(sorting.writeValueAsString(new Batch(List.of(a, a))))
        .isEqualTo(
            "{\"analyses\":[{\"formatVersion\":\"1.0\",\"id\":\"CAST-1\",\"title\":\"t\"},"
                + "{\"formatVersion\":\"1.0\",\"id\":\"CAST-1\",\"title\":\"t\"}]}");
  }

  @Test
  void aReadErrorIsAJacksonExceptionCausedByACastJsonExceptionWithTheWholePath() {
    String json =
        "{\"ticket\": \"INC-1\", \"analysis\": {\"formatVersion\": \"1.0\", \"id\": \"CAST-1\","
            + " \"title\": \"t\", \"losses\": [{\"id\": \"L-1\", \"description\": \"d\", \"category\": \"X\"}]}}";
    JsonMappingException e =
        catchThrowableOfType(
            JsonMappingException.class, () -> MAPPER.readValue(json, Incident.class));
    assertThat(e).isNotNull();
    CastJsonException cause = (CastJsonException) e.getCause();
    assertThat(cause.code()).isEqualTo(CastJsonException.Code.UNKNOWN_ENUM_VALUE);
    assertThat(cause.jsonPointer()).isEqualTo("/analysis/losses/0/category");
    assertThat(cause.line()).isEqualTo(1);
  }

  @Test
  void aValueThatCannotBeWrittenIsAJacksonExceptionToo() {
    // a lone surrogate: the model holds it, JSON cannot
    CastAnalysis bad = CastAnalysis.builder().id(AnalysisId.of("CAST-1")).title("t\ud800").build();
    JsonMappingException e =
        catchThrowableOfType(
            JsonMappingException.class,
            () -> MAPPER.writeValueAsString(new Incident("INC-1", bad)));
    assertThat(e).hasRootCauseInstanceOf(CastJsonException.class);
  }

  @Test
  void theModuleWorksWithAnyJacksonFormat() throws Exception {
    ObjectMapper yaml = new YAMLMapper().registerModule(new CastJsonModule());
    CastAnalysis a =
        CastAnalysis.builder().id(AnalysisId.of("CAST-1")).title("t").summary("s").build();
    String out = yaml.writeValueAsString(new Incident("INC-9", a));
    assertThat(yaml.readValue(out, Incident.class)).isEqualTo(new Incident("INC-9", a));
  }
}
