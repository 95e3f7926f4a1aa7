package dev.castkit.core.testing;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.internal.ModelEdit;
import dev.castkit.core.internal.ReferenceGraph;
import dev.castkit.core.internal.ReferenceGraph.Ref;
import dev.castkit.core.internal.model.ElementType;
import dev.castkit.core.internal.model.Field;
import java.util.List;

/**
 * Breaks exactly one reference of an analysis. Every id held in a reference field of the model's
 * description (found by the {@link ReferenceGraph}, so a reference field added to the model is a
 * site without a change here) is a site; the chosen site gets a fresh id that names nothing.
 *
 * <pre>{@code
 * BrokenReferences.Broken b = BrokenReferences.breakOne(analysis, choice);
 * // b.analysis() differs from analysis only in that one reference now reads b.freshId()
 * }</pre>
 */
public final class BrokenReferences {
  private BrokenReferences() {}

  /** The analysis with one reference replaced, the id it now names, and where it was. */
  public record Broken(CastAnalysis analysis, String freshId, String site) {}

  /** How many references the analysis holds (the number of sites {@link #breakOne} picks from). */
  public static int count(CastAnalysis analysis) {
    return ReferenceGraph.build(analysis).refs().size();
  }

  /**
   * Replaces the reference number {@code choice} (modulo the number of references) by a fresh id.
   *
   * @throws IllegalArgumentException when the analysis holds no reference
   */
  public static Broken breakOne(CastAnalysis analysis, int choice) {
    List<Ref> refs = ReferenceGraph.build(analysis).refs();
    if (refs.isEmpty()) {
      throw new IllegalArgumentException("the analysis holds no reference to break");
    }
    int chosen = Math.floorMod(choice, refs.size());
    Ref site = refs.get(chosen);
    String fresh = freshId(analysis);
    // The edit visits the references in the graph's order: the chosen one is the chosen-th visit.
    int[] seen = {0};
    CastAnalysis broken =
        ModelEdit.edit(
            analysis,
            new ModelEdit.Editor() {
              @Override
              public Object element(ElementType<?, ?> type, Object element) {
                return element;
              }

              @Override
              public Object reference(Object holder, Field field, Object value) {
                if (seen[0]++ != chosen) {
                  return value;
                }
                return field.references() == null ? fresh : field.references().of(fresh);
              }
            });
    String where =
        site.holder().type().name()
            + " "
            + site.holder().id()
            + (site.holder().structure() == null ? "" : " in " + site.holder().structure())
            + " "
            + site.field().name()
            + " "
            + site.value();
    return new Broken(broken, fresh, where);
  }

  private static String freshId(CastAnalysis analysis) {
    // Generated ids never start with ZZ, and the analysis's text form holds every id.
    String text = analysis.toString();
    for (int n = 1; ; n++) {
      String candidate = "ZZ-missing-" + n;
      if (!text.contains(candidate)) {
        return candidate;
      }
    }
  }
}
