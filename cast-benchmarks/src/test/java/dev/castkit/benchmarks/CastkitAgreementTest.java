package dev.castkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.benchmarks.baseline.DataBindCodec;
import dev.castkit.benchmarks.baseline.HandCodec;
import dev.castkit.benchmarks.baseline.Records;
import dev.castkit.benchmarks.baseline.ToRecords;
import dev.castkit.core.CastAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

/** castkit and the baselines handle the same data, so their timings can be compared. */
class CastkitAgreementTest {
  private static final CastAnalysis SMALL = AnalysisGenerator.generate(AnalysisSize.SMALL);
  private static final CastAnalysis LARGE = AnalysisGenerator.generate(AnalysisSize.LARGE);
  private final DataBindCodec dataBind = new DataBindCodec();
  private final HandCodec hand = new HandCodec();

  @Test
  void castkitRoundTripsTheGeneratedAnalyses() {
    for (CastAnalysis a : List.of(SMALL, LARGE)) {
      assertThat(Codecs.CASTKIT.read(Codecs.CASTKIT.toBytes(a))).isEqualTo(a);
    }
  }

  @Test
  void baselinesReadCastkitsJsonIntoTheSameRecords() {
    for (CastAnalysis a : List.of(SMALL, LARGE)) {
      byte[] json = Codecs.CASTKIT.toBytes(a);
      Records.Analysis expected = ToRecords.of(a);
      assertThat(dataBind.read(json)).isEqualTo(expected);
      assertThat(hand.read(json)).isEqualTo(expected);
    }
  }

  @Test
  void castkitReadsTheBaselinesJsonIntoTheSameAnalysis() {
    for (CastAnalysis a : List.of(SMALL, LARGE)) {
      assertThat(Codecs.CASTKIT.read(dataBind.write(ToRecords.of(a)))).isEqualTo(a);
    }
  }

  @Test
  void documentsHaveAboutTheSameSize() {
    for (CastAnalysis a : List.of(SMALL, LARGE)) {
      double castkit = Codecs.CASTKIT.toBytes(a).length;
      double baseline = hand.write(ToRecords.of(a)).length;
      assertThat(castkit / baseline).isBetween(0.98, 1.02);
    }
  }
}
