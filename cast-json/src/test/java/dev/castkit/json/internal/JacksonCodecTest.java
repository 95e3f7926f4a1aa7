package dev.castkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.castkit.json.CastJson;
import dev.castkit.json.CastJsonException;
import dev.castkit.json.CastJsonException.Code;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The half of the codec every Jackson shares: the size check before parsing, the length check after
 * writing, and how each failure becomes a located {@link CastJsonException}.
 */
class JacksonCodecTest {
  private static final String HEAD =
      "{\"formatVersion\": \"1.0\", \"id\": \"CAST-1\", \"title\": \"t\"";
  private static final String YAML_HEAD = "formatVersion: '1.0'\nid: CAST-1\ntitle: t\n";

  static CastJsonException fails(ThrowingCallable call) {
    CastJsonException e = catchThrowableOfType(CastJsonException.class, call);
    assertThat(e).as("fails with a CastJsonException").isNotNull();
    return e;
  }

  private static CastJson json(long maxDocumentLength) {
    return CastJson.builder().maxDocumentLength(maxDocumentLength).build();
  }

  @Test
  void aYamlSyntaxErrorIsOneWhateverTheWordsOfTheLinesItQuotes() {
    // SnakeYAML's message quotes the line; the words of its limits there are not a limit
    for (String words :
        new String[] {"exceeds the limit of 3 code points", "Nesting Depth exceeded max 3"}) {
      CastJsonException e = fails(() -> CastJson.yaml().read(YAML_HEAD + "x-a: [" + words + "\n"));
      assertThat(e.code()).as(words).isEqualTo(Code.SYNTAX_ERROR);
      assertThat(e.detail()).startsWith("not well-formed YAML: ");
    }
  }
}
