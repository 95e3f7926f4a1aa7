package dev.castkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.core.AnalysisId;
import dev.castkit.core.CastAnalysis;
import dev.castkit.json.CastJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Engines}: a CastJson on another engine, and the one registration that counts. */
class EnginesTest {
  @Test
  void aBuilderOnAnotherEngineUsesThatEnginesCodecWithTheDefaults() {
    List<Boolean> made = new ArrayList<>();
    DocumentCodec.Engine engine =
        (yaml, pretty, limits) -> {
          made.add(pretty);
          assertThat(limits.maxNestingDepth()).isEqualTo(CastJson.DEFAULT_MAX_NESTING_DEPTH);
          return new Codec(yaml, pretty, limits);
        };
    CastJson json = Engines.builder(engine).pretty(true).build();
    CastAnalysis a = CastAnalysis.builder().id(AnalysisId.of("CAST-1")).title("t").build();
    assertThat(json.read(json.write(a))).isEqualTo(a);
    assertThat(made).contains(true);
  }

  @Test
  void aLaterRegistrationIsIgnored() {
    Engines.register(engine -> null);
    assertThat(Engines.builder((yaml, pretty, limits) -> new Codec(yaml, pretty, limits)))
        .isNotNull();
  }
}
