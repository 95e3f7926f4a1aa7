/**
 * The CAST interchange format: {@link dev.castkit.json.CastJson} reads and writes analyses as
 * canonical JSON (or YAML), {@link dev.castkit.json.CastJsonException} says what is wrong and
 * where, and {@link dev.castkit.json.CastJsonModule} puts analyses inside a caller's own Jackson
 * documents. The format is specified in docs/format.md and by the JSON Schema at {@link
 * dev.castkit.json.CastJson#SCHEMA_RESOURCE}.
 */
@NullMarked
package dev.castkit.json;

import org.jspecify.annotations.NullMarked;
