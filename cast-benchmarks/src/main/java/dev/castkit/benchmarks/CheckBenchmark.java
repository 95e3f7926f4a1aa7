package dev.castkit.benchmarks;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.rules.CastRules;
import dev.castkit.core.rules.ValidationReport;
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
 * Checking an analysis with the standard analysis rules. Compared with reading the same analysis
 * ({@link ReadBenchmark#castkit()}): the target is that checking costs at most half of reading.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class CheckBenchmark {
  /** The size of the analysis. */
  @Param({"small", "large", "huge"})
  public String size;

  private CastAnalysis analysis;
  private final CastRules rules = CastRules.standard();

  /** Makes the analysis once per fork. */
  @Setup
  public void setUp() {
    analysis = AnalysisGenerator.generate(AnalysisSize.parse(size));
  }

  /**
   * castkit: every standard rule over the whole analysis.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport castkit() {
    return rules.check(analysis);
  }
}
