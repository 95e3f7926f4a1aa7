package dev.castkit.core.internal;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastStep;
import dev.castkit.core.ComponentId;
import dev.castkit.core.ControlStructureId;
import dev.castkit.core.ElementId;
import dev.castkit.core.Question;
import dev.castkit.core.internal.model.ElementType;
import dev.castkit.core.internal.model.Field;
import dev.castkit.core.internal.model.IdKind;
import dev.castkit.core.internal.model.Model;
import dev.castkit.core.internal.model.ValueKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The elements of one analysis and the references between them, found by walking the description of
 * the model ({@link Model}) once: no list of element types or reference fields is written out here.
 * Immutable once built; the lookups that need a table build it on first use, so a graph may be
 * shared between threads. Not API.
 *
 * <p>Every element with an id is a {@link Place}: the element, its type, and where it sits (its
 * control structure, and the component it belongs to). Every id held in a reference field is a
 * {@link Ref}: the place that holds it, the field, and the id. The rules' index, the
 * dangling-reference rule (CAST-I001), the Markdown report's back-references and the public
 * navigation of {@link CastAnalysis} ({@code find}, {@code referrers}) all read this one graph.
 */
public final class ReferenceGraph {

  /**
   * An element and where it sits.
   *
   * @param type the element's type
   * @param element the element
   * @param id its own id; for a type without one (a component analysis), the value of its key
   * @param structure the control structure it is in, or null
   * @param owner the component it belongs to (a responsibility's component; the component of the
   *     analysis that holds a contribution or process model flaw), or null
   */
  public record Place(
      ElementType<?, ?> type,
      Object element,
      ElementId id,
      ControlStructureId structure,
      ComponentId owner) {

    /** The kind of the element's own id, or null for a type without one. */
    public IdKind kind() {
      return type.idKind();
    }

    /**
     * The step the element belongs to: its kind's, a question's own, and step 3 for a component
     * analysis (the one type without an id that holds references).
     */
    public CastStep step() {
      if (element instanceof Question q) {
        return q.step();
      }
      IdKind kind = type.idKind();
      return kind == null ? CastStep.ANALYZE_COMPONENTS : kind.step();
    }
  }

  /**
   * One reference: the place that holds it, the field, and the id it names.
   *
   * @param holder the element that holds the reference
   * @param field the reference field
   * @param value the id as text
   * @param target the typed id, or null for a field that may name any kind ({@link
   *     ValueKind#ANY_ID})
   */
  public record Ref(Place holder, Field field, String value, ElementId target) {

    /** The kind named, or null when any kind may be. */
    public IdKind kind() {
      return field.references();
    }
  }

  private final CastAnalysis analysis;
  private final List<Place> places = new ArrayList<>();
  private final List<Ref> refs = new ArrayList<>();

  /**
   * Places by the text of their id (strings, whose colliding hashes a HashMap handles in trees),
   * made on first use; a value is a Place or a List of them.
   */
  private volatile Map<String, Object> byId;

  /** References by the text of the id they name, made on first use. */
  private volatile Map<String, List<Ref>> byTarget;

  private ReferenceGraph(CastAnalysis analysis) {
    this.analysis = analysis;
    walk(Model.ANALYSIS, analysis, null, null, null);
  }

  /**
   * The graph of an analysis: built on the first call for that analysis and kept with it, so that
   * the rules, the report and the caller's navigation share one.
   *
   * @param analysis the analysis
   * @return its graph
   */
  public static ReferenceGraph of(CastAnalysis analysis) {
    if (analysis == null) {
      throw new IllegalArgumentException("the analysis must not be null");
    }
    return Cache.get(analysis);
  }

  /** Builds the graph of an analysis without keeping it. */
  public static ReferenceGraph build(CastAnalysis analysis) {
    return new ReferenceGraph(analysis);
  }

  /** The analysis. */
  public CastAnalysis analysis() {
    return analysis;
  }

  /** Every element with an id, in the order of the analysis (the canonical field order). */
  public List<Place> places() {
    return Collections.unmodifiableList(places);
  }

  /** Every reference, in the order of the analysis. */
  public List<Ref> refs() {
    return Collections.unmodifiableList(refs);
  }

  /**
   * The places of the elements with this id, in the order of the analysis: none, one, or several (a
   * component, responsibility or link in several control structures; or ids given twice).
   */
  @SuppressWarnings("unchecked")
  public List<Place> find(ElementId id) {
    Object v = byId().get(id.value());
    if (v instanceof Place p) {
      return p.id().equals(id) ? List.of(p) : List.of();
    }
    if (v == null) {
      return List.of();
    }
    List<Place> result = new ArrayList<>(2);
    for (Place p : (List<Place>) v) {
      if (p.id().equals(id)) {
        result.add(p);
      }
    }
    return result;
  }

  /** Whether an element of the control structure has this id. */
  public boolean definesIn(ElementId id, ControlStructureId structure) {
    for (Place p : find(id)) {
      if (structure.equals(p.structure())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The references that name the element with this id (a field of any kind naming its text counts),
   * in the order of the analysis.
   */
  public List<Ref> refsTo(ElementId id) {
    List<Ref> all = byTarget().get(id.value());
    if (all == null) {
      return List.of();
    }
    List<Ref> result = new ArrayList<>(all.size());
    for (Ref r : all) {
      if (r.target() == null || r.target().equals(id)) {
        result.add(r);
      }
    }
    return result;
  }

  /**
   * The elements that hold a reference to the element with this id, each once, in the order of the
   * analysis.
   */
  public List<Object> referrers(ElementId id) {
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    List<Object> result = new ArrayList<>();
    for (Ref r : refsTo(id)) {
      if (seen.put(r.holder().element(), Boolean.TRUE) == null) {
        result.add(r.holder().element());
      }
    }
    return result;
  }

  private Map<String, Object> byId() {
    Map<String, Object> m = byId;
    if (m == null) {
      m = new HashMap<>(capacity(places.size()));
      for (Place p : places) {
        Object before = m.putIfAbsent(p.id().value(), p);
        if (before instanceof Place first) {
          List<Place> list = new ArrayList<>(2);
          list.add(first);
          list.add(p);
          m.put(p.id().value(), list);
        } else if (before != null) {
          @SuppressWarnings("unchecked")
          List<Place> list = (List<Place>) before;
          list.add(p);
        }
      }
      byId = m;
    }
    return m;
  }

  private Map<String, List<Ref>> byTarget() {
    Map<String, List<Ref>> m = byTarget;
    if (m == null) {
      m = new HashMap<>(capacity(refs.size()));
      for (Ref r : refs) {
        m.computeIfAbsent(r.value(), k -> new ArrayList<>(2)).add(r);
      }
      byTarget = m;
    }
    return m;
  }

  /** The initial capacity of a hash map that holds {@code n} entries without growing. */
  static int capacity(int n) {
    return (int) (n / 0.75f) + 1;
  }

  // ------------------------------------------------------------------------------ the walk

  private void walk(
      ElementType<?, ?> type,
      Object element,
      ControlStructureId structure,
      ComponentId owner,
      Place enclosing) {
    Field idField = type.idField();
    ElementId id =
        idField != null
            ? (ElementId) idField.get(element)
            : type.key() != null && type.key().references() != null
                ? (ElementId) type.key().get(element)
                : null;
    // An element known by no id (a milestone) holds its references as the element around it.
    Place place =
        id == null && enclosing != null
            ? enclosing
            : new Place(type, element, id, structure, owner);
    if (idField != null) {
      places.add(place);
    }
    // What the element's parts sit in: its structure, and the component they belong to.
    ControlStructureId inStructure = structure;
    ComponentId ofComponent = owner;
    IdKind kind = type.idKind();
    if (kind == IdKind.CONTROL_STRUCTURE) {
      inStructure = (ControlStructureId) id;
    } else if (id instanceof ComponentId component) {
      ofComponent = component;
    }
    for (Field f : type.fields()) {
      ValueKind k = f.kind();
      if (k != ValueKind.OBJECT && k != ValueKind.ANY_ID && f.references() == null) {
        continue; // most fields: no getter call
      }
      Object value = f.get(element);
      if (value instanceof Optional<?> o) {
        if (o.isPresent()) {
          visit(f, k, o.get(), place, inStructure, ofComponent);
        }
      } else if (value instanceof Collection<?> c) {
        for (Object v : c) {
          visit(f, k, v, place, inStructure, ofComponent);
        }
      } else if (value != null) {
        visit(f, k, value, place, inStructure, ofComponent);
      }
    }
  }

  private void visit(
      Field f,
      ValueKind k,
      Object v,
      Place holder,
      ControlStructureId inStructure,
      ComponentId ofComponent) {
    if (k == ValueKind.OBJECT) {
      walk(f.elementType(), v, inStructure, ofComponent, holder);
    } else if (k == ValueKind.ANY_ID) {
      refs.add(new Ref(holder, f, (String) v, null));
    } else {
      ElementId target = (ElementId) v;
      refs.add(new Ref(holder, f, target.value(), target));
    }
  }

  /** The values of a field as a collection: none, one, or its elements. */
  static Collection<?> values(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Optional<?> o) {
      return o.isPresent() ? List.of(o.get()) : List.of();
    }
    if (value instanceof Collection<?> c) {
      return c;
    }
    return List.of(value);
  }

  /**
   * The last graph built through {@link #of}, held weakly: the rules, the report and the caller's
   * navigation of one analysis, one after the other, share it; the graph never keeps an analysis
   * alive.
   */
  private static final class Cache {
    private static volatile java.lang.ref.WeakReference<ReferenceGraph> last =
        new java.lang.ref.WeakReference<>(null);

    static ReferenceGraph get(CastAnalysis analysis) {
      ReferenceGraph g = last.get();
      if (g != null && g.analysis == analysis) {
        return g;
      }
      g = new ReferenceGraph(analysis);
      last = new java.lang.ref.WeakReference<>(g);
      return g;
    }
  }
}
