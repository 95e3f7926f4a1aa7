package dev.castkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.castkit.core.CastAnalysis;
import dev.castkit.json.CastJson;
import dev.castkit.json.CastJsonException;
import dev.castkit.json.CastJsonException.Code;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
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

  // ---------------------------------------------------------------- the size limit

  /** A multi-line document with characters of 1 to 4 bytes in UTF-8. */
  private static final String SIZED =
      "{\n  \"formatVersion\": \"1.0\",\n  \"id\": \"CAST-1\",\n"
          + "  \"title\": \"\u00e9t\u00e9 \u20ac \ud83d\ude00\",\n"
          + "  \"description\": \"line\"\n}\n";

  /** Line and column of unit {@code at}: counted as a reader counts, in the given units. */
  private static int[] position(int[] units, int at) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (units[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, at - lineStart + 1};
  }

  private static int[] units(byte[] bytes) {
    int[] u = new int[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      u[i] = bytes[i] & 0xFF;
    }
    return u;
  }

  private static int[] units(String text) {
    return text.chars().toArray();
  }

  private static void assertTooLarge(CastJsonException e, long limit, int[] at) {
    assertThat(e.code()).isEqualTo(Code.DOCUMENT_TOO_LARGE);
    assertThat(e.detail())
        .isEqualTo(
            "the document is larger than the limit of "
                + limit
                + " bytes (characters for text input)");
    assertThat(e.jsonPointer()).isEmpty();
    assertThat(new int[] {e.line(), e.column()}).as("line and column").containsExactly(at);
  }

  @Test
  void bytesAreReadUpToTheLimitAndRefusedAtTheFirstBytePastIt() {
    byte[] doc = SIZED.getBytes(StandardCharsets.UTF_8);
    CastAnalysis expected = CastJson.standard().read(SIZED);
    assertThat(json(doc.length).read(doc)).isEqualTo(expected);
    assertThat(json(doc.length).read(new ByteArrayInputStream(doc))).isEqualTo(expected);
    // every limit below the length: refused at the first byte past it, whatever that byte is (a
    // line break, a byte inside a multi-byte character)
    for (int limit = 1; limit < doc.length; limit++) {
      int[] at = position(units(doc), limit);
      long l = limit;
      assertTooLarge(fails(() -> json(l).read(doc)), limit, at);
      assertTooLarge(fails(() -> json(l).read(new ByteArrayInputStream(doc))), limit, at);
    }
  }

  @Test
  void textIsReadUpToTheLimitAndRefusedAtTheFirstCharacterPastIt() {
    CastAnalysis expected = CastJson.standard().read(SIZED);
    assertThat(json(SIZED.length()).read(SIZED)).isEqualTo(expected);
    assertThat(json(SIZED.length()).read(new StringReader(SIZED))).isEqualTo(expected);
    for (int limit = 1; limit < SIZED.length(); limit++) {
      int[] at = position(units(SIZED), limit);
      long l = limit;
      assertTooLarge(fails(() -> json(l).read(SIZED)), limit, at);
      assertTooLarge(fails(() -> json(l).read(new StringReader(SIZED))), limit, at);
    }
  }

  @Test
  void utf16BytesAreTheSameAnalysisAsTheText() {
    CastAnalysis expected = CastJson.standard().read(SIZED);
    for (String charset : new String[] {"UTF-16BE", "UTF-16LE"}) {
      byte[] doc = SIZED.getBytes(java.nio.charset.Charset.forName(charset));
      assertThat(CastJson.standard().read(doc)).as(charset).isEqualTo(expected);
    }
  }

  // ---------------------------------------------------------------- the written length

  @Test
  void writtenTextIsHeldToTheLimitInUtf8Bytes() {
    // characters at the edges of each UTF-8 length: U+007F; U+0080 and U+07FF (2 bytes); U+0800,
    // U+20AC and U+FFFD (3 bytes); a pair of surrogates (4 bytes). Two of 2 bytes, three of 3 and
    // one pair: counting any kind as another changes the total.
    String title = "a\u007f\u0080\u07ff\u0800\u20ac\ufffd\ud83d\ude00";
    CastAnalysis analysis =
        CastJson.standard().read(HEAD.replace("\"t\"", "\"" + title + "\"") + "}");
    for (boolean pretty : new boolean[] {true, false}) {
      CastJson unlimited = CastJson.builder().pretty(pretty).build();
      int length = unlimited.toBytes(analysis).length;
      String text = unlimited.write(analysis);
      assertThat(text.getBytes(StandardCharsets.UTF_8)).hasSize(length);
      CastJson exact = unlimited.toBuilder().maxDocumentLength(length).build();
      assertThat(exact.write(analysis)).isEqualTo(text);
      assertThat(exact.toBytes(analysis)).hasSize(length);
      CastJson under = unlimited.toBuilder().maxDocumentLength(length - 1).build();
      for (ThrowingCallable write :
          new ThrowingCallable[] {() -> under.write(analysis), () -> under.toBytes(analysis)}) {
        CastJsonException e = fails(write);
        assertThat(e.code()).isEqualTo(Code.DOCUMENT_TOO_LARGE);
        assertThat(e.detail())
            .startsWith(
                "cannot write: the document would be "
                    + length
                    + " bytes, larger than the limit of "
                    + (length - 1)
                    + " bytes")
            .endsWith(
                pretty
                    ? "raise maxDocumentLength, or write it compact (pretty(false))"
                    : "raise maxDocumentLength");
      }
    }
  }

  @Test
  void yamlIsHeldToTheWrittenLimitToo() {
    CastAnalysis analysis = CastJson.standard().read(HEAD + "}");
    int length = CastJson.yaml().toBytes(analysis).length;
    CastJson under = CastJson.yaml().toBuilder().maxDocumentLength(length - 1).build();
    CastJsonException e = fails(() -> under.write(analysis));
    assertThat(e.code()).isEqualTo(Code.DOCUMENT_TOO_LARGE);
    // block style is all YAML has: no advice to write it compact
    assertThat(e.detail())
        .startsWith("cannot write: the document would be " + length + " bytes")
        .endsWith("raise maxDocumentLength");
  }

  // ---------------------------------------------------------------- read errors

  @Test
  void aJacksonSyntaxErrorSaysJacksonsMessageWithoutItsLocation() {
    String doc = HEAD + ", \"description\" \"d\"}";
    CastJsonException e = fails(() -> CastJson.standard().read(doc));
    assertThat(e.code()).isEqualTo(Code.SYNTAX_ERROR);
    assertThat(e.detail())
        .isEqualTo(
            "not well-formed JSON: "
                + ((JsonProcessingException) e.getCause()).getOriginalMessage())
        .doesNotContain("[Source");
    assertThat(e.line()).isEqualTo(1);
    // Jackson 2.15 reports the column one further on than 2.23 (CI reads with both)
    assertThat(e.column()).isIn(doc.indexOf("\"d\"") + 1, doc.indexOf("\"d\"") + 2);
  }

  @Test
  void bytesWhoseEncodingJacksonCannotOpenAreASyntaxErrorAtTheStart() {
    // UCS-4 in the unusual byte order 2143: Jackson refuses it before a parser exists
    byte[] doc = {0, 0, (byte) 0xFF, (byte) 0xFE, 0, 0, 0, '{'};
    CastJsonException e = fails(() -> CastJson.standard().read(doc));
    assertThat(e.code()).isEqualTo(Code.SYNTAX_ERROR);
    assertThat(e.getCause()).isInstanceOf(CharConversionException.class);
    assertThat(e.detail()).isEqualTo("not well-formed JSON: " + e.getCause().getMessage());
    assertThat(e.jsonPointer()).isEmpty();
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(1);
  }

  @Test
  void aNumberOverTheLimitIsNumberTooLongWhereItStands() {
    CastJson json = CastJson.builder().maxNumberLength(3).build();
    String doc = HEAD + ", \"x-n\": 12345}";
    for (ThrowingCallable read :
        new ThrowingCallable[] {
          () -> json.read(doc), () -> json.read(doc.getBytes(StandardCharsets.UTF_8))
        }) {
      CastJsonException e = fails(read);
      assertThat(e.code()).isEqualTo(Code.NUMBER_TOO_LONG);
      assertThat(e.detail()).isEqualTo("a number is longer than the limit of 3 characters");
      assertThat(e.jsonPointer()).isEqualTo("/x-n");
      assertThat(e.line()).isEqualTo(1);
    }
    assertThat(json.read(HEAD + ", \"x-n\": 123}").extensions()).containsKey("x-n");
  }

  @Test
  void aYamlKeyGivenTwiceIsNamedWithoutItsQuotes() {
    String[][] cases = {
      {"x-a: 1\nx-a: 2\n", "x-a", "/x-a"},
      {"x-a: {'': 1, '': 2}\n", "", "/x-a/"},
      {"x-a: {\"it's\": 1, \"it's\": 2}\n", "it's", "/x-a/it's"},
    };
    for (String[] c : cases) {
      CastJsonException e = fails(() -> CastJson.yaml().read(YAML_HEAD + c[0]));
      assertThat(e.code()).as(c[0]).isEqualTo(Code.DUPLICATE_KEY);
      assertThat(e.detail()).isEqualTo("the field '" + c[1] + "' is given more than once");
      assertThat(e.jsonPointer()).isEqualTo(c[2]);
    }
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

  @Test
  void aYamlTabAfterAColonIsReadAsASpaceAndALaterErrorIsReportedWhereItIs() {
    // YAML 1.2 allows the tab; read again with it as a space, the document fails further on
    String doc = "formatVersion:\t'1.0'\nid: CAST-1\ntitle: t\nx-a: [\n";
    CastJsonException e = fails(() -> CastJson.yaml().read(doc));
    assertThat(e.code()).isEqualTo(Code.SYNTAX_ERROR);
    assertThat(e.detail()).doesNotContain("TAB").contains("flow");
    assertThat(e.line()).isEqualTo(doc.split("\n").length + 1);
    assertThat(e.column()).isEqualTo(1);
  }

  @Test
  void aKeyGivenTwiceBeforeBytesThatAreNotUtf8() {
    // Jackson from 2.23 on checks all UTF-8 itself, so the first error in the document stands;
    // before, castkit checks the bytes first and its error stands unless Jackson found a syntax
    // error
    String doc = HEAD + ", \"id\": \"CAST-2\", \"description\": \"\u00ff\"}";
    byte[] bytes = doc.getBytes(StandardCharsets.ISO_8859_1);
    CastJsonException e = fails(() -> CastJson.standard().read(bytes));
    if (JacksonLine.CHECKS_UTF8_OF_NAMES) {
      assertThat(e.code()).isEqualTo(Code.DUPLICATE_KEY);
      assertThat(e.jsonPointer()).isEqualTo("/id");
    } else {
      assertThat(e.code()).isEqualTo(Code.SYNTAX_ERROR);
      assertThat(e.column()).isEqualTo(doc.indexOf('\u00ff') + 1);
    }
  }

  // ---------------------------------------------------------------- Jackson's failures

  private static CastJsonException mapped(boolean yaml, Exception e) {
    return new Codec(yaml, false, new Limits(7, 8, 9, 10, 11)).readFailure(e, null);
  }

  private static StreamConstraintsException limit(String message) {
    return new StreamConstraintsException(message);
  }

  @Test
  void eachOfJacksonsLimitsIsItsCodeOnEveryLine() {
    // the messages of 2.16 and later, and those of 2.15
    Object[][] cases = {
      {
        "Document nesting depth (8) exceeds the maximum allowed (7, from"
            + " `StreamReadConstraints.getMaxNestingDepth()`)",
        Code.NESTING_TOO_DEEP,
        "objects and arrays are nested deeper than the limit of 7"
      },
      {
        "Depth (8) exceeds the maximum allowed nesting depth (7)",
        Code.NESTING_TOO_DEEP,
        "objects and arrays are nested deeper than the limit of 7"
      },
      {
        "String value length (9) exceeds the maximum allowed (8, from"
            + " `StreamReadConstraints.getMaxStringLength()`)",
        Code.STRING_TOO_LONG,
        "a string or field name is longer than the limit of 8 characters"
      },
      {
        "Name length (9) exceeds the maximum allowed (8, from"
            + " `StreamReadConstraints.getMaxNameLength()`)",
        Code.STRING_TOO_LONG,
        "a string or field name is longer than the limit of 8 characters"
      },
      {
        "String length (9) exceeds the maximum length (8)",
        Code.STRING_TOO_LONG,
        "a string or field name is longer than the limit of 8 characters"
      },
      {
        "Number value length (10) exceeds the maximum allowed (9, from"
            + " `StreamReadConstraints.getMaxNumberLength()`)",
        Code.NUMBER_TOO_LONG,
        "a number is longer than the limit of 9 characters"
      },
      {
        "Number length (10) exceeds the maximum length (9)",
        Code.NUMBER_TOO_LONG,
        "a number is longer than the limit of 9 characters"
      },
      {
        "Document length (11) exceeds the maximum allowed (10, from"
            + " `StreamReadConstraints.getMaxDocumentLength()`)",
        Code.DOCUMENT_TOO_LARGE,
        "the document is larger than the limit of 10 bytes (characters for text input)"
      },
      {
        "Token count (12) exceeds the maximum allowed (11, from"
            + " `StreamReadConstraints.getMaxTokenCount()`)",
        Code.TOO_MANY_VALUES,
        "the document holds more values than the limit of 11"
      },
      {
        "Spill-over slots in symbol table are full -- suspect a DoS attack based on hash"
            + " collisions",
        Code.DOCUMENT_TOO_LARGE,
        "the document exceeds a limit: Spill-over slots in symbol table are full -- suspect a DoS"
            + " attack based on hash collisions"
      },
    };
    for (Object[] c : cases) {
      CastJsonException e = mapped(false, limit((String) c[0]));
      assertThat(e.code()).as((String) c[0]).isEqualTo(c[1]);
      assertThat(e.detail()).isEqualTo(c[2]);
      // a limit is not placed at the start of the document when it is not known where it was hit
      assertThat(e.line()).isEqualTo(-1);
      assertThat(e.column()).isEqualTo(-1);
    }
  }

  @Test
  void snakeYamlsLimitsAreTheirCodes() {
    CastJsonException size =
        mapped(
            true,
            new JsonParseException(
                (com.fasterxml.jackson.core.JsonParser) null,
                "The incoming YAML document exceeds the limit: 10 code points."));
    assertThat(size.code()).isEqualTo(Code.DOCUMENT_TOO_LARGE);
    assertThat(size.detail())
        .isEqualTo("the document is larger than the limit of 10 bytes (characters for text input)");
    CastJsonException depth =
        mapped(
            true,
            new JsonParseException(
                (com.fasterxml.jackson.core.JsonParser) null, "Nesting Depth exceeded max 7"));
    assertThat(depth.code()).isEqualTo(Code.NESTING_TOO_DEEP);
    assertThat(depth.detail())
        .isEqualTo("objects and arrays are nested deeper than the limit of 7");
    // only the first line tells: the lines after it quote the document
    assertThat(
            mapped(
                    true,
                    new JsonParseException(
                        (com.fasterxml.jackson.core.JsonParser) null,
                        "\nNesting Depth exceeded max 7"))
                .code())
        .isEqualTo(Code.SYNTAX_ERROR);
    // the same words from a JSON parser are a syntax error
    assertThat(
            mapped(
                    false,
                    new JsonParseException(
                        (com.fasterxml.jackson.core.JsonParser) null,
                        "Nesting Depth exceeded max 7"))
                .code())
        .isEqualTo(Code.SYNTAX_ERROR);
  }

  @Test
  void jackson3sDuplicateMessageNamesTheKey() {
    for (String key : new String[] {"k", "it's", ""}) {
      CastJsonException e =
          mapped(
              false,
              new JsonParseException(
                  (com.fasterxml.jackson.core.JsonParser) null,
                  "Duplicate Object property \"" + key + "\""));
      assertThat(e.code()).isEqualTo(Code.DUPLICATE_KEY);
      assertThat(e.detail()).isEqualTo("the field '" + key + "' is given more than once");
    }
  }

  @Test
  void aFailureOfTheInputIsAnIoErrorAndOtherFailuresSyntaxErrors() {
    CastJsonException io = mapped(false, new IOException("disk gone"));
    assertThat(io.code()).isEqualTo(Code.IO_ERROR);
    assertThat(io.detail()).isEqualTo("cannot read the input: disk gone");
    // without a message, the exception names itself
    assertThat(mapped(false, new IOException()).detail())
        .isEqualTo("cannot read the input: java.io.IOException");
    // bytes that are not the encoding: the document's fault, at its start
    CastJsonException encoding = mapped(false, new CharConversionException("bad bytes"));
    assertThat(encoding.code()).isEqualTo(Code.SYNTAX_ERROR);
    assertThat(encoding.detail()).isEqualTo("not well-formed JSON: bad bytes");
    assertThat(new int[] {encoding.line(), encoding.column()}).containsExactly(1, 1);
    // where Jackson says it failed, the error is, even without a parser
    CastJsonException located =
        mapped(
            false,
            new JsonParseException(
                (com.fasterxml.jackson.core.JsonParser) null,
                "bad start",
                new com.fasterxml.jackson.core.JsonLocation(null, 4, 1, 5)));
    assertThat(new int[] {located.line(), located.column()}).containsExactly(1, 5);
    CastJsonException parse =
        mapped(
            true,
            new JsonParseException((com.fasterxml.jackson.core.JsonParser) null, "bad token"));
    assertThat(parse.code()).isEqualTo(Code.SYNTAX_ERROR);
    assertThat(parse.detail()).isEqualTo("not well-formed YAML: bad token");
  }
}
