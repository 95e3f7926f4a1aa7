package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.castkit.json.CastJsonException.Code;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Errors found at the end of an object (a missing field, a repeat in a list, a time rule) are
 * reported at the line and column where the object or value starts, whatever the input type: the
 * reader remembers those places without Jackson's location objects, and this pins the numbers.
 */
class ErrorPositionTest {
  private static final CastJson JSON = CastJson.standard();

  private static final List<Function<String, Runnable>> INPUTS =
      List.of(
          doc -> () -> JSON.read(doc),
          doc -> () -> JSON.read(doc.getBytes(StandardCharsets.UTF_8)),
          doc -> () -> JSON.read(new java.io.StringReader(doc)),
          doc ->
              () ->
                  JSON.read(
                      new java.io.ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8))));

  /** Line and column (1-based) of the first occurrence of {@code marker} in {@code doc}. */
  private static int[] place(String doc, String marker) {
    int at = doc.indexOf(marker);
    assertThat(at).as(marker).isNotNegative();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (doc.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, at - lineStart + 1};
  }

  private static void assertError(String doc, Code code, String pointer, String marker) {
    int[] expected = place(doc, marker);
    for (Function<String, Runnable> input : INPUTS) {
      CastJsonException e =
          catchThrowableOfType(CastJsonException.class, () -> input.apply(doc).run());
      assertThat(e).isNotNull();
      assertThat(e.code()).as("%s", e).isEqualTo(code);
      assertThat(e.jsonPointer()).as("%s", e).isEqualTo(pointer);
      assertThat(new int[] {e.line(), e.column()}).as("%s", e).containsExactly(expected);
    }
  }

  private static final String HEAD =
      "{\n  \"formatVersion\": \"1.0\",\n  \"id\": \"CAST-1\",\n  \"title\": \"t\",\n";

  @Test
  void aMissingFieldIsReportedWhereItsObjectStarts() {
    String doc =
        HEAD
            + "  \"losses\": [\n"
            + "    {\"id\": \"L-1\", \"description\": \"d\", \"category\": \"DATA\"},\n"
            + "  \t {\"id\": \"L-2\", \"category\": \"DATA\"}\n"
            + "  ]\n}\n";
    assertError(doc, Code.MISSING_FIELD, "/losses/1", "{\"id\": \"L-2\", \"category");
  }

  @Test
  void aRepeatedIdIsReportedWhereTheRepeatStarts() {
    String doc =
        HEAD
            + "  \"hazards\": [{\"id\": \"H-1\", \"description\": \"d\"},\n"
            + "      {\"id\": \"H-1\", \"description\": \"again\"}]\n}\n";
    assertError(
        doc, Code.DUPLICATE_ID, "/hazards/1/id", "{\"id\": \"H-1\", \"description\": \"again");
  }

  /**
   * The reader scans the keys of a short list and hashes those of a long one: a repeat is found, at
   * its place, on both sides of the switch (the eighth element is the last one scanned).
   */
  @Test
  void aRepeatedIdIsFoundInShortAndLongLists() {
    for (int[] repeat : new int[][] {{0, 1}, {0, 7}, {6, 7}, {2, 8}, {7, 8}, {3, 11}, {10, 11}}) {
      StringBuilder hazards = new StringBuilder();
      for (int i = 0; i <= repeat[1]; i++) {
        int n = i == repeat[1] ? repeat[0] : i;
        hazards.append(i == 0 ? "" : ",\n    ");
        hazards.append("{\"id\": \"H-").append(n).append("\", \"description\": \"d").append(i);
        hazards.append("\"}");
      }
      String doc = HEAD + "  \"hazards\": [" + hazards + "]\n}\n";
      assertError(
          doc,
          Code.DUPLICATE_ID,
          "/hazards/" + repeat[1] + "/id",
          "{\"id\": \"H-" + repeat[0] + "\", \"description\": \"d" + repeat[1]);
    }
  }

  @Test
  void aTimeRuleIsReportedAtTheValueItConcerns() {
    String doc =
        HEAD
            + "  \"timeline\": [\n"
            + "    {\"id\": \"E-1\", \"description\": \"d\",\n"
            + "     \"timePrecision\": \"MINUTE\"}\n"
            + "  ]\n}\n";
    assertError(doc, Code.INVALID_VALUE, "/timeline/0/timePrecision", "\"MINUTE\"");
  }

  @Test
  void aMissingFormatVersionIsReportedAtTheDocumentsStart() {
    String doc = "\n\n   {\"id\": \"CAST-1\", \"title\": \"t\"}";
    assertError(doc, Code.MISSING_FIELD, "", "{");
  }
}
