package dev.castkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.castkit.json.CastJson;
import dev.castkit.json.CastJsonException;
import dev.castkit.json.CastJsonException.Code;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link JsonTree}: parsing with positions and limits, writing, and the measures of a tree. */
class JsonTreeTest {
  private static CastJsonException parseFails(String text) {
    CastJsonException e =
        catchThrowableOfType(CastJsonException.class, () -> JsonTree.parse(text, "thing", null));
    assertThat(e).as("parsing %s fails", text).isNotNull();
    return e;
  }

  private static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  @Test
  void everyKindOfValueIsReadAndWrittenBackInTheCanonicalLayout() {
    String text =
        "{\"s\":\"x\",\"n\":-1.50e3,\"i\":0,\"t\":true,\"f\":false,\"z\":null,"
            + "\"a\":[1,[],{}],\"o\":{\"k\":[\"v\"]}}";
    Object tree = JsonTree.parse(text, "thing", null);
    assertThat(JsonTree.write(tree))
        .isEqualTo(
            "{\n"
                + "  \"s\": \"x\",\n"
                + "  \"n\": -1.50e3,\n"
                + "  \"i\": 0,\n"
                + "  \"t\": true,\n"
                + "  \"f\": false,\n"
                + "  \"z\": null,\n"
                + "  \"a\": [\n"
                + "    1,\n"
                + "    [],\n"
                + "    {}\n"
                + "  ],\n"
                + "  \"o\": {\n"
                + "    \"k\": [\n"
                + "      \"v\"\n"
                + "    ]\n"
                + "  }\n"
                + "}\n");
    Map<?, ?> map = (Map<?, ?>) tree;
    assertThat(map.get("z")).isSameAs(JsonTree.NULL).hasToString("null");
    assertThat(map.get("n")).isEqualTo(new JsonTree.Num("-1.50e3")).hasToString("-1.50e3");
    assertThat(map.get("t")).isEqualTo(Boolean.TRUE);
    assertThat(map.get("f")).isEqualTo(Boolean.FALSE);
  }

  @Test
  void indentationDeeperThanOneChunkOfSpacesIsWhole() {
    // 40 levels: 80 spaces before the innermost item, more than the printer's chunk of 64
    Object tree = JsonTree.parse("[".repeat(40) + "1" + "]".repeat(40), "thing", null);
    String written = JsonTree.write(tree);
    String[] lines = written.split("\n");
    assertThat(lines).hasSize(81);
    for (int i = 0; i < 40; i++) {
      assertThat(lines[i]).isEqualTo(" ".repeat(2 * i) + "[");
      assertThat(lines[80 - i]).isEqualTo(" ".repeat(2 * i) + "]");
    }
    assertThat(lines[40]).isEqualTo(" ".repeat(80) + "1");
    // 70 levels: 138 spaces, more than two chunks
    String deeper = JsonTree.write(JsonTree.parse(nested(70), "thing", null));
    assertThat(deeper.split("\n")[69]).isEqualTo(" ".repeat(138) + "[]");
  }

  @Test
  void positionsAreToldForEveryValueWithItsPointer() {
    Map<String, String> seen = new LinkedHashMap<>();
    JsonTree.parse(
        "{\"a\": [1,\n  {\"b/c\": true}]}",
        "thing",
        (value, pointer, line, column) -> seen.put(pointer, line + ":" + column));
    assertThat(seen)
        .containsExactly(
            Map.entry("/a/0", "1:8"),
            Map.entry("/a/1/b~1c", "2:11"),
            Map.entry("/a/1", "2:3"),
            Map.entry("/a", "1:7"),
            Map.entry("", "1:1"));
  }

  @Test
  void whatIsNotOneJsonValueIsRefusedWhereItIs() {
    CastJsonException empty = parseFails("  ");
    assertThat(empty.code()).isEqualTo(Code.EMPTY_DOCUMENT);
    assertThat(empty.getMessage()).contains("the thing is empty");
    CastJsonException after = parseFails("{}\n []");
    assertThat(after.code()).isEqualTo(Code.SYNTAX_ERROR);
    assertThat(after.getMessage()).contains("content after the end of the thing");
    assertThat(after.line()).isEqualTo(2);
    assertThat(after.column()).isEqualTo(2);
    CastJsonException bad = parseFails("{\"a\": [1, }");
    assertThat(bad.code()).isEqualTo(Code.SYNTAX_ERROR);
    assertThat(bad.getMessage()).contains("the thing is not well-formed JSON");
    assertThat(bad.jsonPointer()).isEqualTo("/a/0");
    assertThat(bad.line()).isEqualTo(1);
    // Jackson's own place for the syntax error: the '}' from 2.2x on, one column further on 2.15
    // (CI runs these tests on both)
    assertThat(bad.column()).isIn(11, 12);
    CastJsonException twice = parseFails("{\"a\": 1,\n \"a\": 2}");
    assertThat(twice.code()).isEqualTo(Code.DUPLICATE_KEY);
    assertThat(twice.jsonPointer()).isEqualTo("/a");
    assertThat(twice.line()).isEqualTo(2);
  }

  @Test
  void theLimitsAreTheStandardOnesButTheDeepestNesting() {
    assertThat(JsonTree.MAX_DEPTH).isEqualTo(CastJson.MAX_NESTING_DEPTH_LIMIT);
    assertThat(JsonTree.depth(JsonTree.parse(nested(JsonTree.MAX_DEPTH), "thing", null)))
        .isEqualTo(JsonTree.MAX_DEPTH);
    CastJsonException deep = parseFails(nested(JsonTree.MAX_DEPTH + 1));
    assertThat(deep.code()).isEqualTo(Code.NESTING_TOO_DEEP);
    assertThat(deep.getMessage()).contains("the thing");
    CastJsonException number =
        parseFails("[" + "1".repeat(CastJson.DEFAULT_MAX_NUMBER_LENGTH + 1) + "]");
    assertThat(number.code()).isEqualTo(Code.NUMBER_TOO_LONG);
    JsonTree.parse("[" + "1".repeat(CastJson.DEFAULT_MAX_NUMBER_LENGTH) + "]", "thing", null);
    String longest = "x".repeat(CastJson.DEFAULT_MAX_STRING_LENGTH);
    JsonTree.parse("[\"" + longest + "\"]", "thing", null);
    CastJsonException string = parseFails("[\"" + longest + "x\"]");
    assertThat(string.code()).isEqualTo(Code.STRING_TOO_LONG);
    assertThat(string.getMessage()).contains("of the thing");
    CastJsonException key = parseFails("{\"" + longest + "x\": 1}");
    assertThat(key.code()).isEqualTo(Code.STRING_TOO_LONG);
    // the size limit counts characters: one more than it is refused before parsing
    String largest = " ".repeat((int) CastJson.DEFAULT_MAX_DOCUMENT_LENGTH - 2) + "[]";
    assertThat(JsonTree.parse(largest, "thing", null)).isEqualTo(List.of());
    CastJsonException large = parseFails(" " + largest);
    assertThat(large.code()).isEqualTo(Code.DOCUMENT_TOO_LARGE);
    assertThat(large.getMessage())
        .contains("the thing has " + (CastJson.DEFAULT_MAX_DOCUMENT_LENGTH + 1));
  }

  @Test
  void theValueCountIsBounded() {
    int max = (int) CastJson.DEFAULT_MAX_VALUE_COUNT;
    // the array itself and max - 1 items: max values
    String fits = "[" + "0,".repeat(max - 2) + "0]";
    assertThat(((List<?>) JsonTree.parse(fits, "thing", null))).hasSize(max - 1);
    CastJsonException e = parseFails("[" + "0,".repeat(max - 1) + "0]");
    assertThat(e.code()).isEqualTo(Code.TOO_MANY_VALUES);
    assertThat(e.getMessage()).contains("the thing holds more than " + max + " values");
  }

  @Test
  void depthAndCountMeasureATree() {
    assertThat(JsonTree.depth("x")).isZero();
    assertThat(JsonTree.depth(List.of())).isEqualTo(1);
    assertThat(JsonTree.depth(Map.of())).isEqualTo(1);
    Object tree = JsonTree.parse("{\"a\": [1, {\"b\": [[]]}], \"c\": {}}", "thing", null);
    assertThat(JsonTree.depth(tree)).isEqualTo(5);
    assertThat(JsonTree.depth(JsonTree.parse("[{}, [[1]]]", "thing", null))).isEqualTo(3);
    // the object, a, its two items, b, the innermost array, c
    assertThat(JsonTree.count(tree, 100)).isEqualTo(7);
    assertThat(JsonTree.count("x", 100)).isEqualTo(1);
    // counting stops at the limit, up to one value over it per level
    Object wide = JsonTree.parse("[" + "1,".repeat(99) + "1]", "thing", null);
    assertThat(JsonTree.count(wide, 1000)).isEqualTo(101);
    assertThat(JsonTree.count(wide, 10)).isEqualTo(10);
    Object wideObject = JsonTree.parse("{\"a\":1,\"b\":2,\"c\":3,\"d\":4}", "thing", null);
    assertThat(JsonTree.count(wideObject, 3)).isEqualTo(3);
    assertThat(JsonTree.count(wideObject, 100)).isEqualTo(5);
    // and the limit holds inside nested values: what is left of it is passed down
    Object nestedArrays = JsonTree.parse("[[1, 1, 1, 1, 1], [1, 1, 1, 1, 1]]", "thing", null);
    assertThat(JsonTree.count(nestedArrays, 100)).isEqualTo(13);
    assertThat(JsonTree.count(nestedArrays, 4)).isEqualTo(4);
    Object nestedObjects =
        JsonTree.parse("{\"a\": {\"b\": 1, \"c\": 2, \"d\": 3, \"e\": 4}}", "thing", null);
    assertThat(JsonTree.count(nestedObjects, 3)).isEqualTo(3);
  }

  @Test
  void aCopySharesNoContainer() {
    Object tree = JsonTree.parse("{\"a\": [1, {\"b\": \"c\"}]}", "thing", null);
    Object copy = JsonTree.copy(tree);
    assertThat(copy).isEqualTo(tree).isNotSameAs(tree);
    @SuppressWarnings("unchecked")
    List<Object> a = (List<Object>) ((Map<?, ?>) copy).get("a");
    assertThat(a).isNotSameAs(((Map<?, ?>) tree).get("a"));
    assertThat(a.get(1)).isNotSameAs(((List<?>) ((Map<?, ?>) tree).get("a")).get(1));
    a.add("new");
    assertThat(copy).isNotEqualTo(tree);
  }

  @Test
  void sameValueComparesNumbersByValueAndObjectsWithoutOrder() {
    assertThat(JsonTree.sameValue(num("1"), num("1.0"))).isTrue();
    assertThat(JsonTree.sameValue(num("1e2"), num("100"))).isTrue();
    assertThat(JsonTree.sameValue(num("1"), num("2"))).isFalse();
    assertThat(JsonTree.sameValue(num("1e99999999999"), num("2"))).isFalse();
    assertThat(JsonTree.sameValue(num("1"), "1")).isFalse();
    assertThat(JsonTree.sameValue(tree("{\"a\": 1, \"b\": [2]}"), tree("{\"b\": [2.0], \"a\": 1}")))
        .isTrue();
    assertThat(JsonTree.sameValue(tree("{\"a\": 1}"), tree("{\"a\": 1, \"b\": 2}"))).isFalse();
    assertThat(JsonTree.sameValue(tree("{\"a\": 1}"), tree("{\"b\": 1}"))).isFalse();
    assertThat(JsonTree.sameValue(tree("{\"a\": 1}"), tree("{\"a\": 2}"))).isFalse();
    assertThat(JsonTree.sameValue(tree("[1, 2]"), tree("[2, 1]"))).isFalse();
    assertThat(JsonTree.sameValue(tree("[1, 2]"), tree("[1]"))).isFalse();
    assertThat(JsonTree.sameValue(tree("[1, 2]"), tree("[1, 2.00]"))).isTrue();
    assertThat(JsonTree.sameValue(tree("[]"), tree("{}"))).isFalse();
    assertThat(JsonTree.sameValue(JsonTree.NULL, JsonTree.NULL)).isTrue();
    assertThat(JsonTree.sameValue(Boolean.TRUE, Boolean.FALSE)).isFalse();
  }

  @Test
  void typesAreNamedForMessages() {
    assertThat(JsonTree.typeOf(new LinkedHashMap<>())).isEqualTo("an object");
    assertThat(JsonTree.typeOf(new ArrayList<>())).isEqualTo("an array");
    assertThat(JsonTree.typeOf("x")).isEqualTo("a string");
    assertThat(JsonTree.typeOf(num("1"))).isEqualTo("a number");
    assertThat(JsonTree.typeOf(Boolean.FALSE)).isEqualTo("a boolean");
    assertThat(JsonTree.typeOf(JsonTree.NULL)).isEqualTo("null");
  }

  private static JsonTree.Num num(String text) {
    return new JsonTree.Num(text);
  }

  private static Object tree(String json) {
    return JsonTree.parse(json, "thing", null);
  }
}
