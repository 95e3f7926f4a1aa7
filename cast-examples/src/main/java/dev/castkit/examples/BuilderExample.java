package dev.castkit.examples;

import dev.castkit.core.AnalysisId;
import dev.castkit.core.AnalyzedSystem;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.Component;
import dev.castkit.core.ComponentAnalysis;
import dev.castkit.core.ComponentId;
import dev.castkit.core.ComponentKind;
import dev.castkit.core.ConstraintId;
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
import dev.castkit.core.LinkStatus;
import dev.castkit.core.Loss;
import dev.castkit.core.LossCategory;
import dev.castkit.core.LossId;
import dev.castkit.core.Recommendation;
import dev.castkit.core.RecommendationId;
import dev.castkit.core.Responsibility;
import dev.castkit.core.ResponsibilityId;
import dev.castkit.core.SafetyConstraint;
import dev.castkit.core.StructureVariant;
import dev.castkit.core.TimelineEvent;
import dev.castkit.core.rules.CastRules;
import dev.castkit.core.rules.Finding;
import dev.castkit.json.CastJson;
import java.time.Instant;

/**
 * A small analysis built with the Java API, the five CAST steps in one method: the way to build
 * analyses in code. The three full examples are data files ({@link Examples}); this one shows the
 * builders, typed ids and the rules. Run it with {@code java -cp castkit-examples.jar
 * dev.castkit.examples.BuilderExample}: it prints the findings and the analysis as YAML.
 */
public final class BuilderExample {
  private BuilderExample() {}

  /**
   * Builds the analysis: a capacity-removal command that took a storage service down.
   *
   * @return the analysis
   */
  public static CastAnalysis analysis() {
    LossId outage = LossId.of("L-1");
    HazardId tooLittleCapacity = HazardId.of("H-1");
    ConstraintId keepMinimum = ConstraintId.of("SC-1");
    ComponentId tool = ComponentId.of("C-tool");
    ComponentId storage = ComponentId.of("C-storage");
    ResponsibilityId refuseUnsafeRemoval = ResponsibilityId.of("R-tool-1");
    EventId removal = EventId.of("E-1");
    LinkId remove = LinkId.of("CA-1");
    LinkId capacityLeft = LinkId.of("FB-1");
    ContributionId removedTooMuch = ContributionId.of("CT-tool-1");
    FlawId noLimit = FlawId.of("F-1");

    // Step 1: the system, what was lost, the hazard, the constraint, what happened.
    CastAnalysis.Builder analysis =
        CastAnalysis.builder()
            .id(AnalysisId.of("CAST-BUILDER-EXAMPLE"))
            .title("Object storage unavailable after a capacity removal")
            .system(
                AnalyzedSystem.builder()
                    .name("Object storage in one region")
                    .addInside("storage subsystems", "operators", "capacity tool")
                    .addEnvironment("customer applications")
                    .build())
            .addLoss(
                Loss.builder()
                    .id(outage)
                    .category(LossCategory.AVAILABILITY)
                    .description("Customers cannot read or write objects for hours")
                    .build())
            .addHazard(
                Hazard.builder()
                    .id(tooLittleCapacity)
                    .description("A storage subsystem has less capacity than its load needs")
                    .addLoss(outage)
                    .build())
            .addConstraint(
                SafetyConstraint.builder()
                    .id(keepMinimum)
                    .text("Capacity must never be removed below what a subsystem needs")
                    .addHazard(tooLittleCapacity)
                    .build())
            .addTimeline(
                TimelineEvent.builder()
                    .id(removal)
                    .time(EventTime.of(Instant.parse("2017-02-28T17:37:00Z")))
                    .description("A removal command takes out more servers than intended")
                    .addComponents(tool, storage)
                    .build());

    // Step 2: who controls what, and the feedback that was missing.
    analysis.addControlStructure(
        ControlStructure.builder()
            .id(ControlStructureId.of("CS-1"))
            .variant(StructureVariant.AS_OPERATING)
            .addComponents(
                Component.builder()
                    .id(tool)
                    .name("Capacity tool")
                    .kind(ComponentKind.AUTOMATED_CONTROLLER)
                    .level(0)
                    .addResponsibilities(
                        Responsibility.builder()
                            .id(refuseUnsafeRemoval)
                            .text("Refuse a removal that leaves a subsystem below its minimum")
                            .addConstraints(keepMinimum)
                            .build())
                    .build(),
                Component.builder()
                    .id(storage)
                    .name("Storage subsystems")
                    .kind(ComponentKind.CONTROLLED_PROCESS)
                    .level(1)
                    .build())
            .addLinks(
                link(remove, LinkKind.CONTROL_ACTION, tool, storage, "remove servers"),
                ControlLink.builder()
                    .from(link(capacityLeft, LinkKind.FEEDBACK, storage, tool, "capacity left"))
                    .status(LinkStatus.MISSING)
                    .description("The tool did not know each subsystem's minimum capacity")
                    .build())
            .build());

    // Step 3: what the tool did, and why it made sense at the time.
    analysis.addComponentAnalysis(
        ComponentAnalysis.builder()
            .component(tool)
            .role("Executed the removal the command named")
            .addResponsibilities(refuseUnsafeRemoval)
            .addContributions(
                Contribution.builder()
                    .id(removedTooMuch)
                    .kind(ContributionKind.ACTION)
                    .description("Removes every server the input names, at once")
                    .context("Limits were never part of the tool: the subsystems tolerated losses")
                    .addHazards(tooLittleCapacity)
                    .addEvents(removal)
                    .addUnmetResponsibilities(refuseUnsafeRemoval)
                    .build())
            .build());

    // Steps 4 and 5: the flaw in the structure, and what to change.
    return analysis
        .addFlaw(
            Flaw.builder()
                .id(noLimit)
                .category(FlawCategory.SAFETY_MANAGEMENT_DESIGN)
                .description("Safe removal rested on the input being right")
                .addComponents(tool)
                .addLinks(remove, capacityLeft)
                .build())
        .addRecommendation(
            Recommendation.builder()
                .id(RecommendationId.of("REC-1"))
                .text("Make the tool refuse removals below each subsystem's minimum capacity")
                .addFlaws(noLimit)
                .addContributions(removedTooMuch)
                .owner("Storage team")
                .build())
        .build();
  }

  private static ControlLink link(
      LinkId id, LinkKind kind, ComponentId source, ComponentId target, String label) {
    return ControlLink.builder()
        .id(id)
        .kind(kind)
        .source(source)
        .target(target)
        .label(label)
        .build();
  }

  /**
   * Builds the analysis, prints what the rules find and the analysis as YAML.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    CastAnalysis analysis = analysis();
    for (Finding f : CastRules.standard().check(analysis).findings()) {
      System.out.println(f.code() + " " + f.severity() + ": " + f.message());
    }
    System.out.print(CastJson.yaml().write(analysis));
  }
}
