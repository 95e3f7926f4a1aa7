package dev.castkit.benchmarks.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.castkit.benchmarks.AnalysisGenerator;
import dev.castkit.benchmarks.AnalysisSize;
import dev.castkit.core.CastAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselinesTest {
  private static final CastAnalysis SMALL = AnalysisGenerator.generate(AnalysisSize.SMALL);
  private static final CastAnalysis LARGE = AnalysisGenerator.generate(AnalysisSize.LARGE);
  private final DataBindCodec dataBind = new DataBindCodec();
  private final HandCodec hand = new HandCodec();

  @Test
  void recordsHoldAllTheDataOfTheAnalysis() {
    for (CastAnalysis a : List.of(SMALL, LARGE)) {
      assertThat(FromRecords.analysis(ToRecords.of(a))).isEqualTo(a);
    }
  }

  @Test
  void dataBindingRoundTripsTheRecords() {
    for (CastAnalysis a : List.of(SMALL, LARGE)) {
      Records.Analysis records = ToRecords.of(a);
      assertThat(dataBind.read(dataBind.write(records))).isEqualTo(records);
    }
  }

  @Test
  void handCodedCodecRoundTripsTheRecords() {
    for (CastAnalysis a : List.of(SMALL, LARGE)) {
      Records.Analysis records = ToRecords.of(a);
      assertThat(hand.read(hand.write(records))).isEqualTo(records);
    }
  }

  @Test
  void bothBaselinesWriteTheSameJsonAndReadEachOther() throws Exception {
    Records.Analysis records = ToRecords.of(LARGE);
    byte[] byDataBinding = dataBind.write(records);
    byte[] byHand = hand.write(records);
    ObjectMapper plain = new ObjectMapper();
    JsonNode a = plain.readTree(byDataBinding);
    JsonNode b = plain.readTree(byHand);
    assertThat(b).isEqualTo(a);
    assertThat(byHand.length).isEqualTo(byDataBinding.length);
    assertThat(hand.read(byDataBinding)).isEqualTo(records);
    assertThat(dataBind.read(byHand)).isEqualTo(records);
  }

  @Test
  void extensionsAreWrittenInlineAsTheirOwnFields() throws Exception {
    Records.Analysis records = ToRecords.of(SMALL);
    JsonNode tree = new ObjectMapper().readTree(dataBind.write(records));
    assertThat(records.extensions()).isNotEmpty();
    for (String key : records.extensions().keySet()) {
      assertThat(tree.has(key)).as(key).isTrue();
    }
    assertThat(tree.has("extensions")).isFalse();
  }

  @Test
  void largeIsSeveralMegabytesOfJson() {
    int bytes = hand.write(ToRecords.of(LARGE)).length;
    assertThat(bytes).isBetween(3_000_000, 12_000_000);
  }
}
