package dev.castkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.core.AnalysisId;
import dev.castkit.core.AnalysisStatus;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastStep;
import dev.castkit.core.ControlLink;
import dev.castkit.core.LinkKind;
import dev.castkit.core.LinkStatus;
import dev.castkit.core.Question;
import dev.castkit.core.QuestionId;
import dev.castkit.core.QuestionStatus;
import dev.castkit.core.TimelineEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadinessTest {
  private static ValidationReport check(CastAnalysis a) {
    return CastRules.standard().check(a);
  }

  @Test
  void anEmptyAnalysisIsReadyForStepOneAndNoStepHasBegun() {
    CastAnalysis empty = CastAnalysis.builder().id(AnalysisId.of("CAST-9")).title("New").build();
    ValidationReport report = check(empty);
    assertThat(report.findings()).isEmpty();
    assertThat(report.readyFor()).contains(CastStep.ASSEMBLE_BASIC_INFORMATION);
    assertThat(report.steps()).extracting(StepStatus::step).containsExactly(CastStep.values());
    assertThat(report.steps()).noneMatch(StepStatus::begun).noneMatch(StepStatus::complete);
    assertThat(report.step(CastStep.ASSEMBLE_BASIC_INFORMATION).blockers())
        .containsExactly(
            "no system and boundary recorded",
            "no loss recorded",
            "no hazard recorded",
            "no safety constraint recorded",
            "no timeline event recorded");
    assertThat(report.step(CastStep.MODEL_CONTROL_STRUCTURE).blockers())
        .containsExactly("no control structure recorded");
    assertThat(report.step(CastStep.CREATE_IMPROVEMENT_PROGRAM).blockers())
        .containsExactly("no recommendation recorded yet");
  }

  @Test
  void stepOneAloneIsCompleteAndTheAnalysisIsReadyForStepTwo() {
    // Events name no component yet: there is no control structure to name one from.
    List<TimelineEvent> events = new ArrayList<>();
    for (TimelineEvent e : Fixture.complete().timeline()) {
      events.add(e.toBuilder().components(List.of()).build());
    }
    CastAnalysis a =
        Fixture.complete().toBuilder()
            .status(AnalysisStatus.DRAFT)
            .timeline(events)
            .controlStructures(List.of())
            .componentAnalyses(List.of())
            .flaws(List.of())
            .recommendations(List.of())
            .questions(List.of())
            .build();
    ValidationReport report = check(a);
    assertThat(report.findings()).isEmpty();
    assertThat(report.step(CastStep.ASSEMBLE_BASIC_INFORMATION).complete()).isTrue();
    assertThat(report.step(CastStep.MODEL_CONTROL_STRUCTURE).begun()).isFalse();
    assertThat(report.readyFor()).contains(CastStep.MODEL_CONTROL_STRUCTURE);
  }

  @Test
  void aWarningInAStepBlocksItAndNamesTheCode() {
    CastAnalysis a = Fixture.complete().toBuilder().constraints(List.of()).build();
    StepStatus one = check(a).step(CastStep.ASSEMBLE_BASIC_INFORMATION);
    assertThat(one.begun()).isTrue();
    assertThat(one.complete()).isFalse();
    assertThat(one.blockers())
        .containsExactly("no safety constraint recorded", "1 warning in this step: CAST-H004");
    // Removing constraints also leaves responsibility R-1 serving a missing constraint (step 2).
    assertThat(check(a).readyFor()).contains(CastStep.ASSEMBLE_BASIC_INFORMATION);
  }

  @Test
  void anInfoDoesNotBlockItsStep() {
    ControlLink missing =
        Fixture.link(Fixture.FB1, LinkKind.FEEDBACK, Fixture.SVC, Fixture.OPS).toBuilder()
            .status(LinkStatus.MISSING)
            .build();
    CastAnalysis a =
        Fixture.withStructure(
            b ->
                b.links(
                    List.of(
                        Fixture.link(
                            Fixture.CA1, LinkKind.CONTROL_ACTION, Fixture.OPS, Fixture.SVC),
                        missing)));
    ValidationReport report = check(a);
    assertThat(report.count(Severity.INFO)).isEqualTo(1);
    assertThat(report.step(CastStep.MODEL_CONTROL_STRUCTURE).complete()).isTrue();
    assertThat(report.readyFor()).isEmpty();
  }

  @Test
  void aDisabledRuleNoLongerBlocks() {
    CastAnalysis a = Fixture.complete().toBuilder().constraints(List.of()).build();
    CastRules rules = CastRules.builder().disable("CAST-H004").disable("CAST-I001").build();
    assertThat(rules.check(a).step(CastStep.ASSEMBLE_BASIC_INFORMATION).blockers())
        .containsExactly("no safety constraint recorded");
  }

  @Test
  void openQuestionsBlockTheStepTheyBelongTo() {
    Question open =
        Question.builder()
            .id(QuestionId.of("Q-2"))
            .text("Who approved the playbook?")
            .step(CastStep.IDENTIFY_FLAWS)
            .build();
    Question open10 = open.toBuilder().id(QuestionId.of("Q-10")).build();
    CastAnalysis a =
        Fixture.complete().toBuilder()
            .status(AnalysisStatus.IN_REVIEW)
            .addQuestion(open10)
            .addQuestion(open)
            .build();
    ValidationReport report = check(a);
    assertThat(report.step(CastStep.IDENTIFY_FLAWS).blockers())
        .containsExactly("2 open questions: Q-2, Q-10");
    assertThat(report.step(CastStep.ANALYZE_COMPONENTS).complete()).isTrue();
    assertThat(report.readyFor()).contains(CastStep.IDENTIFY_FLAWS);
  }

  @Test
  void manyOpenQuestionsAreListedBriefly() {
    CastAnalysis.Builder b = Fixture.complete().toBuilder().status(AnalysisStatus.DRAFT);
    for (int i = 1; i <= 12; i++) {
      b.addQuestion(
          Question.builder()
              .id(QuestionId.of("Q-x" + i))
              .text("Why " + i + "?")
              .step(CastStep.MODEL_CONTROL_STRUCTURE)
              .status(QuestionStatus.OPEN)
              .build());
    }
    assertThat(check(b.build()).step(CastStep.MODEL_CONTROL_STRUCTURE).blockers())
        .singleElement()
        .asString()
        .startsWith("12 open questions: Q-x1, Q-x2,")
        .endsWith("Q-x10 and 2 more");
  }

  @Test
  void errorsAndWarningsAreCountedTogether() {
    CastAnalysis a =
        Fixture.complete().toBuilder()
            .constraints(List.of())
            .hazards(
                List.of(
                    Fixture.hazard().toBuilder()
                        .addLoss(dev.castkit.core.LossId.of("L-9"))
                        .build()))
            .build();
    assertThat(check(a).step(CastStep.ASSEMBLE_BASIC_INFORMATION).blockers())
        .contains("1 error and 1 warning in this step: CAST-H004, CAST-I001");
  }

  @Test
  void stepThreeNeedsAContributionAndStepTwoAControlAction() {
    CastAnalysis a =
        Fixture.withStructure(b -> b.links(List.of())).toBuilder()
            .componentAnalyses(
                List.of(Fixture.opsAnalysis().toBuilder().contributions(List.of()).build()))
            .recommendations(
                List.of(Fixture.recommendation().toBuilder().addComponent(Fixture.OPS).build()))
            .build();
    ValidationReport report = check(a);
    assertThat(report.step(CastStep.MODEL_CONTROL_STRUCTURE).blockers())
        .contains("no control action in any control structure");
    assertThat(report.step(CastStep.ANALYZE_COMPONENTS).blockers())
        .contains("no contribution recorded in any component analysis");
  }

  @Test
  void errorsAloneAreCountedWithoutWarnings() {
    CastAnalysis a =
        Fixture.complete().toBuilder()
            .hazards(
                List.of(
                    Fixture.hazard().toBuilder()
                        .addLoss(dev.castkit.core.LossId.of("L-9"))
                        .build()))
            .build();
    assertThat(check(a).step(CastStep.ASSEMBLE_BASIC_INFORMATION).blockers())
        .containsExactly("1 error in this step: CAST-I001");
  }

  @Test
  void tenOpenQuestionsAreAllListed() {
    CastAnalysis.Builder b = Fixture.complete().toBuilder().status(AnalysisStatus.DRAFT);
    for (int i = 1; i <= 10; i++) {
      b.addQuestion(
          Question.builder()
              .id(QuestionId.of("Q-x" + i))
              .text("Why " + i + "?")
              .step(CastStep.MODEL_CONTROL_STRUCTURE)
              .status(QuestionStatus.OPEN)
              .build());
    }
    assertThat(check(b.build()).step(CastStep.MODEL_CONTROL_STRUCTURE).blockers())
        .containsExactly(
            "10 open questions: Q-x1, Q-x2, Q-x3, Q-x4, Q-x5, Q-x6, Q-x7, Q-x8, Q-x9, Q-x10");
  }

  @Test
  void feedbackAloneIsNoControlAction() {
    CastAnalysis a =
        Fixture.withStructure(
            b ->
                b.links(
                    List.of(
                        Fixture.link(Fixture.FB1, LinkKind.FEEDBACK, Fixture.SVC, Fixture.OPS))));
    assertThat(check(a).step(CastStep.MODEL_CONTROL_STRUCTURE).blockers())
        .contains("no control action in any control structure");
  }
}
