package dev.castkit.benchmarks;

import dev.castkit.benchmarks.baseline.DataBindCodec;
import dev.castkit.benchmarks.baseline.HandCodec;
import dev.castkit.benchmarks.baseline.ToRecords;
import dev.castkit.core.CastAnalysis;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * Measures how much heap a read analysis retains, against the size of its JSON. Run it in a fresh
 * JVM with the serial collector set up so that the heap in use right after {@code System.gc()} is
 * exactly the live data:
 *
 * <pre>
 * java -XX:+UseSerialGC -XX:-UseTLAB -XX:MarkSweepAlwaysCompactCount=1 -XX:MarkSweepDeadRatio=0 \
 *     -Xms3g -Xmx3g -cp benchmarks.jar dev.castkit.benchmarks.HeapProbe small large huge
 * </pre>
 *
 * <p>With the serial collector, {@code System.gc()} is a full, stop-the-world collection; the two
 * {@code MarkSweep} flags make it compact the whole old generation every time (by default it may
 * leave up to 5% of dead objects in place, which {@code MemoryMXBean} counts as used), and without
 * thread-local allocation buffers no half-used buffer is counted as used either.
 *
 * <p>For each size it reads the same bytes into several copies held in a static array (enough
 * copies to make about 8 MB of JSON, so that small documents are measured well above the noise),
 * takes {@code MemoryMXBean}'s heap in use after GC before and after, and divides the difference by
 * the number of copies. The JSON bytes themselves and the array are alive at both points, so they
 * cancel out. A first read before measuring loads the classes and fills any caches. Each
 * measurement is taken three times; the median is reported. The baselines' records are measured the
 * same way, for comparison. Prints one JSON object per size.
 */
public final class HeapProbe {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  /**
   * What is being measured. A static field, so that the compiler cannot prove the copies dead while
   * a local array would let it move the stores past the collection.
   */
  private static volatile Object[] held;

  private HeapProbe() {}

  /**
   * Runs the probe.
   *
   * @param args the sizes: {@code small}, {@code large}, {@code huge}
   */
  public static void main(String[] args) {
    DataBindCodec dataBind = new DataBindCodec();
    HandCodec hand = new HandCodec();
    for (String name : args) {
      AnalysisSize size = AnalysisSize.parse(name);
      CastAnalysis analysis = AnalysisGenerator.generate(size);
      byte[] json = Codecs.CASTKIT.toBytes(analysis);
      byte[] recordsJson = hand.write(ToRecords.of(analysis));
      int elements = Elements.count(analysis);
      analysis = null;
      int copies = Math.max(1, 8_000_000 / json.length);
      long castkit = retained(json, copies, Codecs.CASTKIT::read);
      long dataBinding = retained(recordsJson, copies, dataBind::read);
      long handCoded = retained(recordsJson, copies, hand::read);
      System.out.printf(
          Locale.ROOT,
          "{\"size\":\"%s\",\"elements\":%d,\"jsonBytes\":%d,\"copies\":%d,"
              + "\"castkitRetained\":%d,\"dataBindingRetained\":%d,\"handCodedRetained\":%d}%n",
          name,
          elements,
          json.length,
          copies,
          castkit,
          dataBinding,
          handCoded);
    }
  }

  private static long retained(byte[] json, int copies, Function<byte[], Object> read) {
    read.apply(json);
    long[] samples = new long[3];
    for (int s = 0; s < samples.length; s++) {
      held = new Object[copies];
      long before = usedAfterGc();
      for (int i = 0; i < copies; i++) {
        held[i] = read.apply(json);
      }
      long after = usedAfterGc();
      samples[s] = (after - before) / copies;
      held = null;
    }
    Arrays.sort(samples);
    return samples[1];
  }

  private static long usedAfterGc() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      long now = MEMORY.getHeapMemoryUsage().getUsed();
      if (Math.abs(now - used) < 4096) {
        return now;
      }
      used = now;
    }
    return used;
  }
}
