package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.internal.model.ElementType;
import dev.castkit.core.internal.model.Model;
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
                      assertThat(Schemas.errors(text(file))).isEmpty();
                      assertThat(Schemas.errors(expected)).isEmpty();
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
                            "TOO_MANY_VALUES")
                        .contains(c))
            .collect(Collectors.toSet());
    assertThat(codes).containsAll(readCodes);
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

  /** Records "Type.field" for every known field present, walking the document by type. */
  private static void collect(JsonNode node, ElementType<?, ?> type, Set<String> used) {
    node.fieldNames()
        .forEachRemaining(
            name -> {
              if (type.field(name) != null) {
                used.add(type.name() + "." + name);
                ElementType<?, ?> child = CHILDREN.get(type.name() + "." + name);
                if (child != null) {
                  JsonNode value = node.get(name);
                  if (value.isArray()) {
                    value.forEach(element -> collect(element, child, used));
                  } else {
                    collect(value, child, used);
                  }
                }
              }
            });
  }

  private static final Map<String, ElementType<?, ?>> CHILDREN =
      Map.ofEntries(
          Map.entry("CastAnalysis.references", Model.REFERENCE),
          Map.entry("CastAnalysis.system", Model.SYSTEM),
          Map.entry("CastAnalysis.losses", Model.LOSS),
          Map.entry("CastAnalysis.hazards", Model.HAZARD),
          Map.entry("CastAnalysis.constraints", Model.CONSTRAINT),
          Map.entry("CastAnalysis.timeline", Model.EVENT),
          Map.entry("CastAnalysis.processAnalysis", Model.PROCESS_ANALYSIS),
          Map.entry("CastAnalysis.questions", Model.QUESTION),
          Map.entry("CastAnalysis.controlStructures", Model.CONTROL_STRUCTURE),
          Map.entry("CastAnalysis.componentAnalyses", Model.COMPONENT_ANALYSIS),
          Map.entry("CastAnalysis.flaws", Model.FLAW),
          Map.entry("CastAnalysis.recommendations", Model.RECOMMENDATION),
          Map.entry("TimelineEvent.evidence", Model.EVIDENCE),
          Map.entry("Flaw.evidence", Model.EVIDENCE),
          Map.entry("ProcessAnalysis.contextFactors", Model.CONTEXT_FACTOR),
          Map.entry("ComponentAnalysis.contextFactors", Model.CONTEXT_FACTOR),
          Map.entry("ControlStructure.components", Model.COMPONENT),
          Map.entry("ControlStructure.links", Model.CONTROL_LINK),
          Map.entry("Component.responsibilities", Model.RESPONSIBILITY),
          Map.entry("Component.processModel", Model.PROCESS_MODEL_VARIABLE),
          Map.entry("ComponentAnalysis.contributions", Model.CONTRIBUTION),
          Map.entry("ComponentAnalysis.processModelFlaws", Model.PROCESS_MODEL_FLAW));
}
