package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.internal.model.ElementType;
import dev.castkit.core.internal.model.Field;
import dev.castkit.core.internal.model.Model;
import dev.castkit.core.internal.model.ValueKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance vectors of format version 1 in {@code src/test/resources/v1}, one dynamic test
 * per file.
 *
 * <ul>
 *   <li>{@code valid-*.json} must be read; writing what was read must give {@code canonical/<same
 *       name>} when that file exists, and the file itself otherwise. Each valid vector and each
 *       canonical form passes the schema.
 *   <li>{@code invalid-<CODE>-<what>.json} must be refused with that {@link
 *       CastJsonException.Code}; {@code invalid-pointers.tsv} gives the JSON pointer of the error
 *       and whether the schema rejects the document too.
 * </ul>
 */
class ConformanceVectorsTest {
  private static final CastJson JSON = CastJson.standard();
  private static final Path VECTORS = vectors();

  private static Path vectors() {
    try {
      return Path.of(ConformanceVectorsTest.class.getResource("/v1").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> files(String prefix) {
    try (Stream<Path> files = Files.list(VECTORS)) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(prefix))
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> validVectorsAreReadAndWrittenCanonically() {
    return files("valid-").stream()
        .map(
            file ->
                dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      CastAnalysis analysis = JSON.read(file);
                      Path canonical = VECTORS.resolve("canonical").resolve(file.getFileName());
                      String expected = Files.exists(canonical) ? text(canonical) : text(file);
                      assertThat(JSON.write(analysis)).isEqualTo(expected);
                      assertThat(JSON.read(expected)).isEqualTo(analysis);
                      // valid-1.0-*: documents that declare 1.0 and use names 1.1 defines as
                      // extensions; they mean what 1.0 says, so the 1.0 schema is theirs
                      boolean declares10 = file.getFileName().toString().startsWith("valid-1.0-");
                      assertThat(
                              declares10
                                  ? Schemas10.errors(text(file))
                                  : Schemas.errors(text(file)))
                          .isEmpty();
                      assertThat(declares10 ? Schemas10.errors(expected) : Schemas.errors(expected))
                          .isEmpty();
                    }));
  }

  @TestFactory
  Stream<DynamicTest> invalidVectorsAreRefusedWithTheirCodeAtTheirPointer() {
    Map<String, String[]> expectations = expectations();
    return files("invalid-").stream()
        .map(
            file ->
                dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      String name = file.getFileName().toString();
                      String code = name.substring("invalid-".length(), name.indexOf('-', 8));
                      String[] expected = expectations.get(name);
                      assertThat(expected)
                          .as("a line for %s in invalid-pointers.tsv", name)
                          .isNotNull();

                      CastJsonException e =
                          catchThrowableOfType(CastJsonException.class, () -> JSON.read(file));
                      assertThat(e).as("reading %s fails", name).isNotNull();
                      assertThat(e.code().name()).isEqualTo(code);
                      assertThat(e.jsonPointer()).isEqualTo(expected[0]);
                      assertThat(e.getMessage()).contains(e.detail());
                      if (!code.equals("EMPTY_DOCUMENT")) {
                        assertThat(e.line()).isPositive();
                        assertThat(e.column()).isPositive();
                      }
                      switch (expected[1]) {
                        case "invalid" -> assertThat(Schemas.errors(text(file))).isNotEmpty();
                        case "valid" -> assertThat(Schemas.errors(text(file))).isEmpty();
                        default -> assertThat(expected[1]).isEqualTo("n/a");
                      }
                    }));
  }

  @Test
  void everyInvalidVectorHasExactlyOneExpectationAndViceVersa() {
    Set<String> files =
        files("invalid-").stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    assertThat(expectations().keySet()).isEqualTo(files);
  }

  @Test
  void theValidVectorsTogetherUseEveryFieldOfEveryType() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Set<String> used = new HashSet<>();
    for (Path file : files("valid-")) {
      collect(mapper.readTree(file.toFile()), Model.ANALYSIS, used);
    }
    for (ElementType<?, ?> type : Model.ALL) {
      for (String field : type.fieldNames()) {
        assertThat(used)
            .as("some valid vector uses %s.%s", type.name(), field)
            .contains(type.name() + "." + field);
      }
    }
  }

  @Test
  void everyErrorCodeOfReadingHasAnInvalidVector() {
    Set<String> codes =
        files("invalid-").stream()
            .map(p -> p.getFileName().toString())
            .map(n -> n.substring("invalid-".length(), n.indexOf('-', 8)))
            .collect(Collectors.toSet());
    Set<String> readCodes =
        Stream.of(CastJsonException.Code.values())
            .map(Enum::name)
            .filter(
                c ->
                    !Set.of(
                            "IO_ERROR",
                            "EXTENSION_KEY_CONFLICT",
                            "UNSUPPORTED_YAML_FEATURE",
                            "STRING_TOO_LONG",
                            "NUMBER_TOO_LONG",
                            "DOCUMENT_TOO_LARGE",
                            "TOO_MANY_VALUES",
                            // applying a JSON Patch (CastPatchTest), not reading
                            "PATCH_TARGET_NOT_FOUND",
                            "PATCH_TEST_FAILED")
                        .contains(c))
            .collect(Collectors.toSet());
    assertThat(codes).containsAll(readCodes);
  }

  /**
   * Every enum constant 1.1 added to an enum of 1.0, and every constant of an enum 1.1 added, is in
   * some valid vector, at a field that holds it.
   */
  @Test
  void theValidVectorsTogetherUseEveryEnumConstantOf11() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Set<String> used = new HashSet<>();
    for (Path file : files("valid-")) {
      collect(mapper.readTree(file.toFile()), Model.ANALYSIS, used);
    }
    for (ElementType<?, ?> type : Model.ALL) {
      for (Field f : type.fields()) {
        if (f.kind() != ValueKind.ENUM) {
          continue;
        }
        for (Enum<?> constant : f.enumType().getEnumConstants()) {
          if (f.since() == 1 || Model.since(constant) == 1) {
            String use = type.name() + "." + f.name() + "=" + constant.name();
            if (f.name().equals("timePrecision") && type != Model.EVENT) {
              continue; // the same enum as TimelineEvent.timePrecision
            }
            assertThat(used).as("some valid vector uses %s", use).contains(use);
          }
        }
      }
    }
  }

  /**
   * A writer writes the lowest version that holds the analysis: "1.0" when it uses nothing 1.1
   * added (so a 1.0 document is written back byte for byte), else "1.1"; the vectors hold both.
   */
  @TestFactory
  Stream<DynamicTest> validVectorsAreWrittenWithTheLowestVersionThatHoldsThem() {
    Set<String> written = new HashSet<>();
    Stream<DynamicTest> each =
        files("valid-").stream()
            .map(
                file ->
                    dynamicTest(
                        file.getFileName().toString(),
                        () -> {
                          CastAnalysis analysis = JSON.read(file);
                          String version =
                              new ObjectMapper()
                                  .readTree(JSON.write(analysis))
                                  .get("formatVersion")
                                  .asText();
                          written.add(version);
                          assertThat(version)
                              .isEqualTo(
                                  Model.minorVersionNeeded(analysis) == 0
                                      ? "1.0"
                                      : CastJson.FORMAT_VERSION);
                          if (version.equals("1.0")) {
                            assertThat(Schemas10.errors(text(file)))
                                .as("the 1.0 schema accepts what is written as 1.0")
                                .isEmpty();
                          }
                        }));
    return Stream.concat(
        each,
        Stream.of(
            dynamicTest(
                "both versions are written",
                () -> assertThat(written).containsExactlyInAnyOrder("1.0", "1.1"))));
  }

  /**
   * What a 1.0 validator (and a 1.0 reader, castkit 0.1.x) says of a 1.1 document: the new fields
   * are unknown and allowed, a new enum constant is refused where it stands.
   */
  @Test
  void theSchemaOf10RefusesEachNewConstantAndAllowsEachNewField() {
    assertThat(Schemas10.errors(text(VECTORS.resolve("valid-1.1-new-constants-of-1.0-enums.json"))))
        .map(e -> e.substring(0, e.indexOf(':')))
        .containsExactlyInAnyOrder(
            "/references/0/kind",
            "/losses/0/category",
            "/losses/1/category",
            "/timeline/0/timePrecision",
            "/timeline/1/timePrecision",
            "/controlStructures/0/components/0/kind",
            "/controlStructures/0/links/0/status",
            "/controlStructures/0/links/1/status",
            "/controlStructures/0/links/2/status",
            "/flaws/0/category",
            "/flaws/1/category");
    assertThat(Schemas10.errors(text(VECTORS.resolve("valid-1.0-document-using-1.1-fields.json"))))
        .isEmpty();
  }

  /** The published schema of 1.0, which stays as it was published. */
  private static final class Schemas10 {
    private static final com.networknt.schema.Schema SCHEMA = load();

    private static com.networknt.schema.Schema load() {
      com.networknt.schema.SchemaRegistry registry =
          com.networknt.schema.SchemaRegistry.withDefaultDialect(
              com.networknt.schema.SpecificationVersion.DRAFT_2020_12,
              b ->
                  b.schemaRegistryConfig(
                      com.networknt.schema.SchemaRegistryConfig.builder()
                          .formatAssertionsEnabled(true)
                          .build()));
      try (java.io.InputStream in =
          ConformanceVectorsTest.class
              .getClassLoader()
              .getResourceAsStream("dev/castkit/json/cast-analysis-1.0.schema.json")) {
        return registry.getSchema(in, com.networknt.schema.InputFormat.JSON);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static List<String> errors(String json) {
      return SCHEMA.validate(json, com.networknt.schema.InputFormat.JSON).stream()
          .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
          .collect(Collectors.toList());
    }
  }

  private static Map<String, String[]> expectations() {
    Map<String, String[]> result = new HashMap<>();
    for (String line : text(VECTORS.resolve("invalid-pointers.tsv")).split("\n")) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      assertThat(columns).as("three columns in: %s", line).hasSize(3);
      assertThat(result.put(columns[0], new String[] {columns[1], columns[2]})).isNull();
    }
    return result;
  }

  /**
   * Records "Type.field" for every known field present, and "Type.field=CONSTANT" for every enum
   * value, walking the document by the types the model description gives each field.
   */
  private static void collect(JsonNode node, ElementType<?, ?> type, Set<String> used) {
    node.fieldNames()
        .forEachRemaining(
            name -> {
              Field f = type.field(name);
              if (f == null) {
                return;
              }
              used.add(type.name() + "." + name);
              JsonNode value = node.get(name);
              if (f.kind() == ValueKind.ENUM) {
                used.add(type.name() + "." + name + "=" + value.asText());
              }
              if (f.elementType() != null) {
                if (value.isArray()) {
                  value.forEach(element -> collect(element, f.elementType(), used));
                } else {
                  collect(value, f.elementType(), used);
                }
              }
            });
  }
}
