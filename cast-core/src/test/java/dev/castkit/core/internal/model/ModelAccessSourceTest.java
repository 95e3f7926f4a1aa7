package dev.castkit.core.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.castkit.core.testing.GoldenFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelAccess} is generated from {@link Model}: the committed source is the generator's
 * output, and accessors that disagree with the description fail with the command that regenerates
 * them instead of reading the wrong field.
 */
class ModelAccessSourceTest {

  @Test
  void theCommittedSourceIsTheGeneratedOne() {
    GoldenFiles.assertMatches(
        Path.of("src/main/java/dev/castkit/core/internal/model/ModelAccess.java"),
        ModelAccessSource.generate());
  }

  @Test
  void everyTypeOfTheModelHasItsGeneratedAccessors() {
    for (ElementType<?, ?> type : Model.ALL) {
      Object builder = type.newBuilder();
      assertThat(builder).as(type.name()).isInstanceOf(type.builderType());
    }
  }

  @Test
  void accessorsGeneratedForOtherFieldsFailAndSayHowToRegenerate() {
    Access stale = ModelAccess.of("dev.castkit.core.Reference", List.of("kind", "title", "value"));
    assertThatThrownBy(() -> stale.get(new Object(), 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("dev.castkit.core.Reference")
        .hasMessageContaining("[kind, title, value]")
        .hasMessageContaining("-Dtest=ModelAccessSourceTest -Dcastkit.updateGolden=true");
    assertThatThrownBy(stale::newBuilder).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aClassWithoutGeneratedAccessorsFails() {
    Access none = ModelAccess.of("dev.castkit.core.Nothing", List.of());
    assertThatThrownBy(() -> none.build(new Object()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("dev.castkit.core.Nothing: no accessors generated");
  }

  @Test
  void addersAreImmutablesDepluralisedNames() {
    assertThat(ModelAccessSource.singular("Responsibilities")).isEqualTo("Responsibility");
    assertThat(ModelAccessSource.singular("ComponentAnalyses")).isEqualTo("ComponentAnalysis");
    assertThat(ModelAccessSource.singular("Losses")).isEqualTo("Loss");
    assertThat(ModelAccessSource.singular("Goals")).isEqualTo("Goal");
    assertThat(ModelAccessSource.singular("Evidence")).isEqualTo("Evidence");
  }
}
