package dev.castkit.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.castkit.core.CastAnalysis;
import dev.castkit.json.CastJson;
import dev.castkit.json.CastJsonException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 module on a caller's own JsonMapper, found by Jackson's module discovery. */
class CastJackson3ModuleTest {
  record Incident(String ticket, CastAnalysis analysis) {}

  private static CastAnalysis example() throws Exception {
    return CastJson.standard()
        .read(Path.of("..", "cast-json", "src", "test", "resources", "v1", "valid-complete.json"));
  }

  @Test
  void moduleDiscoveryFindsTheModule() {
    assertThat(JsonMapper.builder().findModules())
        .extracting(JacksonModule::getModuleName)
        .contains("castkit-json-jackson3");
  }

  @Test
  void aDtoHoldingAnAnalysisRoundTripsThroughADiscoveringMapper() throws Exception {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    CastAnalysis analysis = example();
    String json = mapper.writeValueAsString(new Incident("INC-42", analysis));
    assertThat(json).contains("\"ticket\":\"INC-42\"").contains("\"formatVersion\":\"1.0\"");
    Incident back = mapper.readValue(json, Incident.class);
    assertThat(back.ticket()).isEqualTo("INC-42");
    assertThat(CastJson.standard().toBytes(back.analysis()))
        .isEqualTo(CastJson.standard().toBytes(analysis));
    // the embedded analysis is written as CastJson writes it (compact)
    assertThat(json).contains(CastJson.builder().pretty(false).build().write(analysis).strip());
  }

  @Test
  void aBrokenAnalysisIsReportedWithItsPlaceInTheWholeDocument() throws Exception {
    JsonMapper mapper = JsonMapper.builder().addModule(new CastJackson3Module()).build();
    String json = "{\"ticket\":\"INC-1\",\n \"analysis\": {\"formatVersion\": \"1.0\", \"id\": 7}}";
    DatabindException e =
        catchThrowableOfType(DatabindException.class, () -> mapper.readValue(json, Incident.class));
    assertThat(e.getCause()).isInstanceOf(CastJsonException.class);
    CastJsonException cause = (CastJsonException) e.getCause();
    assertThat(cause.code()).isEqualTo(CastJsonException.Code.WRONG_TYPE);
    assertThat(cause.jsonPointer()).isEqualTo("/analysis/id");
    assertThat(cause.line()).isEqualTo(2);
    assertThat(cause.column()).isEqualTo(45);
  }

  @Test
  void theModuleAgreesWithTheJackson2Module() throws Exception {
    CastAnalysis analysis = example();
    String j3 =
        JsonMapper.builder()
            .addModule(new CastJackson3Module())
            .build()
            .writeValueAsString(new Incident("X", analysis));
    String j2 =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .registerModule(new dev.castkit.json.CastJsonModule())
            .writeValueAsString(new Incident("X", analysis));
    assertThat(j3).isEqualTo(j2);
    assertThat(Files.exists(Path.of("..", "cast-json"))).isTrue();
  }
}
