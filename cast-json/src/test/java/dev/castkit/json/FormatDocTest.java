package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.castkit.core.internal.model.ElementType;
import dev.castkit.core.internal.model.Field;
import dev.castkit.core.internal.model.Model;
import dev.castkit.core.internal.model.Shape;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/format.md, the codec and the schema name the same fields, required ones and codes. */
class FormatDocTest {
  private static final Path DOC = Path.of("..", "docs", "format.md");

  private static List<String> lines() throws Exception {
    return Files.readAllLines(DOC, StandardCharsets.UTF_8);
  }

  /** The rows of the first table after "### type": {field, required}. */
  private static List<String[]> table(List<String> lines, String type) {
    int at = lines.indexOf("### " + type);
    assertThat(at).as("docs/format.md has a section ### %s", type).isNotNegative();
    List<String[]> rows = new ArrayList<>();
    boolean inTable = false;
    for (int i = at + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("| `")) {
        String[] cells = line.split("\\|");
        rows.add(new String[] {cells[1].trim().replace("`", ""), cells[3].trim(), cells[2].trim()});
        inTable = true;
      } else if (inTable && !line.startsWith("|")) {
        break;
      } else if (line.startsWith("### ")) {
        break;
      }
    }
    return rows;
  }

  @Test
  void everyObjectTypeIsDocumentedWithItsFieldsInCanonicalOrderAndTheSchemasRequiredOnes()
      throws Exception {
    List<String> lines = lines();
    JsonNode schema;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream(CastJson.SCHEMA_RESOURCE)) {
      schema = new ObjectMapper().readTree(in);
    }
    for (ElementType<?, ?> type : Model.ALL) {
      List<String[]> rows = table(lines, type.name());
      List<String> names = new ArrayList<>();
      rows.forEach(r -> names.add(r[0]));
      assertThat(names).as(type.name()).isEqualTo(type.fieldNames());

      JsonNode def = schema;
      if (type != Model.ANALYSIS) {
        def = findDefinition(schema, type);
        assertThat(def).as("schema definition of %s", type.name()).isNotNull();
      }
      Set<String> required = new HashSet<>();
      def.get("required").forEach(n -> required.add(n.asText()));
      for (String[] row : rows) {
        assertThat(row[1])
            .as("%s.%s required", type.name(), row[0])
            .isEqualTo(required.contains(row[0]) ? "yes" : "no");
      }
    }
  }

  /**
   * Each table of section 10 is the description's: the fields in canonical order, each with the
   * type the description gives it (kind, enum constants, default, list key) and whether it is
   * required. docs/format.md adds only the examples and the prose.
   */
  @Test
  void theFieldTablesAreTheModelDescriptions() throws Exception {
    List<String> lines = lines();
    for (ElementType<?, ?> type : Model.ALL) {
      List<String[]> rows = table(lines, type.name());
      List<String> expected = new ArrayList<>();
      for (Field f : type.fields()) {
        expected.add(f.name() + " | " + typeCell(f) + " | " + (f.isRequired() ? "yes" : "no"));
      }
      List<String> documented = new ArrayList<>();
      for (String[] row : rows) {
        documented.add(row[0] + " | " + row[2] + " | " + row[1]);
      }
      assertThat(documented).as("the table of %s in docs/format.md", type).isEqualTo(expected);
    }
  }

  /** The "type" cell docs/format.md gives a field. */
  private static String typeCell(Field f) {
    String one =
        switch (f.kind()) {
          case VERSION -> "string `1.x`";
          case TEXT -> f.shape() == Shape.LIST ? "list of texts" : "text";
          case ID, ANY_ID -> f.shape() == Shape.SET ? "set of ids" : "id";
          case ENUM ->
              Arrays.stream(f.enumType().getEnumConstants())
                  .map(e -> "`" + e.name() + "`")
                  .collect(Collectors.joining(", "));
          case INT -> "integer from 0";
          case BOOLEAN -> "boolean";
          case TIME -> "time";
          case DATE -> "date";
          case ZONE -> "time zone";
          case DURATION -> "duration";
          case DECIMAL -> "number from 0";
          case OBJECT ->
              f.shape() == Shape.LIST
                  ? "list of "
                      + f.elementType().name()
                      + (f.elementType().key() == null
                          ? ""
                          : ", unique by `" + f.elementType().key().name() + "`")
                  : f.elementType().name();
        };
    if (f.shape() == Shape.DEFAULTED) {
      Object d = f.defaultValue();
      one += "; default `" + (d instanceof Enum<?> e ? e.name() : d) + "`";
    }
    return one;
  }

  private static JsonNode findDefinition(JsonNode schema, ElementType<?, ?> type) {
    for (JsonNode def : schema.get("$defs")) {
      if (type.name().equals(def.path("title").asText())) {
        return def;
      }
    }
    return null;
  }

  @Test
  void everyErrorCodeIsDocumented() throws Exception {
    String doc = String.join("\n", lines());
    for (CastJsonException.Code code : CastJsonException.Code.values()) {
      assertThat(doc).as(code.name()).contains("`" + code.name() + "`");
    }
  }

  @Test
  void theDocumentedLimitsAreTheDefaults() throws Exception {
    String doc = String.join("\n", lines());
    assertThat(doc)
        .contains("| " + CastJson.DEFAULT_MAX_NESTING_DEPTH + " levels")
        .contains(
            String.format(Locale.ROOT, "| %,d characters |", CastJson.DEFAULT_MAX_STRING_LENGTH))
        .contains("| " + CastJson.DEFAULT_MAX_NUMBER_LENGTH + " characters |")
        .contains("| " + (CastJson.DEFAULT_MAX_DOCUMENT_LENGTH >> 20) + " MiB")
        .contains(String.format(Locale.ROOT, "| %,d |", CastJson.DEFAULT_MAX_VALUE_COUNT))
        .contains("at most " + CastJson.MAX_NESTING_DEPTH_LIMIT + " may be configured");
  }
}
