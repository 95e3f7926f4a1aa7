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
 *       dev.castkit.core.internal.model.Shape shape}, default, id kind or enum or nested type, and
 *       its getter and builder setter as method references (no reflection).
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
 *       field's place in the canonical order: {@code .optionalText("note", Loss::note,
 *       Loss.Builder::note, "A note.")}. The sentence becomes the schema's description.
 *   <li>Add the row to the type's table in docs/format.md, then regenerate the schema as the
 *       failing test says.
 * </ol>
 *
 * <p>Nothing else: the reader, writer, schema and reference graph follow. {@code ModelTest} checks
 * that every accessor of every entity is described.
 */
package dev.castkit.core.internal.model;
