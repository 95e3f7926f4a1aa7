package dev.castkit.core.testing;

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
import dev.castkit.core.ConstraintKind;
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
import dev.castkit.core.Evidence;
import dev.castkit.core.EvidenceKind;
import dev.castkit.core.Flaw;
import dev.castkit.core.FlawCategory;
import dev.castkit.core.FlawId;
import dev.castkit.core.Hazard;
import dev.castkit.core.HazardId;
import dev.castkit.core.Horizon;
import dev.castkit.core.LinkId;
import dev.castkit.core.LinkKind;
import dev.castkit.core.LinkStatus;
import dev.castkit.core.Loss;
import dev.castkit.core.LossCategory;
import dev.castkit.core.LossId;
import dev.castkit.core.Priority;
import dev.castkit.core.ProcessAnalysis;
import dev.castkit.core.ProcessModelFlaw;
import dev.castkit.core.ProcessModelFlawId;
import dev.castkit.core.ProcessModelVariable;
import dev.castkit.core.Question;
import dev.castkit.core.QuestionId;
import dev.castkit.core.QuestionStatus;
import dev.castkit.core.Recommendation;
import dev.castkit.core.RecommendationId;
import dev.castkit.core.RecommendationStatus;
import dev.castkit.core.Reference;
import dev.castkit.core.ReferenceKind;
import dev.castkit.core.Responsibility;
import dev.castkit.core.ResponsibilityId;
import dev.castkit.core.SafetyConstraint;
import dev.castkit.core.StructureVariant;
import dev.castkit.core.TimePrecision;
import dev.castkit.core.TimelineEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-built analyses for the render tests and their golden files. */
public final class RenderSamples {
  private RenderSamples() {}

  public static final ComponentId ORG = ComponentId.of("C-org");
  public static final ComponentId ONCALL = ComponentId.of("C-oncall");
  public static final ComponentId FLAGS = ComponentId.of("C-flags");
  public static final ComponentId CANARY = ComponentId.of("C-canary");
  public static final ComponentId SCRIPT = ComponentId.of("C-script");
  public static final ComponentId CHECKOUT = ComponentId.of("C-checkout");
  public static final ComponentId MONITOR = ComponentId.of("C-monitor");
  public static final ComponentId PAYMENTS = ComponentId.of("C-payments");

  /**
   * A small, fictional but complete analysis: a checkout outage after a feature flag was switched
   * on for every customer at once. Both structures, every kind of component and link status, every
   * section of the report.
   */
  public static CastAnalysis checkoutOutage() {
    Component org =
        Component.builder()
            .id(ORG)
            .name("Shop engineering")
            .kind(ComponentKind.ORGANIZATION)
            .level(0)
            .addResponsibility(
                Responsibility.builder()
                    .id(ResponsibilityId.of("R-org.1"))
                    .text("Provide a rollout process that limits the blast radius of a change")
                    .addConstraint(ConstraintId.of("SC-1"))
                    .build())
            .build();
    Component oncall =
        Component.builder()
            .id(ONCALL)
            .name("On-call engineer")
            .kind(ComponentKind.HUMAN_CONTROLLER)
            .level(1)
            .parent(ORG)
            .description("One engineer of the checkout team, paged by the monitor")
            .addResponsibility(
                Responsibility.builder()
                    .id(ResponsibilityId.of("R-oncall.1"))
                    .text("Roll a flag out in steps and watch the error rate between steps")
                    .addConstraint(ConstraintId.of("SC-1.a"))
                    .build())
            .addResponsibility(
                Responsibility.builder()
                    .id(ResponsibilityId.of("R-oncall.2"))
                    .text("Switch the flag off when checkout errors rise")
                    .addConstraint(ConstraintId.of("SC-2"))
                    .build())
            .addProcessModel(
                ProcessModelVariable.builder()
                    .name("share of customers with the flag on")
                    .description("read from the rollout progress feedback")
                    .build())
            .addProcessModel(ProcessModelVariable.of("checkout error rate"))
            .build();
    Component flags =
        Component.builder()
            .id(FLAGS)
            .name("Feature-flag service")
            .kind(ComponentKind.AUTOMATED_CONTROLLER)
            .level(2)
            .addResponsibility(
                Responsibility.builder()
                    .id(ResponsibilityId.of("R-flags.1"))
                    .text("Apply a flag change only within the steps of its rollout plan")
                    .addConstraint(ConstraintId.of("SC-1.a"))
                    .build())
            .build();
    Component canary =
        Component.builder()
            .id(CANARY)
            .name("Canary analysis")
            .kind(ComponentKind.AUTOMATED_CONTROLLER)
            .level(2)
            .addResponsibility(
                Responsibility.builder()
                    .id(ResponsibilityId.of("R-canary.1"))
                    .text("Halt a rollout whose canary errors exceed the baseline")
                    .addConstraint(ConstraintId.of("SC-2"))
                    .build())
            .build();
    Component script =
        Component.builder()
            .id(SCRIPT)
            .name("Ad-hoc rollout script")
            .kind(ComponentKind.ACTUATOR)
            .level(2)
            .parent(ONCALL)
            .build();
    Component checkout =
        Component.builder()
            .id(CHECKOUT)
            .name("Checkout service")
            .kind(ComponentKind.CONTROLLED_PROCESS)
            .level(3)
            .build();
    Component monitor =
        Component.builder()
            .id(MONITOR)
            .name("Error-rate monitor")
            .kind(ComponentKind.SENSOR)
            .level(3)
            .build();
    Component payments =
        Component.builder()
            .id(PAYMENTS)
            .name("Payment provider")
            .kind(ComponentKind.EXTERNAL)
            .level(3)
            .build();

    ControlLink policy = link("CA-0", LinkKind.CONTROL_ACTION, ORG, ONCALL, "on-call policy");
    ControlLink enable =
        link("CA-1", LinkKind.CONTROL_ACTION, ONCALL, FLAGS, "set rollout step of a flag");
    ControlLink flagValue =
        link("CA-2", LinkKind.CONTROL_ACTION, FLAGS, CHECKOUT, "flag value per customer");
    ControlLink alert =
        link("FB-1", LinkKind.FEEDBACK, MONITOR, ONCALL, "checkout error-rate alert");
    ControlLink verdict = link("FB-2", LinkKind.FEEDBACK, CANARY, ONCALL, "canary verdict");
    ControlLink halt = link("CA-3", LinkKind.CONTROL_ACTION, CANARY, FLAGS, "halt rollout");
    ControlLink progress =
        link("FB-3", LinkKind.FEEDBACK, FLAGS, ONCALL, "rollout progress (share of customers)");
    ControlLink errors = link("FB-4", LinkKind.FEEDBACK, CHECKOUT, MONITOR, "error counts");
    ControlLink pay = link("CO-1", LinkKind.COMMUNICATION, CHECKOUT, PAYMENTS, "payment requests");
    ControlLink killSwitch =
        link("CA-4", LinkKind.CONTROL_ACTION, ONCALL, CHECKOUT, "kill switch for new code paths");
    ControlLink runScript = link("CA-5", LinkKind.CONTROL_ACTION, ONCALL, SCRIPT, "run script");
    ControlLink setShare =
        link("CA-6", LinkKind.CONTROL_ACTION, SCRIPT, FLAGS, "set flag share to a number");

    ControlStructure designed =
        ControlStructure.builder()
            .id(ControlStructureId.of("CS-designed"))
            .variant(StructureVariant.AS_DESIGNED)
            .name("Flag rollout as designed")
            .addComponents(org, oncall, flags, canary, checkout, monitor, payments)
            .addLinks(policy, enable, flagValue, alert, verdict, halt, progress, errors, pay)
            .addLink(killSwitch)
            .build();
    ControlStructure operating =
        ControlStructure.builder()
            .id(ControlStructureId.of("CS-operating"))
            .variant(StructureVariant.AS_OPERATING)
            .name("Flag rollout on the day")
            .description("The canary analysis was switched off for the migration week")
            .addComponents(org, oncall, flags, script, checkout, monitor, payments)
            .addLinks(policy, enable, flagValue)
            .addLink(status(alert, LinkStatus.DEGRADED, "paged 12 minutes after errors rose"))
            .addLink(status(progress, LinkStatus.MISSING, "the script prints nothing"))
            .addLinks(errors, pay)
            .addLink(status(killSwitch, LinkStatus.INOPERABLE, "not deployed to the new region"))
            .addLinks(runScript, setShare)
            .build();

    return CastAnalysis.builder()
        .id(AnalysisId.of("CAST-42"))
        .title("Checkout outage after a feature flag reached every customer at once")
        .summary(
            "A flag meant for 5% of customers reached 100% in one step. Checkout failed for 38"
                + " minutes.\nThe rollout path in use that day had neither the canary nor"
                + " progress feedback.")
        .addAnalysts("Ada Lovelace", "Grace Hopper")
        .addReference(
            Reference.builder()
                .kind(ReferenceKind.URL)
                .value("https://status.example.com/incidents/42")
                .title("Public status page")
                .build())
        .addReference(Reference.of(ReferenceKind.TRACKER, "INC-2042"))
        .status(AnalysisStatus.IN_REVIEW)
        .system(
            AnalyzedSystem.builder()
                .name("Online shop checkout")
                .description("Taking orders and payments for the web shop")
                .addInside("checkout service", "feature-flag service", "rollout tooling")
                .addEnvironment("payment provider", "customers' browsers")
                .addGoal("Customers can pay for their orders at any time")
                .build())
        .addLoss(
            Loss.builder()
                .id(LossId.of("L-1"))
                .description("Customers cannot complete orders")
                .category(LossCategory.AVAILABILITY)
                .addStakeholders("customers", "shop")
                .impact("38 minutes, about 4,100 failed checkouts")
                .build())
        .addLoss(
            Loss.builder()
                .id(LossId.of("L-2"))
                .description("Revenue is lost")
                .category(LossCategory.FINANCIAL)
                .build())
        .addHazard(
            Hazard.builder()
                .id(HazardId.of("H-1"))
                .description("Checkout runs untested code for more customers than intended")
                .addLosses(LossId.of("L-1"), LossId.of("L-2"))
                .build())
        .addHazard(
            Hazard.builder()
                .id(HazardId.of("H-1.a"))
                .description("A flag change takes effect for all customers at once")
                .addLoss(LossId.of("L-1"))
                .parent(HazardId.of("H-1"))
                .build())
        .addConstraint(
            SafetyConstraint.builder()
                .id(ConstraintId.of("SC-1"))
                .text("A change must reach customers in steps small enough to undo")
                .addHazard(HazardId.of("H-1"))
                .build())
        .addConstraint(
            SafetyConstraint.builder()
                .id(ConstraintId.of("SC-1.a"))
                .text("A flag must not go from under 10% to 100% in one step")
                .addHazard(HazardId.of("H-1.a"))
                .parent(ConstraintId.of("SC-1"))
                .build())
        .addConstraint(
            SafetyConstraint.builder()
                .id(ConstraintId.of("SC-2"))
                .text("Rising checkout errors must stop a rollout within five minutes")
                .kind(ConstraintKind.MITIGATE)
                .addHazard(HazardId.of("H-1"))
                .build())
        .addTimeline(
            TimelineEvent.builder()
                .id(EventId.of("E-1"))
                .time(EventTime.of(Instant.parse("2024-03-05T00:00:00Z"), TimePrecision.DAY))
                .description("The canary analysis is switched off for the migration week")
                .addComponent(CANARY)
                .build())
        .addTimeline(
            TimelineEvent.builder()
                .id(EventId.of("E-2"))
                .time(EventTime.of(Instant.parse("2024-03-07T14:02:11Z")))
                .description("The on-call engineer runs the rollout script with share 100")
                .addComponents(ONCALL, SCRIPT)
                .addEvidence(
                    Evidence.builder()
                        .kind(EvidenceKind.LOG)
                        .source("shell history")
                        .excerpt("rollout.sh checkout-v2 100")
                        .build())
                .addQuestion(QuestionId.of("Q-1"))
                .build())
        .addTimeline(
            TimelineEvent.builder()
                .id(EventId.of("E-3"))
                .time(
                    EventTime.approximately(
                        Instant.parse("2024-03-07T14:03:00Z"), TimePrecision.MINUTE))
                .description("Checkout errors rise above 30%")
                .addComponent(CHECKOUT)
                .build())
        .addTimeline(
            TimelineEvent.builder()
                .id(EventId.of("E-4"))
                .time(EventTime.of(Instant.parse("2024-03-07T14:15:00Z"), TimePrecision.MINUTE))
                .description("The monitor pages the on-call engineer")
                .addComponents(MONITOR, ONCALL)
                .build())
        .addTimeline(
            TimelineEvent.builder()
                .id(EventId.of("E-5"))
                .description("The flag is set back to 0% and checkout recovers")
                .addComponents(ONCALL, FLAGS)
                .build())
        .processAnalysis(
            ProcessAnalysis.builder()
                .summary("The new checkout code path called the payment provider twice")
                .addControl("per-customer flag evaluation")
                .addFailure("duplicate payment calls were rejected by the provider")
                .addInteraction("retries from browsers multiplied the load")
                .addContextFactor(
                    ContextFactor.of(ContextKind.SITUATIONAL, "the migration week froze tooling"))
                .build())
        .addQuestion(
            Question.builder()
                .id(QuestionId.of("Q-1"))
                .text("Why did the script accept a share of 100 without a confirmation?")
                .step(CastStep.ANALYZE_COMPONENTS)
                .about("E-2")
                .build())
        .addQuestion(
            Question.builder()
                .id(QuestionId.of("Q-2"))
                .text("Who decided to switch the canary off?")
                .step(CastStep.ASSEMBLE_BASIC_INFORMATION)
                .status(QuestionStatus.ANSWERED)
                .answer("The platform team, to save capacity during the migration")
                .build())
        .addQuestion(
            Question.builder()
                .id(QuestionId.of("Q-3"))
                .text("What share did the engineer intend?")
                .step(CastStep.ANALYZE_COMPONENTS)
                .status(QuestionStatus.UNANSWERABLE)
                .answer("The engineer does not remember; the runbook said 5")
                .build())
        .addControlStructures(designed, operating)
        .addComponentAnalysis(
            ComponentAnalysis.builder()
                .component(ONCALL)
                .role("Rolls the checkout-v2 flag out")
                .addResponsibility(ResponsibilityId.of("R-oncall.1"))
                .addContribution(
                    Contribution.builder()
                        .id(ContributionId.of("CT-1"))
                        .kind(ContributionKind.ACTION)
                        .description("Ran the rollout script with share 100 instead of 5")
                        .context("The script's argument is a share, the runbook's is a step")
                        .addHazard(HazardId.of("H-1.a"))
                        .addEvent(EventId.of("E-2"))
                        .addUnmetResponsibility(ResponsibilityId.of("R-oncall.1"))
                        .build())
                .addContribution(
                    Contribution.builder()
                        .id(ContributionId.of("CT-2"))
                        .kind(ContributionKind.INACTION)
                        .description("Did not switch the flag off for 12 minutes")
                        .context("No alert arrived until 14:15")
                        .addHazard(HazardId.of("H-1"))
                        .addEvent(EventId.of("E-4"))
                        .build())
                .addProcessModelFlaw(
                    ProcessModelFlaw.builder()
                        .id(ProcessModelFlawId.of("PMF-1"))
                        .variable("share of customers with the flag on")
                        .believed("5%")
                        .actual("100%")
                        .build())
                .addContextFactor(
                    ContextFactor.of(
                        ContextKind.INFORMATIONAL, "The script gives no feedback on progress"))
                .addQuestion(QuestionId.of("Q-1"))
                .build())
        .addComponentAnalysis(
            ComponentAnalysis.builder()
                .component(FLAGS)
                .addResponsibility(ResponsibilityId.of("R-flags.1"))
                .addContribution(
                    Contribution.builder()
                        .id(ContributionId.of("CT-3"))
                        .kind(ContributionKind.ACTION)
                        .description("Applied a jump from 0% to 100% as one change")
                        .addHazard(HazardId.of("H-1.a"))
                        .build())
                .build())
        .addFlaw(
            Flaw.builder()
                .id(FlawId.of("F-1"))
                .category(FlawCategory.CHANGES_AND_DYNAMICS)
                .description(
                    "Switching the canary off was not treated as a change to the safety controls")
                .addComponents(CANARY, ORG)
                .addLinks(LinkId.of("CA-3"), LinkId.of("FB-2"))
                .addEvidence(Evidence.of(EvidenceKind.DOCUMENT, "migration plan"))
                .build())
        .addFlaw(
            Flaw.builder()
                .id(FlawId.of("F-2"))
                .category(FlawCategory.SAFETY_MANAGEMENT_DESIGN)
                .description("Rollout tools can skip the steps of a rollout plan")
                .addComponents(SCRIPT, FLAGS)
                .addLink(LinkId.of("CA-6"))
                .build())
        .addFlaw(
            Flaw.builder()
                .id(FlawId.of("F-3"))
                .category(FlawCategory.ECONOMIC)
                .description("Canary capacity was the first cost cut in the migration")
                .addComponent(ORG)
                .noActionRationale("The capacity budget is set yearly; F-1 covers the risk")
                .build())
        .addRecommendation(
            Recommendation.builder()
                .id(RecommendationId.of("REC-1"))
                .text("The flag service refuses a step larger than its rollout plan allows")
                .addFlaw(FlawId.of("F-2"))
                .addContribution(ContributionId.of("CT-3"))
                .addComponent(FLAGS)
                .priority(Priority.HIGH)
                .horizon(Horizon.IMMEDIATE)
                .owner("platform team")
                .due(LocalDate.parse("2024-04-01"))
                .status(RecommendationStatus.IN_PROGRESS)
                .tracker("PLAT-311")
                .build())
        .addRecommendation(
            Recommendation.builder()
                .id(RecommendationId.of("REC-2"))
                .text("Turning a safety control off goes through change review")
                .addFlaw(FlawId.of("F-1"))
                .addComponent(ORG)
                .priority(Priority.MEDIUM)
                .owner("engineering management")
                .status(RecommendationStatus.PROPOSED)
                .build())
        .addRecommendation(
            Recommendation.builder()
                .id(RecommendationId.of("REC-3"))
                .text("The rollout script reports the share reached after each step")
                .addContribution(ContributionId.of("CT-1"))
                .addLink(LinkId.of("FB-3"))
                .owner("checkout team")
                .due(LocalDate.parse("2024-03-20"))
                .status(RecommendationStatus.VERIFIED_EFFECTIVE)
                .verification("Game day on 2024-03-28: the script showed each step")
                .build())
        .build();
  }

  /** The smallest analysis: only an id and a title. */
  public static CastAnalysis empty() {
    return CastAnalysis.builder().id(AnalysisId.of("CAST-0")).title("Nothing recorded yet").build();
  }

  /** Every awkward text and id the formats have trouble with, in one analysis. */
  public static CastAnalysis hostile() {
    String awful =
        "\"quoted\" 'single' pipe|bar [bracket] (paren) {brace} <b>html</b> a & b &amp; 50% %%"
            + " ;semi end; #hash #35; `tick` *star* _under_ ~strike~ $math$ --> x->y -.- ==> \\"
            + " back\\slash\ttab\r\nCRLF\n\n\nblank lines\n# heading\n- list\n1. ordered\n> quote"
            + "\n=== setext\n| a | b |\n```\nfence\n``` é 日本語 😀 \u00a0nbsp \u0007bell \ud800"
            + " lone surrogate <br> :tada: @user www.example.com";
    List<Component> components = new ArrayList<>();
    String[] ids = {"end", "o1", "x-ray", "C.1", "C_1", "C-1", "graph", "subgraph:a", "style"};
    ComponentKind[] kinds = ComponentKind.values();
    for (int i = 0; i < ids.length; i++) {
      components.add(
          Component.builder()
              .id(ComponentId.of(ids[i]))
              .name(awful + " " + i)
              .kind(kinds[i % kinds.length])
              .level(i % 3)
              .description(awful)
              .parent(ComponentId.of(ids[(i + 1) % ids.length])) // a cycle through all
              .addResponsibility(
                  Responsibility.builder()
                      .id(ResponsibilityId.of("R-" + i))
                      .text(awful)
                      .addConstraint(ConstraintId.of("SC-1"))
                      .build())
              .addProcessModel(ProcessModelVariable.builder().name(awful).build())
              .build());
    }
    List<ControlLink> links = new ArrayList<>();
    LinkKind[] linkKinds = LinkKind.values();
    LinkStatus[] statuses = LinkStatus.values();
    for (int i = 0; i < ids.length; i++) {
      links.add(
          ControlLink.builder()
              .id(LinkId.of("L." + i))
              .kind(linkKinds[i % linkKinds.length])
              .source(ComponentId.of(ids[i]))
              .target(ComponentId.of(ids[(i + 2) % ids.length]))
              .label(awful)
              .status(statuses[i % statuses.length])
              .description(awful)
              .build());
    }
    links.add(
        ControlLink.builder()
            .id(LinkId.of("L.dangling"))
            .kind(LinkKind.FEEDBACK)
            .source(ComponentId.of("ghost"))
            .target(ComponentId.of("end"))
            .label(awful)
            .build());
    ControlStructure operating =
        ControlStructure.builder()
            .id(ControlStructureId.of("CS:op"))
            .variant(StructureVariant.AS_OPERATING)
            .name(awful)
            .components(components)
            .links(links)
            .build();
    ControlStructure designed =
        operating.toBuilder()
            .id(ControlStructureId.of("CS:design"))
            .variant(StructureVariant.AS_DESIGNED)
            .components(components.subList(2, components.size()))
            .links(links.subList(0, 5))
            .build();
    return CastAnalysis.builder()
        .id(AnalysisId.of("CAST-x"))
        .title(awful)
        .summary(awful)
        .addAnalyst(awful)
        .addReference(Reference.builder().kind(ReferenceKind.URL).value(awful).title(awful).build())
        .addReference(Reference.of(ReferenceKind.URL, "https://example.com/a_b*c(d)"))
        .system(
            AnalyzedSystem.builder()
                .name(awful)
                .description(awful)
                .addInside(awful)
                .addEnvironment(awful)
                .build())
        .addLoss(
            Loss.builder()
                .id(LossId.of("L-1"))
                .description(awful)
                .category(LossCategory.DATA)
                .addStakeholder(awful)
                .impact(awful)
                .build())
        .addHazard(
            Hazard.builder()
                .id(HazardId.of("H-1"))
                .description(awful)
                .addLoss(LossId.of("L-1"))
                .parent(HazardId.of("H-2"))
                .build())
        .addHazard(
            Hazard.builder()
                .id(HazardId.of("H-2"))
                .description(awful)
                .addLoss(LossId.of("L-1"))
                .parent(HazardId.of("H-1"))
                .build())
        .addConstraint(
            SafetyConstraint.builder()
                .id(ConstraintId.of("SC-1"))
                .text(awful)
                .addHazard(HazardId.of("H-1"))
                .parent(ConstraintId.of("SC-1"))
                .build())
        .addTimeline(
            TimelineEvent.builder()
                .id(EventId.of("E-1"))
                .description(awful)
                .addComponent(ComponentId.of("end"))
                .addEvidence(
                    Evidence.builder().kind(EvidenceKind.CHAT).source(awful).excerpt(awful).build())
                .build())
        .addQuestion(
            Question.builder()
                .id(QuestionId.of("Q-1"))
                .text(awful)
                .step(CastStep.IDENTIFY_FLAWS)
                .about("E-1")
                .build())
        .addControlStructures(operating, designed)
        .addComponentAnalysis(
            ComponentAnalysis.builder()
                .component(ComponentId.of("end"))
                .role(awful)
                .addContribution(
                    Contribution.builder()
                        .id(ContributionId.of("CT-1"))
                        .kind(ContributionKind.DECISION)
                        .description(awful)
                        .context(awful)
                        .build())
                .addProcessModelFlaw(
                    ProcessModelFlaw.builder()
                        .id(ProcessModelFlawId.of("PMF-1"))
                        .variable(awful)
                        .believed(awful)
                        .actual(awful)
                        .build())
                .addContextFactor(ContextFactor.of(ContextKind.PSYCHOLOGICAL, awful))
                .addQuestion(QuestionId.of("Q-1"))
                .build())
        .addComponentAnalysis(
            ComponentAnalysis.builder().component(ComponentId.of("nowhere")).role(awful).build())
        .addFlaw(
            Flaw.builder()
                .id(FlawId.of("F-1"))
                .category(FlawCategory.SAFETY_CULTURE)
                .description(awful)
                .addComponent(ComponentId.of("end"))
                .addLink(LinkId.of("L.0"))
                .addEvidence(Evidence.of(EvidenceKind.INTERVIEW, awful))
                .noActionRationale(awful)
                .build())
        .addRecommendation(
            Recommendation.builder()
                .id(RecommendationId.of("REC-1"))
                .text(awful)
                .addFlaw(FlawId.of("F-1"))
                .owner(awful)
                .rationale(awful)
                .verification(awful)
                .tracker(awful)
                .build())
        .build();
  }

  private static ControlLink link(
      String id, LinkKind kind, ComponentId source, ComponentId target, String label) {
    return ControlLink.builder()
        .id(LinkId.of(id))
        .kind(kind)
        .source(source)
        .target(target)
        .label(label)
        .build();
  }

  private static ControlLink status(ControlLink link, LinkStatus status, String description) {
    return link.toBuilder().status(status).description(description).build();
  }
}
