package dev.castkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.core.testing.ModuleDescriptors;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import org.junit.jupiter.api.Test;

/** cast-testing's module-info: what it exports and what it hands on to its readers. */
class ModuleDescriptorTest {
  private final ModuleDescriptor module = ModuleDescriptors.of(CastFixtures.class);

  @Test
  void exportsItsOnePackage() {
    assertThat(module.name()).isEqualTo("dev.castkit.testing");
    assertThat(module.exports()).extracting(Exports::source).containsExactly("dev.castkit.testing");
    assertThat(module.exports()).noneMatch(Exports::isQualified);
  }

  @Test
  void handsOnCastCoreAssertJAndQuickTheories() {
    assertThat(module.requires())
        .filteredOn(r -> r.modifiers().contains(Requires.Modifier.TRANSITIVE))
        .extracting(Requires::name)
        .containsExactlyInAnyOrder("dev.castkit.core", "org.assertj.core", "quicktheories");
  }
}
