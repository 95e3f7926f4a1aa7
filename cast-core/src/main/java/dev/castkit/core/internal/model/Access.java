package dev.castkit.core.internal.model;

import dev.castkit.core.EventTime;
import dev.castkit.core.ExtensionValue;
import java.util.List;
import java.util.Map;

/**
 * How the description reaches the values of one element type: a builder, its build, and each field
 * by its index. Not API.
 *
 * <p>The model's implementations are generated from {@link Model} into {@link ModelAccess}: one
 * small class per type with a {@code switch} on the field's index. They replace a method reference
 * per getter and setter, which the JVM spun into about 450 hidden classes when {@code Model} was
 * first used (most of castkit's cold-start cost).
 */
abstract class Access {
  /**
   * A new builder.
   *
   * @return the builder
   */
  abstract Object newBuilder();

  /**
   * Builds the element; the builder's checks apply.
   *
   * @param builder a builder of the type
   * @return the element
   */
  abstract Object build(Object builder);

  /**
   * The value of a field: the value, an Optional or a collection, as the field's shape says.
   *
   * @param element an element of the type
   * @param field the field's index
   * @return the value
   */
  abstract Object get(Object element, int field);

  /**
   * Hands one value to a builder: the value, or one element of a collection (the adder).
   *
   * @param builder a builder of the type
   * @param field the field's index
   * @param value the value
   */
  abstract void set(Object builder, int field, Object value);

  /**
   * The element's extensions.
   *
   * @param element an element of the type
   * @return the extensions
   */
  abstract Map<String, ExtensionValue> extensions(Object element);

  /**
   * Sets the extensions on a builder.
   *
   * @param builder a builder of the type
   * @param extensions the extensions
   */
  abstract void setExtensions(Object builder, Map<String, ExtensionValue> extensions);

  /**
   * Sets the time of a type with a {@link ValueKind#TIME} field.
   *
   * @param builder a builder of the type
   * @param time the time
   */
  void setTime(Object builder, EventTime time) {
    throw new IllegalStateException(getClass().getSimpleName() + " has no time");
  }

  /**
   * The error for an index that the type does not have.
   *
   * @param access the accessors
   * @param field the index
   * @return the error to throw
   */
  static IllegalArgumentException noField(Access access, int field) {
    return new IllegalArgumentException(
        access.getClass().getSimpleName() + " has no field " + field);
  }

  /**
   * The generated accessors when their field names are those of the description, else accessors
   * that fail at every use and say how to regenerate them.
   *
   * @param type the model class's name
   * @param described the field names the description gives, in order
   * @param generated the field names the accessors were generated for
   * @param access the generated accessors
   * @return {@code access}, or the failing accessors
   */
  static Access checked(
      String type, List<String> described, List<String> generated, Access access) {
    return described.equals(generated)
        ? access
        : failing(
            type
                + ": the description has fields "
                + described
                + " but ModelAccess was generated for "
                + generated);
  }

  /**
   * Accessors that fail at every use, with the reason and the command that regenerates {@link
   * ModelAccess}.
   *
   * @param reason why there are no accessors
   * @return the accessors
   */
  static Access failing(String reason) {
    String message =
        reason
            + "; regenerate ModelAccess: ./mvnw -pl cast-core test -Dtest=ModelAccessSourceTest"
            + " -Dcastkit.updateGolden=true";
    return new Access() {
      @Override
      public Object newBuilder() {
        throw new IllegalStateException(message);
      }

      @Override
      public Object build(Object builder) {
        throw new IllegalStateException(message);
      }

      @Override
      public Object get(Object element, int field) {
        throw new IllegalStateException(message);
      }

      @Override
      public void set(Object builder, int field, Object value) {
        throw new IllegalStateException(message);
      }

      @Override
      public Map<String, ExtensionValue> extensions(Object element) {
        throw new IllegalStateException(message);
      }

      @Override
      public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {
        throw new IllegalStateException(message);
      }
    };
  }
}
