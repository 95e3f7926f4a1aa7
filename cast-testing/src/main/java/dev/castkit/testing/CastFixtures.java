package dev.castkit.testing;

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
import dev.castkit.core.Recommendation;
import dev.castkit.core.RecommendationId;
import dev.castkit.core.Responsibility;
import dev.castkit.core.ResponsibilityId;
import dev.castkit.core.SafetyConstraint;
import dev.castkit.core.StructureVariant;
import dev.castkit.core.TimePrecision;
import dev.castkit.core.TimelineEvent;
import java.time.Instant;

/**
 * Small analyses for tests, complete as far as a given CAST step: start from the one that fits and
 * change what the test is about. All of them are built from the same elements (a configuration push
 * that took a service down), whose ids are the constants of this class.
 *
 * <pre>{@code
 * // step 1 complete, nothing of step 2 yet
 * CastAnalysis a = CastFixtures.readyFor(CastStep.MODEL_CONTROL_STRUCTURE);
 * assertThat(CastRules.standard().check(a)).isReadyFor(CastStep.MODEL_CONTROL_STRUCTURE);
 *
 * // all five steps complete; add a hazard without a constraint
 * CastAnalysis b = CastFixtures.complete().toBuilder()
 *     .addHazard(Hazard.builder().id(HazardId.of("H-2")).description("...").addLoss(CastFixtures.LOSS).build())
 *     .build();
 * assertThat(CastRules.standard().check(b)).hasFinding(FindingCode.CAST_H004, "H-2");
 * }</pre>
 *
 * <p>{@link dev.castkit.core.rules.CastRules#standard()} finds nothing at all in any of them: each
 * is exactly as far as it says, with no warning and no open question.
 *
 * @see dev.castkit.core.rules.ValidationReport#readyFor()
 */
public final class CastFixtures {
  private CastFixtures() {}

  /** The analysis, {@code CAST-FIXTURE}. */
  public static final AnalysisId ANALYSIS = AnalysisId.of("CAST-FIXTURE");

  /** The loss, {@code L-1}. */
  public static final LossId LOSS = LossId.of("L-1");

  /** The hazard, {@code H-1}, which leads to {@link #LOSS}. */
  public static final HazardId HAZARD = HazardId.of("H-1");

  /** The safety constraint, {@code SC-1}, which addresses {@link #HAZARD}. */
  public static final ConstraintId CONSTRAINT = ConstraintId.of("SC-1");

  /** The first timeline event, {@code E-1}: the push. */
  public static final EventId PUSH = EventId.of("E-1");

  /** The second timeline event, {@code E-2}: the outage. */
  public static final EventId OUTAGE = EventId.of("E-2");

  /** The control structure, {@code CS-1}. */
  public static final ControlStructureId STRUCTURE = ControlStructureId.of("CS-1");

  /** The controller, {@code C-deploy}: the deploy pipeline. */
  public static final ComponentId CONTROLLER = ComponentId.of("C-deploy");

  /** The controlled process, {@code C-service}. */
  public static final ComponentId PROCESS = ComponentId.of("C-service");

  /** The controller's responsibility, {@code R-1}, which serves {@link #CONSTRAINT}. */
  public static final ResponsibilityId RESPONSIBILITY = ResponsibilityId.of("R-1");

  /** The control action, {@code CA-1}, from {@link #CONTROLLER} to {@link #PROCESS}. */
  public static final LinkId CONTROL_ACTION = LinkId.of("CA-1");

  /** The feedback, {@code FB-1}, from {@link #PROCESS} back to {@link #CONTROLLER}. */
  public static final LinkId FEEDBACK = LinkId.of("FB-1");

  /** The controller's contribution, {@code CT-1}. */
  public static final ContributionId CONTRIBUTION = ContributionId.of("CT-1");

  /** The systemic flaw, {@code F-1}. */
  public static final FlawId FLAW = FlawId.of("F-1");

  /** The recommendation, {@code REC-1}, which addresses {@link #FLAW}. */
  public static final RecommendationId RECOMMENDATION = RecommendationId.of("REC-1");

  /**
   * The smallest analysis there is: an id, a title and the name of the system. Step 1 has begun.
   *
   * @return the analysis, ready for step 1
   */
  public static CastAnalysis minimal() {
    return CastAnalysis.builder()
        .id(ANALYSIS)
        .title("Configuration push takes the service down")
        .system(AnalyzedSystem.builder().name("The web service and its deploy pipeline").build())
        .build();
  }

  /**
   * An analysis whose steps before {@code step} are complete and which has nothing of {@code step}
   * and later: {@code CastRules.standard().check(a).readyFor()} is {@code step}.
   *
   * @param step the step the analysis is ready for
   * @return the analysis
   * @throws IllegalArgumentException when {@code step} is null
   */
  public static CastAnalysis readyFor(CastStep step) {
    if (step == null) {
      throw new IllegalArgumentException(
          "CastFixtures.readyFor needs a step; CastFixtures.complete() has all five");
    }
    return upTo(step.number() - 1).build();
  }

  /**
   * An analysis with all five steps complete and marked final: {@code readyFor()} is empty.
   *
   * @return the analysis
   */
  public static CastAnalysis complete() {
    return upTo(5).status(AnalysisStatus.FINAL).build();
  }

  private static CastAnalysis.Builder upTo(int completeSteps) {
    CastAnalysis.Builder a = minimal().toBuilder();
    if (completeSteps >= 1) {
      a.system(
              AnalyzedSystem.builder()
                  .name("The web service and its deploy pipeline")
                  .addInside("web service", "deploy pipeline")
                  .addEnvironment("customers' browsers")
                  .build())
          .addLoss(
              Loss.builder()
                  .id(LOSS)
                  .description("Customers cannot use the service for forty minutes")
                  .category(LossCategory.AVAILABILITY)
                  .build())
          .addHazard(
              Hazard.builder()
                  .id(HAZARD)
                  .description("The service runs a configuration it cannot serve with")
                  .addLoss(LOSS)
                  .build())
          .addConstraint(
              SafetyConstraint.builder()
                  .id(CONSTRAINT)
                  .text("A configuration must be shown to work before every server runs it")
                  .addHazard(HAZARD)
                  .build())
          .addTimeline(
              event(PUSH, "2024-05-02T09:12:00Z", "A configuration change reaches all servers"))
          .addTimeline(event(OUTAGE, "2024-05-02T09:14:00Z", "Requests start to fail everywhere"));
    }
    if (completeSteps >= 2) {
      a.addControlStructure(
          ControlStructure.builder()
              .id(STRUCTURE)
              .variant(StructureVariant.AS_OPERATING)
              .addComponent(
                  Component.builder()
                      .id(CONTROLLER)
                      .name("Deploy pipeline")
                      .kind(ComponentKind.AUTOMATED_CONTROLLER)
                      .level(1)
                      .addResponsibility(
                          Responsibility.builder()
                              .id(RESPONSIBILITY)
                              .text("Roll a configuration out in stages and stop on errors")
                              .addConstraint(CONSTRAINT)
                              .build())
                      .build())
              .addComponent(
                  Component.builder()
                      .id(PROCESS)
                      .name("Web service")
                      .kind(ComponentKind.CONTROLLED_PROCESS)
                      .level(2)
                      .build())
              .addLink(link(CONTROL_ACTION, LinkKind.CONTROL_ACTION, CONTROLLER, PROCESS))
              .addLink(link(FEEDBACK, LinkKind.FEEDBACK, PROCESS, CONTROLLER))
              .build());
    }
    if (completeSteps >= 3) {
      a.addComponentAnalysis(
          ComponentAnalysis.builder()
              .component(CONTROLLER)
              .role("Sent the configuration to every server at once")
              .addResponsibility(RESPONSIBILITY)
              .addContribution(
                  Contribution.builder()
                      .id(CONTRIBUTION)
                      .kind(ContributionKind.ACTION)
                      .description("Pushed the configuration to all servers in one stage")
                      .context("Configuration changes were treated as data, not as code")
                      .addHazard(HAZARD)
                      .addEvent(PUSH)
                      .addUnmetResponsibility(RESPONSIBILITY)
                      .build())
              .addContextFactor(
                  ContextFactor.of(ContextKind.MANAGERIAL, "Staged rollouts existed for code only"))
              .build());
    }
    if (completeSteps >= 4) {
      a.addFlaw(
          Flaw.builder()
              .id(FLAW)
              .category(FlawCategory.SAFETY_INFORMATION_SYSTEM)
              .description("The pipeline gets no signal from the servers during a rollout")
              .addComponent(CONTROLLER)
              .addLink(FEEDBACK)
              .build());
    }
    if (completeSteps >= 5) {
      a.addRecommendation(
          Recommendation.builder()
              .id(RECOMMENDATION)
              .text("Roll configurations out in stages, gated on the servers' error rate")
              .addFlaw(FLAW)
              .owner("platform team")
              .build());
    }
    return a;
  }

  private static TimelineEvent event(EventId id, String at, String description) {
    return TimelineEvent.builder()
        .id(id)
        .time(EventTime.of(Instant.parse(at), TimePrecision.MINUTE))
        .description(description)
        .build();
  }

  private static ControlLink link(LinkId id, LinkKind kind, ComponentId from, ComponentId to) {
    return ControlLink.builder()
        .id(id)
        .kind(kind)
        .source(from)
        .target(to)
        .label(kind == LinkKind.FEEDBACK ? "error rate" : "new configuration")
        .build();
  }
}
