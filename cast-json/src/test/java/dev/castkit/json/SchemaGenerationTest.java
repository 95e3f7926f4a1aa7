package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The published schema is the one generated from the model description. */
class SchemaGenerationTest {
  private static final Path SCHEMA = Path.of("src/main/resources", CastJson.SCHEMA_RESOURCE);

  @Test
  void thePublishedSchemaIsTheGeneratedOne() throws Exception {
    String generated = SchemaGenerator.generate();
    if (Boolean.getBoolean("castkit.writeSchema")) {
      Files.writeString(SCHEMA, generated, StandardCharsets.UTF_8);
    }
    String published = Files.readString(SCHEMA, StandardCharsets.UTF_8);
    assertThat(published)
        .as(
            "%s differs from what the model description generates; after changing"
                + " dev.castkit.core.internal.model.Model (or SchemaGenerator), regenerate it with"
                + " ./mvnw -B -q -pl cast-json -am test -Dtest=SchemaGenerationTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dcastkit.writeSchema=true",
            SCHEMA)
        .isEqualTo(generated);
  }
}
