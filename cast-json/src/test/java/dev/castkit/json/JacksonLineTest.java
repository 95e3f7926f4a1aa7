package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.castkit.core.AnalysisId;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.ExtensionValue;
import dev.castkit.json.internal.JacksonLine;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Jackson 2 lines cast-json runs on (2.15 and later), and the guarantees that castkit keeps
 * itself where an older line lacks the feature. The compatibility suite (.ci/run) runs every test
 * of this module on each supported line; CASTKIT_EXPECTED_JACKSON names the line it meant.
 */
class JacksonLineTest {
  private static final String FOUND =
      com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString();

  @Test
  void theSuiteRunsOnTheJacksonItWasAskedFor() {
    String expected = System.getenv("CASTKIT_EXPECTED_JACKSON");
    String core = com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString();
    String databind = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
    String yaml = com.fasterxml.jackson.dataformat.yaml.PackageVersion.VERSION.toString();
    assertThat(List.of(core, databind, yaml)).allSatisfy(v -> assertThat(v).startsWith("2."));
    assertThat(databind).isEqualTo(core);
    assertThat(yaml).isEqualTo(core);
    if (expected != null && !expected.isEmpty()) {
      assertThat(core).isEqualTo(expected);
    }
  }

  @Test
  void aJacksonOlderThanTheFloorIsRefusedWithBothVersionsNamed() {
    Version old = new Version(2, 14, 3, null, "com.fasterxml.jackson.core", "jackson-core");
    assertThatThrownBy(() -> JacksonLine.require("com.fasterxml.jackson.core:jackson-core", old))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("found 2.14.3")
        .hasMessageContaining("jackson-core 2.15 or newer");
    for (Version ok :
        List.of(
            new Version(2, 15, 0, null, null, null),
            new Version(2, 23, 0, null, null, null),
            Version.unknownVersion())) {
      JacksonLine.require("com.fasterxml.jackson.core:jackson-core", ok);
    }
  }

  /**
   * On a supported line a codec and the module are made; on an older one (.ci/run runs this test on
   * 2.14 too) both are refused with the versions named, not with a NoSuchFieldError later.
   */
  @Test
  void aCodecAndTheModuleAreMadeOnlyOnASupportedLine() {
    Version core = com.fasterxml.jackson.core.json.PackageVersion.VERSION;
    if (core.getMajorVersion() == 2 && core.getMinorVersion() < 15) {
      assertThatThrownBy(() -> CastJson.builder().build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("found " + FOUND)
          .hasMessageContaining("2.15 or newer");
      assertThatThrownBy(CastJsonModule::new)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("found " + FOUND);
    } else {
      CastAnalysis a = CastAnalysis.builder().id(AnalysisId.of("CAST-1")).title("t").build();
      assertThat(CastJson.builder().build().read(CastJson.standard().toBytes(a))).isEqualTo(a);
      assertThat(new CastJsonModule().getModuleName()).isEqualTo("castkit-json");
    }
  }

  @Test
  void charactersOutsideTheBmpAreWrittenAsUtf8OnEveryLine() {
    CastAnalysis a =
        CastAnalysis.builder()
            .id(AnalysisId.of("CAST-1"))
            .title("outage \uD83D\uDE00 night")
            .build();
    for (CastJson json : List.of(CastJson.standard(), CastJson.builder().pretty(false).build())) {
      byte[] bytes = json.toBytes(a);
      String text = new String(bytes, StandardCharsets.UTF_8);
      assertThat(text).as(FOUND).contains("outage \uD83D\uDE00 night").doesNotContain("\\u");
      assertThat(bytes).as(FOUND).isEqualTo(json.write(a).getBytes(StandardCharsets.UTF_8));
      assertThat(json.read(bytes)).isEqualTo(a);
    }
  }

  @Test
  void theLayoutIsCanonicalOnEveryLineEmptyContainersAndDeepNestingIncluded() {
    ExtensionValue deep = ExtensionValue.of(true);
    for (int i = 0; i < 40; i++) {
      deep = ExtensionValue.array(List.of(deep));
    }
    CastAnalysis a =
        CastAnalysis.builder()
            .id(AnalysisId.of("CAST-1"))
            .title("t")
            .extensions(
                Map.of(
                    "x-a", ExtensionValue.array(List.of()),
                    "x-deep", deep,
                    "x-o", ExtensionValue.object(Map.of()),
                    "x-p", ExtensionValue.object(Map.of("k", ExtensionValue.number("1.50")))))
            .build();
    String text = CastJson.standard().write(a);
    StringBuilder expected =
        new StringBuilder(
            "{\n  \"formatVersion\": \"1.0\",\n  \"id\": \"CAST-1\",\n  \"title\": \"t\",\n"
                + "  \"x-a\": [],\n  \"x-deep\": ");
    for (int i = 0; i < 40; i++) {
      expected.append("[\n").append("  ".repeat(i + 2));
    }
    expected.append("true");
    for (int i = 39; i >= 0; i--) {
      expected.append("\n").append("  ".repeat(i + 1)).append("]");
    }
    expected.append(",\n  \"x-o\": {},\n  \"x-p\": {\n    \"k\": 1.50\n  }\n}\n");
    assertThat(text).as(FOUND).isEqualTo(expected.toString());
    assertThat(CastJson.standard().toBytes(a))
        .isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theModuleWorksInsideACallersMapperOnEveryLine() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new CastJsonModule());
    CastAnalysis a =
        CastAnalysis.builder().id(AnalysisId.of("CAST-1")).title("t \uD83D\uDE00").build();
    Map<String, Object> wrapped = Map.of("analysis", a);
    String json = mapper.writeValueAsString(wrapped);
    assertThat(json).startsWith("{\"analysis\":{\"formatVersion\":\"1.0\"");
    assertThat(mapper.readTree(json).get("analysis").get("title").asText())
        .isEqualTo("t \uD83D\uDE00");
    record Holder(CastAnalysis analysis) {}
    assertThat(mapper.readValue(json, Holder.class).analysis()).isEqualTo(a);
  }
}
