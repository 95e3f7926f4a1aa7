package dev.castkit.core.diff;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.internal.model.Model;
import java.util.List;

/**
 * The differences between two versions of an analysis, by meaning: elements matched by their id (or
 * key), compared field by field; sets of ids compared as sets; extensions included. A change of
 * order is reported only where the order is part of the analysis (an ordered list, such as the
 * timeline or the hazards), once for the list.
 *
 * <pre>{@code
 * AnalysisDiff diff = AnalysisDiff.between(preliminary, finalReport);
 * if (!diff.isEmpty()) {
 *   diff.changes().forEach(System.out::println);
 *   // ADDED hazards[H-3]
 *   // CHANGED recommendations[R-3].status: PROPOSED -> DONE
 * }
 * System.out.print(ChangeSummary.markdown(diff)); // the same in CAST's words, by step
 * }</pre>
 *
 * <p>A diff is also a patch: {@link #applyTo} carries its changes over to another analysis, and
 * {@link AnalysisMerge} merges two diverging versions. For a JSON Patch (RFC 6902) between the
 * canonical JSON of two analyses, see cast-json.
 */
public final class AnalysisDiff {
  private final CastAnalysis before;
  private final CastAnalysis after;
  private final List<Change> changes;

  private AnalysisDiff(CastAnalysis before, CastAnalysis after) {
    this.before = before;
    this.after = after;
    this.changes = Differ.diff(Model.ANALYSIS, before, after);
  }

  /**
   * The differences from {@code before} to {@code after}.
   *
   * @param before the older version
   * @param after the newer version
   * @return the diff; {@linkplain #isEmpty() empty} when the two are equal
   * @throws IllegalArgumentException when either is null
   */
  public static AnalysisDiff between(CastAnalysis before, CastAnalysis after) {
    if (before == null || after == null) {
      throw new IllegalArgumentException(
          "AnalysisDiff.between needs two analyses, got "
              + (before == null ? "null" : "one")
              + " and "
              + (after == null ? "null" : "one"));
    }
    return new AnalysisDiff(before, after);
  }

  /**
   * The changes, in the order of the analysis's fields (as written) and of its lists.
   *
   * @return the changes; empty when the versions are equal
   */
  public List<Change> changes() {
    return changes;
  }

  /**
   * Whether the two versions are equal.
   *
   * @return true when there is no change
   */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * The older version.
   *
   * @return the analysis the diff starts from
   */
  public CastAnalysis before() {
    return before;
  }

  /**
   * The newer version.
   *
   * @return the analysis the diff leads to
   */
  public CastAnalysis after() {
    return after;
  }

  /**
   * Carries these changes over to an analysis: a three-way merge with {@link #before()} as the
   * common ancestor, {@code analysis} as our side and {@link #after()} as theirs. Applied to {@code
   * before()} it gives {@code after()}; applied to an analysis that changed the same fields
   * differently, it reports each as a {@link Conflict}.
   *
   * @param analysis the analysis to change
   * @return the result and its conflicts
   * @throws IllegalArgumentException when {@code analysis} is null
   */
  public MergeResult applyTo(CastAnalysis analysis) {
    return AnalysisMerge.merge(before, analysis, after);
  }

  /** One line per change. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (Change c : changes) {
      out.append(c).append('\n');
    }
    return out.toString();
  }
}
