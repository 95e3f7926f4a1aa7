package dev.castkit.benchmarks;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.render.MarkdownReport;
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

/** Rendering the Markdown report of an analysis with the default options (diagrams included). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class RenderBenchmark {
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
   * castkit: the whole report as one string.
   *
   * @return the Markdown text
   */
  @Benchmark
  public String castkit() {
    return MarkdownReport.render(analysis);
  }
}
