package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.castkit.core.AnalysisId;
import dev.castkit.core.CastAnalysis;
import dev.castkit.json.CastJsonException.Code;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** {@link CastJson}'s own surface: its settings, nulls, streams read to the limit and flushed. */
class CastJsonApiTest {
  private static final CastAnalysis A =
      CastAnalysis.builder().id(AnalysisId.of("CAST-1")).title("t").build();

  @Test
  void theSettingsAreThoseBuilt() {
    CastJson json =
        CastJson.builder()
            .pretty(true)
            .maxNestingDepth(7)
            .maxStringLength(11)
            .maxNumberLength(13)
            .maxDocumentLength(1_234)
            .maxValueCount(99)
            .build();
    assertThat(json.pretty()).isTrue();
    assertThat(json.maxNestingDepth()).isEqualTo(7);
    assertThat(json.maxStringLength()).isEqualTo(11);
    assertThat(json.maxNumberLength()).isEqualTo(13);
    assertThat(json.maxDocumentLength()).isEqualTo(1_234);
    assertThat(json.maxValueCount()).isEqualTo(99);
    assertThat(CastJson.builder().pretty(false).build().pretty()).isFalse();
    assertThat(json.toBuilder().build().maxStringLength()).isEqualTo(11);
  }

  @Test
  void limitsAreCheckedAtTheirBounds() {
    assertThat(CastJson.builder().maxNestingDepth(1).build().maxNestingDepth()).isEqualTo(1);
    assertThat(
            CastJson.builder()
                .maxNestingDepth(CastJson.MAX_NESTING_DEPTH_LIMIT)
                .build()
                .maxNestingDepth())
        .isEqualTo(CastJson.MAX_NESTING_DEPTH_LIMIT);
    assertThatThrownBy(() -> CastJson.builder().maxNestingDepth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxNestingDepth must be 1 to 1000, was 0");
    assertThatThrownBy(() -> CastJson.builder().maxNestingDepth(1001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxNestingDepth must be 1 to 1000, was 1001");
    assertThat(CastJson.builder().maxStringLength(1).build().maxStringLength()).isEqualTo(1);
    assertThatThrownBy(() -> CastJson.builder().maxStringLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxStringLength must be 1 or more, was 0");
    assertThat(CastJson.builder().maxValueCount(1).build().maxValueCount()).isEqualTo(1);
    assertThatThrownBy(() -> CastJson.builder().maxValueCount(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxValueCount must be 1 or more, was 0");
  }

  @Test
  void nullsAreRefusedByName() {
    CastJson json = CastJson.standard();
    refused(() -> json.read((InputStream) null), "in");
    refused(() -> json.read((Reader) null), "in");
    refused(() -> json.read((Path) null), "file");
    refused(() -> json.toBytes(null), "analysis");
    refused(() -> json.write(null, new ByteArrayOutputStream()), "analysis");
    refused(() -> json.write(null, new StringWriter()), "analysis");
    refused(() -> json.write(null, Path.of("unused.json")), "analysis");
    refused(() -> json.read((byte[]) null), "document");
    refused(() -> json.read((String) null), "document");
    refused(() -> json.write(A, (OutputStream) null), "out");
    refused(() -> json.write(A, (Writer) null), "out");
    refused(() -> json.write(A, (Path) null), "file");
    refused(() -> CastJson.builder().format(null), "format");
    refused(() -> CastPatch.parse((byte[]) null), "json");
    refused(() -> CastPatch.between(null, A), "before");
    refused(() -> CastPatch.between(A, A).applyTo((String) null), "json");
    refused(() -> CastPatch.between(A, A).applyTo((CastAnalysis) null), "analysis");
  }

  private static void refused(Executable call, String name) {
    assertThatThrownBy(call::execute)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name + " ");
  }

  @Test
  void aReaderIsReadToTheLimitInAnyChunksAndNoFurther() {
    String doc = CastJson.standard().write(A);
    CastJson exact = CastJson.builder().maxDocumentLength(doc.length()).build();
    // a reader that hands out three characters at a time
    assertThat(exact.read(new TrickleReader(doc))).isEqualTo(A);
    CastJson shorter = CastJson.builder().maxDocumentLength(doc.length() - 1).build();
    CastJsonException e =
        catchThrowableOfType(
            CastJsonException.class, () -> shorter.read(new TrickleReader(doc + " ")));
    assertThat(e.code()).isEqualTo(Code.DOCUMENT_TOO_LARGE);
    // refused at the first character past the limit: the last one of doc
    int past = doc.length() - 1;
    assertThat(e.line())
        .isEqualTo((int) doc.substring(0, past).chars().filter(c -> c == '\n').count() + 1);
    assertThat(e.column()).isEqualTo(past - doc.lastIndexOf('\n', past - 1));
  }

  @Test
  void aStreamIsReadToTheLimit() {
    byte[] doc = CastJson.standard().toBytes(A);
    assertThat(
            CastJson.builder()
                .maxDocumentLength(doc.length)
                .build()
                .read(new ByteArrayInputStream(doc)))
        .isEqualTo(A);
    CastJsonException e =
        catchThrowableOfType(
            CastJsonException.class,
            () ->
                CastJson.builder()
                    .maxDocumentLength(doc.length - 1)
                    .build()
                    .read(new ByteArrayInputStream(doc)));
    assertThat(e.code()).isEqualTo(Code.DOCUMENT_TOO_LARGE);
  }

  @Test
  void whatIsWrittenToAStreamOrWriterIsFlushedButNotClosed() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputStream buffered = new BufferedOutputStream(bytes, 1 << 16);
    CastJson.standard().write(A, buffered);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(CastJson.standard().write(A));

    StringWriter text = new StringWriter();
    Writer bufferedText = new BufferedWriter(text, 1 << 16);
    CastJson.standard().write(A, bufferedText);
    assertThat(text.toString()).isEqualTo(CastJson.standard().write(A));
    bufferedText.write("still open");
    bufferedText.flush();
    assertThat(text.toString()).endsWith("still open");
  }

  @Test
  void aPatchKnowsWhetherItIsEmpty() {
    assertThat(CastPatch.between(A, A).isEmpty()).isTrue();
    CastAnalysis renamed = A.toBuilder().title("u").build();
    CastPatch patch = CastPatch.between(A, renamed);
    assertThat(patch.isEmpty()).isFalse();
    assertThat(patch.size()).isEqualTo(1);
    assertThat(patch).isNotEqualTo(CastPatch.between(A, A)).isNotEqualTo("a string");
  }

  @Test
  void anErrorMessageGivesTheLineWithoutAColumnWhenOnlyTheLineIsKnown() {
    assertThat(new CastJsonException(Code.INVALID_VALUE, "bad", "/title", 3, 0, null).getMessage())
        .isEqualTo("bad at /title (line 3)");
    assertThat(new CastJsonException(Code.INVALID_VALUE, "bad", "", 1, 1, null).getMessage())
        .isEqualTo("bad at the document root (line 1, column 1)");
    assertThat(new CastJsonException(Code.INVALID_VALUE, "bad", "/x", 0, 5, null).getMessage())
        .isEqualTo("bad at /x");
  }

  /** Hands out at most three characters per read. */
  private static final class TrickleReader extends Reader {
    private final StringReader in;

    TrickleReader(String text) {
      this.in = new StringReader(text);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws java.io.IOException {
      return in.read(buffer, offset, Math.min(3, length));
    }

    @Override
    public void close() {
      in.close();
    }
  }
}
