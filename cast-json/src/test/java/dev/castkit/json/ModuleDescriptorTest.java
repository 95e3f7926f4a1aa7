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
  void exportsOnlyTheApiPackageAndTheCodecToTheJackson3Binding() {
    assertThat(module.name()).isEqualTo("dev.castkit.json");
    assertThat(module.exports())
        .filteredOn(e -> !e.isQualified())
        .extracting(Exports::source)
        .containsExactly("dev.castkit.json");
    // the one reader and writer, to the binding to Jackson 3 only
    assertThat(module.exports())
        .filteredOn(Exports::isQualified)
        .extracting(Exports::source, Exports::targets)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "dev.castkit.json.internal", java.util.Set.of("dev.castkit.json.jackson3")));
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
