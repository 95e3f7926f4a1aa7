package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.castkit.core.ElementId;
import dev.castkit.core.internal.model.ElementType;
import dev.castkit.core.internal.model.Field;
import dev.castkit.core.internal.model.Model;
import dev.castkit.core.internal.model.ValueKind;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The schema says what the reader does: same fields, same required ones, same text and ids. */
class SchemaAgreementTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The $defs entry of each object type (the analysis itself is the schema's root). */
  private static final Map<String, String> DEFS =
      Map.ofEntries(
          Map.entry("Reference", "reference"),
          Map.entry("Severity", "severity"),
          Map.entry("Milestone", "milestone"),
          Map.entry("Revision", "revision"),
          Map.entry("Quantity", "quantity"),
          Map.entry("Provenance", "provenance"),
          Map.entry("Group", "group"),
          Map.entry("AnalyzedSystem", "system"),
          Map.entry("Loss", "loss"),
          Map.entry("Hazard", "hazard"),
          Map.entry("SafetyConstraint", "constraint"),
          Map.entry("TimelineEvent", "event"),
          Map.entry("Evidence", "evidence"),
          Map.entry("ProcessAnalysis", "processAnalysis"),
          Map.entry("ContextFactor", "contextFactor"),
          Map.entry("Question", "question"),
          Map.entry("ControlStructure", "controlStructure"),
          Map.entry("Component", "component"),
          Map.entry("Responsibility", "responsibility"),
          Map.entry("ProcessModelVariable", "processModelVariable"),
          Map.entry("ControlLink", "controlLink"),
          Map.entry("ComponentAnalysis", "componentAnalysis"),
          Map.entry("Contribution", "contribution"),
          Map.entry("ProcessModelFlaw", "processModelFlaw"),
          Map.entry("Flaw", "flaw"),
          Map.entry("Recommendation", "recommendation"));

  private static JsonNode schema() throws Exception {
    try (InputStream in =
        SchemaAgreementTest.class.getClassLoader().getResourceAsStream(CastJson.SCHEMA_RESOURCE)) {
      return MAPPER.readTree(in);
    }
  }

  private static JsonNode definition(JsonNode schema, ElementType<?, ?> type) {
    return type == Model.ANALYSIS ? schema : schema.get("$defs").get(DEFS.get(type.name()));
  }

  @Test
  void everyTypeHasTheSameFieldsInTheSameOrderAsTheCodec() throws Exception {
    JsonNode schema = schema();
    for (ElementType<?, ?> type : Model.ALL) {
      JsonNode def = definition(schema, type);
      assertThat(def).as(type.name()).isNotNull();
      List<String> properties = new ArrayList<>();
      def.get("properties").fieldNames().forEachRemaining(properties::add);
      assertThat(properties).as(type.name()).isEqualTo(type.fieldNames());
      assertThat(def.get("type").asText()).isEqualTo("object");
      assertThat(def.has("additionalProperties")).as("unknown fields stay allowed").isFalse();
    }
  }

  @Test
  void theRequiredFieldsAreThoseWhoseAbsenceTheReaderRefuses() throws Exception {
    JsonNode schema = schema();
    JsonNode complete =
        MAPPER.readTree(
            Path.of(getClass().getResource("/v1/valid-1.1-complete.json").toURI()).toFile());
    Map<String, String> firstOfType = new HashMap<>();
    locate(complete, Model.ANALYSIS, "", firstOfType);
    for (ElementType<?, ?> type : Model.ALL) {
      String pointer = firstOfType.get(type.name());
      assertThat(pointer).as("valid-1.1-complete.json holds a %s", type.name()).isNotNull();
      Set<String> required = new HashSet<>();
      definition(schema, type).get("required").forEach(n -> required.add(n.asText()));
      for (String field : type.fieldNames()) {
        ObjectNode copy = complete.deepCopy();
        ObjectNode object = (ObjectNode) copy.at(pointer);
        if (!object.has(field)) {
          continue;
        }
        object.remove(field);
        // what is allowed only with the field goes with it (timePrecision with time, offset with
        // after, offsetApproximate with offset)
        for (boolean removed = true; removed; ) {
          removed = false;
          for (Field f : type.fields()) {
            if (f.requires() != null && !object.has(f.requires().name()) && object.has(f.name())) {
              object.remove(f.name());
              removed = true;
            }
          }
        }
        CastJsonException.Code code = null;
        try {
          CastJson.standard().read(copy.toString());
        } catch (CastJsonException e) {
          code = e.code();
          if (required.contains(field)) {
            assertThat(e.jsonPointer()).isEqualTo(pointer);
          }
        }
        if (required.contains(field)) {
          assertThat(code)
              .as("without %s.%s", type.name(), field)
              .isEqualTo(CastJsonException.Code.MISSING_FIELD);
        } else {
          assertThat(code).as("without %s.%s", type.name(), field).isNull();
        }
      }
    }
  }

  private static void locate(
      JsonNode node, ElementType<?, ?> type, String pointer, Map<String, String> found) {
    found.putIfAbsent(type.name(), pointer);
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      Field f = type.field(name);
      ElementType<?, ?> child = f == null ? null : f.elementType();
      if (child == null) {
        continue;
      }
      JsonNode value = node.get(name);
      if (value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          locate(value.get(i), child, pointer + "/" + name + "/" + i, found);
        }
      } else {
        locate(value, child, pointer + "/" + name, found);
      }
    }
  }

  /** The schema says which version it describes, in its title and in its description. */
  @Test
  void theSchemaNamesItsVersion() throws Exception {
    JsonNode schema = schema();
    assertThat(schema.get("title").asText()).endsWith("format " + CastJson.FORMAT_VERSION);
    assertThat(schema.get("description").asText())
        .contains("version " + CastJson.FORMAT_VERSION + ";");
  }

  @Test
  void theSchemasNonBlankPatternIsJavasIsBlankForEveryCharacter() throws Exception {
    Pattern nonBlank = Pattern.compile(schema().at("/$defs/text/pattern").asText());
    for (int c = 0; c <= 0xFFFF; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      String s = String.valueOf((char) c);
      assertThat(nonBlank.matcher(s).find()).as("U+%04X", c).isEqualTo(!s.isBlank());
    }
    assertThat(nonBlank.matcher("\uD83D\uDE00").find()).isTrue();
  }

  @Test
  void theSchemasIdPatternIsTheModelsIdSyntax() throws Exception {
    Pattern id = Pattern.compile(schema().at("/$defs/id/pattern").asText());
    for (String s :
        new String[] {
          "H-1",
          "SC-1.a",
          "a",
          "9",
          "x_y:z",
          "C".repeat(128),
          "C".repeat(129),
          "",
          "-1",
          ".a",
          "H 1",
          "H/1",
          "é",
          "H-1\t",
          "_x"
        }) {
      assertThat(id.matcher(s).find()).as(s).isEqualTo(ElementId.isValid(s));
    }
  }

  /** Every enum field of every type: the schema lists the model's constants, in their order. */
  @Test
  void theEnumsOfTheSchemaAreTheModelsEnums() throws Exception {
    JsonNode schema = schema();
    int checked = 0;
    for (ElementType<?, ?> type : Model.ALL) {
      for (Field f : type.fields()) {
        if (f.kind() == ValueKind.ENUM) {
          JsonNode property = definition(schema, type).get("properties").get(f.name());
          assertThat(names(property.get("enum")))
              .as("%s.%s", type.name(), f.name())
              .containsExactly(enumNames(f.enumType()));
          checked++;
        }
      }
    }
    assertThat(checked).as("enum fields checked").isGreaterThan(20);
  }

  private static String[] names(JsonNode array) {
    List<String> result = new ArrayList<>();
    array.forEach(n -> result.add(n.asText()));
    return result.toArray(new String[0]);
  }

  private static String[] enumNames(Class<? extends Enum<?>> type) {
    Enum<?>[] values = type.getEnumConstants();
    String[] result = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = values[i].name();
    }
    return result;
  }
}
