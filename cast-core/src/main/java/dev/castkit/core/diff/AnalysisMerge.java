package dev.castkit.core.diff;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.internal.model.Model;

/**
 * A three-way merge of analyses: two versions that diverged from a common ancestor, merged element
 * by element (matched by id or key) and field by field.
 *
 * <ul>
 *   <li>What only one side changed is taken; what both changed alike is taken once.
 *   <li>Sets of ids take what either side added and lose what either side removed.
 *   <li>Lists of elements take both sides' added elements, each after the element that precedes it
 *       on its side; lists of texts and of elements without ids (evidence, references) likewise.
 *   <li>What both sides changed differently (one field, or an element one side changed and the
 *       other removed) is a {@link Conflict}; the result holds our side's value there. Nothing is
 *       resolved silently.
 * </ul>
 *
 * <pre>{@code
 * MergeResult r = AnalysisMerge.merge(base, mine, colleagues);
 * if (r.isClean()) {
 *   save(r.analysis());
 * } else {
 *   r.conflicts().forEach(c -> System.err.println(c));
 * }
 * }</pre>
 *
 * <p>The builders check the merged elements as they check any: two sides' changes that are each
 * valid may together break an invariant (two hazards given one id), and that too is a conflict.
 */
public final class AnalysisMerge {
  private AnalysisMerge() {}

  /**
   * Merges two versions of an analysis.
   *
   * @param base the common ancestor
   * @param ours our version (kept where the sides conflict)
   * @param theirs their version
   * @return the merged analysis and the conflicts
   * @throws IllegalArgumentException when an argument is null
   */
  public static MergeResult merge(CastAnalysis base, CastAnalysis ours, CastAnalysis theirs) {
    if (base == null || ours == null || theirs == null) {
      throw new IllegalArgumentException(
          "AnalysisMerge.merge needs three analyses (base, ours, theirs), got "
              + (base == null ? "null" : "base")
              + ", "
              + (ours == null ? "null" : "ours")
              + ", "
              + (theirs == null ? "null" : "theirs"));
    }
    return Merger.merge(Model.ANALYSIS, base, ours, theirs);
  }
}
