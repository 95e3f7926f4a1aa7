package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.castkit.core.CastAnalysis;

/**
 * Coverage-guided fuzzing of the reader with Jazzer. In the normal build this runs as a regression
 * test on the stored inputs ({@code ReaderFuzzTestInputs}); with {@code JAZZER_FUZZ=1} Jazzer
 * mutates inputs for {@code maxDuration}, guided by the branches of the reader and of Jackson it
 * reaches (see docs/reliability.md for the bounded run in the build and a longer one).
 */
class ReaderFuzzTest {
  private static final CastJson JSON = CastJson.standard();
  private static final CastJson YAML = CastJson.yaml();

  @FuzzTest(maxDuration = "10s")
  void readerGivesAnAnalysisOrALocatedError(byte[] input) {
    // The first byte picks the syntax, so one corpus explores both readers.
    boolean yaml = input.length > 0 && (input[0] & 1) == 1;
    CastJson json = yaml ? YAML : JSON;
    CastAnalysis analysis;
    try {
      analysis = json.read(input);
    } catch (CastJsonException e) {
      assertThat(e.code()).isNotNull();
      assertThat(e.jsonPointer()).isNotNull();
      assertThat(e.detail()).isNotBlank();
      assertThat(e.line()).isPositive();
      assertThat(e.column()).isPositive();
      return;
    }
    // nothing is lost: what was read writes and reads back the same, in both syntaxes
    assertThat(json.read(json.write(analysis))).isEqualTo(analysis);
    assertThat(JSON.read(JSON.write(analysis))).isEqualTo(analysis);
  }
}
