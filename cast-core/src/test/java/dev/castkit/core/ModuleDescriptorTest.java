package dev.castkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.core.testing.ApiRules;
import dev.castkit.core.testing.ModuleDescriptors;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import org.junit.jupiter.api.Test;

/** cast-core's module-info: what it exports and what it needs. */
class ModuleDescriptorTest {
  private final ModuleDescriptor module = ModuleDescriptors.of(CastAnalysis.class);

  @Test
  void exportsTheApiPackagesToEveryoneAndTheModelDescriptionOnlyToTheCodec() {
    assertThat(module.name()).isEqualTo("dev.castkit.core");
    assertThat(module.exports())
        .filteredOn(Exports::isQualified)
        .extracting(Exports::source, Exports::targets)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "dev.castkit.core.internal.model", java.util.Set.of("dev.castkit.json")));
    assertThat(module.exports())
        .filteredOn(e -> !e.isQualified())
        .extracting(Exports::source)
        .containsExactlyInAnyOrderElementsOf(
            ApiRules.API_PACKAGES.stream().filter(p -> p.startsWith("dev.castkit.core")).toList());
    assertThat(module.opens()).isEmpty();
  }

  @Test
  void needsOnlyJavaBaseAtRunTime() {
    assertThat(module.requires())
        .filteredOn(r -> !r.modifiers().contains(Requires.Modifier.STATIC))
        .extracting(Requires::name)
        .containsExactly("java.base");
    assertThat(module.requires())
        .filteredOn(r -> r.modifiers().contains(Requires.Modifier.STATIC))
        .extracting(Requires::name)
        .containsExactlyInAnyOrder("org.immutables.value.annotations", "org.jspecify");
  }
}
