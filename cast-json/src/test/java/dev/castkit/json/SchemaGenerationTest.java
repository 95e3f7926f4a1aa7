package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published schemas are the ones generated from the model description: 1.1 (the newest, {@link
 * CastJson#SCHEMA_RESOURCE}) and 1.0, which must not change now that it is published.
 */
class SchemaGenerationTest {

  @ParameterizedTest(name = "format 1.{0}")
  @ValueSource(ints = {0, 1})
  void thePublishedSchemaIsTheGeneratedOne(int minor) throws Exception {
    Path schema =
        Path.of("src/main/resources/dev/castkit/json/cast-analysis-1." + minor + ".schema.json");
    String generated = SchemaGenerator.generate(minor);
    // 1.0 is published: only the newest schema may be rewritten
    if (Boolean.getBoolean("castkit.writeSchema") && minor == 1) {
      Files.writeString(schema, generated, StandardCharsets.UTF_8);
    }
    String published = Files.readString(schema, StandardCharsets.UTF_8);
    assertThat(published)
        .as(
            "%s differs from what the model description generates; after changing"
                + " dev.castkit.core.internal.model.Model (or SchemaGenerator), regenerate it with"
                + " ./mvnw -B -q -pl cast-json -am test -Dtest=SchemaGenerationTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dcastkit.writeSchema=true (the"
                + " published 1.0 schema is never rewritten: a change to it is a change to 1.0)",
            schema)
        .isEqualTo(generated);
  }

  @org.junit.jupiter.api.Test
  void theNewestSchemaIsTheOneTheFacadeNames() {
    assertThat(CastJson.SCHEMA_RESOURCE).endsWith("-" + CastJson.FORMAT_VERSION + ".schema.json");
  }
}
