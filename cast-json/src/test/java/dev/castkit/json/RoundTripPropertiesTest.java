package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.castkit.core.CastAnalysis;
import dev.castkit.testing.CastGenerators;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The properties of the format that hold for every generated analysis. */
class RoundTripPropertiesTest {
  private static final CastJson JSON = CastJson.standard();
  private static final CastJson COMPACT = CastJson.builder().pretty(false).build();
  private static final CastJson YAML = CastJson.yaml();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void readingWhatWasWrittenGivesTheSameAnalysis() {
    qt().withExamples(150)
        .forAll(CastGenerators.analysesWithAwkwardText())
        .checkAssert(
            a -> {
              assertThat(JSON.read(JSON.write(a))).isEqualTo(a);
              assertThat(COMPACT.read(COMPACT.toBytes(a))).isEqualTo(a);
            });
  }

  @Test
  void writingIsByteStable() {
    qt().withExamples(150)
        .forAll(CastGenerators.analysesWithAwkwardText())
        .checkAssert(
            a -> {
              String once = JSON.write(a);
              assertThat(JSON.write(JSON.read(once))).isEqualTo(once);
              String compact = COMPACT.write(a);
              assertThat(COMPACT.write(COMPACT.read(compact))).isEqualTo(compact);
            });
  }

  @Test
  void everyOutputOfOneAnalysisHoldsTheSameText() {
    qt().withExamples(50)
        .forAll(CastGenerators.analysesWithAwkwardText())
        .checkAssert(
            a -> {
              String text = JSON.write(a);
              byte[] bytes = JSON.toBytes(a);
              assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(text);
              assertThat(JSON.read(new ByteArrayInputStream(bytes))).isEqualTo(a);
              assertThat(JSON.read(new StringReader(text))).isEqualTo(a);
              assertThat(text).endsWith("}\n").doesNotContain("\r");
              assertThat(COMPACT.write(a)).doesNotContain("\n");
            });
  }

  @Test
  void outputValidatesAgainstTheSchema() {
    qt().withExamples(60)
        .forAll(CastGenerators.analysesWithAwkwardText())
        .checkAssert(a -> assertThat(Schemas.errors(JSON.write(a))).isEmpty());
  }

  @Test
  void yamlRoundTripsAndIsByteStable() {
    qt().withExamples(80)
        .forAll(CastGenerators.analysesWithAwkwardText())
        .checkAssert(
            a -> {
              String yaml = YAML.write(a);
              CastAnalysis back = YAML.read(yaml);
              assertThat(back).isEqualTo(a);
              assertThat(YAML.write(back)).isEqualTo(yaml);
            });
  }

  @Test
  void unknownFieldsAtRandomLevelsSurviveARoundTrip() {
    qt().withExamples(100)
        .forAll(CastGenerators.analysesWithAwkwardText(), longs().all())
        .checkAssert(
            (a, seed) -> {
              String input = decorate(tree(JSON.write(a)), new Random(seed)).toString();
              JsonNode decorated = tree(input);
              String output = JSON.write(JSON.read(input));
              assertThat(tree(output)).isEqualTo(decorated);
              assertThat(JSON.write(JSON.read(output))).isEqualTo(output);
              assertThat(Schemas.errors(output)).isEmpty();
            });
  }

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** Adds fields unknown to format 1.0 to about a third of all objects, at any depth. */
  private static JsonNode decorate(JsonNode root, Random random) {
    List<ObjectNode> objects = new ArrayList<>();
    collect(root, objects);
    int added = 0;
    for (ObjectNode o : objects) {
      if (random.nextInt(3) == 0 || (added == 0 && o == objects.get(objects.size() - 1))) {
        String name = "x-" + random.nextInt(1000) + "-" + added;
        o.set(name, randomValue(random, 0));
        added++;
      }
    }
    return root;
  }

  private static void collect(JsonNode node, List<ObjectNode> into) {
    if (node instanceof ObjectNode o) {
      into.add(o);
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        collect(e.getValue(), into);
      }
    } else if (node instanceof ArrayNode a) {
      for (JsonNode e : a) {
        collect(e, into);
      }
    }
  }

  private static JsonNode randomValue(Random r, int depth) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (r.nextInt(depth >= 3 ? 5 : 7)) {
      case 0:
        return f.nullNode();
      case 1:
        return f.booleanNode(r.nextBoolean());
      case 2:
        return f.numberNode(r.nextInt());
      case 3:
        return f.numberNode(new java.math.BigDecimal(r.nextInt(100000)).movePointLeft(3));
      case 4:
        return f.textNode(r.nextBoolean() ? "value " + r.nextInt(50) : "\"odd\" \\ é 😀\n");
      case 5:
        {
          ArrayNode a = f.arrayNode();
          for (int i = 0, n = r.nextInt(4); i < n; i++) {
            a.add(randomValue(r, depth + 1));
          }
          return a;
        }
      default:
        {
          ObjectNode o = f.objectNode();
          for (int i = 0, n = r.nextInt(4); i < n; i++) {
            o.set("k" + r.nextInt(10), randomValue(r, depth + 1));
          }
          return o;
        }
    }
  }
}
