package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.render.MarkdownReport;
import dev.castkit.core.rules.CastRules;
import dev.castkit.core.rules.ValidationReport;
import dev.castkit.core.testing.CpuTime;
import dev.castkit.core.testing.HostileTally;
import dev.castkit.testing.CastGenerators;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * One {@link CastJson} (JSON and YAML) and one {@link CastRules} shared by several threads give
 * what one thread gives: a fixed number of threads, each going through the same fixed documents
 * (valid and broken) in its own order, several times over, each within a bound on its CPU time.
 */
class ConcurrencyTest {
  private static final int THREADS = 4;
  private static final int ROUNDS = 3;
  // one thread's work takes a few seconds of CPU; a runaway stops here
  private static final Duration CPU_PER_THREAD = Duration.ofSeconds(60);
  private static final HostileTally TALLY = new HostileTally("ConcurrencyTest");

  private static final CastJson JSON = CastJson.standard();
  private static final CastJson YAML = CastJson.yaml();
  private static final CastRules RULES =
      CastRules.builder().addBlameWords("dropped the ball").build();

  @AfterAll
  static void writeTally() {
    TALLY.write();
  }

  /** The seeds, generated analyses, and broken copies of both, as JSON and as YAML. */
  private static List<byte[][]> documents() {
    List<String> json = new ArrayList<>(HostileDocs.seeds().values());
    List<CastAnalysis> generated = new ArrayList<>();
    qt().withFixedSeed(20_261_124L)
        .withExamples(30)
        .forAll(CastGenerators.analyses(CastGenerators.Size.MEDIUM, CastGenerators.Text.AWKWARD))
        .checkAssert(generated::add);
    generated.forEach(a -> json.add(JSON.write(a)));
    Random r = new Random(7);
    int valid = json.size();
    for (int i = 0; i < valid; i++) {
      String doc = json.get(i);
      json.add(doc.substring(0, r.nextInt(doc.length()))); // truncated
      List<HostileDocs.Slot> slots = HostileDocs.slots(doc);
      HostileDocs.Slot slot = slots.get(r.nextInt(slots.size()));
      json.add(HostileDocs.rewrite(doc, slot.pointer(), HostileDocs.Op.REPLACE, "[7]"));
    }
    List<byte[][]> docs = new ArrayList<>();
    for (String doc : json) {
      byte[] yaml;
      try {
        yaml = YAML.toBytes(JSON.read(doc));
      } catch (CastJsonException e) {
        yaml = doc.getBytes(StandardCharsets.UTF_8); // broken JSON is broken YAML too
      }
      docs.add(new byte[][] {doc.getBytes(StandardCharsets.UTF_8), yaml});
    }
    return docs;
  }

  /** Everything the shared instances produce for one document, as comparable text. */
  private static String outcome(byte[][] doc) {
    StringBuilder sb = new StringBuilder();
    for (int f = 0; f < 2; f++) {
      CastJson codec = f == 0 ? JSON : YAML;
      try {
        CastAnalysis a = codec.read(doc[f]);
        ValidationReport report = RULES.check(a);
        sb.append(codec.write(a))
            .append(report)
            .append(report.findings())
            .append(MarkdownReport.render(a).hashCode());
      } catch (CastJsonException e) {
        sb.append(e.code())
            .append(' ')
            .append(e.jsonPointer())
            .append(' ')
            .append(e.line())
            .append(':')
            .append(e.column())
            .append(' ')
            .append(e.detail());
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  @Test
  void sharedInstancesGiveEveryThreadWhatOneThreadGets() {
    List<byte[][]> docs = documents();
    List<String> expected = new ArrayList<>();
    for (byte[][] doc : docs) {
      expected.add(outcome(doc));
    }
    long start = System.nanoTime();
    List<Supplier<List<String>>> works = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      long seed = t;
      works.add(
          () -> {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
              order.add(i);
            }
            String[] got = new String[docs.size()];
            for (int round = 0; round < ROUNDS; round++) {
              Collections.shuffle(order, new Random(seed * 31 + round));
              for (int i : order) {
                String o = outcome(docs.get(i));
                if (got[i] != null && !got[i].equals(o)) {
                  throw new AssertionError("document " + i + " changed between rounds");
                }
                got[i] = o;
              }
            }
            return List.of(got);
          });
    }
    // The threads start together; each is bounded by the CPU time it uses (a runaway fails at
    // its bound however loaded the machine), and a deadlock, which uses none, fails when the JVM
    // sees it. No wall-clock bound.
    List<List<String>> results =
        CpuTime.boundedAll("a thread sharing the instances", CPU_PER_THREAD, works).stream()
            .map(CpuTime.Bounded::result)
            .toList();
    for (int t = 0; t < THREADS; t++) {
      for (int i = 0; i < docs.size(); i++) {
        assertThat(results.get(t).get(i))
            .as("thread %d, document %d", t, i)
            .isEqualTo(expected.get(i));
      }
    }
    TALLY.record(
        THREADS
            + " threads x "
            + ROUNDS
            + " rounds x "
            + docs.size()
            + " documents (JSON and YAML)",
        "same as one thread",
        System.nanoTime() - start);
    assertThat(docs).hasSizeGreaterThan(100);
  }
}
