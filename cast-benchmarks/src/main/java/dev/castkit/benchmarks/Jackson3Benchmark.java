package dev.castkit.benchmarks;

import dev.castkit.benchmarks.baseline.DataBind3Codec;
import dev.castkit.benchmarks.baseline.HandCodec;
import dev.castkit.benchmarks.baseline.Records;
import dev.castkit.benchmarks.baseline.ToRecords;
import dev.castkit.core.CastAnalysis;
import dev.castkit.json.CastJson;
import dev.castkit.json.jackson3.CastJackson3;
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
 * castkit on Jackson 3 ({@code CastJackson3}) against Jackson 3 data binding of the same records,
 * reading and writing: the Jackson 3 counterpart of {@link ReadBenchmark} and {@link
 * WriteBenchmark}, with the same settings as {@link Codecs#CASTKIT}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class Jackson3Benchmark {
  /** castkit on Jackson 3, with the limits and layout of {@link Codecs#CASTKIT}. */
  public static final CastJson CASTKIT3 =
      CastJackson3.builder()
          .pretty(false)
          .maxDocumentLength(1L << 30)
          .maxValueCount(100_000_000L)
          .build();

  @Param({"small", "large", "huge"})
  public String size;

  private CastAnalysis analysis;
  private Records.Analysis records;
  private byte[] castkitJson;
  private byte[] recordsJson;
  private final DataBind3Codec dataBind = new DataBind3Codec();

  @Setup
  public void setUp() {
    analysis = AnalysisGenerator.generate(AnalysisSize.parse(size));
    records = ToRecords.of(analysis);
    castkitJson = CASTKIT3.toBytes(analysis);
    recordsJson = new HandCodec().write(records);
  }

  @Benchmark
  public CastAnalysis readCastkit() {
    return CASTKIT3.read(castkitJson);
  }

  @Benchmark
  public Records.Analysis readDataBinding() {
    return dataBind.read(recordsJson);
  }

  @Benchmark
  public byte[] writeCastkit() {
    return CASTKIT3.toBytes(analysis);
  }

  @Benchmark
  public byte[] writeDataBinding() {
    return dataBind.write(records);
  }
}
