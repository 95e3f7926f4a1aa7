package dev.castkit.benchmarks;

import dev.castkit.benchmarks.baseline.DataBindCodec;
import dev.castkit.benchmarks.baseline.HandCodec;
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

/** Writing an analysis as UTF-8 JSON bytes: castkit against the two baselines, same data. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class WriteBenchmark {
  /** The size of the analysis. */
  @Param({"small", "large", "huge"})
  public String size;

  private CastAnalysis analysis;
  private Records.Analysis records;
  private final DataBindCodec dataBind = new DataBindCodec();
  private final HandCodec hand = new HandCodec();

  /** Makes the analysis and its records once per fork. */
  @Setup
  public void setUp() {
    analysis = AnalysisGenerator.generate(AnalysisSize.parse(size));
    records = ToRecords.of(analysis);
  }

  /**
   * castkit: the analysis to canonical JSON.
   *
   * @return the JSON
   */
  @Benchmark
  public byte[] castkit() {
    return Codecs.CASTKIT.toBytes(analysis);
  }

  /**
   * Part of {@link #castkit()}: the walk that decides which format version the analysis needs (1.0
   * when it uses nothing 1.1 added), made before the first byte is written. Its time over {@link
   * #castkit()}'s is its share of a write.
   *
   * @return the minor version
   */
  @Benchmark
  public int formatVersionWalk() {
    return dev.castkit.core.internal.model.Model.minorVersionNeeded(analysis);
  }

  /**
   * Baseline (1): Jackson data binding of the records.
   *
   * @return the JSON
   */
  @Benchmark
  public byte[] dataBinding() {
    return dataBind.write(records);
  }

  /**
   * Baseline (2): hand-coded {@code JsonGenerator} code.
   *
   * @return the JSON
   */
  @Benchmark
  public byte[] handCoded() {
    return hand.write(records);
  }
}
