package dev.castkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.castkit.core.CastAnalysis;
import dev.castkit.json.CastJson;
import dev.castkit.json.CastJsonException;
import dev.castkit.json.CastJsonException.Code;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
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

  private static String deep(int depth) {
    return HEAD + ", \"x-deep\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
  }

  private static int pad(int frames, Runnable action) {
    if (frames == 0) {
      action.run();
      return 0;
    }
    return 1 + pad(frames - 1, action);
  }

  private static CastJsonException failsForWantOfStack(Supplier<Object> action)
      throws InterruptedException {
    for (int frames = 0; frames < 1_000_000; frames += 100) {
      AtomicReference<Throwable> thrown = new AtomicReference<>();
      AtomicBoolean started = new AtomicBoolean();
      int f = frames;
      Thread t =
          new Thread(
              null,
              () -> {
                try {
                  pad(
                      f,
                      () -> {
                        started.set(true);
                        action.get();
                      });
                } catch (Throwable e) {
                  thrown.set(e);
                }
              },
              "small stack",
              256 * 1024);
      t.start();
      t.join();
      if (thrown.get() instanceof CastJsonException e) {
        return e;
      }
      if (!started.get()) {
        break;
      }
    }
    throw new AssertionError("the action never ran out of stack");
  }

  @Test
  void anAnalysisDeeperThanTheStackHoldsIsNestingTooDeepWhereItRanOut() throws Exception {
    CastJson json = CastJson.builder().maxNestingDepth(1000).build();
    CastAnalysis analysis = json.read(deep(999));
    json.write(analysis); // within the limit
    for (boolean bytes : new boolean[] {false, true}) {
      CastJsonException e =
          failsForWantOfStack(() -> bytes ? json.toBytes(analysis) : json.write(analysis));
      assertThat(e.code()).isEqualTo(Code.NESTING_TOO_DEEP);
      assertThat(e.detail()).isEqualTo("the analysis is nested too deeply to be written");
      assertThat(e.jsonPointer()).startsWith("/x-deep/0/0/0");
      assertThat(e.getCause()).isNull();
    }
  }
}
