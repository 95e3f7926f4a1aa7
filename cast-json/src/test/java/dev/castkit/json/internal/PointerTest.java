package dev.castkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Pointer}: RFC 6901 parsing, escaping, prefixes and containment. */
class PointerTest {
  @Test
  void tokensAreUnescapedAndTheTextKept() {
    assertThat(Pointer.parse("")).isSameAs(Pointer.ROOT);
    assertThat(Pointer.ROOT.tokens()).isEmpty();
    Pointer p = Pointer.parse("/a~1b/~0c~01/");
    assertThat(p.tokens()).containsExactly("a/b", "~c~1", "");
    assertThat(p).hasToString("/a~1b/~0c~01/");
    assertThat(Pointer.parse("/").tokens()).containsExactly("");
    assertThat(Pointer.parse("//x").tokens()).containsExactly("", "x");
  }

  @Test
  void aPointerNotStartingWithASlashOrWithABadTildeIsRefusedWithWhere() {
    assertThatThrownBy(() -> Pointer.parse("a/b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"a/b\" is not a JSON pointer: it must be empty or start with '/'");
    assertThatThrownBy(() -> Pointer.parse("/ab~2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"/ab~2\" is not a JSON pointer: '~' at 3 must be followed by 0 or 1");
    assertThatThrownBy(() -> Pointer.parse("/ab~"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'~' at 3");
  }

  @Test
  void escapingIsTheInverseOfParsing() {
    assertThat(Pointer.escape("plain")).isEqualTo("plain");
    assertThat(Pointer.escape("a/b")).isEqualTo("a~1b");
    assertThat(Pointer.escape("a~b")).isEqualTo("a~0b");
    assertThat(Pointer.escape("~/")).isEqualTo("~0~1");
    assertThat(Pointer.escape("~1")).isEqualTo("~01");
    for (String token : List.of("", "x", "~", "/", "~1", "/0", "a~/b")) {
      Pointer p = Pointer.ROOT.child(token);
      assertThat(p.tokens()).containsExactly(token);
      assertThat(Pointer.parse(p.toString())).isEqualTo(p);
    }
  }

  @Test
  void childrenAndPrefixesGiveTheTextAndTokensOfTheirPlace() {
    Pointer p = Pointer.ROOT.child("hazards").child(3).child("a/b");
    assertThat(p).hasToString("/hazards/3/a~1b");
    assertThat(p.tokens()).containsExactly("hazards", "3", "a/b");
    assertThat(p.prefix(3)).isSameAs(p);
    assertThat(p.prefix(2)).hasToString("/hazards/3");
    assertThat(p.prefix(2).tokens()).containsExactly("hazards", "3");
    assertThat(p.prefix(0)).hasToString("").isEqualTo(Pointer.ROOT);
    assertThat(Pointer.ROOT.child("~").prefix(1)).hasToString("/~0");
    assertThat(Pointer.parse("/a/~1").prefix(1)).hasToString("/a");
  }

  @Test
  void equalityIsByTokens() {
    assertThat(Pointer.parse("/a/b")).isEqualTo(Pointer.ROOT.child("a").child("b"));
    assertThat(Pointer.parse("/a/b")).hasSameHashCodeAs(Pointer.ROOT.child("a").child("b"));
    assertThat(Pointer.parse("/a/b")).isNotEqualTo(Pointer.parse("/a"));
    assertThat(Pointer.parse("/a~1b")).isNotEqualTo(Pointer.parse("/a/b"));
    assertThat(Pointer.parse("/a")).isNotEqualTo("/a");
  }

  @Test
  void insideMeansAProperPrefix() {
    Pointer a = Pointer.parse("/a");
    Pointer ab = Pointer.parse("/a/b");
    assertThat(ab.isStrictlyInside(a)).isTrue();
    assertThat(ab.isStrictlyInside(Pointer.ROOT)).isTrue();
    assertThat(a.isStrictlyInside(a)).isFalse();
    assertThat(a.isStrictlyInside(ab)).isFalse();
    assertThat(Pointer.parse("/ab/c").isStrictlyInside(a)).isFalse();
    assertThat(Pointer.parse("/x/b").isStrictlyInside(a)).isFalse();
    assertThat(Pointer.ROOT.isStrictlyInside(Pointer.ROOT)).isFalse();
  }
}
