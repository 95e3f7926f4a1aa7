package dev.castkit.benchmarks.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.benchmarks.AnalysisGenerator;
import dev.castkit.benchmarks.AnalysisSize;
import dev.castkit.benchmarks.Codecs;
import dev.castkit.benchmarks.Jackson3Benchmark;
import dev.castkit.core.CastAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Jackson 3 benchmark compares like with like: the same records, the same bytes. */
class Jackson3BaselineTest {
  private static final CastAnalysis SMALL = AnalysisGenerator.generate(AnalysisSize.SMALL);
  private static final CastAnalysis LARGE = AnalysisGenerator.generate(AnalysisSize.LARGE);

  @Test
  void jackson3DataBindingReadsAndWritesWhatTheHandCodedBaselineDoes() {
    DataBind3Codec dataBind3 = new DataBind3Codec();
    HandCodec hand = new HandCodec();
    for (CastAnalysis a : List.of(SMALL, LARGE)) {
      Records.Analysis records = ToRecords.of(a);
      assertThat(dataBind3.read(hand.write(records))).isEqualTo(records);
      assertThat(hand.read(dataBind3.write(records))).isEqualTo(records);
    }
  }

  @Test
  void castkitOnJackson3WritesTheBytesCastkitOnJackson2WritesAndReadsThemBack() {
    for (CastAnalysis a : List.of(SMALL, LARGE)) {
      byte[] bytes = Jackson3Benchmark.CASTKIT3.toBytes(a);
      assertThat(bytes).isEqualTo(Codecs.CASTKIT.toBytes(a));
      assertThat(Jackson3Benchmark.CASTKIT3.read(bytes)).isEqualTo(a);
    }
  }
}
