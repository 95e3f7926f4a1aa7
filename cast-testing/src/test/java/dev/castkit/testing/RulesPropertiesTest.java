package dev.castkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.Flaw;
import dev.castkit.core.FlawCategory;
import dev.castkit.core.FlawId;
import dev.castkit.core.Hazard;
import dev.castkit.core.HazardId;
import dev.castkit.core.Loss;
import dev.castkit.core.LossCategory;
import dev.castkit.core.LossId;
import dev.castkit.core.rules.CastRules;
import dev.castkit.core.rules.Finding;
import dev.castkit.core.rules.Severity;
import dev.castkit.core.rules.ValidationReport;
import dev.castkit.core.testing.BrokenReferences;
import dev.castkit.core.testing.Shuffled;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesPropertiesTest {
  private static final CastRules RULES = CastRules.standard();

  @Test
  void generatedConsistentAnalysisHasNoError() {
    qt().withExamples(300)
        .forAll(CastGenerators.analyses())
        .checkAssert(
            a -> {
              ValidationReport report = RULES.check(a);
              assertThat(report.findings())
                  .filteredOn(f -> f.severity() == Severity.ERROR)
                  .isEmpty();
              assertThat(report.hasErrors()).isFalse();
            });
  }

  @Test
  void generatedAnalysisWithAwkwardTextHasNoError() {
    qt().withExamples(100)
        .forAll(CastGenerators.analysesWithAwkwardText())
        .checkAssert(a -> assertThat(RULES.check(a).hasErrors()).isFalse());
  }

  @Test
  void breakingAnySingleReferenceGivesExactlyOneDanglingReferenceErrorNamingTheId() {
    qt().withExamples(400)
        .forAll(CastGenerators.analyses(), integers().allPositive())
        .checkAssert(
            (a, choice) -> {
              BrokenReferences.Broken broken = BrokenReferences.breakOne(a, choice);
              ValidationReport report = RULES.check(broken.analysis());
              List<Finding> errors =
                  report.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
              assertThat(errors)
                  .as("errors after breaking %s", broken.site())
                  .singleElement()
                  .satisfies(
                      f -> {
                        assertThat(f.code()).isEqualTo("CAST-I001");
                        assertThat(f.message()).contains(broken.freshId());
                      });
            });
  }

  @Test
  void reportIsTheSameWhateverTheOrderOfTheElementsInTheirLists() {
    qt().withExamples(200)
        .forAll(CastGenerators.analyses(), longs().all())
        .checkAssert(
            (a, seed) -> {
              CastAnalysis shuffled = Shuffled.of(a, seed);
              assertThat(RULES.check(shuffled)).isEqualTo(RULES.check(a));
            });
  }

  @Test
  void reportOfAnAnalysisWithFindingsIsTheSameWhateverTheOrder() {
    // The generated analyses are clean; break a reference, rewire parents into cycles and add
    // duplicate ids first, so that the order property also covers messages of errors, cycles and
    // duplicates.
    qt().withExamples(200)
        .forAll(CastGenerators.analyses(), integers().allPositive(), longs().all())
        .checkAssert(
            (a, choice, seed) -> {
              CastAnalysis damaged =
                  withDuplicateIds(
                      rewireHazardParents(BrokenReferences.breakOne(a, choice).analysis(), seed));
              assertThat(RULES.check(Shuffled.of(damaged, seed))).isEqualTo(RULES.check(damaged));
            });
  }

  @Test
  void parentsRewiredAtRandomAreCheckedWithoutLoopingAndEveryCycleIsReal() {
    qt().withExamples(200)
        .forAll(CastGenerators.analyses(), longs().all())
        .checkAssert(
            (a, seed) -> {
              CastAnalysis rewired = rewireHazardParents(a, seed);
              ValidationReport report = RULES.check(rewired);
              for (Finding f : report.findings()) {
                if (f.code().equals("CAST-I003")) {
                  assertThat(isOnCycle(rewired, HazardId.of(f.elementId().orElseThrow())))
                      .as(f.message())
                      .isTrue();
                }
              }
              long onCycles =
                  rewired.hazards().stream().filter(h -> isOnCycle(rewired, h.id())).count();
              assertThat(report.findings().stream().anyMatch(f -> f.code().equals("CAST-I003")))
                  .isEqualTo(onCycles > 0);
            });
  }

  /** Adds a loss and a flaw whose ids are those of the first hazard. */
  private static CastAnalysis withDuplicateIds(CastAnalysis a) {
    String id = a.hazards().get(0).id().value();
    return a.toBuilder()
        .addLoss(
            Loss.builder()
                .id(LossId.of(id))
                .description("duplicate")
                .category(LossCategory.OTHER)
                .build())
        .addFlaw(
            Flaw.builder()
                .id(FlawId.of(id))
                .category(FlawCategory.OTHER)
                .description("duplicate")
                .build())
        .build();
  }

  /** Gives every hazard a parent picked at random among the hazards, itself included. */
  private static CastAnalysis rewireHazardParents(CastAnalysis a, long seed) {
    java.util.Random r = new java.util.Random(seed);
    List<Hazard> hazards = a.hazards();
    List<Hazard> rewired = new ArrayList<>();
    for (Hazard h : hazards) {
      rewired.add(h.toBuilder().parent(hazards.get(r.nextInt(hazards.size())).id()).build());
    }
    return a.toBuilder().hazards(rewired).build();
  }

  /** A slow, obviously correct reference: walk at most n parents and see whether we return. */
  private static boolean isOnCycle(CastAnalysis a, HazardId start) {
    HazardId node = start;
    for (int i = 0; i <= a.hazards().size(); i++) {
      HazardId current = node;
      Hazard h = a.hazards().stream().filter(x -> x.id().equals(current)).findFirst().orElse(null);
      if (h == null || h.parent().isEmpty()) {
        return false;
      }
      node = h.parent().get();
      if (node.equals(start)) {
        return true;
      }
    }
    return false;
  }
}
