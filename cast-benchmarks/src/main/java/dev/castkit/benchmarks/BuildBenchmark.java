package dev.castkit.benchmarks;

import dev.castkit.benchmarks.baseline.FromRecords;
import dev.castkit.benchmarks.baseline.Records;
import dev.castkit.benchmarks.baseline.ToRecords;
import dev.castkit.core.CastAnalysis;
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
 * Building an analysis through the public builders from an incident tool's own data (the baseline
 * records: strings, enums, times), with every id made anew and every construction invariant
 * checked. There is no baseline to compare with: the records are the tool's data already.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class BuildBenchmark {
  /** The size of the analysis. */
  @Param({"small", "large", "huge"})
  public String size;

  private Records.Analysis records;

  /** Makes the records once per fork. */
  @Setup
  public void setUp() {
    records = ToRecords.of(AnalysisGenerator.generate(AnalysisSize.parse(size)));
  }

  /**
   * castkit: records to {@link CastAnalysis} through the builders.
   *
   * @return the analysis
   */
  @Benchmark
  public CastAnalysis castkit() {
    return FromRecords.analysis(records);
  }
}
