package dev.castkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.core.ExtensionValue;
import dev.castkit.core.ExtensionValue.ArrayValue;
import dev.castkit.core.ExtensionValue.ObjectValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link Trees}: the equality, hash code and text of extension trees, walked with a stack, agree
 * with the recursive definitions they replace, and keep the equals/hashCode contract.
 */
class TreesTest {
  private static final ExtensionValue ONE = ExtensionValue.number("1");
  private static final ExtensionValue TWO = ExtensionValue.number("2");
  private static final ExtensionValue TEXT = ExtensionValue.of("x");

  /** Small trees, pairwise different: scalars, empty and nested arrays and objects. */
  private static List<ExtensionValue> samples() {
    List<ExtensionValue> s = new ArrayList<>();
    s.add(ExtensionValue.ofNull());
    s.add(ExtensionValue.of(true));
    s.add(ExtensionValue.of(false));
    s.add(ONE);
    s.add(TWO);
    s.add(TEXT);
    s.add(ExtensionValue.of("1"));
    s.add(ExtensionValue.array(List.of()));
    s.add(ExtensionValue.object(Map.of()));
    s.add(ExtensionValue.array(List.of(ONE)));
    s.add(ExtensionValue.array(List.of(TWO)));
    s.add(ExtensionValue.array(List.of(ONE, TWO)));
    s.add(ExtensionValue.array(List.of(TWO, ONE)));
    s.add(ExtensionValue.array(List.of(ONE, ONE)));
    s.add(ExtensionValue.array(List.of(ONE, TWO, TEXT)));
    s.add(ExtensionValue.array(List.of(ExtensionValue.array(List.of()))));
    s.add(ExtensionValue.array(List.of(ExtensionValue.object(Map.of()))));
    s.add(ExtensionValue.array(List.of(ExtensionValue.array(List.of(ONE)), TWO)));
    s.add(ExtensionValue.array(List.of(ONE, ExtensionValue.array(List.of(TWO)))));
    s.add(ExtensionValue.object(Map.of("a", ONE)));
    s.add(ExtensionValue.object(Map.of("a", TWO)));
    s.add(ExtensionValue.object(Map.of("b", ONE)));
    s.add(ExtensionValue.object(Map.of("a", ONE, "b", TWO)));
    s.add(ExtensionValue.object(Map.of("a", TWO, "b", ONE)));
    s.add(ExtensionValue.object(Map.of("a", ONE, "c", TWO)));
    s.add(ExtensionValue.object(Map.of("a", ExtensionValue.array(List.of(ONE)))));
    s.add(ExtensionValue.object(Map.of("a", ExtensionValue.object(Map.of("a", ONE)))));
    s.add(
        ExtensionValue.object(
            Map.of("a", ExtensionValue.array(List.of(ONE, TEXT)), "b", ExtensionValue.ofNull())));
    return s;
  }

  /** The same tree built again from scratch, so that no part is shared with the original. */
  private static ExtensionValue copy(ExtensionValue v) {
    if (v instanceof ArrayValue a) {
      return ExtensionValue.array(a.elements().stream().map(TreesTest::copy).toList());
    }
    if (v instanceof ObjectValue o) {
      Map<String, ExtensionValue> m = new LinkedHashMap<>();
      o.members().forEach((k, e) -> m.put(new String(k), copy(e)));
      return ExtensionValue.object(m);
    }
    if (v instanceof ExtensionValue.NumberValue n) {
      return ExtensionValue.number(new String(n.literal()));
    }
    if (v instanceof ExtensionValue.StringValue t) {
      return ExtensionValue.of(new String(t.value()));
    }
    return v;
  }

  @Test
  void equalTreesAreEqualAndHashAlikeAndDifferentTreesAreNotEqual() {
    List<ExtensionValue> s = samples();
    for (int i = 0; i < s.size(); i++) {
      ExtensionValue x = s.get(i);
      ExtensionValue again = copy(x);
      assertThat(Trees.equal(x, x)).isTrue();
      assertThat(Trees.equal(x, again)).as("%s and its copy", x).isTrue();
      assertThat(Trees.hash(x)).as("hash of %s", x).isEqualTo(Trees.hash(again));
      assertThat(x).isEqualTo(again).hasSameHashCodeAs(again);
      assertThat(Trees.equal(x, null)).isFalse();
      assertThat(Trees.equal(x, x.toString())).isFalse();
      for (int j = 0; j < s.size(); j++) {
        if (i != j) {
          ExtensionValue y = s.get(j);
          assertThat(Trees.equal(x, y)).as("%s equal to %s", x, y).isFalse();
          assertThat(x.equals(copy(y))).as("%s equals %s", x, y).isFalse();
        }
      }
    }
  }

  @Test
  void differentSmallTreesHaveDifferentHashCodes() {
    // not required by the contract, but a hash that ignored order, depth or the kind of bracket
    // would make every set of extension values slow
    // (scalars hash as their records do: the number 1 and the text "1" alike)
    List<ExtensionValue> s =
        samples().stream()
            .filter(v -> v instanceof ArrayValue || v instanceof ObjectValue)
            .toList();
    assertThat(s.stream().map(Trees::hash).distinct().count()).isEqualTo(s.size());
  }

  @Test
  void theHashIsTheRecursiveDefinitionWalkedWithAStack() {
    for (ExtensionValue v : samples()) {
      assertThat(Trees.hash(v)).as("hash of %s", v).isEqualTo(recursiveHash(1, v));
      ExtensionValue nested =
          ExtensionValue.object(Map.of("k", v, "l", ExtensionValue.array(List.of(v, TEXT))));
      assertThat(Trees.hash(nested)).isEqualTo(recursiveHash(1, nested));
    }
  }

  /** Trees.hash as a recursive function: keys of an object first, then its values, last first. */
  private static int recursiveHash(int h, ExtensionValue v) {
    if (v instanceof ArrayValue a) {
      h = 31 * h + 7 * a.elements().size() + 1;
      for (ExtensionValue e : a.elements()) {
        h = recursiveHash(h, e);
      }
      return h;
    }
    if (v instanceof ObjectValue o) {
      h = 31 * h + 7 * o.members().size() + 2;
      for (String k : o.members().keySet()) {
        h = 31 * h + k.hashCode();
      }
      List<ExtensionValue> values = new ArrayList<>(o.members().values());
      for (int i = values.size() - 1; i >= 0; i--) {
        h = recursiveHash(h, values.get(i));
      }
      return h;
    }
    return 31 * h + v.hashCode();
  }

  @Test
  void theTextIsWhatTheRecordsGeneratedToStringWouldGive() {
    for (ExtensionValue v : samples()) {
      assertThat(Trees.toString(v)).isEqualTo(recordText(v)).isEqualTo(v.toString());
    }
    assertThat(Trees.toString(ExtensionValue.array(List.of(ONE, TEXT))))
        .isEqualTo("ArrayValue[elements=[NumberValue[literal=1], StringValue[value=x]]]");
  }

  /** What a record's toString gives: its name, then each component as its own toString. */
  private static String recordText(ExtensionValue v) {
    if (v instanceof ArrayValue a) {
      return a.elements().stream()
          .map(TreesTest::recordText)
          .collect(Collectors.joining(", ", "ArrayValue[elements=[", "]]"));
    }
    if (v instanceof ObjectValue o) {
      return o.members().entrySet().stream()
          .map(e -> e.getKey() + "=" + recordText(e.getValue()))
          .collect(Collectors.joining(", ", "ObjectValue[members={", "}]"));
    }
    return v.toString();
  }

  @Test
  void renderWritesTheGivenNotation() {
    Trees.Notation json =
        new Trees.Notation(
            "<",
            ">",
            "(",
            ")",
            ": ",
            (sb, v) -> sb.append(v instanceof ExtensionValue.NumberValue n ? n.literal() : "s"));
    ExtensionValue v =
        ExtensionValue.object(
            Map.of(
                "b", ExtensionValue.array(List.of(ONE, TWO, ExtensionValue.array(List.of()))),
                "a", ExtensionValue.object(Map.of()),
                "c", TEXT));
    assertThat(Trees.render(v, json)).isEqualTo("(a: (), b: <1, 2, <>>, c: s)");
    assertThat(Trees.render(ONE, json)).isEqualTo("1");
  }

  @Test
  void aTreeOfAnyDepthIsComparedHashedAndWrittenWithoutOverflowingTheStack() {
    ExtensionValue a = ONE;
    ExtensionValue b = ONE;
    int depth = 50_000;
    for (int i = 0; i < depth; i++) {
      a = i % 2 == 0 ? ExtensionValue.array(List.of(a)) : ExtensionValue.object(Map.of("k", a));
      b = i % 2 == 0 ? ExtensionValue.array(List.of(b)) : ExtensionValue.object(Map.of("k", b));
    }
    assertThat(Trees.equal(a, b)).isTrue();
    assertThat(Trees.hash(a)).isEqualTo(Trees.hash(b));
    ExtensionValue c = ExtensionValue.array(List.of(a, TWO));
    assertThat(Trees.equal(c, ExtensionValue.array(List.of(b, ONE)))).isFalse();
    String text = Trees.toString(a);
    assertThat(text)
        .startsWith("ObjectValue[members={k=ArrayValue[elements=[")
        .contains("NumberValue[literal=1]");
    assertThat(text.length()).isGreaterThan(depth * 20);
  }
}
