package dev.castkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Lcs}: the pairs of a longest common subsequence, and the bound on its table. */
class LcsTest {
  /** The length of a longest common subsequence, by the textbook recursion (small lists only). */
  private static int lcsLength(List<?> x, List<?> y) {
    int[][] t = new int[x.size() + 1][y.size() + 1];
    for (int i = 1; i <= x.size(); i++) {
      for (int j = 1; j <= y.size(); j++) {
        t[i][j] =
            x.get(i - 1).equals(y.get(j - 1))
                ? t[i - 1][j - 1] + 1
                : Math.max(t[i - 1][j], t[i][j - 1]);
      }
    }
    return t[x.size()][y.size()];
  }

  private static void assertValidPairs(List<?> x, List<?> y, List<int[]> pairs) {
    int lastI = -1;
    int lastJ = -1;
    for (int[] p : pairs) {
      assertThat(p[0]).isGreaterThan(lastI);
      assertThat(p[1]).isGreaterThan(lastJ);
      assertThat(x.get(p[0])).isEqualTo(y.get(p[1]));
      lastI = p[0];
      lastJ = p[1];
    }
  }

  @Test
  void thePairsAreALongestCommonSubsequenceOfAnyTwoLists() {
    qt().withExamples(300)
        .forAll(
            lists().of(integers().between(0, 4)).ofSizeBetween(0, 9),
            lists().of(integers().between(0, 4)).ofSizeBetween(0, 9))
        .checkAssert(
            (x, y) -> {
              List<int[]> pairs = Lcs.pairs(x, y);
              assertValidPairs(x, y, pairs);
              assertThat(pairs).hasSize(lcsLength(x, y));
            });
  }

  @Test
  void aCommonHeadAndTailArePairedInPlace() {
    List<int[]> pairs = Lcs.pairs(List.of("a", "b", "x", "c"), List.of("a", "b", "y", "z", "c"));
    assertThat(pairs).extracting(p -> p[0] + ":" + p[1]).containsExactly("0:0", "1:1", "3:4");
    assertThat(Lcs.pairs(List.of("a", "a"), List.of("a")))
        .extracting(p -> p[0] + ":" + p[1])
        .containsExactly("0:0");
    assertThat(Lcs.pairs(List.of(), List.of("a"))).isEmpty();
    assertThat(Lcs.pairs(List.of("a"), List.of())).isEmpty();
  }

  /** -1, then 0 to n - 1, then -2; and -1, then m - 1 down to 0, then -2. */
  private static List<List<Integer>> headMiddleTail(int n, int m) {
    List<Integer> x = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    x.add(-1);
    y.add(-1);
    for (int i = 0; i < n; i++) {
      x.add(i);
    }
    List<Integer> middle = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      middle.add(i);
    }
    Collections.reverse(middle);
    y.addAll(middle);
    x.add(-2);
    y.add(-2);
    return List.of(x, y);
  }

  @Test
  void aMiddleOverTheTableBoundIsLeftUnmatchedButHeadAndTailAreNot() {
    // (1999 + 1) * (1999 + 1) cells is the bound: the middle is matched (one pair: a list and its
    // reverse share one item in order)
    assertThat(2000L * 2000).isEqualTo(Lcs.MAX_CELLS);
    List<List<Integer>> fits = headMiddleTail(1999, 1999);
    assertThat(Lcs.pairs(fits.get(0), fits.get(1))).hasSize(3);
    // one item more is over it: head and tail only
    List<List<Integer>> over = headMiddleTail(2000, 1999);
    assertThat(Lcs.pairs(over.get(0), over.get(1)))
        .extracting(p -> p[0] + ":" + p[1])
        .containsExactly("0:0", "2001:2000");
  }
}
