package dev.castkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One analysis that uses every type and every attribute of the model: each step can be said. */
class EveryElementTest {

  private static final Map<String, ExtensionValue> EXT =
      Map.of("x-vendor", ExtensionValue.object(Map.of("id", ExtensionValue.number("42"))));

  @Test
  void everyElementOfTheFiveStepsHasAHome() {
    Evidence log =
        Evidence.builder()
            .kind(EvidenceKind.LOG)
            .source("capacity-tool.log")
            .excerpt("removing 40 hosts")
            .extensions(EXT)
            .build();
    Responsibility removeSafely =
        Responsibility.builder()
            .id(ResponsibilityId.of("R-1"))
            .text("Remove capacity only within safe limits")
            .addConstraint(ConstraintId.of("SC-1.a"))
            .extensions(EXT)
            .build();
    Component operator =
        Component.builder()
            .id(ComponentId.of("C-op"))
            .name("Operator")
            .kind(ComponentKind.HUMAN_CONTROLLER)
            .level(1)
            .parent(ComponentId.of("C-team"))
            .description("On-call engineer")
            .addResponsibility(removeSafely)
            .addProcessModel(
                ProcessModelVariable.builder()
                    .name("remaining capacity")
                    .description("hosts left serving")
                    .extensions(EXT)
                    .build())
            .extensions(EXT)
            .build();
    Component team =
        Component.builder()
            .id(ComponentId.of("C-team"))
            .name("Storage team")
            .kind(ComponentKind.ORGANIZATION)
            .build();
    Component storage =
        Component.builder()
            .id(ComponentId.of("C-s3"))
            .name("Storage")
            .kind(ComponentKind.CONTROLLED_PROCESS)
            .level(2)
            .build();
    ControlLink action =
        ControlLink.builder()
            .id(LinkId.of("CA-1"))
            .kind(LinkKind.CONTROL_ACTION)
            .source(operator.id())
            .target(storage.id())
            .label("remove capacity")
            .description("through the capacity tool")
            .extensions(EXT)
            .build();
    ControlLink feedback =
        ControlLink.builder()
            .id(LinkId.of("FB-1"))
            .kind(LinkKind.FEEDBACK)
            .source(storage.id())
            .target(operator.id())
            .label("capacity remaining")
            .status(LinkStatus.MISSING)
            .build();
    Contribution contribution =
        Contribution.builder()
            .id(ContributionId.of("CT-1"))
            .kind(ContributionKind.ACTION)
            .description("Ran the removal with a larger input than intended")
            .context("The playbook allowed it and the tool accepted any amount")
            .addHazard(HazardId.of("H-1"))
            .addEvent(EventId.of("E-1"))
            .addUnmetResponsibility(removeSafely.id())
            .extensions(EXT)
            .build();
    ProcessModelFlaw belief =
        ProcessModelFlaw.builder()
            .id(ProcessModelFlawId.of("PMF-1"))
            .variable("remaining capacity")
            .believed("a few hosts would go")
            .actual("a large share went")
            .extensions(EXT)
            .build();

    CastAnalysis analysis =
        CastAnalysis.builder()
            .id(AnalysisId.of("CAST-1"))
            .title("Storage outage")
            .summary("Capacity removal took a subsystem below its needs")
            .addAnalyst("A. Analyst")
            .addReference(
                Reference.builder()
                    .kind(ReferenceKind.TRACKER)
                    .value("INC-42")
                    .title("incident ticket")
                    .extensions(EXT)
                    .build())
            .status(AnalysisStatus.IN_REVIEW)
            .system(
                AnalyzedSystem.builder()
                    .name("Object storage")
                    .description("one region")
                    .addInside("storage", "operators")
                    .addEnvironment("customers")
                    .addGoal("serve objects")
                    .extensions(EXT)
                    .build())
            .addLoss(
                Loss.builder()
                    .id(LossId.of("L-1"))
                    .description("Customers cannot use storage")
                    .category(LossCategory.AVAILABILITY)
                    .addStakeholder("customers")
                    .impact("four hours")
                    .extensions(EXT)
                    .build())
            .addHazard(
                Hazard.builder()
                    .id(HazardId.of("H-1"))
                    .description("Storage runs with too little capacity")
                    .addLoss(LossId.of("L-1"))
                    .extensions(EXT)
                    .build())
            .addHazard(
                Hazard.builder()
                    .id(HazardId.of("H-1.1"))
                    .description("The index runs with too little capacity")
                    .addLoss(LossId.of("L-1"))
                    .parent(HazardId.of("H-1"))
                    .build())
            .addConstraint(
                SafetyConstraint.builder()
                    .id(ConstraintId.of("SC-1"))
                    .text("Capacity stays above need")
                    .addHazard(HazardId.of("H-1"))
                    .extensions(EXT)
                    .build())
            .addConstraint(
                SafetyConstraint.builder()
                    .id(ConstraintId.of("SC-1.a"))
                    .text("Tools refuse removals below the minimum")
                    .kind(ConstraintKind.MITIGATE)
                    .addHazard(HazardId.of("H-1.1"))
                    .parent(ConstraintId.of("SC-1"))
                    .build())
            .addTimeline(
                TimelineEvent.builder()
                    .id(EventId.of("E-1"))
                    .time(EventTime.of(Instant.parse("2017-02-28T17:37:00Z"), TimePrecision.MINUTE))
                    .description("A removal command runs")
                    .addComponent(operator.id())
                    .addEvidence(log)
                    .addQuestion(QuestionId.of("Q-1"))
                    .extensions(EXT)
                    .build())
            .addTimeline(
                TimelineEvent.builder().id(EventId.of("E-2")).description("Restarts begin").build())
            .processAnalysis(
                ProcessAnalysis.builder()
                    .summary("the subsystem needed a full restart")
                    .addControl("the tool asks for a count")
                    .addFailure("no minimum check")
                    .addInteraction("index and placement restart together")
                    .addContextFactor(ContextFactor.of(ContextKind.PHYSICAL, "a large fleet"))
                    .extensions(EXT)
                    .build())
            .addQuestion(
                Question.builder()
                    .id(QuestionId.of("Q-1"))
                    .text("Why was the input larger than intended?")
                    .step(CastStep.ASSEMBLE_BASIC_INFORMATION)
                    .about("E-1")
                    .status(QuestionStatus.ANSWERED)
                    .answer("A typo in a parameter")
                    .extensions(EXT)
                    .build())
            .addControlStructure(
                ControlStructure.builder()
                    .id(ControlStructureId.of("CS-op"))
                    .variant(StructureVariant.AS_OPERATING)
                    .name("as operating")
                    .description("on the day")
                    .addComponents(team, operator, storage)
                    .addLinks(action, feedback)
                    .extensions(EXT)
                    .build())
            .addComponentAnalysis(
                ComponentAnalysis.builder()
                    .component(operator.id())
                    .role("ran the command")
                    .addResponsibility(removeSafely.id())
                    .addContribution(contribution)
                    .addProcessModelFlaw(belief)
                    .addContextFactor(
                        ContextFactor.builder()
                            .kind(ContextKind.INFORMATIONAL)
                            .description("no capacity view")
                            .extensions(EXT)
                            .build())
                    .addQuestion(QuestionId.of("Q-1"))
                    .extensions(EXT)
                    .build())
            .addFlaw(
                Flaw.builder()
                    .id(FlawId.of("F-1"))
                    .category(FlawCategory.SAFETY_MANAGEMENT_DESIGN)
                    .description("Capacity tools have no limits of their own")
                    .addComponent(operator.id())
                    .addLink(feedback.id())
                    .addEvidence(Evidence.of(EvidenceKind.DOCUMENT, "playbook"))
                    .noActionRationale("covered by REC-1")
                    .extensions(EXT)
                    .build())
            .addRecommendation(
                Recommendation.builder()
                    .id(RecommendationId.of("REC-1"))
                    .text("Make the tool refuse removals below the minimum")
                    .addFlaw(FlawId.of("F-1"))
                    .addContribution(contribution.id())
                    .addLink(feedback.id())
                    .addComponent(operator.id())
                    .priority(Priority.HIGH)
                    .horizon(Horizon.IMMEDIATE)
                    .owner("storage team")
                    .due(LocalDate.parse("2017-03-31"))
                    .status(RecommendationStatus.VERIFIED_EFFECTIVE)
                    .rationale("cheap and effective")
                    .tracker("TRACK-1")
                    .verification("a dry run of a large removal is refused")
                    .extensions(EXT)
                    .build())
            .extensions(EXT)
            .build();

    assertThat(analysis.system()).hasValueSatisfying(s -> assertThat(s.inside()).hasSize(2));
    assertThat(analysis.hazards().get(1).parent()).contains(HazardId.of("H-1"));
    assertThat(analysis.constraints().get(1).kind()).isEqualTo(ConstraintKind.MITIGATE);
    assertThat(analysis.timeline().get(0).time())
        .hasValueSatisfying(t -> assertThat(t.precision()).isEqualTo(TimePrecision.MINUTE));
    assertThat(analysis.timeline().get(1).time()).isEmpty();
    assertThat(analysis.controlStructures().get(0).links())
        .extracting(ControlLink::status)
        .containsExactly(LinkStatus.PRESENT, LinkStatus.MISSING);
    ComponentAnalysis step3 = analysis.componentAnalyses().get(0);
    assertThat(step3.contributions().get(0).unmetResponsibilities())
        .containsExactly(removeSafely.id());
    assertThat(step3.processModelFlaws().get(0).believed()).isEqualTo("a few hosts would go");
    assertThat(analysis.flaws().get(0).category()).isEqualTo(FlawCategory.SAFETY_MANAGEMENT_DESIGN);
    assertThat(analysis.recommendations().get(0).due()).contains(LocalDate.parse("2017-03-31"));
    assertThat(analysis.extensions()).isEqualTo(EXT);
    assertThat(List.of(analysis.toString())).allSatisfy(s -> assertThat(s).contains("CAST-1"));
  }
}
