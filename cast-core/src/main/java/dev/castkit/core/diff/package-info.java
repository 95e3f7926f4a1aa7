/**
 * What changed between two versions of an analysis, and how two diverging versions merge: {@link
 * dev.castkit.core.diff.AnalysisDiff} (a semantic diff keyed by element id and field), {@link
 * dev.castkit.core.diff.AnalysisMerge} (a three-way merge that reports conflicts and never resolves
 * one silently). Both walk the model's one description, so a field added to the model is compared
 * and merged without code here.
 *
 * <pre>{@code
 * AnalysisDiff diff = AnalysisDiff.between(yesterday, today);
 * MergeResult merged = AnalysisMerge.merge(base, ours, theirs);
 * }</pre>
 */
package dev.castkit.core.diff;
