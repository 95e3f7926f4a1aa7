package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.castkit.core.CastAnalysis;
import dev.castkit.json.CastJsonException.Code;
import dev.castkit.testing.CastGenerators;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What reading says about bad input: the code, where, and what was expected. */
class ReadErrorsTest {
  private static final CastJson JSON = CastJson.standard();
  private static final String HEAD =
      "{\"formatVersion\": \"1.0\", \"id\": \"CAST-1\", \"title\": \"t\"";

  /** Reads and returns the CastJsonException that reading must throw. */
  static CastJsonException readFails(CastJson json, String document) {
    CastJsonException e = catchThrowableOfType(CastJsonException.class, () -> json.read(document));
    assertThat(e).as("reading fails with a CastJsonException").isNotNull();
    return e;
  }

  @Test
  void anUnknownEnumValueIsReportedAtItsLineAndColumnWithTheAllowedValues() {
    String doc =
        "{\n"
            + "  \"formatVersion\": \"1.0\",\n"
            + "  \"id\": \"CAST-1\",\n"
            + "  \"title\": \"t\",\n"
            + "  \"losses\": [\n"
            + "    {\"id\": \"L-1\", \"description\": \"d\", \"category\": \"OUTAGE\"}\n"
            + "  ]\n"
            + "}\n";
    CastJsonException e = readFails(JSON, doc);
    assertThat(e.code()).isEqualTo(Code.UNKNOWN_ENUM_VALUE);
    assertThat(e.jsonPointer()).isEqualTo("/losses/0/category");
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.column()).isEqualTo(doc.split("\n")[5].indexOf("\"OUTAGE\"") + 1);
    assertThat(e.getMessage())
        .contains("'OUTAGE'")
        .contains(
            "AVAILABILITY, DATA, FINANCIAL, REPUTATION, SECURITY, SAFETY, COMPLIANCE, PROPERTY,"
                + " ENVIRONMENT, OTHER")
        .contains("/losses/0/category")
        .contains("line 6");
  }

  @Test
  void anUnsupportedMajorVersionNamesTheVersionFoundAndTheVersionsSupported() {
    CastJsonException e =
        readFails(JSON, "{\"formatVersion\": \"2.1\", \"id\": \"X\", \"title\": \"t\"}");
    assertThat(e.code()).isEqualTo(Code.UNSUPPORTED_FORMAT_VERSION);
    assertThat(e.detail()).contains("'2.1'").contains("1.0").contains("1.x");
  }

  @Test
  void anUnsupportedVersionWinsOverContentErrorsBeforeIt() {
    CastJsonException e =
        readFails(
            JSON, "{\"title\": 7, \"losses\": [{\"id\": \"?\"}], \"formatVersion\": \"3.0\"}");
    assertThat(e.code()).isEqualTo(Code.UNSUPPORTED_FORMAT_VERSION);
    assertThat(e.jsonPointer()).isEqualTo("/formatVersion");
    assertThat(e.getSuppressed()).hasSize(1);
  }

  @Test
  void everyMinorVersionOfOneIsRead() {
    for (String version :
        new String[] {
          "1.0", "1.1", "1.12", "1.9999999999", "1.99999999999", "1." + "9".repeat(90)
        }) {
      CastAnalysis a =
          JSON.read("{\"formatVersion\": \"" + version + "\", \"id\": \"X\", \"title\": \"t\"}");
      assertThat(a.title()).isEqualTo("t");
    }
    for (String version : new String[] {"1", "1.", "1.01", "01.0", "1.0.0", "1.x", " 1.0", "0.9"}) {
      assertThat(
              readFails(
                      JSON,
                      "{\"formatVersion\": \"" + version + "\", \"id\": \"X\", \"title\": \"t\"}")
                  .code())
          .as(version)
          .isEqualTo(Code.UNSUPPORTED_FORMAT_VERSION);
    }
  }

  @Test
  void aMissingFieldIsNamedAndPointsAtTheObjectThatLacksIt() {
    CastJsonException e =
        readFails(JSON, HEAD + ", \"hazards\": [{\"id\": \"H-1\"}, {\"description\": \"d\"}]}");
    assertThat(e.code()).isEqualTo(Code.MISSING_FIELD);
    assertThat(e.jsonPointer()).isEqualTo("/hazards/0");
    assertThat(e.detail()).contains("Hazard").contains("description");
    // the column of the '{' that opens the first hazard
    assertThat(e.column()).isEqualTo(HEAD.length() + ", \"hazards\": [".length() + 1);
  }

  @Test
  void aWrongTypeSaysWhatWasExpectedAndWhatWasFound() {
    CastJsonException e = readFails(JSON, HEAD + ", \"analysts\": \"Ada\"}");
    assertThat(e.code()).isEqualTo(Code.WRONG_TYPE);
    assertThat(e.jsonPointer()).isEqualTo("/analysts");
    assertThat(e.detail()).contains("expected an array").contains("\"Ada\"");

    CastJsonException n = readFails(JSON, HEAD + ", \"summary\": null}");
    assertThat(n.detail()).contains("null").contains("leave an optional field out");
  }

  @Test
  void aMalformedIdQuotesTheIdAndTheSyntax() {
    CastJsonException e =
        readFails(JSON, HEAD + ", \"hazards\": [{\"id\": \"H 1\", \"description\": \"d\"}]}");
    assertThat(e.code()).isEqualTo(Code.MALFORMED_ID);
    assertThat(e.jsonPointer()).isEqualTo("/hazards/0/id");
    assertThat(e.detail()).contains("'H 1'").contains("letters, digits");
  }

  @Test
  void aDuplicateKeyIsReportedWhereverItIs() {
    for (String doc :
        new String[] {
          HEAD + ", \"losses\": [{\"id\": \"L-1\", \"id\": \"L-2\"}]}",
          HEAD + ", \"system\": {\"name\": \"a\", \"x-k\": 1, \"x-k\": 1}}",
        }) {
      CastJsonException e = readFails(JSON, doc);
      assertThat(e.code()).isEqualTo(Code.DUPLICATE_KEY);
      assertThat(e.detail()).contains("given more than once");
    }
  }

  @Test
  void aNumberTooLargeForALevelIsAnInvalidValue() {
    String doc =
        HEAD
            + ", \"controlStructures\": [{\"id\": \"CS\", \"variant\": \"AS_DESIGNED\", \"components\":"
            + " [{\"id\": \"C\", \"name\": \"n\", \"kind\": \"SENSOR\", \"level\": 4294967296}]}]}";
    CastJsonException e = readFails(JSON, doc);
    assertThat(e.code()).isEqualTo(Code.INVALID_VALUE);
    assertThat(e.jsonPointer()).isEqualTo("/controlStructures/0/components/0/level");
  }

  @Test
  void eachLimitHasItsOwnCode() {
    CastJson tight =
        CastJson.builder()
            .maxNestingDepth(4)
            .maxStringLength(15)
            .maxNumberLength(5)
            .maxDocumentLength(200)
            .maxValueCount(12)
            .build();
    assertThat(readFails(tight, HEAD + ", \"x\": [[[[1]]]]}").code())
        .isEqualTo(Code.NESTING_TOO_DEEP);
    assertThat(readFails(tight, HEAD + ", \"summary\": \"abcdefghijklmnop\"}").code())
        .isEqualTo(Code.STRING_TOO_LONG);
    assertThat(readFails(tight, HEAD + ", \"abcdefghijklmnop\": 1}").code())
        .isEqualTo(Code.STRING_TOO_LONG);
    assertThat(readFails(tight, HEAD + ", \"x\": 123456}").code()).isEqualTo(Code.NUMBER_TOO_LONG);
    assertThat(readFails(tight, HEAD + ", \"x\": \"" + " ".repeat(200) + "\"}").code())
        .isIn(Code.DOCUMENT_TOO_LARGE, Code.STRING_TOO_LONG);
    assertThat(readFails(tight, HEAD + "," + " ".repeat(200) + "\"x\": 1}").code())
        .isEqualTo(Code.DOCUMENT_TOO_LARGE);
    assertThat(readFails(tight, HEAD + ", \"x\": [1, 2, 3, 4, 5, 6, 7, 8]}").code())
        .isEqualTo(Code.TOO_MANY_VALUES);
    // and the same document is fine within the default limits
    assertThat(JSON.read(HEAD + ", \"x\": [1, 2, 3, 4, 5, 6, 7, 8]}").extensions()).hasSize(1);
  }

  @Test
  void limitsAreCheckedOnBytesStreamsAndReadersToo() {
    CastJson tight = CastJson.builder().maxDocumentLength(100).build();
    String doc = HEAD + "," + " ".repeat(200) + "\"x\": 1}";
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    assertThat(catchThrowableOfType(CastJsonException.class, () -> tight.read(bytes)).code())
        .isEqualTo(Code.DOCUMENT_TOO_LARGE);
    assertThat(
            catchThrowableOfType(
                    CastJsonException.class, () -> tight.read(new ByteArrayInputStream(bytes)))
                .code())
        .isEqualTo(Code.DOCUMENT_TOO_LARGE);
    assertThat(
            catchThrowableOfType(
                    CastJsonException.class, () -> tight.read(new java.io.StringReader(doc)))
                .code())
        .isEqualTo(Code.DOCUMENT_TOO_LARGE);
  }

  @Test
  void hugeNestingNeverOverflowsTheStack() {
    String deep = HEAD + ", \"x\": " + "[".repeat(200_000) + "]".repeat(200_000) + "}";
    CastJsonException e = readFails(JSON, deep);
    assertThat(e.code()).isEqualTo(Code.NESTING_TOO_DEEP);
    assertThat(e.detail()).contains("100");
  }

  @Test
  void limitsOutOfRangeAreRefusedByTheBuilder() {
    assertThatThrownBy(() -> CastJson.builder().maxNestingDepth(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> CastJson.builder().maxNestingDepth(CastJson.MAX_NESTING_DEPTH_LIMIT + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1000");
    assertThatThrownBy(() -> CastJson.builder().maxDocumentLength(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mutatedDocumentsAreReadOrRefusedWithACastJsonExceptionOnly() {
    String alphabet = "{}[]\",:0123456789-.eE\\ ntrufalsTZx\u00e9\u0000";
    qt().withExamples(300)
        .forAll(
            CastGenerators.analyses(CastGenerators.Size.SMALL, CastGenerators.Text.AWKWARD),
            longs().all())
        .checkAssert(
            (a, seed) -> {
              Random r = new Random(seed);
              StringBuilder doc =
                  new StringBuilder(CastJson.builder().pretty(r.nextBoolean()).build().write(a));
              // (an earlier cut may have left nothing to mutate)
              for (int i = 0, n = 1 + r.nextInt(4); i < n && doc.length() > 0; i++) {
                int at = r.nextInt(doc.length());
                switch (r.nextInt(4)) {
                  case 0 -> doc.deleteCharAt(at);
                  case 1 -> doc.insert(at, alphabet.charAt(r.nextInt(alphabet.length())));
                  case 2 -> doc.setCharAt(at, alphabet.charAt(r.nextInt(alphabet.length())));
                  default -> doc.setLength(at);
                }
              }
              String input = doc.toString();
              try {
                JSON.read(input);
                JSON.read(input.getBytes(StandardCharsets.UTF_8));
              } catch (CastJsonException e) {
                assertThat(e.jsonPointer()).isNotNull();
                assertThat(e.detail()).isNotBlank();
              } catch (Throwable t) {
                throw new AssertionError("raw " + t + " for input:\n" + input, t);
              }
            });
  }

  @Test
  void randomBytesAreRefusedWithACastJsonExceptionOnly() {
    qt().withExamples(300)
        .forAll(integers().between(0, 64), longs().all())
        .checkAssert(
            (length, seed) -> {
              byte[] bytes = new byte[length];
              new Random(seed).nextBytes(bytes);
              assertThatThrownBy(() -> JSON.read(bytes)).isInstanceOf(CastJsonException.class);
            });
  }

  @Test
  void aFailingStreamIsAnIoError() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk on fire");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            throw new IOException("disk on fire");
          }
        };
    CastJsonException e = catchThrowableOfType(CastJsonException.class, () -> JSON.read(failing));
    assertThat(e.code()).isEqualTo(Code.IO_ERROR);
    assertThat(e.getMessage()).contains("disk on fire");
  }

  @Test
  void aMissingFileIsAnIoErrorNamingTheFile(@TempDir Path dir) {
    Path missing = dir.resolve("nothing-here.json");
    CastJsonException e = catchThrowableOfType(CastJsonException.class, () -> JSON.read(missing));
    assertThat(e.code()).isEqualTo(Code.IO_ERROR);
    assertThat(e.getMessage()).contains("nothing-here.json");
  }

  @Test
  void theCallersStreamIsNotClosed() {
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream((HEAD + "}").getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    assertThat(JSON.read(in).title()).isEqualTo("t");
    assertThat(closed[0]).isFalse();
  }

  @Test
  void nullArgumentsAreRefusedWithAClearMessage() {
    assertThatThrownBy(() -> JSON.read((String) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("document must not be null");
    assertThatThrownBy(() -> JSON.write(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("analysis must not be null");
  }

  @Test
  void anEscapedUnpairedSurrogateIsRefusedInAnyKeyOrTextButAPairIsRead() {
    String bs = "\\";
    String[] refused = {
      HEAD + ", \"x-" + bs + "ud83d\": 1}",
      HEAD + ", \"x-ext\": {\"a" + bs + "udc00\": true}}",
      HEAD + ", \"summary\": \"lone " + bs + "udc00 low\"}",
      HEAD + ", \"analysts\": [\"high at the end " + bs + "ud83d\"]}",
    };
    for (String doc : refused) {
      for (CastJsonException e :
          List.of(
              readFails(JSON, doc),
              catchThrowableOfType(
                  CastJsonException.class,
                  () -> JSON.read(doc.getBytes(StandardCharsets.UTF_8))))) {
        assertThat(e).as(doc).isNotNull();
        // Jackson refuses some broken pairs in names itself, as a syntax error
        assertThat(e.code()).as("%s %s", doc, e).isIn(Code.INVALID_VALUE, Code.SYNTAX_ERROR);
        assertThat(e.getMessage()).containsIgnoringCase("surrogate");
        if (!doc.contains("x-")) {
          assertThat(e.code()).as("%s %s", doc, e).isEqualTo(Code.INVALID_VALUE);
        }
      }
    }
    String pair =
        HEAD
            + ", \"summary\": \"a pair "
            + bs
            + "ud83d"
            + bs
            + "ude00\", \"x-"
            + bs
            + "ud83d"
            + bs
            + "ude00\": 1";
    CastAnalysis read = JSON.read(pair + "}");
    assertThat(read.summary()).contains("a pair \ud83d\ude00");
    assertThat(read.extensions()).containsKey("x-\ud83d\ude00");
    // a known name written with an escape is still that name: here, the title a second time
    CastJsonException twice = readFails(JSON, pair + ", \"titl" + bs + "u0065\": \"t\"}");
    assertThat(twice.code()).isEqualTo(Code.DUPLICATE_KEY);
  }
}
