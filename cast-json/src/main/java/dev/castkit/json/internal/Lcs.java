package dev.castkit.json.internal;

import java.util.ArrayList;
import java.util.List;

/** A longest common subsequence of two lists, by {@code equals}. Not API. */
final class Lcs {
  private Lcs() {}

  /**
   * Above this many cells the middle (after the common head and tail) is left unmatched: the patch
   * is then longer but still right, and the table never takes more than 16 MB.
   */
  static final long MAX_CELLS = 4_000_000;

  /**
   * The matched pairs of a longest common subsequence.
   *
   * @param x a list
   * @param y another
   * @return pairs {index in x, index in y}, both increasing
   */
  static List<int[]> pairs(List<?> x, List<?> y) {
    int head = 0;
    while (head < x.size() && head < y.size() && x.get(head).equals(y.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < x.size() - head
        && tail < y.size() - head
        && x.get(x.size() - 1 - tail).equals(y.get(y.size() - 1 - tail))) {
      tail++;
    }
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < head; i++) {
      pairs.add(new int[] {i, i});
    }
    int n = x.size() - head - tail;
    int m = y.size() - head - tail;
    if (n > 0 && m > 0 && (long) (n + 1) * (m + 1) <= MAX_CELLS) {
      // length[i][j]: the longest common subsequence of the middles from i and from j on
      int[][] length = new int[n + 1][m + 1];
      for (int i = n - 1; i >= 0; i--) {
        for (int j = m - 1; j >= 0; j--) {
          length[i][j] =
              x.get(head + i).equals(y.get(head + j))
                  ? length[i + 1][j + 1] + 1
                  : Math.max(length[i + 1][j], length[i][j + 1]);
        }
      }
      for (int i = 0, j = 0; i < n && j < m; ) {
        if (x.get(head + i).equals(y.get(head + j))) {
          pairs.add(new int[] {head + i, head + j});
          i++;
          j++;
        } else if (length[i + 1][j] >= length[i][j + 1]) {
          i++;
        } else {
          j++;
        }
      }
    }
    for (int t = tail; t > 0; t--) {
      pairs.add(new int[] {x.size() - t, y.size() - t});
    }
    return pairs;
  }
}
