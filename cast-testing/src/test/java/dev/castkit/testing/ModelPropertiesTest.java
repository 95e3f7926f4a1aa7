package dev.castkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastModelException;
import dev.castkit.core.ComponentAnalysis;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.ElementId;
import dev.castkit.core.Hazard;
import dev.castkit.core.HazardId;
import dev.castkit.core.Loss;
import dev.castkit.core.LossCategory;
import dev.castkit.core.LossId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ModelPropertiesTest {

  @Test
  void analysisRebuiltThroughItsBuilderEqualsTheOriginal() {
    qt().withExamples(200)
        .forAll(CastGenerators.analyses())
        .checkAssert(
            a -> {
              CastAnalysis copy = a.toBuilder().build();
              assertThat(copy).isEqualTo(a).hasSameHashCodeAs(a);
              assertThat(copy.toString()).isEqualTo(a.toString());
            });
  }

  @Test
  void everyNestedValueRebuiltThroughItsBuilderEqualsTheOriginal() {
    qt().withExamples(100)
        .forAll(CastGenerators.analyses())
        .checkAssert(
            a -> {
              a.losses().forEach(v -> assertThat(v.toBuilder().build()).isEqualTo(v));
              a.hazards().forEach(v -> assertThat(v.toBuilder().build()).isEqualTo(v));
              a.constraints().forEach(v -> assertThat(v.toBuilder().build()).isEqualTo(v));
              a.timeline().forEach(v -> assertThat(v.toBuilder().build()).isEqualTo(v));
              a.questions().forEach(v -> assertThat(v.toBuilder().build()).isEqualTo(v));
              a.flaws().forEach(v -> assertThat(v.toBuilder().build()).isEqualTo(v));
              a.recommendations().forEach(v -> assertThat(v.toBuilder().build()).isEqualTo(v));
              for (ControlStructure cs : a.controlStructures()) {
                assertThat(cs.toBuilder().build()).isEqualTo(cs);
                cs.components().forEach(v -> assertThat(v.toBuilder().build()).isEqualTo(v));
                cs.links().forEach(v -> assertThat(v.toBuilder().build()).isEqualTo(v));
              }
              for (ComponentAnalysis ca : a.componentAnalyses()) {
                assertThat(ca.toBuilder().build()).isEqualTo(ca);
                ca.contributions().forEach(v -> assertThat(v.toBuilder().build()).isEqualTo(v));
              }
            });
  }

  @Test
  void copyWithChangeChangesOnlyThatAttribute() {
    qt().withExamples(200)
        .forAll(CastGenerators.analyses(), strings().basicLatinAlphabet().ofLengthBetween(1, 20))
        .assuming((a, title) -> !title.isBlank() && !title.equals(a.title()))
        .checkAssert(
            (a, title) -> {
              CastAnalysis changed = a.toBuilder().title(title).build();
              assertThat(changed.title()).isEqualTo(title);
              assertThat(changed).isNotEqualTo(a);
              assertThat(changed.toBuilder().title(a.title()).build()).isEqualTo(a);
              assertThat(changed.hazards()).isEqualTo(a.hazards());
              assertThat(changed.controlStructures()).isEqualTo(a.controlStructures());
            });
  }

  @Test
  void copyWithChangeOfANestedValueLeavesTheOriginalUntouched() {
    qt().withExamples(100)
        .forAll(CastGenerators.analyses())
        .checkAssert(
            a -> {
              Hazard first = a.hazards().get(0);
              Hazard changed = first.toBuilder().description(first.description() + " more").build();
              List<Hazard> hazards = new ArrayList<>(a.hazards());
              hazards.set(0, changed);
              CastAnalysis b = a.toBuilder().hazards(hazards).build();
              assertThat(a.hazards().get(0)).isSameAs(first);
              assertThat(b.hazards().get(0)).isEqualTo(changed);
              assertThat(b.losses()).isEqualTo(a.losses());
            });
  }

  @Test
  void blankTextIsRejectedWithItsCode() {
    Gen<String> blanks =
        integers().between(0, 5).map(n -> " ".repeat(n) + (n % 2 == 0 ? "\t" : "\n"));
    qt().forAll(blanks)
        .checkAssert(
            blank -> {
              assertThatThrownBy(
                      () ->
                          Loss.builder()
                              .id(LossId.of("L-1"))
                              .category(LossCategory.DATA)
                              .description(blank)
                              .build())
                  .isInstanceOfSatisfying(
                      CastModelException.class,
                      e -> {
                        assertThat(e.code()).isEqualTo(CastModelException.Code.BLANK_TEXT);
                        assertThat(e.type()).isEqualTo("Loss");
                        assertThat(e.attribute()).isEqualTo("description");
                      });
              assertThatThrownBy(
                      () -> Hazard.builder().id(HazardId.of("H-1")).description(blank).build())
                  .isInstanceOf(CastModelException.class)
                  .extracting(e -> ((CastModelException) e).code())
                  .isEqualTo(CastModelException.Code.BLANK_TEXT);
            });
  }

  @Test
  void idValidityIsExactlyTheDocumentedPattern() {
    // Strings over an alphabet of every kind of character an id may or may not hold, so that both
    // answers are common; the pattern is the one docs/format.md and the JSON Schema give.
    String alphabet = "aZ09._:-/ \u00e9\u0416\u007f\u0080\u0000@[`{";
    Gen<String> candidates =
        lists()
            .of(integers().between(0, alphabet.length() - 1))
            .ofSizeBetween(0, 130)
            .map(
                indices -> {
                  StringBuilder b = new StringBuilder();
                  indices.forEach(i -> b.append(alphabet.charAt(i)));
                  return b.toString();
                });
    qt().withExamples(2000)
        .forAll(candidates)
        .checkAssert(
            s ->
                assertThat(ElementId.isValid(s))
                    .as("'%s'", s)
                    .isEqualTo(s.matches("^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$")));
  }

  @Test
  void malformedIdsAreRejectedWithTheirCode() {
    Gen<String> malformed =
        strings().allPossible().ofLengthBetween(0, 140).assuming(s -> !ElementId.isValid(s));
    qt().forAll(malformed)
        .checkAssert(
            s ->
                assertThatThrownBy(() -> HazardId.of(s))
                    .isInstanceOfSatisfying(
                        CastModelException.class,
                        e -> {
                          assertThat(e.code())
                              .isEqualTo(
                                  s.isBlank()
                                      ? CastModelException.Code.BLANK_TEXT
                                      : CastModelException.Code.MALFORMED_ID);
                          assertThat(e.type()).isEqualTo("HazardId");
                          assertThat(e.getMessage().length()).isLessThan(300);
                        }));
  }

  @Test
  void wellFormedIdsAreAccepted() {
    String first = "abcXYZ019";
    String rest = "abcXYZ019._:-";
    Gen<String> ids =
        integers()
            .between(0, first.length() - 1)
            .zip(
                lists().of(integers().between(0, rest.length() - 1)).ofSizeBetween(0, 127),
                (f, r) -> {
                  StringBuilder sb = new StringBuilder().append(first.charAt(f));
                  r.forEach(i -> sb.append(rest.charAt(i)));
                  return sb.toString();
                });
    qt().forAll(ids).checkAssert(s -> assertThat(LossId.of(s).value()).isEqualTo(s));
  }

  @Test
  void duplicateIdsInsideOneListAreRejectedWithTheirCode() {
    qt().withExamples(100)
        .forAll(CastGenerators.analyses())
        .checkAssert(
            a -> {
              Hazard twin = a.hazards().get(a.hazards().size() - 1);
              assertThatThrownBy(() -> a.toBuilder().addHazard(twin).build())
                  .isInstanceOfSatisfying(
                      CastModelException.class,
                      e -> {
                        assertThat(e.code()).isEqualTo(CastModelException.Code.DUPLICATE_ID);
                        assertThat(e.type()).isEqualTo("CastAnalysis");
                        assertThat(e.attribute()).isEqualTo("hazards");
                        assertThat(e.getMessage()).contains(twin.id().value());
                      });
            });
  }

  @Test
  void idsSortNaturally() {
    qt().forAll(integers().between(0, 10_000), integers().between(0, 10_000))
        .checkAssert(
            (x, y) ->
                assertThat(Integer.signum(HazardId.of("H-" + x).compareTo(HazardId.of("H-" + y))))
                    .isEqualTo(Integer.signum(Integer.compare(x, y))));
  }
}
