package dev.castkit.benchmarks;

import dev.castkit.benchmarks.baseline.DataBindCodec;
import dev.castkit.benchmarks.baseline.ToRecords;
import dev.castkit.core.CastAnalysis;
import dev.castkit.json.CastJson;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The read loop that {@link SameProcess} runs inside each build it compares. {@link SameProcess}
 * defines this class anew in each build's class loader, so that it runs against that build's
 * castkit and baseline; it uses only what every build of the benchmarks has had ({@link
 * AnalysisGenerator}, {@link CastJson#standard()}, {@link DataBindCodec}, {@link ToRecords}).
 * Called by reflection; not for other use.
 */
public final class ReadLoop {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static CastJson json;
  private static byte[] castkitJson;
  private static byte[] recordsJson;
  private static DataBindCodec dataBinding;

  private ReadLoop() {}

  /**
   * Generates the analysis and writes it for both readers.
   *
   * @param size a size name ({@link AnalysisSize#parse}) or a number of units
   */
  public static void setup(String size) {
    CastAnalysis analysis =
        Character.isDigit(size.charAt(0))
            ? AnalysisGenerator.generate(Integer.parseInt(size), AnalysisGenerator.SEED)
            : AnalysisGenerator.generate(AnalysisSize.parse(size));
    json = CastJson.standard();
    castkitJson = json.toBytes(analysis);
    dataBinding = new DataBindCodec();
    recordsJson = dataBinding.write(ToRecords.of(analysis));
  }

  /**
   * Reads the analysis over and over for about the given CPU time of this thread.
   *
   * @param castkit true for castkit, false for data binding
   * @param cpuNanos how long to read, in nanoseconds of this thread's CPU time
   * @return milliseconds of this thread's CPU time per read
   */
  public static double run(boolean castkit, long cpuNanos) {
    long start = THREADS.getCurrentThreadCpuTime();
    long reads = 0;
    long now;
    do {
      if (castkit) {
        json.read(castkitJson);
      } else {
        dataBinding.read(recordsJson);
      }
      reads++;
      now = THREADS.getCurrentThreadCpuTime();
    } while (now - start < cpuNanos);
    return (now - start) / 1e6 / reads;
  }
}
