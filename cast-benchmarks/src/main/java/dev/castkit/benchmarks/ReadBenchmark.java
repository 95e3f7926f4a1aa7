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

/**
 * Reading UTF-8 JSON bytes into a complete in-memory analysis (enums, ids, times, extension
 * attributes): castkit against the two baselines. Each side reads the bytes it wrote itself; the
 * tests show the documents hold the same data and have about the same size.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class ReadBenchmark {
  /** The size of the analysis. */
  @Param({"small", "large", "huge"})
  public String size;

  private byte[] castkitJson;
  private byte[] recordsJson;
  private final DataBindCodec dataBind = new DataBindCodec();
  private final HandCodec hand = new HandCodec();

  /** Writes the documents once per fork. */
  @Setup
  public void setUp() {
    CastAnalysis analysis = AnalysisGenerator.generate(AnalysisSize.parse(size));
    castkitJson = Codecs.CASTKIT.toBytes(analysis);
    recordsJson = hand.write(ToRecords.of(analysis));
  }

  /**
   * castkit: JSON to a checked, immutable {@link CastAnalysis}.
   *
   * @return the analysis
   */
  @Benchmark
  public CastAnalysis castkit() {
    return Codecs.CASTKIT.read(castkitJson);
  }

  /**
   * Baseline (1): Jackson data binding into the records.
   *
   * @return the records
   */
  @Benchmark
  public Records.Analysis dataBinding() {
    return dataBind.read(recordsJson);
  }

  /**
   * Baseline (2): hand-coded {@code JsonParser} code.
   *
   * @return the records
   */
  @Benchmark
  public Records.Analysis handCoded() {
    return hand.read(recordsJson);
  }
}
