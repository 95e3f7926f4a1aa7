package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.LossId;
import dev.castkit.json.CastJsonException.Code;
import org.junit.jupiter.api.Test;

/**
 * The reader's edges, one value at a time: limits exactly at and one past their bound, the
 * expectation named for each kind of value, values YAML writes without quotes, and how long texts
 * are shortened in messages.
 */
class ReaderEdgesTest {
  private static final CastJson JSON = CastJson.standard();
  private static final String HEAD =
      "{\"formatVersion\": \"1.1\", \"id\": \"CAST-1\", \"title\": \"t\"";

  private static CastJsonException readFails(CastJson json, String document) {
    return ReadErrorsTest.readFails(json, document);
  }

  private static String loss(String fields) {
    return HEAD + ", \"losses\": [{\"id\": \"L-1\", \"description\": \"d\", " + fields + "}]}";
  }

  @Test
  void aFieldNameMayBeAsLongAsTheStringLimitAndNoLonger() {
    CastJson json = CastJson.builder().maxStringLength(20).build();
    String atLimit = "x-" + "a".repeat(18);
    CastAnalysis a = json.read(HEAD + ", \"" + atLimit + "\": 1}");
    assertThat(a.extensions()).containsKey(atLimit);

    CastJsonException e = readFails(json, HEAD + ", \"" + atLimit + "b\": 1}");
    assertThat(e.code()).isEqualTo(Code.STRING_TOO_LONG);
    assertThat(e.detail()).contains("field name").contains("20");
  }

  @Test
  void nestingMayReachTheLimitAndNoFurther() {
    // the analysis object is depth 1; an extension value adds one level per array
    CastJson json = CastJson.builder().maxNestingDepth(4).build();
    assertThat(json.read(HEAD + ", \"x-deep\": [[[1]]]}").extensions()).containsKey("x-deep");

    CastJsonException e = readFails(json, HEAD + ", \"x-deep\": [[[[1]]]]}");
    assertThat(e.code()).isEqualTo(Code.NESTING_TOO_DEEP);
    assertThat(e.detail()).contains("limit of 4");
  }

  @Test
  void anUnsupportedVersionAfterAContentErrorIsNamedWithTheVersionFound() {
    CastJsonException e =
        readFails(JSON, "{\"title\": 7, \"id\": \"CAST-1\", \"formatVersion\": \"3.0\"}");
    assertThat(e.code()).isEqualTo(Code.UNSUPPORTED_FORMAT_VERSION);
    assertThat(e.detail()).contains("'3.0'");
    assertThat(e.getSuppressed()).singleElement().isInstanceOf(CastJsonException.class);
  }

  @Test
  void aFormatVersionInsideAnExtensionIsNotTheDocumentsVersion() {
    // only the analysis's own formatVersion counts: the content error stands
    CastJsonException e =
        readFails(JSON, "{\"title\": 7, \"x-v\": {\"formatVersion\": \"3.0\"}, \"id\": \"C\"}");
    assertThat(e.code()).isEqualTo(Code.WRONG_TYPE);
    assertThat(e.jsonPointer()).isEqualTo("/title");
  }

  @Test
  void idsAreStringsInJson() {
    CastJsonException e =
        readFails(
            JSON,
            HEAD + ", \"losses\": [{\"id\": 7, \"description\": \"d\", \"category\": \"DATA\"}]}");
    assertThat(e.code()).isEqualTo(Code.WRONG_TYPE);
    assertThat(e.jsonPointer()).isEqualTo("/losses/0/id");
    assertThat(e.detail()).contains("an id (a string").contains("the number 7");

    CastJsonException list =
        readFails(
            JSON,
            HEAD
                + ", \"losses\": [{\"id\": \"L-1\", \"description\": \"d\", \"category\": \"DATA\"}],"
                + " \"hazards\": [{\"id\":"
                + " \"H-1\", \"description\": \"d\", \"losses\": \"L-1\"}]}");
    assertThat(list.code()).isEqualTo(Code.WRONG_TYPE);
    assertThat(list.jsonPointer()).isEqualTo("/hazards/0/losses");
    assertThat(list.detail()).contains("an array of ids");
  }

  @Test
  void aReferenceToAnyElementIsAStringInJson() {
    CastJsonException e =
        readFails(
            JSON, HEAD + ", \"questions\": [{\"id\": \"Q-1\", \"text\": \"why?\", \"about\": 5}]}");
    assertThat(e.code()).isEqualTo(Code.WRONG_TYPE);
    assertThat(e.detail()).contains("the id of an element").contains("the number 5");
  }

  @Test
  void unquotedYamlScalarsAreTheTextTheAuthorWrote() {
    CastAnalysis a =
        CastJson.yaml()
            .read(
                "formatVersion: '1.1'\nid: CAST-1\ntitle: 1.50\nsummary: true\nlosses:\n"
                    + "  - id: 7\n    description: 42\n    category: DATA\n");
    assertThat(a.title()).isEqualTo("1.50");
    assertThat(a.summary()).contains("true");
    assertThat(a.losses().get(0).id()).isEqualTo(LossId.of("7"));
    assertThat(a.losses().get(0).description()).isEqualTo("42");
  }

  @Test
  void jsonNumbersAndBooleansAreNotTexts() {
    assertThat(readFails(JSON, HEAD.replace("\"t\"", "1.5") + "}").detail())
        .contains("expected a text")
        .contains("the number 1.5");
    assertThat(readFails(JSON, HEAD.replace("\"t\"", "true") + "}").detail())
        .contains("expected a text")
        .endsWith("found true");
  }

  @Test
  void aBlankTextSaysWhetherItIsEmptyOrWhiteSpace() {
    assertThat(readFails(JSON, HEAD.replace("\"t\"", "\"\"") + "}").detail())
        .contains("found an empty string");
    assertThat(readFails(JSON, HEAD.replace("\"t\"", "\" \\t \"") + "}").detail())
        .contains("found only white space");
  }

  @Test
  void eachKindOfValueNamesWhatItExpectsWhenGivenTheWrongType() {
    assertThat(
            readFails(
                    JSON,
                    HEAD
                        + ", \"timeline\": [{\"id\": \"E-1\", \"description\": \"d\", \"time\":"
                        + " 5}]}")
                .detail())
        .contains("a time such as \"2021-10-04T15:03:07Z\"");
    assertThat(
            readFails(
                    JSON,
                    HEAD
                        + ", \"revisions\": [{\"version\": \"1\", \"description\": \"d\", \"date\": 5}]}")
                .detail())
        .contains("a date such as \"2022-03-01\"");
    assertThat(readFails(JSON, HEAD + ", \"timeZone\": 5}").detail())
        .contains("an IANA time zone such as \"America/Los_Angeles\"");
    assertThat(
            readFails(
                    JSON,
                    HEAD
                        + ", \"timeline\": [{\"id\": \"E-1\", \"description\": \"d\", \"duration\":"
                        + " 5}]}")
                .detail())
        .contains("an ISO 8601 duration such as \"PT45M\"");
    assertThat(
            readFails(JSON, loss("\"quantity\": {\"value\": \"5\", \"unit\": \"USD\"}")).detail())
        .contains("a number of 0 or more");
  }

  @Test
  void eachKindOfValueNamesItsSyntaxWhenItDoesNotParse() {
    assertThat(
            readFails(
                    JSON,
                    HEAD
                        + ", \"timeline\": [{\"id\": \"E-1\", \"description\": \"d\", \"time\":"
                        + " \"yesterday\"}]}")
                .detail())
        .contains("an RFC 3339 time in UTC")
        .contains("found 'yesterday'");
    assertThat(
            readFails(
                    JSON,
                    HEAD
                        + ", \"revisions\": [{\"version\": \"1\", \"description\": \"d\", \"date\":"
                        + " \"March\"}]}")
                .detail())
        .contains("a date YYYY-MM-DD")
        .contains("found 'March'");
    assertThat(readFails(JSON, HEAD + ", \"timeZone\": \"Mars/Olympus\"}").detail())
        .contains("an IANA time zone id")
        .contains("found 'Mars/Olympus'");
    assertThat(
            readFails(
                    JSON,
                    HEAD
                        + ", \"timeline\": [{\"id\": \"E-1\", \"description\": \"d\", \"duration\":"
                        + " \"long\"}]}")
                .detail())
        .contains("an ISO 8601 duration in days, hours, minutes and seconds")
        .contains("found 'long'");
    // a number is shown as written, without quotes
    assertThat(readFails(JSON, loss("\"quantity\": {\"value\": -2, \"unit\": \"USD\"}")).detail())
        .contains("a number of 0 or more in plain decimal")
        .endsWith("found -2");
  }

  @Test
  void longTextsAreShortenedInMessagesAfter57Characters() {
    String sixty = "A".repeat(60);
    assertThat(readFails(JSON, loss("\"category\": \"" + sixty + "\"")).detail())
        .contains("'" + sixty + "'");
    String sixtyOne = "B".repeat(61);
    assertThat(readFails(JSON, loss("\"category\": \"" + sixtyOne + "\"")).detail())
        .contains("'" + "B".repeat(57) + "...'")
        .doesNotContain("B".repeat(58));
    // a pair of surrogates is not cut in two
    String pair = "C".repeat(56) + "\uD83D\uDE00" + "C".repeat(10);
    assertThat(readFails(JSON, loss("\"category\": \"" + pair + "\"")).detail())
        .contains("'" + "C".repeat(56) + "...'");
  }
}
