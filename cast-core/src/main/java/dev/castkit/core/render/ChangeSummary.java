package dev.castkit.core.render;

import dev.castkit.core.diff.AnalysisDiff;
import dev.castkit.core.render.internal.ChangeWriter;

/**
 * What changed between two versions of an analysis, in CAST's words: one line per change, grouped
 * by the CAST step it belongs to (what describes the analysis itself first, then step 1 basic
 * information to step 5 the improvement program), in the order of the analysis. An added element
 * says what it is linked to; a changed field shows its old and new value as the format writes them
 * (enum constants by name, times in UTC with their precision); a link in a control structure says
 * which structure it is in.
 *
 * <pre>{@code
 * AnalysisDiff diff = AnalysisDiff.between(draft, revised);
 * System.out.print(ChangeSummary.text(diff));
 * // What changed in CAST-2017-02-28-S3
 * // ==================================
 * //
 * // Amazon S3 disruption in US-EAST-1, 28 February 2017: from version 1 (2017-03-01) to
 * // version 2 (2017-03-02). 170 changes: 73 added, 19 removed, 78 changed.
 * // ...
 * // Step 1: Assemble basic information
 * // ----------------------------------
 * // - Hazard H-2 added, leads to L-1: "The region depends on core subsystems whose full…"
 * // - Timeline event E-10: time 2017-02-28T20:00:00Z (HOUR, approximate)
 * //   -> 2017-02-28T20:26:00Z (MINUTE)
 * // ...
 * // - Link FB-1 (as operating): PRESENT -> DEGRADED
 * // ...
 * // - Recommendation REC-5: status PROPOSED -> IMPLEMENTED
 * }</pre>
 *
 * <p>Texts longer than 60 characters are shortened in a line; the Markdown form gives the full text
 * under the line. Every text of the analyses is escaped in Markdown, as {@link MarkdownReport}
 * escapes it. The same diff always gives the same summary.
 */
public final class ChangeSummary {
  private ChangeSummary() {}

  /**
   * The summary as Markdown (GitHub Flavored): a heading, a line that says between which versions
   * and how many changes, then a section per step with a list item per change.
   *
   * @param diff the differences between two versions
   * @return the Markdown text, ending with a line break
   * @throws IllegalArgumentException when {@code diff} is null
   */
  public static String markdown(AnalysisDiff diff) {
    Arguments.notNull(diff, "diff");
    return ChangeWriter.write(diff, true);
  }

  /**
   * The summary as plain text: the same lines as {@link #markdown}, without escapes and without the
   * full texts of shortened ones.
   *
   * @param diff the differences between two versions
   * @return the text, ending with a line break
   * @throws IllegalArgumentException when {@code diff} is null
   */
  public static String text(AnalysisDiff diff) {
    Arguments.notNull(diff, "diff");
    return ChangeWriter.write(diff, false);
  }
}
