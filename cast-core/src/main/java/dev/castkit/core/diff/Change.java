package dev.castkit.core.diff;

import dev.castkit.core.CastStep;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One difference between two versions of an analysis, keyed by element and field: an element added
 * or removed, a field changed, or an ordered list reordered.
 *
 * <pre>{@code
 * for (Change c : AnalysisDiff.between(before, after).changes()) {
 *   // "Recommendation R-3 status: PROPOSED -> DONE"
 *   System.out.println(c.elementType() + " " + c.key().orElse("") + " " + c.field().orElse("")
 *       + ": " + c.before() + " -> " + c.after());
 * }
 * }</pre>
 *
 * <p>Values are the model's: an enum constant, a {@code String}, an {@link
 * dev.castkit.core.ElementId}, an {@link dev.castkit.core.EventTime}, a {@code Set} of ids, a
 * {@code List} of texts, a nested element, or an {@link dev.castkit.core.ExtensionValue}; {@code
 * null} where the version has none (an optional field left out, an element that is not there).
 */
public final class Change {
  private final ChangeKind kind;
  private final String path;
  private final String elementType;
  private final String key;
  private final String field;
  private final boolean extension;
  private final Object before;
  private final Object after;
  private final CastStep step;
  private final List<Object> context;

  Change(
      ChangeKind kind,
      String path,
      String elementType,
      String key,
      String field,
      boolean extension,
      Object before,
      Object after,
      CastStep step,
      List<Object> context) {
    this.kind = kind;
    this.path = path;
    this.elementType = elementType;
    this.key = key;
    this.field = field;
    this.extension = extension;
    this.before = before;
    this.after = after;
    this.step = step;
    this.context = context;
  }

  /**
   * What happened.
   *
   * @return the kind of change
   */
  public ChangeKind kind() {
    return kind;
  }

  /**
   * Where, from the analysis down, with elements named by their id or key and the elements of a
   * list without keys by their position: {@code hazards[H-2].title}, {@code
   * controlStructures[CS-1].links[FB-1].status}, {@code timeline[E-4].evidence[0]}. The empty text
   * for a field of the analysis itself is the field's name ({@code status}).
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * The type of the element the change is about, as the model names it ({@code "Hazard"}, {@code
   * "ControlLink"}, {@code "CastAnalysis"}): the element added or removed, or the element whose
   * field changed or whose list was reordered.
   *
   * @return the type's simple name
   */
  public String elementType() {
    return elementType;
  }

  /**
   * The id or key of that element ({@code "H-2"}; a milestone's kind, a revision's version, a
   * component analysis's component); empty for an element without one (the system, a reference, a
   * piece of evidence).
   *
   * @return the key
   */
  public Optional<String> key() {
    return Optional.ofNullable(key);
  }

  /**
   * The field that changed or was reordered, by its JSON name ({@code "status"}); for an extension,
   * its key. Empty for an element added or removed.
   *
   * @return the field's name
   */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /**
   * Whether the change is to an extension (a field the format does not define).
   *
   * @return true for an extension
   */
  public boolean isExtension() {
    return extension;
  }

  /**
   * The older value: the removed element, the field's old value, the old order; null when there was
   * none.
   *
   * @return the older value or null
   */
  public Object before() {
    return before;
  }

  /**
   * The newer value: the added element, the field's new value, the new order; null when there is
   * none.
   *
   * @return the newer value or null
   */
  public Object after() {
    return after;
  }

  /**
   * The step of CAST the change belongs to: the step of the part of the analysis it is in (the
   * losses, hazards, constraints, system, timeline and process analysis are step 1; control
   * structures step 2; component analyses step 3; flaws step 4; recommendations step 5; a question
   * its own step). Empty for what describes the analysis itself (title, status, revisions, ...).
   *
   * @return the step
   */
  public Optional<CastStep> step() {
    return Optional.ofNullable(step);
  }

  /**
   * The nearest element of a type that holds the change, itself included: in the newer version, or
   * in the older one for what was removed. {@code change.within(ControlStructure.class)} gives the
   * control structure of a changed link, and so whether it is as designed or as operating.
   *
   * @param type the type wanted
   * @param <T> the type
   * @return the element, or empty when none of the type holds the change
   */
  public <T> Optional<T> within(Class<T> type) {
    for (int i = context.size() - 1; i >= 0; i--) {
      if (type.isInstance(context.get(i))) {
        return Optional.of(type.cast(context.get(i)));
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Change c
        && kind == c.kind
        && path.equals(c.path)
        && extension == c.extension
        && Objects.equals(before, c.before)
        && Objects.equals(after, c.after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, path, before, after);
  }

  /** For example {@code CHANGED recommendations[R-3].status: PROPOSED -> DONE}. */
  @Override
  public String toString() {
    return switch (kind) {
      case ADDED -> "ADDED " + path;
      case REMOVED -> "REMOVED " + path;
      case CHANGED, REORDERED -> kind + " " + path + ": " + before + " -> " + after;
    };
  }
}
