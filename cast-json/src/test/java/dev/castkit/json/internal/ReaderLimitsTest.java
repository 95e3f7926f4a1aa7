package dev.castkit.json.internal;

import static dev.castkit.json.internal.JacksonCodecTest.fails;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.castkit.core.CastAnalysis;
import dev.castkit.json.CastJsonException;
import dev.castkit.json.CastJsonException.Code;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The limits {@link CastReader} enforces itself, for parsers that do not: here a Jackson parser
 * whose own constraints are far looser than the reader's, so that every refusal below is the
 * reader's (its message, its place) and every acceptance is the reader's too.
 */
class ReaderLimitsTest {
  private static final String HEAD =
      "{\"formatVersion\": \"1.0\", \"id\": \"CAST-1\", \"title\": \"t\"";

  /** A parser that would accept far more than any limit below. */
  private static final JsonFactory LOOSE =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(10_000)
                  .maxNumberLength(10_000)
                  .maxStringLength(10_000_000)
                  .build())
          .build();

  private static CastAnalysis read(String document, Limits limits) throws IOException {
    try (JsonParser parser = LOOSE.createParser(document)) {
      return new CastReader(Jackson2Tokens.reader(parser, false), limits, document.length())
          .readDocument();
    }
  }

  private static CastJsonException refused(String document, Limits limits) {
    return fails(() -> read(document, limits));
  }

  private static Limits values(long maxValueCount) {
    return new Limits(100, 1_000, 100, 1_000_000, maxValueCount);
  }

  @Test
  void theValueLimitCountsObjectsArraysAndScalarsAndAllowsExactlyTheLimit() throws IOException {
    // 1 object, 3 strings, 1 array, 2 numbers: 7 values (names and ends are not values)
    String doc = HEAD + ", \"x-a\": [1, 2]}";
    assertThat(read(doc, values(7)).extensions()).containsKey("x-a");
    CastJsonException e = refused(doc, values(6));
    assertThat(e.code()).isEqualTo(Code.TOO_MANY_VALUES);
    assertThat(e.detail()).isEqualTo("the document holds more values than the limit of 6");
    assertThat(e.jsonPointer()).isEqualTo("/x-a/1");
  }

  @Test
  void aNumberLongerThanTheLimitIsRefusedByTheReader() throws IOException {
    Limits limits = new Limits(100, 1_000, 5, 1_000_000, 1_000);
    assertThat(read(HEAD + ", \"x-n\": 12345, \"x-f\": 1.234}", limits).extensions()).hasSize(2);
    for (String number : new String[] {"123456", "1.2345"}) {
      CastJsonException e = refused(HEAD + ", \"x-n\": " + number + "}", limits);
      assertThat(e.code()).as(number).isEqualTo(Code.NUMBER_TOO_LONG);
      assertThat(e.detail()).isEqualTo("a number is longer than the limit of 5 characters");
      assertThat(e.jsonPointer()).isEqualTo("/x-n");
    }
  }

  @Test
  void objectsAndArraysDeeperThanTheLimitAreRefusedByTheReader() throws IOException {
    Limits limits = new Limits(3, 1_000, 100, 1_000_000, 1_000);
    // the analysis is level 1: an extension may hold two more levels
    assertThat(read(HEAD + ", \"x-a\": [[1]], \"x-o\": {\"a\": {}}}", limits).extensions())
        .hasSize(2);
    for (String deep : new String[] {"[[[1]]]", "{\"a\": {\"b\": {}}}", "[{\"a\": []}]"}) {
      CastJsonException e = refused(HEAD + ", \"x-d\": " + deep + "}", limits);
      assertThat(e.code()).as(deep).isEqualTo(Code.NESTING_TOO_DEEP);
      assertThat(e.detail()).isEqualTo("objects and arrays are nested deeper than the limit of 3");
    }
  }

  @Test
  void aStringOrNameLongerThanTheLimitIsRefusedByTheReader() throws IOException {
    // "formatVersion" is 13 characters
    Limits limits = new Limits(100, 13, 100, 1_000_000, 1_000);
    assertThat(read(HEAD + ", \"x-ab\": \"abcdefghijklm\"}", limits).extensions()).hasSize(1);
    CastJsonException string = refused(HEAD + ", \"x-ab\": \"abcdefghijklmn\"}", limits);
    assertThat(string.code()).isEqualTo(Code.STRING_TOO_LONG);
    assertThat(string.detail()).isEqualTo("a string is longer than the limit of 13 characters");
    assertThat(string.jsonPointer()).isEqualTo("/x-ab");
    CastJsonException name = refused(HEAD + ", \"x-abcdefghijkl\": 1}", limits);
    assertThat(name.code()).isEqualTo(Code.STRING_TOO_LONG);
    assertThat(name.detail()).isEqualTo("a field name is longer than the limit of 13 characters");
  }
}
