/**
 * castkit json on Jackson 3: {@link dev.castkit.json.jackson3.CastJackson3} gives {@link
 * dev.castkit.json.CastJson} instances that read and write through Jackson 3's streaming API
 * ({@code tools.jackson.core}) with cast-json's one reader and writer.
 *
 * <pre>{@code
 * module my.incident.tool {
 *   requires dev.castkit.json.jackson3; // reads dev.castkit.json and dev.castkit.core too
 * }
 * }</pre>
 *
 * <p>YAML and {@link dev.castkit.json.jackson3.CastJackson3Module} need the optional modules {@code
 * tools.jackson.dataformat.yaml} and {@code tools.jackson.databind}; the module is provided to
 * Jackson's module discovery ({@code MapperBuilder.findAndAddModules()}).
 */
module dev.castkit.json.jackson3 {
  exports dev.castkit.json.jackson3;

  requires transitive dev.castkit.json;
  requires tools.jackson.core;
  requires static tools.jackson.databind;
  requires static tools.jackson.dataformat.yaml;
  requires static org.snakeyaml.engine;
  requires static org.jspecify;

  provides tools.jackson.databind.JacksonModule with
      dev.castkit.json.jackson3.CastJackson3Module;
}
