package dev.castkit.json;

import dev.castkit.core.internal.model.ElementType;
import dev.castkit.core.internal.model.Field;
import dev.castkit.core.internal.model.Model;
import dev.castkit.core.internal.model.Shape;
import dev.castkit.core.internal.model.ValueKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates the JSON Schema of format 1.0 from the model description ({@link Model}). What the
 * description does not hold is here, beside the generator: the schema's own title and description,
 * the definitions of ids, texts, times and dates with their patterns, and the pattern of
 * formatVersion. {@link SchemaGenerationTest} checks that the published schema is what this
 * generates.
 */
final class SchemaGenerator {
  private SchemaGenerator() {}

  static final String EXTENSIONS =
      " Fields this version does not define are allowed and are kept by readers as extensions.";

  private static final String DESCRIPTION =
      "A CAST analysis (Causal Analysis based on System Theory) in the CAST interchange format,"
          + " version 1.%d; see docs/format.md. This schema checks types, required fields, enum"
          + " values, id syntax, time and date syntax and non-blank texts. Readers also check what"
          + " a schema cannot: unique ids within each list, that a time is no more precise than its"
          + " timePrecision, and duplicate keys. Whether references resolve is left to the analysis"
          + " rules. Fields this version does not define are allowed at every level and are kept by"
          + " readers as extensions.";

  private static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static Map<String, Object> ref(String def) {
    return object("$ref", "#/$defs/" + def);
  }

  /** The definitions every type refers to. */
  private static Map<String, Object> common(int minor) {
    Map<String, Object> common = common();
    if (minor >= 1) {
      common.put(
          "timeZone",
          object(
              "description",
              "An IANA time zone id such as America/Los_Angeles or UTC (not an offset).",
              "type",
              "string",
              "pattern",
              "^" + ValueKind.ZONE_PATTERN + "$"));
      common.put(
          "duration",
          object(
              "description",
              "An ISO 8601 duration in days, hours, minutes and seconds, such as PT45M or P1DT2H;"
                  + " written canonically in hours, minutes and seconds (PT26H).",
              "type",
              "string",
              "pattern",
              "^" + ValueKind.DURATION_PATTERN + "$"));
    }
    return common;
  }

  private static Map<String, Object> common() {
    return object(
        "id",
        object(
            "description",
            "An id: 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit,"
                + " for example H-1 or SC-1.a. Unique among the elements of one list (checked by"
                + " readers, not by this schema).",
            "type",
            "string",
            "pattern",
            "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"),
        "ids",
        object(
            "description",
            "A set of ids: no id twice; writers sort them in natural order (digit runs by value, H-2"
                + " before H-10). Whether they resolve is checked by the analysis rules, not by"
                + " readers.",
            "type",
            "array",
            "items",
            ref("id"),
            "uniqueItems",
            true),
        "text",
        object(
            "description",
            "A non-blank text: at least one character that is not white space (U+0009-U+000D,"
                + " U+001C-U+0020, U+1680, U+2000-U+2006, U+2008-U+200A, U+2028, U+2029, U+205F,"
                + " U+3000).",
            "type",
            "string",
            "pattern",
            "[^\\t-\\r\\u001c-\\u0020\\u1680\\u2000-\\u2006\\u2008-\\u200a\\u2028\\u2029\\u205f\\u3000]"),
        "time",
        object(
            "description",
            "An RFC 3339 time in UTC: seconds always, a fraction of 1 to 9 digits allowed, 'Z' and"
                + " no offset. Writers give exactly three fraction digits at MILLISECOND precision"
                + " and none otherwise.",
            "type",
            "string",
            "format",
            "date-time",
            "pattern",
            "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$"),
        "date",
        object(
            "description",
            "An RFC 3339 full date, YYYY-MM-DD.",
            "type",
            "string",
            "format",
            "date",
            "pattern",
            "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
  }

  /** The schema of the newest version as JSON text, laid out as the published file is. */
  static String generate() {
    return generate(1);
  }

  /**
   * The schema of format 1.{@code minor}: the fields and enum constants that version has, and the
   * types they reach.
   */
  static String generate(int minor) {
    String version = "1." + minor;
    Map<String, Object> schema =
        object(
            "$schema",
            "https://json-schema.org/draft/2020-12/schema",
            "$id",
            "https://castkit.dev/schema/cast-analysis-" + version + ".schema.json",
            "title",
            "CAST analysis, interchange format " + version,
            "description",
            String.format(java.util.Locale.ROOT, DESCRIPTION, minor));
    schema.putAll(definition(Model.ANALYSIS, minor));
    Map<String, Object> defs = common(minor);
    Set<ElementType<?, ?>> reached = new HashSet<>();
    reach(Model.ANALYSIS, minor, reached);
    for (ElementType<?, ?> type : Model.ALL) {
      if (type != Model.ANALYSIS && reached.contains(type)) {
        Map<String, Object> def =
            object("title", type.name(), "description", type.doc() + EXTENSIONS);
        def.putAll(definition(type, minor));
        defs.put(type.shortName(), def);
      }
    }
    schema.put("$defs", defs);
    StringBuilder out = new StringBuilder();
    write(out, schema, 0);
    return out.append('\n').toString();
  }

  private static void reach(ElementType<?, ?> type, int minor, Set<ElementType<?, ?>> reached) {
    if (!reached.add(type)) {
      return;
    }
    for (Field f : type.fields()) {
      if (f.since() <= minor && f.elementType() != null) {
        reach(f.elementType(), minor, reached);
      }
    }
  }

  private static Map<String, Object> definition(ElementType<?, ?> type, int minor) {
    List<Object> required = new ArrayList<>();
    Map<String, Object> properties = new LinkedHashMap<>();
    Map<String, Object> dependent = new LinkedHashMap<>();
    for (Field f : type.fields()) {
      if (f.since() > minor) {
        continue;
      }
      if (f.isRequired()) {
        required.add(f.name());
      }
      // the published 1.0 schema keeps its own words for formatVersion
      String doc =
          f.kind() == ValueKind.VERSION && minor == 0
              ? "The format version: \"1.0\" for this version; readers of version 1 read any 1.x."
              : f.doc();
      Map<String, Object> p = object("description", doc);
      p.putAll(value(f, minor));
      properties.put(f.name(), p);
      if (f.requires() != null) {
        dependent.put(f.name(), List.of(f.requires().name()));
      }
    }
    Map<String, Object> def =
        object("type", "object", "required", required, "properties", properties);
    if (!dependent.isEmpty()) {
      def.put("dependentRequired", dependent);
    }
    return def;
  }

  private static Map<String, Object> value(Field f, int minor) {
    Map<String, Object> one =
        switch (f.kind()) {
          case VERSION ->
              object(
                  "type",
                  "string",
                  "pattern",
                  "^1\\.(0|[1-9][0-9]*)$",
                  "examples",
                  List.of("1." + minor));
          case TEXT -> ref("text");
          case ID, ANY_ID -> ref(f.shape() == Shape.SET ? "ids" : "id");
          case ENUM ->
              object(
                  "type",
                  "string",
                  "enum",
                  Arrays.stream(f.enumType().getEnumConstants())
                      .filter(c -> Model.since(c) <= minor)
                      .map(Enum::name)
                      .toList());
          case INT ->
              object("type", "integer", "minimum", f.minimum(), "maximum", Integer.MAX_VALUE);
          case BOOLEAN -> object("type", "boolean");
          case TIME -> ref("time");
          case DATE -> ref("date");
          case ZONE -> ref("timeZone");
          case DURATION -> ref("duration");
          case DECIMAL -> object("type", "number", "minimum", 0);
          case OBJECT -> ref(f.elementType().shortName());
        };
    if (f.shape() == Shape.LIST) {
      return object("type", "array", "items", one);
    }
    if (f.shape() == Shape.DEFAULTED) {
      Object d = f.defaultValue();
      one.put("default", d instanceof Enum<?> e ? e.name() : d);
    }
    return one;
  }

  private static void write(StringBuilder out, Object value, int depth) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      int i = 0;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        indent(out, depth + 1);
        string(out, (String) e.getKey());
        out.append(": ");
        write(out, e.getValue(), depth + 1);
        out.append(++i < map.size() ? ",\n" : "\n");
      }
      indent(out, depth);
      out.append('}');
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append("[\n");
      for (int i = 0; i < list.size(); i++) {
        indent(out, depth + 1);
        write(out, list.get(i), depth + 1);
        out.append(i + 1 < list.size() ? ",\n" : "\n");
      }
      indent(out, depth);
      out.append(']');
    } else if (value instanceof String s) {
      string(out, s);
    } else {
      out.append(value);
    }
  }

  private static void indent(StringBuilder out, int depth) {
    out.append("  ".repeat(depth));
  }

  private static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
