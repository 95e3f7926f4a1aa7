package dev.castkit.core.internal;

import dev.castkit.core.AnalysisId;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.ElementId;
import dev.castkit.core.internal.ReferenceGraph.Place;
import dev.castkit.core.internal.model.ElementType;
import dev.castkit.core.internal.model.IdKind;
import dev.castkit.core.internal.model.Model;
import java.util.List;
import java.util.Optional;

/** The navigation and editing methods of {@link CastAnalysis}, on the reference graph. Not API. */
public final class Navigation {
  private Navigation() {}

  /** See {@link CastAnalysis#find}. */
  public static <T> Optional<T> find(CastAnalysis analysis, ElementId id, Class<T> type) {
    requireId("find", id);
    if (type == null) {
      throw new IllegalArgumentException("CastAnalysis.find needs a type, got null");
    }
    ElementType<?, ?> named = Model.typeOf(IdKind.of(id));
    if (!type.isAssignableFrom(named.type())) {
      throw new IllegalArgumentException(
          "CastAnalysis.find: "
              + id.getClass().getSimpleName()
              + " "
              + id
              + " names a "
              + named.name()
              + ", which is not a "
              + type.getSimpleName());
    }
    List<Place> places = ReferenceGraph.of(analysis).find(id);
    return places.isEmpty() ? Optional.empty() : Optional.of(type.cast(places.get(0).element()));
  }

  /** See {@link CastAnalysis#referrers}. */
  public static List<Object> referrers(CastAnalysis analysis, ElementId id) {
    requireId("referrers", id);
    return List.copyOf(ReferenceGraph.of(analysis).referrers(id));
  }

  /** See {@link CastAnalysis#replace}. */
  public static CastAnalysis replace(CastAnalysis analysis, ElementId id, Object element) {
    requireId("replace", id);
    requireNotAnalysis("replace", id);
    ElementType<?, ?> named = Model.typeOf(IdKind.of(id));
    if (element == null || !named.type().isInstance(element)) {
      throw new IllegalArgumentException(
          "CastAnalysis.replace: "
              + IdKind.of(id).noun()
              + " "
              + id
              + " can only be replaced by a "
              + named.name()
              + ", got "
              + (element == null ? "null" : "a " + typeName(element)));
    }
    ModelEdit.Result r = ModelEdit.replace(analysis, id, element);
    if (r.count() == 0) {
      throw new IllegalArgumentException(
          "CastAnalysis.replace: the analysis "
              + analysis.id()
              + " has no "
              + IdKind.of(id).noun()
              + " "
              + id);
    }
    return r.analysis();
  }

  /** See {@link CastAnalysis#remove}. */
  public static CastAnalysis remove(CastAnalysis analysis, ElementId id) {
    requireId("remove", id);
    requireNotAnalysis("remove", id);
    return ModelEdit.replace(analysis, id, null).analysis();
  }

  /** The model type of an element, as callers name it (not its generated class). */
  static String typeName(Object element) {
    for (ElementType<?, ?> t : Model.ALL) {
      if (t.type().isInstance(element)) {
        return t.name();
      }
    }
    return element.getClass().getSimpleName();
  }

  private static void requireId(String method, ElementId id) {
    if (id == null) {
      throw new IllegalArgumentException("CastAnalysis." + method + " needs an id, got null");
    }
  }

  private static void requireNotAnalysis(String method, ElementId id) {
    if (id instanceof AnalysisId) {
      throw new IllegalArgumentException(
          "CastAnalysis."
              + method
              + ": "
              + id
              + " is the id of the analysis itself; build a new analysis instead");
    }
  }
}
