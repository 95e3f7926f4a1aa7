package dev.castkit.benchmarks;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.Component;
import dev.castkit.core.ComponentAnalysis;
import dev.castkit.core.Contribution;
import dev.castkit.core.ControlLink;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.ElementId;
import dev.castkit.core.Evidence;
import dev.castkit.core.Flaw;
import dev.castkit.core.Hazard;
import dev.castkit.core.Loss;
import dev.castkit.core.ProcessModelFlaw;
import dev.castkit.core.Question;
import dev.castkit.core.Recommendation;
import dev.castkit.core.Responsibility;
import dev.castkit.core.SafetyConstraint;
import dev.castkit.core.TimelineEvent;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A reference, not a castkit operation: the least any operation over the whole model does. It
 * visits every element once and reads the length of each id and main text, following the same
 * pointers that checking and rendering follow, and does nothing else.
 *
 * <p>Its huge / large ratio is the scaling of the memory hierarchy itself: the large analysis
 * (about 10 MB of objects) fits in this machine's 32 MB L3 cache and the huge one (80 to 100 MB)
 * does not, so each pointer the huge walk follows is more often a trip to main memory. An operation
 * that scales no worse than the walk does no more than linear work.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class WalkBenchmark {
  /** The size of the analysis. */
  @Param({"small", "large", "huge"})
  public String size;

  private CastAnalysis analysis;

  /** Makes the analysis once per fork. */
  @Setup
  public void setUp() {
    analysis = AnalysisGenerator.generate(AnalysisSize.parse(size));
  }

  /**
   * The walk.
   *
   * @return a sum of lengths, so that nothing is optimised away
   */
  @Benchmark
  public long castkit() {
    return walk(analysis);
  }

  /**
   * Visits every element of the analysis once.
   *
   * @param a the analysis
   * @return the sum of the lengths of the ids and main texts met
   */
  public static long walk(CastAnalysis a) {
    long n = a.title().length();
    for (Loss l : a.losses()) {
      n += id(l.id()) + l.description().length();
    }
    for (Hazard h : a.hazards()) {
      n += id(h.id()) + h.description().length() + ids(h.losses());
    }
    for (SafetyConstraint c : a.constraints()) {
      n += id(c.id()) + c.text().length() + ids(c.hazards());
    }
    for (TimelineEvent e : a.timeline()) {
      n += id(e.id()) + e.description().length() + ids(e.components()) + ids(e.questions());
      n += evidence(e.evidence());
    }
    for (Question q : a.questions()) {
      n += id(q.id()) + q.text().length();
    }
    for (ControlStructure cs : a.controlStructures()) {
      n += id(cs.id());
      for (Component c : cs.components()) {
        n += id(c.id()) + c.name().length();
        for (Responsibility r : c.responsibilities()) {
          n += id(r.id()) + r.text().length() + ids(r.constraints());
        }
        n += c.processModel().size();
      }
      for (ControlLink l : cs.links()) {
        n += id(l.id()) + id(l.source()) + id(l.target()) + l.label().length();
      }
    }
    for (ComponentAnalysis ca : a.componentAnalyses()) {
      n += id(ca.component()) + ids(ca.responsibilities()) + ca.contextFactors().size();
      for (Contribution c : ca.contributions()) {
        n += id(c.id()) + c.description().length() + ids(c.hazards()) + ids(c.events());
      }
      for (ProcessModelFlaw f : ca.processModelFlaws()) {
        n += id(f.id()) + f.believed().length();
      }
    }
    for (Flaw f : a.flaws()) {
      n += id(f.id()) + f.description().length() + ids(f.components()) + evidence(f.evidence());
    }
    for (Recommendation r : a.recommendations()) {
      n += id(r.id()) + r.text().length() + ids(r.flaws()) + ids(r.components());
    }
    return n;
  }

  private static int id(ElementId id) {
    return id.value().length();
  }

  private static long ids(Collection<? extends ElementId> ids) {
    long n = 0;
    for (ElementId id : ids) {
      n += id.value().length();
    }
    return n;
  }

  private static long evidence(Collection<Evidence> evidence) {
    long n = 0;
    for (Evidence e : evidence) {
      n += e.source().length();
    }
    return n;
  }
}
