package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.testing.CpuTime;
import dev.castkit.core.testing.HostileTally;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the hostile-input tests share: the seed documents, the slots of a document derived from the
 * published JSON Schema (every field of every object, every element of every array, with the type,
 * enum values and requiredness the schema gives), a streaming rewriter that changes one slot and
 * keeps every other byte's meaning, and the check every outcome must pass.
 */
final class HostileDocs {
  private HostileDocs() {}

  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory PLAIN = MAPPER.getFactory();

  /**
   * CPU time one read may take at most: a hang detector, twice the "a second for a
   * megabyte", since a first read runs before the JIT has compiled the parser (the slowest reads
   * measured are in docs/reliability.md).
   */
  static final long CPU_BOUND_NANOS = 2_000_000_000L;

  // ------------------------------------------------------------------------------ seeds

  /**
   * Where the example analyses are: their single source, the YAML files of cast-examples (which
   * builds after this module, so they are read from the source tree, relative to this module's
   * directory, where Maven runs the tests).
   */
  static final Path EXAMPLES =
      Path.of("..", "cast-examples", "src", "main", "resources", "dev", "castkit", "examples");

  /**
   * The valid conformance vectors (but the 1.0 documents about names 1.1 defines) and the three
   * example analyses, smallest first, by file name; the examples as the canonical JSON of their
   * YAML files, so that a seed never drifts from them.
   */
  static Map<String, String> seeds() {
    Map<String, String> seeds = new LinkedHashMap<>();
    try {
      URL url = HostileDocs.class.getResource("/v1");
      try (Stream<Path> list = Files.list(Path.of(url.toURI()))) {
        list.filter(f -> f.getFileName().toString().startsWith("valid-"))
            .filter(f -> f.getFileName().toString().endsWith(".json"))
            // valid-1.0-*: 1.0 documents whose keys named like 1.1 fields are extensions; the
            // mutations here assume a key means what the newest version says
            .filter(f -> !f.getFileName().toString().startsWith("valid-1.0-"))
            .forEach(f -> seeds.put(f.getFileName().toString(), readString(f)));
      }
      List<Path> examples;
      try (Stream<Path> list = Files.list(EXAMPLES)) {
        examples = list.filter(f -> f.getFileName().toString().endsWith(".cast.yaml")).toList();
      }
      if (examples.size() != 3) {
        throw new IllegalStateException(
            "expected the three example analyses in "
                + EXAMPLES.toAbsolutePath()
                + ": "
                + examples);
      }
      for (Path f : examples) {
        seeds.put(f.getFileName().toString(), CastJson.standard().write(CastJson.yaml().read(f)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<Map.Entry<String, String>> bySize = new ArrayList<>(seeds.entrySet());
    bySize.sort(
        Comparator.comparingInt((Map.Entry<String, String> e) -> utf8Length(e.getValue()))
            .thenComparing(Map.Entry::getKey));
    Map<String, String> sorted = new LinkedHashMap<>();
    bySize.forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  private static String readString(Path f) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  // ------------------------------------------------------------------------------ the schema

  /** The JSON type a slot holds. */
  enum Kind {
    STRING,
    INTEGER,
    /** Any JSON number, a fraction too (a quantity's value, since format 1.1). */
    NUMBER,
    BOOLEAN,
    ARRAY,
    OBJECT
  }

  /**
   * One place in a document that the schema describes.
   *
   * @param owner the schema definition of the object or array that holds it ("analysis" at the
   *     top), for example "loss"
   * @param field the property name, or the property name and "[]" for an element of an array
   * @param pointer where it is in this document
   * @param kind its JSON type
   * @param required whether its object must have it (never for array elements)
   * @param enumValues its allowed values, or empty
   * @param id whether it holds an id
   */
  record Slot(
      String owner,
      String field,
      String pointer,
      Kind kind,
      boolean required,
      List<String> enumValues,
      boolean id) {
    String key() {
      return owner + "." + field;
    }
  }

  static final JsonNode SCHEMA = loadSchema();

  private static JsonNode loadSchema() {
    try (InputStream in =
        HostileDocs.class.getClassLoader().getResourceAsStream(CastJson.SCHEMA_RESOURCE)) {
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Follows a $ref; returns the definition name (or the given one) and the schema. */
  private static Map.Entry<String, JsonNode> resolve(String name, JsonNode schema) {
    while (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      name = ref.substring(ref.lastIndexOf('/') + 1);
      schema = SCHEMA.at(ref.substring(1));
    }
    return Map.entry(name, schema);
  }

  /** Every (owner, field) the schema defines, including "field[]" for array elements. */
  static List<String> schemaKeys() {
    List<String> keys = new ArrayList<>();
    collectKeys("analysis", SCHEMA, keys);
    Iterator<Map.Entry<String, JsonNode>> defs = SCHEMA.get("$defs").fields();
    while (defs.hasNext()) {
      Map.Entry<String, JsonNode> d = defs.next();
      if (d.getValue().has("properties")) {
        collectKeys(d.getKey(), d.getValue(), keys);
      }
    }
    return keys;
  }

  private static void collectKeys(String owner, JsonNode schema, List<String> keys) {
    Iterator<Map.Entry<String, JsonNode>> props = schema.get("properties").fields();
    while (props.hasNext()) {
      Map.Entry<String, JsonNode> p = props.next();
      keys.add(owner + "." + p.getKey());
      if (resolve(p.getKey(), p.getValue()).getValue().has("items")) {
        keys.add(owner + "." + p.getKey() + "[]");
      }
    }
  }

  /** Every slot of a document, in document order. */
  static List<Slot> slots(String document) {
    try {
      List<Slot> slots = new ArrayList<>();
      walk("analysis", "analysis", SCHEMA, MAPPER.readTree(document), "", slots);
      return slots;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void walk(
      String holder, String name, JsonNode schema, JsonNode doc, String at, List<Slot> out) {
    Map.Entry<String, JsonNode> r = resolve(name, schema);
    JsonNode s = r.getValue();
    if (s.has("properties") && doc.isObject()) {
      String owner = r.getKey();
      List<String> required = new ArrayList<>();
      s.path("required").forEach(n -> required.add(n.asText()));
      Iterator<Map.Entry<String, JsonNode>> fields = doc.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        JsonNode prop = s.get("properties").get(f.getKey());
        if (prop == null) {
          continue; // an extension
        }
        String pointer = at + "/" + escape(f.getKey());
        out.add(slot(owner, f.getKey(), pointer, prop, required.contains(f.getKey())));
        walk(owner, f.getKey(), prop, f.getValue(), pointer, out);
      }
    } else if (s.has("items") && doc.isArray()) {
      JsonNode items = s.get("items");
      for (int i = 0; i < doc.size(); i++) {
        String pointer = at + "/" + i;
        out.add(slot(holder, name + "[]", pointer, items, false));
        walk(holder, name, items, doc.get(i), pointer, out);
      }
    }
  }

  private static Slot slot(
      String owner, String field, String pointer, JsonNode schema, boolean required) {
    Map.Entry<String, JsonNode> r = resolve(field, schema);
    JsonNode s = r.getValue();
    Kind kind =
        switch (s.path("type").asText(s.has("properties") ? "object" : "")) {
          case "string" -> Kind.STRING;
          case "integer" -> Kind.INTEGER;
          case "number" -> Kind.NUMBER;
          case "boolean" -> Kind.BOOLEAN;
          case "array" -> Kind.ARRAY;
          case "object" -> Kind.OBJECT;
          default -> throw new IllegalStateException("no type for " + owner + "." + field);
        };
    List<String> values = new ArrayList<>();
    s.path("enum").forEach(n -> values.add(n.asText()));
    boolean id = schema.path("$ref").asText().equals("#/$defs/id") || r.getKey().equals("id");
    return new Slot(owner, field, pointer, kind, required, List.copyOf(values), id);
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** JSON values of every kind but {@code kind}. */
  static List<String> wrongValues(Kind kind) {
    List<String> values = new ArrayList<>();
    if (kind != Kind.STRING) {
      values.add("\"7\"");
    }
    if (kind != Kind.INTEGER && kind != Kind.NUMBER) {
      values.add("7");
    }
    if (kind != Kind.NUMBER) {
      values.add("1.5");
    }
    if (kind != Kind.BOOLEAN) {
      values.add("true");
    }
    values.add("null");
    if (kind != Kind.ARRAY) {
      values.add("[]");
    }
    if (kind != Kind.OBJECT) {
      values.add("{}");
    }
    return values;
  }

  // ------------------------------------------------------------------------------ rewriting

  /** What to do at the slot. */
  enum Op {
    REPLACE,
    REMOVE,
    DUPLICATE
  }

  /**
   * Copies {@code document}, token by token, and at {@code pointer} replaces the value with the raw
   * JSON {@code value}, removes the member or element, or writes the member twice.
   */
  static String rewrite(String document, String pointer, Op op, String value) {
    StringWriter out = new StringWriter();
    boolean done = false;
    try (JsonParser p = MAPPER.createParser(document);
        JsonGenerator g = PLAIN.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          if (p.getParsingContext().pathAsPointer().toString().equals(pointer)) {
            done = true;
            p.nextToken();
            switch (op) {
              case REMOVE -> p.skipChildren();
              case REPLACE -> {
                p.skipChildren();
                g.writeFieldName(name);
                g.writeRawValue(value);
              }
              case DUPLICATE -> {
                JsonNode v = p.readValueAsTree();
                g.writeFieldName(name);
                g.writeTree(v);
                g.writeFieldName(name);
                g.writeTree(value == null ? v : MAPPER.readTree(value));
              }
            }
            continue;
          }
          g.copyCurrentEvent(p);
          continue;
        }
        JsonStreamContext ctx =
            t.isStructStart() ? p.getParsingContext().getParent() : p.getParsingContext();
        if (ctx != null
            && ctx.inArray()
            && !t.isStructEnd()
            && ctx.pathAsPointer().toString().equals(pointer)) {
          done = true;
          p.skipChildren();
          if (op == Op.REPLACE) {
            g.writeRawValue(value);
          }
          continue;
        }
        g.copyCurrentEvent(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(done).as("found %s in the document", pointer).isTrue();
    return out.toString();
  }

  /** The pointer of the object or array that holds {@code pointer}. */
  static String parent(String pointer) {
    return pointer.substring(0, pointer.lastIndexOf('/'));
  }

  // ------------------------------------------------------------------------------ the check

  /** The outcome of one read. */
  record Outcome(CastAnalysis analysis, CastJsonException error, long wallNanos, long cpuNanos) {
    String name() {
      return error == null ? "valid analysis" : error.code().name();
    }
  }

  /**
   * Reads {@code input}: it must give a valid analysis, which writes and reads back equal, or a
   * {@link CastJsonException} with a code, a pointer, a detail and a line and column of 1 or more;
   * any other throwable fails the test with the input shown. Each read takes less than {@link
   * #CPU_BOUND_NANOS} of the reading thread's CPU time (ThreadMXBean). Wall time is recorded for
   * the tally but not bounded: on a shared machine it measures the load (a full run under load took
   * 12.3 s of wall time for a read of 1.7 s of CPU). The outcome is counted under {@code
   * inputClass}.
   */
  static Outcome read(HostileTally tally, String inputClass, CastJson json, byte[] input) {
    long wall = System.nanoTime();
    long cpu = CpuTime.currentThreadNanos();
    CastAnalysis analysis = null;
    CastJsonException error = null;
    try {
      analysis = json.read(input);
    } catch (CastJsonException e) {
      error = e;
    } catch (Throwable t) {
      fail(inputClass + ": " + t + " escaped for the input\n" + show(input), t);
    }
    long cpuNanos = CpuTime.currentThreadNanos() - cpu;
    long wallNanos = System.nanoTime() - wall;
    Outcome outcome = new Outcome(analysis, error, wallNanos, cpuNanos);
    tally.record(inputClass, outcome.name(), wallNanos, cpuNanos);
    String where = inputClass + " (" + input.length + " bytes):\n" + show(input);
    assertThat(cpuNanos).as("CPU time of " + where).isLessThan(CPU_BOUND_NANOS);
    if (error != null) {
      assertThat(error.code()).as(where).isNotNull();
      assertThat(error.jsonPointer()).as(where).isNotNull();
      assertThat(error.detail()).as(where).isNotBlank();
      assertThat(error.line()).as("line of " + error + " for " + where).isGreaterThanOrEqualTo(1);
      assertThat(error.column()).as("column of " + error + " for " + where).isPositive();
    } else {
      // nothing is lost: what was read writes and reads back the same
      try {
        assertThat(json.read(json.write(analysis))).as(where).isEqualTo(analysis);
        CastJson asJson =
            json.format() == CastJson.Format.JSON
                ? json
                : json.toBuilder().format(CastJson.Format.JSON).build();
        assertThat(asJson.read(asJson.write(analysis))).as(where).isEqualTo(analysis);
      } catch (CastJsonException e) {
        fail("what was read cannot be written back: " + e + " for " + where, e);
      }
    }
    return outcome;
  }

  /**
   * Reads {@code input} as bytes ({@link #read(HostileTally, String, CastJson, byte[])}) and as a
   * string: both must give the same analysis, or the same code at the same pointer.
   */
  static Outcome read(HostileTally tally, String inputClass, CastJson json, String input) {
    Outcome bytes = read(tally, inputClass, json, input.getBytes(StandardCharsets.UTF_8));
    CastAnalysis analysis = null;
    CastJsonException error = null;
    try {
      analysis = json.read(input);
    } catch (CastJsonException e) {
      error = e;
    } catch (Throwable t) {
      fail(
          inputClass
              + ": "
              + t
              + " escaped for the string input\n"
              + show(input.getBytes(StandardCharsets.UTF_8)),
          t);
    }
    String where =
        inputClass
            + ", read as bytes and as a string:\n"
            + show(input.getBytes(StandardCharsets.UTF_8));
    if (bytes.error() == null) {
      assertThat(error).as(where).isNull();
      assertThat(analysis).as(where).isEqualTo(bytes.analysis());
    } else {
      assertThat(error).as(where).isNotNull();
      assertThat(error.code()).as(where).isEqualTo(bytes.error().code());
      assertThat(error.jsonPointer()).as(where).isEqualTo(bytes.error().jsonPointer());
      assertThat(error.line()).as(where).isGreaterThanOrEqualTo(1);
      assertThat(error.column()).as(where).isGreaterThanOrEqualTo(1);
    }
    return bytes;
  }

  /** The input as text when it is short, else its start and end, and always as Base64. */
  static String show(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    if (text.length() > 2_000) {
      text = text.substring(0, 1_000) + "\n[...]\n" + text.substring(text.length() - 1_000);
    }
    String base64 =
        input.length <= 4_096 ? Base64.getEncoder().encodeToString(input) : "(too long to show)";
    return text + "\nBase64: " + base64;
  }
}
