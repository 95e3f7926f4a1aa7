package dev.castkit.core.diff;

import dev.castkit.core.CastAnalysis;
import java.util.List;

/**
 * What a three-way merge gives: the merged analysis and the conflicts, if any. Where there is a
 * conflict the analysis holds our side's value; check {@link #isClean()} before using it as the
 * result of the merge.
 */
public final class MergeResult {
  private final CastAnalysis analysis;
  private final List<Conflict> conflicts;

  MergeResult(CastAnalysis analysis, List<Conflict> conflicts) {
    this.analysis = analysis;
    this.conflicts = List.copyOf(conflicts);
  }

  /**
   * The merged analysis: both sides' changes, and our side's value wherever they conflict.
   *
   * @return the analysis
   */
  public CastAnalysis analysis() {
    return analysis;
  }

  /**
   * The conflicts, in the order of the analysis; empty for a clean merge.
   *
   * @return the conflicts
   */
  public List<Conflict> conflicts() {
    return conflicts;
  }

  /**
   * Whether the two sides merged without a conflict.
   *
   * @return true when there is no conflict
   */
  public boolean isClean() {
    return conflicts.isEmpty();
  }

  @Override
  public String toString() {
    return isClean() ? "clean merge" : conflicts.size() + " conflict(s): " + conflicts;
  }
}
