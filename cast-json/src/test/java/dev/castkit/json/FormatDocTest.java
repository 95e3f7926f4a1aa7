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

  /** The rows of the first table after "### type": {field, required, type, meaning}. */
  private static List<String[]> table(List<String> lines, String type) {
    int at = lines.indexOf("### " + type);
    assertThat(at).as("docs/format.md has a section ### %s", type).isNotNegative();
    List<String[]> rows = new ArrayList<>();
    boolean inTable = false;
    for (int i = at + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("| `")) {
        String[] cells = line.split("\\|");
        rows.add(
            new String[] {
              cells[1].trim().replace("`", ""),
              cells[3].trim(),
              cells[2].trim(),
              cells.length > 5 ? cells[5].trim() : ""
            });
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

  /** A field that 1.1 added says so at the start of its meaning: "(1.1) ...". No other does. */
  @Test
  void theFieldsThat11AddedAreMarkedInTheirTables() throws Exception {
    List<String> lines = lines();
    int marked = 0;
    for (ElementType<?, ?> type : Model.ALL) {
      for (String[] row : table(lines, type.name())) {
        Field f = type.field(row[0]);
        assertThat(row[3].startsWith("(1.1) "))
            .as("the meaning of %s.%s starts with (1.1) exactly when 1.1 added it", type, row[0])
            .isEqualTo(f.since() == 1);
        marked += f.since();
      }
    }
    assertThat(marked).as("fields marked (1.1)").isGreaterThan(20);
  }

  /**
   * The section "Changes in 1.1" names every field 1.1 added (as `Type.field`), every type only 1.1
   * fields reach, and every enum constant 1.1 added to an enum of 1.0 (as `Enum.CONSTANT`).
   */
  @Test
  void theChangesIn11NameEveryNewFieldTypeAndConstant() throws Exception {
    List<String> lines = lines();
    int at = lines.indexOf("## Changes in 1.1");
    assertThat(at).as("docs/format.md has a section ## Changes in 1.1").isNotNegative();
    StringBuilder section = new StringBuilder();
    for (int i = at + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
      section.append(lines.get(i)).append('\n');
    }
    String changes = section.toString();
    Set<ElementType<?, ?>> in10 = new HashSet<>();
    reach(Model.ANALYSIS, in10);
    for (ElementType<?, ?> type : Model.ALL) {
      if (!in10.contains(type)) {
        assertThat(changes).as("new type %s", type).contains("`" + type.name() + "`");
        continue;
      }
      for (Field f : type.fields()) {
        if (f.since() == 1) {
          assertThat(changes)
              .as("new field %s.%s", type, f.name())
              .contains("`" + type.name() + "." + f.name() + "`");
        }
      }
    }
    for (Enum<?> constant : Model.ADDED_IN_1_1) {
      String name = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
      assertThat(changes).as("new constant %s", name).contains("`" + name + "`");
    }
  }

  /** The types a 1.0 document can hold: those reached through fields of 1.0. */
  private static void reach(ElementType<?, ?> type, Set<ElementType<?, ?>> reached) {
    if (reached.add(type)) {
      for (Field f : type.fields()) {
        if (f.since() == 0 && f.elementType() != null) {
          reach(f.elementType(), reached);
        }
      }
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
          case INT -> "integer from " + f.minimum();
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
