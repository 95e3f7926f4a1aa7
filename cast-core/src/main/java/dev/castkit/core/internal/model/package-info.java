/**
 * The description of the model: every element type, its fields in canonical order, its id and the
 * references between elements. Not API; exported only to castkit's own modules.
 *
 * <p>It is the one place that says what the model looks like. The JSON reader and writer walk it
 * (dev.castkit.json), the JSON Schema is generated from it and checked against it, the field tables
 * of docs/format.md are checked against it, and the reference graph is computed from it.
 *
 * <ul>
 *   <li>{@link dev.castkit.core.internal.model.Model}: the constants, one {@link
 *       dev.castkit.core.internal.model.ElementType} per type, and {@code Model.ALL}.
 *   <li>{@link dev.castkit.core.internal.model.Field}: name, {@link
 *       dev.castkit.core.internal.model.ValueKind kind}, {@link
 *       dev.castkit.core.internal.model.Shape shape}, default, id kind or enum or nested type.
 *   <li>{@code ModelAccess}: generated from the description, the accessors of each type (one class
 *       per type whose {@code get} and {@code set} switch on the field's index and call the
 *       entity's accessor and the builder's setter or adder). No reflection and no lambdas: the
 *       method references this replaced were spun into about 450 hidden classes when the model was
 *       first used, most of a cold start.
 *   <li>{@link dev.castkit.core.internal.model.IdKind}: the kinds of id, listed once, with the
 *       scope in which an id names one element.
 * </ul>
 *
 * <h2>Adding a field</h2>
 *
 * <ol>
 *   <li>Add the accessor to the entity (for an optional text: {@code public abstract
 *       Optional<String> note();}).
 *   <li>Add one line to the entity's type in {@link dev.castkit.core.internal.model.Model}, at the
 *       field's place in the canonical order: {@code .optionalText("note", "A note.")}. The
 *       sentence becomes the schema's description.
 *   <li>Regenerate the accessors: {@code ./mvnw -pl cast-core test -Dtest=ModelAccessSourceTest
 *       -Dcastkit.updateGolden=true} (until then, the type's accessors fail and say so).
 *   <li>Add the row to the type's table in docs/format.md, then regenerate the schema as the
 *       failing test says.
 * </ol>
 *
 * <p>Nothing else: the reader, writer, schema and reference graph follow. {@code ModelTest} checks
 * that every accessor of every entity is described.
 */
package dev.castkit.core.internal.model;
