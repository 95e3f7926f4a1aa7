package dev.castkit.core.diff;

import dev.castkit.core.AnalysisId;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastStep;
import dev.castkit.core.ComponentId;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.EventId;
import dev.castkit.core.EventTime;
import dev.castkit.core.Evidence;
import dev.castkit.core.EvidenceKind;
import dev.castkit.core.Flaw;
import dev.castkit.core.FlawCategory;
import dev.castkit.core.FlawId;
import dev.castkit.core.Hazard;
import dev.castkit.core.HazardId;
import dev.castkit.core.LinkId;
import dev.castkit.core.Loss;
import dev.castkit.core.LossCategory;
import dev.castkit.core.LossId;
import dev.castkit.core.Question;
import dev.castkit.core.QuestionId;
import dev.castkit.core.Recommendation;
import dev.castkit.core.RecommendationId;
import dev.castkit.core.StructureVariant;
import dev.castkit.core.TimePrecision;
import dev.castkit.core.TimelineEvent;
import dev.castkit.core.testing.TwoComponents;
import java.time.Instant;

/** A small analysis to diff and merge: two losses, two hazards, two structures, two events. */
final class DiffSamples {
  static final LossId L1 = LossId.of("L-1");
  static final LossId L2 = LossId.of("L-2");
  static final HazardId H1 = HazardId.of("H-1");
  static final HazardId H2 = HazardId.of("H-2");
  static final ComponentId OPS = TwoComponents.OPS;
  static final ComponentId SVC = TwoComponents.SVC;
  static final LinkId CA1 = TwoComponents.CA1;
  static final LinkId FB1 = TwoComponents.FB1;
  static final FlawId F1 = FlawId.of("F-1");
  static final RecommendationId R1 = RecommendationId.of("R-1");
  static final RecommendationId R2 = RecommendationId.of("R-2");
  static final EventId E1 = EventId.of("E-1");
  static final EventId E2 = EventId.of("E-2");

  private DiffSamples() {}

  static ControlStructure structure(String id, StructureVariant variant) {
    return TwoComponents.structure(id, variant);
  }

  static CastAnalysis analysis() {
    return CastAnalysis.builder()
        .id(AnalysisId.of("CAST-1"))
        .title("Restart storm")
        .addAnalyst("Ana")
        .addLoss(
            Loss.builder().id(L1).description("Outage").category(LossCategory.AVAILABILITY).build())
        .addLoss(
            Loss.builder()
                .id(L2)
                .description("Lost orders")
                .category(LossCategory.FINANCIAL)
                .build())
        .addHazard(Hazard.builder().id(H1).description("Service down").addLoss(L1).build())
        .addHazard(Hazard.builder().id(H2).description("Orders dropped").addLoss(L2).build())
        .addTimeline(
            TimelineEvent.builder()
                .id(E1)
                .description("Deploy starts")
                .time(EventTime.of(Instant.parse("2026-01-05T10:00:00Z"), TimePrecision.MINUTE))
                .addEvidence(Evidence.builder().kind(EvidenceKind.LOG).source("deploy log").build())
                .build())
        .addTimeline(TimelineEvent.builder().id(E2).description("Errors rise").build())
        .addQuestion(
            Question.builder()
                .id(QuestionId.of("Q-1"))
                .text("Why was the health check late?")
                .step(CastStep.ANALYZE_COMPONENTS)
                .build())
        .addControlStructure(structure("CS-1", StructureVariant.AS_DESIGNED))
        .addControlStructure(structure("CS-2", StructureVariant.AS_OPERATING))
        .addFlaw(
            Flaw.builder()
                .id(F1)
                .category(FlawCategory.COMMUNICATION_AND_COORDINATION)
                .description("Health feedback was late")
                .addLink(FB1)
                .build())
        .addRecommendation(
            Recommendation.builder().id(R1).text("Page on health").addFlaw(F1).build())
        .addRecommendation(
            Recommendation.builder().id(R2).text("Slow restarts").addFlaw(F1).build())
        .build();
  }
}
