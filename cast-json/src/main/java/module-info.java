/**
 * castkit json: the CAST interchange format ({@link dev.castkit.json}). Needs {@code
 * com.fasterxml.jackson.core} at run time, and nothing else for JSON.
 *
 * <pre>{@code
 * module my.incident.tool {
 *   requires dev.castkit.json; // reads dev.castkit.core too
 * }
 * }</pre>
 *
 * <p>YAML ({@link dev.castkit.json.CastJson#yaml()}) and {@link dev.castkit.json.CastJsonModule}
 * need the optional modules {@code com.fasterxml.jackson.dataformat.yaml} and {@code
 * com.fasterxml.jackson.databind}. Putting their jars on the module path is enough: jackson-core
 * {@code uses} {@code ObjectCodec}, which both provide, so the launcher resolves them.
 *
 * <p>The package {@code dev.castkit.json} is open so that the published JSON Schema, {@link
 * dev.castkit.json.CastJson#SCHEMA_RESOURCE}, can be read as a resource by any module. Nothing
 * needs reflective access: the codec uses Jackson's streaming API, and callers register {@link
 * dev.castkit.json.CastJsonModule} themselves.
 */
module dev.castkit.json {
  exports dev.castkit.json;

  // The one reader and writer, for the binding to Jackson 3 (cast-json-jackson3) only.
  exports dev.castkit.json.internal to
      dev.castkit.json.jackson3;

  // Resources of a named module are readable by others only in open packages.
  opens dev.castkit.json;

  requires transitive dev.castkit.core;
  requires com.fasterxml.jackson.core;

  // Optional: only for CastJsonModule (which extends databind's SimpleModule) and for YAML. Not
  // "transitive": that would make every caller's compiler need them (and JSpecify) too.
  requires static com.fasterxml.jackson.databind;
  requires static com.fasterxml.jackson.dataformat.yaml;
  requires static org.yaml.snakeyaml;
  requires static org.jspecify;
}
