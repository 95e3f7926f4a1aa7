package dev.castkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.castkit.core.rules.CastRules;
import dev.castkit.core.rules.Rule;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FindingCodeTest {
  @Test
  void theConstantsAreExactlyTheCodesOfTheStandardRules() {
    // from the public API, so that however the rules are organised inside, a rule added, removed
    // or renamed without its constant fails here
    assertThat(Arrays.stream(FindingCode.values()).map(FindingCode::code))
        .containsExactlyInAnyOrderElementsOf(
            CastRules.standard().rules().stream().map(Rule::code).toList());
  }

  @Test
  void eachConstantIsNamedAfterItsCodeAndFindsItsRule() {
    for (FindingCode c : FindingCode.values()) {
      assertThat(c.name()).isEqualTo(c.code().replace('-', '_'));
      assertThat(c).hasToString(c.code());
      assertThat(c.rule().code()).isEqualTo(c.code());
      assertThat(FindingCode.of(c.code())).isSameAs(c);
    }
  }

  @Test
  void anUnknownCodeIsRefused() {
    assertThatThrownBy(() -> FindingCode.of("CAST-S0O1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'CAST-S0O1' is not the code of a standard rule");
  }
}
