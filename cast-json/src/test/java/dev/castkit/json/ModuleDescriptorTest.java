package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.core.testing.ModuleDescriptors;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Opens;
import java.lang.module.ModuleDescriptor.Requires;
import org.junit.jupiter.api.Test;

/** cast-json's module-info: what it exports and opens, and what it needs. */
class ModuleDescriptorTest {
  private final ModuleDescriptor module = ModuleDescriptors.of(CastJson.class);

  @Test
  void exportsAndOpensOnlyTheApiPackage() {
    assertThat(module.name()).isEqualTo("dev.castkit.json");
    assertThat(module.exports()).noneMatch(Exports::isQualified);
    assertThat(module.exports()).extracting(Exports::source).containsExactly("dev.castkit.json");
    // open for the JSON Schema resource, which ModulePathTest reads from another module
    assertThat(module.opens()).noneMatch(Opens::isQualified);
    assertThat(module.opens()).extracting(Opens::source).containsExactly("dev.castkit.json");
  }

  @Test
  void needsJacksonCoreAtRunTimeAndTheRestOnlyWhenUsed() {
    assertThat(module.requires())
        .filteredOn(r -> !r.modifiers().contains(Requires.Modifier.STATIC))
        .extracting(Requires::name)
        .containsExactlyInAnyOrder("java.base", "dev.castkit.core", "com.fasterxml.jackson.core");
    assertThat(module.requires())
        .filteredOn(r -> r.name().equals("dev.castkit.core"))
        .allMatch(r -> r.modifiers().contains(Requires.Modifier.TRANSITIVE));
    assertThat(module.requires())
        .filteredOn(r -> r.modifiers().contains(Requires.Modifier.STATIC))
        .extracting(Requires::name)
        .containsExactlyInAnyOrder(
            "com.fasterxml.jackson.databind",
            "com.fasterxml.jackson.dataformat.yaml",
            "org.yaml.snakeyaml",
            "org.jspecify");
  }
}
