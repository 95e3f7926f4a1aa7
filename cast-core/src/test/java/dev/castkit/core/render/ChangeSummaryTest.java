package dev.castkit.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.castkit.core.AnalysisId;
import dev.castkit.core.AnalysisStatus;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastStep;
import dev.castkit.core.Component;
import dev.castkit.core.ComponentId;
import dev.castkit.core.ComponentKind;
import dev.castkit.core.ControlLink;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.ControlStructureId;
import dev.castkit.core.EventId;
import dev.castkit.core.EventTime;
import dev.castkit.core.Evidence;
import dev.castkit.core.EvidenceKind;
import dev.castkit.core.ExtensionValue;
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
import dev.castkit.core.Question;
import dev.castkit.core.QuestionId;
import dev.castkit.core.QuestionStatus;
import dev.castkit.core.Recommendation;
import dev.castkit.core.RecommendationId;
import dev.castkit.core.RecommendationStatus;
import dev.castkit.core.Responsibility;
import dev.castkit.core.ResponsibilityId;
import dev.castkit.core.Revision;
import dev.castkit.core.StructureVariant;
import dev.castkit.core.TimePrecision;
import dev.castkit.core.TimelineEvent;
import dev.castkit.core.diff.AnalysisDiff;
import dev.castkit.core.testing.EveryText;
import dev.castkit.core.testing.RenderSamples;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Each kind of line of a change summary, its grouping by step, and its escaping. */
class ChangeSummaryTest {

  private static final String LONG =
      "The index and placement subsystems of the store have less capacity than they need";

  private static ControlStructure structure(LinkStatus feedback) {
    return ControlStructure.builder()
        .id(ControlStructureId.of("CS-operating"))
        .variant(StructureVariant.AS_OPERATING)
        .addComponent(
            Component.builder()
                .id(ComponentId.of("C-1"))
                .name("team")
                .kind(ComponentKind.ORGANIZATION)
                .build())
        .addComponent(
            Component.builder()
                .id(ComponentId.of("C-2"))
                .name("service")
                .kind(ComponentKind.CONTROLLED_PROCESS)
                .build())
        .addLink(
            ControlLink.builder()
                .id(LinkId.of("CA-1"))
                .kind(LinkKind.CONTROL_ACTION)
                .source(ComponentId.of("C-1"))
                .target(ComponentId.of("C-2"))
                .label("operate")
                .build())
        .addLink(
            ControlLink.builder()
                .id(LinkId.of("FB-1"))
                .kind(LinkKind.FEEDBACK)
                .source(ComponentId.of("C-2"))
                .target(ComponentId.of("C-1"))
                .label("health")
                .status(feedback)
                .build())
        .build();
  }

  private static TimelineEvent.Builder event(String id) {
    return TimelineEvent.builder().id(EventId.of(id)).description("Something happens at " + id);
  }

  private static CastAnalysis base() {
    return CastAnalysis.builder()
        .id(AnalysisId.of("CAST-1"))
        .title("Storage outage")
        .addLoss(
            Loss.builder()
                .id(LossId.of("L-1"))
                .description("Customers cannot read objects")
                .category(LossCategory.AVAILABILITY)
                .build())
        .addHazard(
            Hazard.builder()
                .id(HazardId.of("H-1"))
                .description("The store serves no requests")
                .addLoss(LossId.of("L-1"))
                .build())
        .addTimeline(
            event("E-1")
                .time(
                    EventTime.approximately(
                        Instant.parse("2017-02-28T17:00:00Z"), TimePrecision.HOUR))
                .addComponent(ComponentId.of("C-1"))
                .build())
        .addQuestion(
            Question.builder()
                .id(QuestionId.of("Q-1"))
                .text("What started it?")
                .step(CastStep.ASSEMBLE_BASIC_INFORMATION)
                .about("E-1")
                .build())
        .addControlStructure(structure(LinkStatus.PRESENT))
        .addFlaw(
            Flaw.builder()
                .id(FlawId.of("F-1"))
                .category(FlawCategory.COMMUNICATION_AND_COORDINATION)
                .description("The status page shares a dependency with the service")
                .build())
        .addRecommendation(
            Recommendation.builder()
                .id(RecommendationId.of("REC-1"))
                .text("Host the status page elsewhere")
                .addFlaw(FlawId.of("F-1"))
                .build())
        .build();
  }

  private static String text(UnaryOperator<CastAnalysis.Builder> edit) {
    CastAnalysis before = base();
    return ChangeSummary.text(AnalysisDiff.between(before, edit.apply(before.toBuilder()).build()));
  }

  private static String markdown(UnaryOperator<CastAnalysis.Builder> edit) {
    CastAnalysis before = base();
    return ChangeSummary.markdown(
        AnalysisDiff.between(before, edit.apply(before.toBuilder()).build()));
  }

  /** The lines of a summary's section. */
  private static List<String> section(String summary, String heading) {
    List<String> lines = summary.lines().toList();
    int at = lines.indexOf(heading);
    assertThat(at).as("section " + heading + " in\n" + summary).isNotNegative();
    List<String> out = new java.util.ArrayList<>();
    int i = at + 1;
    while (i < lines.size() && !lines.get(i).startsWith("- ")) {
      i++;
    }
    for (;
        i < lines.size() && (lines.get(i).startsWith("- ") || lines.get(i).startsWith("  - "));
        i++) {
      out.add(lines.get(i));
    }
    return out;
  }

  @Test
  void anAddedHazardSaysWhichLossItLeadsTo() {
    String summary =
        text(
            b ->
                b.addHazard(
                    Hazard.builder()
                        .id(HazardId.of("H-2"))
                        .description("Recovery takes hours")
                        .addLoss(LossId.of("L-1"))
                        .build()));
    assertThat(section(summary, "Step 1: Assemble basic information"))
        .containsExactly("- Hazard H-2 added, leads to L-1: \"Recovery takes hours\"");
  }

  @Test
  void anAddedElementSaysWhichPartsWithIdsItCameWith() {
    CastAnalysis before = base();
    ControlStructure s = before.controlStructures().get(0);
    CastAnalysis after =
        before.toBuilder()
            .controlStructures(
                List.of(
                    s.toBuilder()
                        .addComponent(
                            Component.builder()
                                .id(ComponentId.of("C-3"))
                                .name("monitor")
                                .kind(ComponentKind.AUTOMATED_CONTROLLER)
                                .parent(ComponentId.of("C-1"))
                                .addResponsibility(
                                    Responsibility.builder()
                                        .id(ResponsibilityId.of("R-1"))
                                        .text("alert")
                                        .build())
                                .addResponsibility(
                                    Responsibility.builder()
                                        .id(ResponsibilityId.of("R-2"))
                                        .text("page")
                                        .build())
                                .build())
                        .build()))
            .build();
    assertThat(
            section(
                ChangeSummary.text(AnalysisDiff.between(before, after)),
                "Step 2: Model the safety control structure"))
        .containsExactly(
            "- Component C-3 (as operating) added, part of C-1, with responsibilities R-1, R-2:"
                + " \"monitor\"");
  }

  @Test
  void aReorderedListSaysItsNewOrder() {
    CastAnalysis before =
        base().toBuilder()
            .addTimeline(event("E-2").build())
            .addAnalyst("Ada")
            .addAnalyst("Bo")
            .build();
    CastAnalysis after =
        before.toBuilder()
            .timeline(List.of(before.timeline().get(1), before.timeline().get(0)))
            .analysts(List.of("Bo", "Ada"))
            .build();
    String summary = ChangeSummary.text(AnalysisDiff.between(before, after));
    assertThat(section(summary, "The analysis"))
        .containsExactly("- The analysis: analysts reordered: \"Bo\", \"Ada\"");
    assertThat(section(summary, "Step 1: Assemble basic information"))
        .containsExactly("- The analysis: timeline reordered: E-2, E-1");
  }

  @Test
  void aStatusChangeShowsBothConstantsAsTheFormatWritesThem() {
    CastAnalysis before = base();
    CastAnalysis after =
        before.toBuilder()
            .recommendations(
                List.of(
                    before.recommendations().get(0).toBuilder()
                        .status(RecommendationStatus.IMPLEMENTED)
                        .build()))
            .build();
    String summary = ChangeSummary.text(AnalysisDiff.between(before, after));
    assertThat(section(summary, "Step 5: Create an improvement program"))
        .containsExactly("- Recommendation REC-1: status PROPOSED -> IMPLEMENTED");
  }

  @Test
  void aLinkSaysWhichStructureItIsInAndItsStatus() {
    String summary = text(b -> b.controlStructures(List.of(structure(LinkStatus.MISSING))));
    assertThat(section(summary, "Step 2: Model the safety control structure"))
        .containsExactly("- Link FB-1 (as operating): PRESENT -> MISSING");
  }

  @Test
  void aTimeMadePreciseShowsItsPrecisionAndWhetherItWasAnEstimate() {
    CastAnalysis before = base();
    CastAnalysis after =
        before.toBuilder()
            .timeline(
                List.of(
                    before.timeline().get(0).toBuilder()
                        .time(
                            EventTime.of(
                                Instant.parse("2017-02-28T17:37:00Z"), TimePrecision.MINUTE))
                        .build()))
            .build();
    assertThat(
            section(
                ChangeSummary.text(AnalysisDiff.between(before, after)),
                "Step 1: Assemble basic information"))
        .containsExactly(
            "- Timeline event E-1: time 2017-02-28T17:00:00Z (HOUR, approximate)"
                + " -> 2017-02-28T17:37:00Z (MINUTE)");
  }

  @Test
  void aSetOfIdsSaysWhatJoinedAndWhatLeftIt() {
    CastAnalysis before = base();
    CastAnalysis after =
        before.toBuilder()
            .timeline(
                List.of(
                    before.timeline().get(0).toBuilder()
                        .components(List.of(ComponentId.of("C-2")))
                        .build()))
            .build();
    assertThat(
            section(
                ChangeSummary.text(AnalysisDiff.between(before, after)),
                "Step 1: Assemble basic information"))
        .containsExactly("- Timeline event E-1: components added C-2; removed C-1");
  }

  @Test
  void aRemovedElementIsNamedWithWhatItSaid() {
    String summary = text(b -> b.questions(List.of()));
    assertThat(section(summary, "Step 1: Assemble basic information"))
        .containsExactly("- Question Q-1 removed: \"What started it?\"");
  }

  @Test
  void anAnsweredQuestionShowsItsStatusAndItsAnswer() {
    CastAnalysis before = base();
    CastAnalysis after =
        before.toBuilder()
            .questions(
                List.of(
                    before.questions().get(0).toBuilder()
                        .status(QuestionStatus.ANSWERED)
                        .answer("A command")
                        .build()))
            .build();
    assertThat(
            section(
                ChangeSummary.text(AnalysisDiff.between(before, after)),
                "Step 1: Assemble basic information"))
        .containsExactly(
            "- Question Q-1: status OPEN -> ANSWERED",
            "- Question Q-1: answer added: \"A command\"");
  }

  @Test
  void aPartWithoutIdIsNamedByTheElementThatHoldsIt() {
    CastAnalysis before = base();
    CastAnalysis after =
        before.toBuilder()
            .timeline(
                List.of(
                    before.timeline().get(0).toBuilder()
                        .addEvidence(Evidence.of(EvidenceKind.URL, "https://example.com/status"))
                        .build()))
            .build();
    assertThat(
            section(
                ChangeSummary.text(AnalysisDiff.between(before, after)),
                "Step 1: Assemble basic information"))
        .containsExactly(
            "- Timeline event E-1: evidence added: URL \"https://example.com/status\"");
  }

  @Test
  void anExtensionIsNamedByItsKey() {
    CastAnalysis before = base();
    CastAnalysis after =
        before.toBuilder()
            .hazards(
                List.of(
                    before.hazards().get(0).toBuilder()
                        .putExtension("x-owner", ExtensionValue.of("storage team"))
                        .build()))
            .build();
    assertThat(
            section(
                ChangeSummary.text(AnalysisDiff.between(before, after)),
                "Step 1: Assemble basic information"))
        .containsExactly("- Hazard H-1: extension x-owner added: \"storage team\"");
  }

  @Test
  void whatDescribesTheAnalysisComesFirstThenTheStepsInOrder() {
    String summary =
        text(
            b ->
                b.status(AnalysisStatus.IN_REVIEW)
                    .addRevision(
                        Revision.builder()
                            .version("2")
                            .date(LocalDate.parse("2017-03-02"))
                            .description("Full report")
                            .build())
                    .recommendations(List.of())
                    .addHazard(
                        Hazard.builder()
                            .id(HazardId.of("H-2"))
                            .description("Recovery takes hours")
                            .addLoss(LossId.of("L-1"))
                            .build()));
    assertThat(section(summary, "The analysis"))
        .containsExactly(
            "- The analysis: status DRAFT -> IN_REVIEW", "- Revision 2 added: \"Full report\"");
    List<String> headings =
        summary.lines().filter(l -> l.startsWith("Step ") || l.equals("The analysis")).toList();
    assertThat(headings)
        .containsExactly(
            "The analysis",
            "Step 1: Assemble basic information",
            "Step 5: Create an improvement program");
    assertThat(summary)
        .startsWith("What changed in CAST-1\n")
        .contains(
            "Storage outage: to version 2 (2017-03-02). 4 changes: 2 added, 1 removed, 1 changed.");
  }

  @Test
  void aLongTextIsShortenedInTheLineAndGivenInFullInMarkdownOnly() {
    UnaryOperator<CastAnalysis.Builder> edit =
        b ->
            b.hazards(
                List.of(
                    Hazard.builder()
                        .id(HazardId.of("H-1"))
                        .description(LONG)
                        .addLoss(LossId.of("L-1"))
                        .build()));
    List<String> text = section(text(edit), "Step 1: Assemble basic information");
    assertThat(text).hasSize(1);
    assertThat(text.get(0))
        .startsWith("- Hazard H-1: description \"The store serves no requests\" -> \"The index")
        .endsWith("…\"")
        .doesNotContain("they need");
    List<String> md = section(markdown(edit), "## Step 1: Assemble basic information");
    assertThat(md)
        .containsExactly(
            "- Hazard `H-1`: description \"The store serves no requests\" -> \""
                + text.get(0).substring(text.get(0).indexOf("-> \"") + 4),
            "  - now: " + LONG);
  }

  @Test
  void equalVersionsSayNoChangesAndHaveNoSections() {
    CastAnalysis a = base();
    String summary = ChangeSummary.text(AnalysisDiff.between(a, a.toBuilder().build()));
    assertThat(summary).contains("No changes.").doesNotContain("Step ").doesNotContain("- ");
  }

  @Test
  void textsOfTheAnalysesCannotBreakTheMarkdown() {
    CastAnalysis before = RenderSamples.checkoutOutage();
    String hostile = "| cell | <b>x</b> **y** `t`\n# heading\n- item [l](u)";
    CastAnalysis after = EveryText.replacedBy(before, hostile);
    String md = ChangeSummary.markdown(AnalysisDiff.between(before, after));
    List<String> lines = md.lines().toList();
    assertThat(lines.size()).isGreaterThan(20);
    for (String line : lines) {
      assertThat(line)
          .as("a heading, a list item, an intro line or a blank")
          .matches("(# What changed in `.*`|## .*|- .*|  - .*|[^#|\\-<].*|)");
      assertThat(line)
          .doesNotContain("<b>")
          .doesNotContainPattern("(?<!\\\\)[|*]")
          .doesNotContainPattern("(?<!\\\\)\\[l\\]");
    }
  }

  @Test
  void theSummaryIsTheSameForTheSameDiff() {
    CastAnalysis before = RenderSamples.checkoutOutage();
    CastAnalysis after = EveryText.replacedBy(before, "changed");
    assertThat(ChangeSummary.markdown(AnalysisDiff.between(before, after)))
        .isEqualTo(ChangeSummary.markdown(AnalysisDiff.between(before, after.toBuilder().build())));
  }

  @Test
  void aNullDiffIsRefusedWithAClearMessage() {
    assertThatThrownBy(() -> ChangeSummary.markdown(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("diff must not be null");
    assertThatThrownBy(() -> ChangeSummary.text(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("diff must not be null");
  }
}
