package dev.castkit.core.internal.model;

import dev.castkit.core.ElementId;
import dev.castkit.core.EventTime;
import dev.castkit.core.ExtensionValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One type of element of the model (an entity such as {@code Loss}, or the analysis itself): its
 * fields in canonical order, its id, how to make a builder and build it. Not API. Immutable.
 *
 * <p>The instances are the constants of {@link Model}; see the package documentation for how to add
 * a field.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
public final class ElementType<T, B> {
  private final String name;
  private final String shortName;
  private final Class<T> type;
  private final String doc;
  private final Class<B> builderType;
  private final boolean hasExtensions;
  private final Access access;
  private final List<Field> fields;
  private final Field[] fieldArray;

  /**
   * The fields by name: open addressing on the name's hash, probed linearly (readers ask per
   * field).
   */
  private final Field[] byName;

  private final Field id;
  private final Field key;

  /**
   * For {@link Model#minorVersionNeeded}: the fields its walk reads; set once when Model is
   * initialised.
   */
  Field[] versioned;

  private ElementType(Definer<T, B> d) {
    this.name = d.type.getSimpleName();
    this.shortName = d.shortName;
    this.type = d.type;
    this.doc = d.doc;
    this.builderType = d.builderType;
    this.hasExtensions = d.hasExtensions;
    this.access = d.access;
    this.fields = List.copyOf(d.fields);
    this.fieldArray = fields.toArray(new Field[0]);
    this.byName = new Field[Integer.highestOneBit(Math.max(1, fields.size()) * 4)];
    Field own = null;
    for (Field f : fields) {
      f.owner = this;
      f.access = access;
      int i = f.name.hashCode() & (byName.length - 1);
      while (byName[i] != null) {
        i = (i + 1) & (byName.length - 1);
      }
      byName[i] = f;
      if (f.ownId) {
        own = f;
      }
    }
    this.id = own;
    this.key = d.key == null ? own : field(d.key);
  }

  /**
   * The model type's simple name, for example {@code "SafetyConstraint"} (the schema's title).
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The short name the schema gives the type's definition, for example {@code "constraint"}.
   *
   * @return the short name
   */
  public String shortName() {
    return shortName;
  }

  /**
   * The model class.
   *
   * @return the class
   */
  public Class<T> type() {
    return type;
  }

  /**
   * The builder class.
   *
   * @return the class
   */
  public Class<B> builderType() {
    return builderType;
  }

  /**
   * Whether the type keeps extensions (every type of the model does).
   *
   * @return true when {@link #extensions} and {@link #setExtensions} apply
   */
  public boolean hasExtensions() {
    return hasExtensions;
  }

  /**
   * One or two sentences on what the type is (the schema's description).
   *
   * @return the text
   */
  public String doc() {
    return doc;
  }

  /**
   * The fields in canonical (written) order.
   *
   * @return the fields
   */
  public List<Field> fields() {
    return fields;
  }

  /**
   * The JSON names of the fields, in canonical order.
   *
   * @return the names
   */
  public List<String> fieldNames() {
    return fields.stream().map(Field::name).toList();
  }

  /**
   * The field at an index.
   *
   * @param index from 0 to {@code fields().size() - 1}
   * @return the field
   */
  public Field field(int index) {
    return fieldArray[index];
  }

  /**
   * The field of a name, or null when the type has none of that name (an extension).
   *
   * @param name a JSON field name
   * @return the field or null
   */
  public Field field(String name) {
    int mask = byName.length - 1;
    for (int i = name.hashCode() & mask; ; i = (i + 1) & mask) {
      Field f = byName[i];
      // names from a parser are mostly the canonical instances: compare references first
      if (f == null || f.name == name || f.name.equals(name)) {
        return f;
      }
    }
  }

  /**
   * The element's own id field, or null for a type without an id.
   *
   * @return the id field or null
   */
  public Field idField() {
    return id;
  }

  /**
   * The kind of the type's own id, or null.
   *
   * @return the id kind or null
   */
  public IdKind idKind() {
    return id == null ? null : id.idKind;
  }

  /**
   * The field whose value is unique among the elements of one list of this type (the id, the
   * component of a component analysis, the name of a process model variable), or null.
   *
   * @return the key field or null
   */
  public Field key() {
    return key;
  }

  /**
   * A new, empty builder.
   *
   * @return the builder
   */
  @SuppressWarnings("unchecked")
  public B newBuilder() {
    return (B) access.newBuilder();
  }

  /**
   * Builds the element; the builder's checks apply.
   *
   * @param builder a builder from {@link #newBuilder()}
   * @return the element
   * @throws dev.castkit.core.CastModelException when the builder refuses
   */
  @SuppressWarnings("unchecked")
  public T build(Object builder) {
    return (T) access.build(builder);
  }

  /**
   * The element's extensions (fields the format does not define).
   *
   * @param element an element of this type
   * @return its extensions
   */
  public Map<String, ExtensionValue> extensions(Object element) {
    return hasExtensions ? access.extensions(element) : Collections.emptyMap();
  }

  /**
   * Sets the extensions on a builder.
   *
   * @param builder a builder of this type
   * @param extensions the extensions
   */
  public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {
    access.setExtensions(builder, extensions);
  }

  /**
   * Sets the time gathered from the {@link ValueKind#TIME} field and the fields that require it.
   *
   * @param builder a builder of this type
   * @param time the time
   */
  public void setTime(Object builder, EventTime time) {
    access.setTime(builder, time);
  }

  @Override
  public String toString() {
    return name;
  }

  /**
   * Starts the description of a type. For {@link Model} only.
   *
   * @param type the model class
   * @param builderType its builder class
   * @param shortName the schema's name for its definition
   * @param doc what the type is
   * @param <T> the model type
   * @param <B> the builder
   * @return the definer
   */
  static <T, B> Definer<T, B> define(
      Class<T> type, Class<B> builderType, String shortName, String doc) {
    return new Definer<>(type, builderType, shortName, doc);
  }

  /** Describes the fields of one type in order; {@link #done} makes the type. */
  static final class Definer<T, B> {
    private final Class<T> type;
    private final String shortName;
    private final Class<B> builderType;
    private final String doc;
    private final List<Field> fields = new ArrayList<>();
    private String key;
    private boolean hasExtensions;
    private Access access;

    private Definer(Class<T> type, Class<B> builderType, String shortName, String doc) {
      this.type = type;
      this.builderType = builderType;
      this.shortName = shortName;
      this.doc = doc;
    }

    /** Adds a field; the kind-specific methods below then complete it. */
    private Field add(String name, ValueKind kind, Shape shape, String doc) {
      Field f = new Field(name, fields.size(), kind, shape, doc);
      fields.add(f);
      return f;
    }

    /** {@code formatVersion}: read and written by the codec; nothing in the model. */
    Definer<T, B> version(String doc) {
      add("formatVersion", ValueKind.VERSION, Shape.REQUIRED, doc);
      return this;
    }

    /** The element's own id. */
    <V extends ElementId> Definer<T, B> id(IdKind kind, String doc) {
      Field f = add("id", ValueKind.ID, Shape.REQUIRED, doc);
      f.idKind = kind;
      f.ownId = true;
      return this;
    }

    /** A required text. */
    Definer<T, B> text(String name, String doc) {
      add(name, ValueKind.TEXT, Shape.REQUIRED, doc);
      return this;
    }

    /** An optional text. */
    Definer<T, B> optionalText(String name, String doc) {
      add(name, ValueKind.TEXT, Shape.OPTIONAL, doc);
      return this;
    }

    /**
     * A list of texts (the builder adds one with add + the singular name, as Immutables names it).
     */
    Definer<T, B> texts(String name, String doc) {
      add(name, ValueKind.TEXT, Shape.LIST, doc);
      return this;
    }

    /** A required reference. */
    <V extends ElementId> Definer<T, B> ref(String name, IdKind kind, String doc) {
      add(name, ValueKind.ID, Shape.REQUIRED, doc).idKind = kind;
      return this;
    }

    /** An optional reference. */
    <V extends ElementId> Definer<T, B> optionalRef(String name, IdKind kind, String doc) {
      add(name, ValueKind.ID, Shape.OPTIONAL, doc).idKind = kind;
      return this;
    }

    /** A set of references (the builder adds one id with its adder). */
    <V extends ElementId> Definer<T, B> refs(String name, IdKind kind, String doc) {
      add(name, ValueKind.ID, Shape.SET, doc).idKind = kind;
      return this;
    }

    /** An optional id of an element of any kind, held as text. */
    Definer<T, B> optionalAnyId(String name, String doc) {
      add(name, ValueKind.ANY_ID, Shape.OPTIONAL, doc);
      return this;
    }

    /** A required enum. */
    <E extends Enum<E>> Definer<T, B> enumeration(String name, Class<E> enumType, String doc) {
      add(name, ValueKind.ENUM, Shape.REQUIRED, doc).enumType = enumType;
      return this;
    }

    /** An optional enum. */
    <E extends Enum<E>> Definer<T, B> optionalEnum(String name, Class<E> enumType, String doc) {
      add(name, ValueKind.ENUM, Shape.OPTIONAL, doc).enumType = enumType;
      return this;
    }

    /** An enum with a default. */
    <E extends Enum<E>> Definer<T, B> defaultedEnum(String name, E defaultValue, String doc) {
      Field f = add(name, ValueKind.ENUM, Shape.DEFAULTED, doc);
      f.enumType = defaultValue.getDeclaringClass();
      f.defaultValue = defaultValue;
      return this;
    }

    /** A whole number of 0 or more with a default. */
    Definer<T, B> defaultedInt(String name, int defaultValue, String doc) {
      add(name, ValueKind.INT, Shape.DEFAULTED, doc).defaultValue = defaultValue;
      return this;
    }

    /**
     * The instant of an optional {@link EventTime}; the builder's setter of the field's name sets
     * the whole time ({@link ElementType#setTime}), gathered with the {@link #timePrecision} and
     * {@link #timeApproximate} fields that follow.
     */
    Definer<T, B> time(String name, String doc) {
      add(name, ValueKind.TIME, Shape.OPTIONAL, doc);
      return this;
    }

    /** The precision of the time of field {@code time}: an enum with a default, only with it. */
    <E extends Enum<E>> Definer<T, B> timePrecision(
        String name, String time, E defaultValue, String doc) {
      Field f = add(name, ValueKind.ENUM, Shape.DEFAULTED, doc);
      f.enumType = defaultValue.getDeclaringClass();
      f.defaultValue = defaultValue;
      f.requires = field(time);
      f.timePart = true;
      return this;
    }

    /** Whether the time of field {@code time} is approximate: default false, only with it. */
    Definer<T, B> timeApproximate(String name, String time, String doc) {
      Field f = add(name, ValueKind.BOOLEAN, Shape.DEFAULTED, doc);
      f.defaultValue = false;
      f.requires = field(time);
      f.timePart = true;
      return this;
    }

    private Field field(String name) {
      return fields.stream().filter(f -> f.name.equals(name)).findFirst().orElseThrow();
    }

    /** An optional date. */
    Definer<T, B> optionalDate(String name, String doc) {
      add(name, ValueKind.DATE, Shape.OPTIONAL, doc);
      return this;
    }

    /** An optional nested object. */
    <V> Definer<T, B> object(String name, ElementType<V, ?> elementType, String doc) {
      add(name, ValueKind.OBJECT, Shape.OPTIONAL, doc).elementType = elementType;
      return this;
    }

    /** A list of nested objects (the builder adds one with its adder). */
    <V> Definer<T, B> objects(String name, ElementType<V, ?> elementType, String doc) {
      add(name, ValueKind.OBJECT, Shape.LIST, doc).elementType = elementType;
      return this;
    }

    /** Marks the field added last as added by minor version {@code minor} of format 1. */
    Definer<T, B> since(int minor) {
      fields.get(fields.size() - 1).since = minor;
      return this;
    }

    /** Marks the field added last as meaningful only together with field {@code other}. */
    Definer<T, B> requires(String other) {
      fields.get(fields.size() - 1).requires = field(other);
      return this;
    }

    /** An optional time zone ({@link java.time.ZoneId}), written as its IANA id. */
    Definer<T, B> optionalZone(String name, String doc) {
      add(name, ValueKind.ZONE, Shape.OPTIONAL, doc);
      return this;
    }

    /** An optional duration ({@link java.time.Duration}), written in ISO 8601. */
    Definer<T, B> optionalDuration(String name, String doc) {
      add(name, ValueKind.DURATION, Shape.OPTIONAL, doc);
      return this;
    }

    /** A boolean with a default. */
    Definer<T, B> defaultedBoolean(String name, boolean defaultValue, String doc) {
      add(name, ValueKind.BOOLEAN, Shape.DEFAULTED, doc).defaultValue = defaultValue;
      return this;
    }

    /** A required decimal number ({@link java.math.BigDecimal}). */
    Definer<T, B> decimal(String name, String doc) {
      add(name, ValueKind.DECIMAL, Shape.REQUIRED, doc);
      return this;
    }

    /** An optional whole number of {@code minimum} or more. */
    Definer<T, B> optionalInt(String name, int minimum, String doc) {
      add(name, ValueKind.INT, Shape.OPTIONAL, doc).minimum = minimum;
      return this;
    }

    /** The field unique within a list of this type, when it is not the id. */
    Definer<T, B> key(String fieldName) {
      this.key = fieldName;
      return this;
    }

    /** The extensions (fields the format does not define), kept and written back. */
    Definer<T, B> extensions() {
      this.hasExtensions = true;
      return this;
    }

    /**
     * Makes the type, with the accessors {@link ModelAccess} generated for it (or, when the
     * description and the generated code disagree, accessors that fail with the command that
     * regenerates it).
     */
    ElementType<T, B> done() {
      return done(ModelAccess.of(type.getName(), fieldNames()));
    }

    /** Makes the type with the given accessors (for a test's own type). */
    ElementType<T, B> done(Access access) {
      this.access = access;
      return new ElementType<>(this);
    }

    private List<String> fieldNames() {
      List<String> names = new ArrayList<>(fields.size());
      for (Field f : fields) {
        names.add(f.name);
      }
      return names;
    }
  }
}
