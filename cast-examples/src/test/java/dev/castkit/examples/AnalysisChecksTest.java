package dev.castkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.Evidence;
import dev.castkit.core.EvidenceKind;
import dev.castkit.core.Flaw;
import dev.castkit.core.FlawCategory;
import dev.castkit.core.FlawId;
import dev.castkit.core.Hazard;
import dev.castkit.core.HazardId;
import dev.castkit.core.LossId;
import dev.castkit.core.TimelineEvent;
import dev.castkit.core.testing.CastGenerators;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small checks the example tests rely on find what they should, and nothing else. */
class AnalysisChecksTest {

  @Test
  void consistentGeneratedAnalysesHaveNoProblems() {
    qt().withExamples(60)
        .forAll(CastGenerators.analyses())
        .checkAssert(
            a -> {
              assertThat(AnalysisChecks.danglingReferences(a)).isEmpty();
              assertThat(AnalysisChecks.duplicateIds(a)).isEmpty();
            });
  }

  @Test
  void aHazardNamingAnUnknownLossIsReportedByItsId() {
    CastAnalysis s3 = S3Outage2017.analysis();
    List<Hazard> hazards = new ArrayList<>(s3.hazards());
    hazards.set(0, hazards.get(0).toBuilder().addLoss(LossId.of("L-99")).build());
    CastAnalysis broken = s3.toBuilder().hazards(hazards).build();

    assertThat(AnalysisChecks.danglingReferences(broken))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("L-99")
        .contains(hazards.get(0).id().value());
  }

  @Test
  void anIdUsedByTwoKindsOfElementIsReported() {
    CastAnalysis s3 = S3Outage2017.analysis();
    HazardId hazard = s3.hazards().get(0).id();
    CastAnalysis broken =
        s3.toBuilder()
            .addFlaw(
                Flaw.builder()
                    .id(FlawId.of(hazard.value()))
                    .category(FlawCategory.OTHER)
                    .description("a flaw that borrows a hazard's id")
                    .noActionRationale("test")
                    .build())
            .build();

    assertThat(AnalysisChecks.duplicateIds(broken))
        .singleElement()
        .asString()
        .contains(hazard.value());
  }

  @Test
  void blameWordsAreFoundWhateverTheirCase() {
    CastAnalysis s3 = S3Outage2017.analysis();
    List<TimelineEvent> timeline = new ArrayList<>(s3.timeline());
    TimelineEvent first = timeline.get(0);
    timeline.set(
        0, first.toBuilder().description("The operator Should Have checked the input.").build());
    CastAnalysis blaming = s3.toBuilder().timeline(timeline).build();

    assertThat(AnalysisChecks.blameWording(blaming))
        .singleElement()
        .asString()
        .contains(first.id().value())
        .contains("should have");
  }

  @Test
  void evidenceFromAPageThatIsNotAReferenceIsReported() {
    CastAnalysis s3 = S3Outage2017.analysis();
    List<TimelineEvent> timeline = new ArrayList<>(s3.timeline());
    TimelineEvent first = timeline.get(0);
    timeline.set(
        0,
        first.toBuilder()
            .addEvidence(Evidence.of(EvidenceKind.URL, "https://example.com/elsewhere"))
            .build());
    CastAnalysis uncited = s3.toBuilder().timeline(timeline).build();

    assertThat(AnalysisChecks.uncitedEvidence(s3)).isEmpty();
    assertThat(AnalysisChecks.uncitedEvidence(uncited))
        .singleElement()
        .asString()
        .contains("https://example.com/elsewhere");
  }
}
