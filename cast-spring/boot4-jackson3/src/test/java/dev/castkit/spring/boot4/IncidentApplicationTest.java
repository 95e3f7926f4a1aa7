package dev.castkit.spring.boot4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import dev.castkit.core.CastAnalysis;
import dev.castkit.json.CastJson;
import dev.castkit.json.CastJsonException;
import dev.castkit.json.jackson3.CastJackson3Module;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application on a random loopback port, called through a real HTTP client with the committed
 * S3 example inside the application's DTO.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "server.address=127.0.0.1")
class IncidentApplicationTest {
  private static final String S3 = "dev/castkit/examples/CAST-2017-02-28-S3.cast.json";
  private static final JsonMapper CLIENT =
      JsonMapper.builder().addModule(new CastJackson3Module()).build();

  @LocalServerPort int port;

  private static byte[] example() throws IOException {
    try (InputStream in = IncidentApplicationTest.class.getClassLoader().getResourceAsStream(S3)) {
      assertThat(in).as(S3).isNotNull();
      return in.readAllBytes();
    }
  }

  /** The DTO as a client writes it by hand: the example's text, as committed, inside it. */
  private static String incident(String analysis) {
    return "{\n  \"ticket\": \"INC-2017-02-28\",\n  \"analysis\": " + analysis.strip() + "\n}\n";
  }

  private HttpResponse<String> post(String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/incidents"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** 1-based line and column (in bytes of UTF-8, as a parser of the request's bytes counts). */
  private static int[] position(String body, int offset) {
    int line = 1 + (int) body.substring(0, offset).chars().filter(c -> c == '\n').count();
    int lineStart = body.lastIndexOf('\n', offset - 1) + 1;
    int column = body.substring(lineStart, offset).getBytes(StandardCharsets.UTF_8).length + 1;
    return new int[] {line, column};
  }

  @Test
  void theSameAnalysisComesBack() throws Exception {
    byte[] s3 = example();
    CastAnalysis expected = CastJson.standard().read(s3);
    HttpResponse<String> response = post(incident(new String(s3, StandardCharsets.UTF_8)));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    // written by castkit inside the application's own JSON: formatVersion first
    // (1.1 for the S3 example, which uses fields 1.1 added)
    assertThat(response.body())
        .contains("\"analysis\":{\"formatVersion\":\"" + CastJson.FORMAT_VERSION + "\",");
    Incident back = CLIENT.readValue(response.body(), Incident.class);
    assertThat(back.ticket()).isEqualTo("INC-2017-02-28");
    assertThat(back.analysis()).isEqualTo(expected);
    // and the analysis is the same document: castkit writes it back to the same canonical bytes
    assertThat(CastJson.standard().toBytes(back.analysis())).isEqualTo(s3);
  }

  @Test
  void aBrokenAnalysisGivesA400WithCastkitsCodePointerLineAndColumnInTheRequestBody()
      throws Exception {
    String body =
        incident(new String(example(), StandardCharsets.UTF_8))
            .replaceFirst("\"category\": \"AVAILABILITY\"", "\"category\": \"AVAILABLE\"");
    HttpResponse<String> response = post(body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode problem = CLIENT.readTree(response.body());
    int[] at = position(body, body.indexOf("\"AVAILABLE\""));
    assertThat(problem.get("code").asString()).isEqualTo("UNKNOWN_ENUM_VALUE");
    assertThat(problem.get("pointer").asString()).isEqualTo("/analysis/losses/0/category");
    assertThat(problem.get("line").asInt()).isEqualTo(at[0]);
    assertThat(problem.get("column").asInt()).isEqualTo(at[1]);
    assertThat(problem.get("message").asString()).contains("AVAILABLE");
    // the same as castkit says of the analysis on its own, moved into the body
    CastJsonException alone =
        standalone(
            new String(example(), StandardCharsets.UTF_8)
                .replaceFirst(
                    "\"category\": \"AVAILABILITY\"", "\"category\": \"AVAILABLE\""));
    assertThat(problem.get("pointer").asString()).isEqualTo("/analysis" + alone.jsonPointer());
    assertThat(at).containsExactly(alone.line() + 2, alone.column());
  }

  /**
   * Where castkit puts an error in the analysis read on its own, moved to where the analysis sits
   * in the body: {@link #incident} puts its first line on line 3, so lines move by 2 (columns stay
   * for every line but the first).
   */
  private static CastJsonException standalone(String analysis) {
    CastJsonException e =
        catchThrowableOfType(
            CastJsonException.class,
            () -> CastJson.standard().read(analysis.getBytes(StandardCharsets.UTF_8)));
    assertThat(e).isNotNull();
    assertThat(e.line()).isGreaterThan(1);
    return e;
  }

  @Test
  void aSyntaxErrorInsideTheAnalysisGivesA400WhereCastkitPutsItMovedIntoTheBody()
      throws Exception {
    String analysis =
        new String(example(), StandardCharsets.UTF_8)
            .replaceFirst(
                "\"category\": \"REPUTATION\"", "\"category\": \"REPUTATION\" \"oops\"");
    CastJsonException alone = standalone(analysis);
    assertThat(alone.code()).isEqualTo(CastJsonException.Code.SYNTAX_ERROR);
    HttpResponse<String> response = post(incident(analysis));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode problem = CLIENT.readTree(response.body());
    assertThat(problem.get("code").asString()).isEqualTo("SYNTAX_ERROR");
    assertThat(problem.get("pointer").asString()).isEqualTo("/analysis" + alone.jsonPointer());
    assertThat(problem.get("line").asInt()).isEqualTo(alone.line() + 2);
    assertThat(problem.get("column").asInt()).isEqualTo(alone.column());
  }
}
