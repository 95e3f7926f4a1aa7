package dev.castkit.core.internal.model;

/**
 * One field of an element type, as the format names it. Not API. Immutable once {@link Model} has
 * described its type.
 *
 * <p>Its accessors are plain calls, no reflection and no lambdas: {@link #get} reads the field's
 * value from an element, {@link #set} hands one value to a builder (for a collection, one element:
 * the builder's adder). Both go through the type's {@link Access}, a {@code switch} on the field's
 * index that {@link ModelAccess} holds, generated from this description.
 */
public final class Field {
  final String name;
  final int index;
  int number;
  final ValueKind kind;
  final Shape shape;
  final String doc;

  // Set while Model describes the type (its class initialisation publishes them), never after.
  IdKind idKind;
  boolean ownId;
  Class<? extends Enum<?>> enumType;
  ElementType<?, ?> elementType;
  Object defaultValue;
  Field requires;
  int since;
  int minimum;
  ElementType<?, ?> owner;
  Access access;

  /** The precision or approximate flag of a {@link ValueKind#TIME} field, read from its time. */
  boolean timePart;

  Field(String name, int index, ValueKind kind, Shape shape, String doc) {
    this.name = name;
    this.index = index;
    this.kind = kind;
    this.shape = shape;
    this.doc = doc;
  }

  /**
   * The field's position among the fields of every type of the {@link Model}, from 0 to {@link
   * Model#FIELD_COUNT} - 1: for tables that a codec keeps per field (its names, encoded once).
   *
   * @return the number
   */
  public int number() {
    return number;
  }

  /**
   * The JSON name, for example {@code "losses"}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The position in the owner's fields: canonical (written) order, from 0.
   *
   * @return the index
   */
  public int index() {
    return index;
  }

  /**
   * The kind of each value.
   *
   * @return the kind
   */
  public ValueKind kind() {
    return kind;
  }

  /**
   * How many values and what absence means.
   *
   * @return the shape
   */
  public Shape shape() {
    return shape;
  }

  /**
   * Whether the format requires the field.
   *
   * @return true for {@link Shape#REQUIRED}
   */
  public boolean isRequired() {
    return shape == Shape.REQUIRED;
  }

  /**
   * For {@link ValueKind#ID}: the kind of the id; null otherwise.
   *
   * @return the id kind or null
   */
  public IdKind idKind() {
    return idKind;
  }

  /**
   * Whether this is the element's own id (rather than a reference to another element).
   *
   * @return true for the own id
   */
  public boolean isOwnId() {
    return ownId;
  }

  /**
   * The kind of element this field refers to: the id kind of an id that is not the element's own;
   * null for every other field (and for {@link ValueKind#ANY_ID}, which may name any kind).
   *
   * @return the kind referred to, or null
   */
  public IdKind references() {
    return kind == ValueKind.ID && !ownId ? idKind : null;
  }

  /**
   * For {@link ValueKind#ENUM}: the enum class; null otherwise.
   *
   * @return the class or null
   */
  public Class<? extends Enum<?>> enumType() {
    return enumType;
  }

  /**
   * For {@link ValueKind#OBJECT}: the type of the objects; null otherwise.
   *
   * @return the element type or null
   */
  public ElementType<?, ?> elementType() {
    return elementType;
  }

  /**
   * For {@link Shape#DEFAULTED}: the value that absence means (and that writers leave out).
   *
   * @return the default or null
   */
  public Object defaultValue() {
    return defaultValue;
  }

  /**
   * The field this one may only be given with (timePrecision and approximate need time); null for
   * most fields.
   *
   * @return the field required, or null
   */
  public Field requires() {
    return requires;
  }

  /**
   * The least value of a whole-number field: 0, or 1 for a rank.
   *
   * @return the least value
   */
  public int minimum() {
    return minimum;
  }

  /**
   * The minor version of format 1 that added the field: 0 for the fields of 1.0, 1 for 1.1.
   *
   * @return the minor version
   */
  public int since() {
    return since;
  }

  /**
   * One sentence on what the field means (the schema's description).
   *
   * @return the sentence
   */
  public String doc() {
    return doc;
  }

  /**
   * The type this field belongs to.
   *
   * @return the owner
   */
  public ElementType<?, ?> owner() {
    return owner;
  }

  /**
   * The field's value in an element: the value, an {@link java.util.Optional} or a collection, as
   * the {@link #shape()} says.
   *
   * @param element an element of the owner type
   * @return the value
   */
  public Object get(Object element) {
    return access.get(element, index);
  }

  /**
   * Whether the builders take this field's values through {@link #set}. False for the parts of a
   * {@link ValueKind#TIME} (the instant, its precision, approximate), which a reader gathers into
   * one {@link dev.castkit.core.EventTime} and sets with {@link ElementType#setTime}.
   *
   * @return true when {@link #set} may be called
   */
  public boolean isSettable() {
    return kind != ValueKind.VERSION && kind != ValueKind.TIME && !timePart;
  }

  /**
   * Hands one value to a builder of the owner type: the value, or one element of a collection.
   *
   * @param builder a builder of the owner type
   * @param value the value (never null, never an Optional)
   */
  public void set(Object builder, Object value) {
    access.set(builder, index, value);
  }

  @Override
  public String toString() {
    return (owner == null ? "?" : owner.name()) + "." + name;
  }
}
