package dev.castkit.core.rules;

import dev.castkit.core.AnalysisId;
import dev.castkit.core.AnalysisStatus;
import dev.castkit.core.AnalyzedSystem;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastStep;
import dev.castkit.core.Component;
import dev.castkit.core.ComponentAnalysis;
import dev.castkit.core.ComponentId;
import dev.castkit.core.ComponentKind;
import dev.castkit.core.ConstraintId;
import dev.castkit.core.ContextFactor;
import dev.castkit.core.ContextKind;
import dev.castkit.core.Contribution;
import dev.castkit.core.ContributionId;
import dev.castkit.core.ContributionKind;
import dev.castkit.core.ControlLink;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.ControlStructureId;
import dev.castkit.core.EventId;
import dev.castkit.core.EventTime;
import dev.castkit.core.Flaw;
import dev.castkit.core.FlawCategory;
import dev.castkit.core.FlawId;
import dev.castkit.core.Hazard;
import dev.castkit.core.HazardId;
import dev.castkit.core.LinkId;
import dev.castkit.core.LinkKind;
import dev.castkit.core.Loss;
import dev.castkit.core.LossCategory;
import dev.castkit.core.LossId;
import dev.castkit.core.Question;
import dev.castkit.core.QuestionId;
import dev.castkit.core.QuestionStatus;
import dev.castkit.core.Recommendation;
import dev.castkit.core.RecommendationId;
import dev.castkit.core.Responsibility;
import dev.castkit.core.ResponsibilityId;
import dev.castkit.core.SafetyConstraint;
import dev.castkit.core.StructureVariant;
import dev.castkit.core.TimePrecision;
import dev.castkit.core.TimelineEvent;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A small analysis, written by hand, that is complete in all five steps and has no finding: each
 * rule test changes one thing in it.
 */
final class Fixture {
  private Fixture() {}

  static final LossId L1 = LossId.of("L-1");
  static final HazardId H1 = HazardId.of("H-1");
  static final ConstraintId SC1 = ConstraintId.of("SC-1");
  static final EventId E1 = EventId.of("E-1");
  static final EventId E2 = EventId.of("E-2");
  static final ComponentId OPS = ComponentId.of("C-ops");
  static final ComponentId SVC = ComponentId.of("C-svc");
  static final ResponsibilityId R1 = ResponsibilityId.of("R-1");
  static final LinkId CA1 = LinkId.of("CA-1");
  static final LinkId FB1 = LinkId.of("FB-1");
  static final ControlStructureId CS1 = ControlStructureId.of("CS-1");
  static final ContributionId CT1 = ContributionId.of("CT-1");
  static final FlawId F1 = FlawId.of("F-1");
  static final RecommendationId REC1 = RecommendationId.of("REC-1");
  static final QuestionId Q1 = QuestionId.of("Q-1");

  static Loss loss() {
    return Loss.builder()
        .id(L1)
        .description("Customers cannot read their objects for four hours")
        .category(LossCategory.AVAILABILITY)
        .build();
  }

  static Hazard hazard() {
    return Hazard.builder()
        .id(H1)
        .description("The region serves requests with less capacity than its load")
        .addLoss(L1)
        .build();
  }

  static SafetyConstraint constraint() {
    return SafetyConstraint.builder()
        .id(SC1)
        .text("Capacity must stay above the load the region serves")
        .addHazard(H1)
        .build();
  }

  static TimelineEvent event(EventId id, String at, String text) {
    return TimelineEvent.builder()
        .id(id)
        .time(EventTime.of(Instant.parse(at), TimePrecision.MINUTE))
        .description(text)
        .addComponent(OPS)
        .build();
  }

  static Component ops() {
    return Component.builder()
        .id(OPS)
        .name("Operations engineer")
        .kind(ComponentKind.HUMAN_CONTROLLER)
        .level(1)
        .addResponsibility(
            Responsibility.builder()
                .id(R1)
                .text("Remove capacity only within safe limits")
                .addConstraint(SC1)
                .build())
        .build();
  }

  static Component svc() {
    return Component.builder()
        .id(SVC)
        .name("Storage service")
        .kind(ComponentKind.CONTROLLED_PROCESS)
        .level(2)
        .build();
  }

  static ControlLink link(LinkId id, LinkKind kind, ComponentId from, ComponentId to) {
    return ControlLink.builder()
        .id(id)
        .kind(kind)
        .source(from)
        .target(to)
        .label(kind == LinkKind.FEEDBACK ? "remaining capacity" : "remove servers")
        .build();
  }

  static ControlStructure structure() {
    return ControlStructure.builder()
        .id(CS1)
        .variant(StructureVariant.AS_OPERATING)
        .addComponent(ops())
        .addComponent(svc())
        .addLink(link(CA1, LinkKind.CONTROL_ACTION, OPS, SVC))
        .addLink(link(FB1, LinkKind.FEEDBACK, SVC, OPS))
        .build();
  }

  static Contribution contribution() {
    return Contribution.builder()
        .id(CT1)
        .kind(ContributionKind.ACTION)
        .description("Ran the capacity-removal command with a larger input than intended")
        .context("The playbook allowed it and the tool accepted any amount")
        .addHazard(H1)
        .addEvent(E1)
        .addUnmetResponsibility(R1)
        .build();
  }

  static ComponentAnalysis opsAnalysis() {
    return ComponentAnalysis.builder()
        .component(OPS)
        .role("Ran the command that removed the capacity")
        .addResponsibility(R1)
        .addContribution(contribution())
        .addContextFactor(
            ContextFactor.of(ContextKind.INFORMATIONAL, "No view showed remaining capacity"))
        .build();
  }

  static Flaw flaw() {
    return Flaw.builder()
        .id(F1)
        .category(FlawCategory.SAFETY_INFORMATION_SYSTEM)
        .description("Tools that remove capacity do not check what remains")
        .addComponent(OPS)
        .addLink(CA1)
        .build();
  }

  static Recommendation recommendation() {
    return Recommendation.builder()
        .id(REC1)
        .text("Make the removal tool refuse to go below minimum capacity")
        .addFlaw(F1)
        .owner("storage team")
        .build();
  }

  static Question question() {
    return Question.builder()
        .id(Q1)
        .text("Why did the tool accept any amount?")
        .step(CastStep.ANALYZE_COMPONENTS)
        .about("CT-1")
        .status(QuestionStatus.ANSWERED)
        .answer("It was written before the region grew")
        .build();
  }

  /** The complete analysis. */
  static CastAnalysis complete() {
    return CastAnalysis.builder()
        .id(AnalysisId.of("CAST-1"))
        .title("Object storage outage")
        .status(AnalysisStatus.FINAL)
        .system(
            AnalyzedSystem.builder()
                .name("Object storage in one region")
                .addInside("storage service", "operators")
                .addEnvironment("customer applications")
                .build())
        .addLoss(loss())
        .addHazard(hazard())
        .addConstraint(constraint())
        .addTimeline(event(E1, "2017-02-28T17:37:00Z", "The engineer ran the removal command"))
        .addTimeline(event(E2, "2017-02-28T17:40:00Z", "Requests began to time out"))
        .addQuestion(question())
        .addControlStructure(structure())
        .addComponentAnalysis(opsAnalysis())
        .addFlaw(flaw())
        .addRecommendation(recommendation())
        .build();
  }

  /** The complete analysis with its only control structure changed. */
  static CastAnalysis withStructure(UnaryOperator<ControlStructure.Builder> change) {
    return complete().toBuilder()
        .controlStructures(List.of(change.apply(structure().toBuilder()).build()))
        .build();
  }

  /** The complete analysis with its only component analysis changed. */
  static CastAnalysis withOpsAnalysis(UnaryOperator<ComponentAnalysis.Builder> change) {
    return complete().toBuilder()
        .componentAnalyses(List.of(change.apply(opsAnalysis().toBuilder()).build()))
        .build();
  }
}
