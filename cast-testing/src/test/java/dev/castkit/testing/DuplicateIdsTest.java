package dev.castkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastModelException;
import dev.castkit.core.CastStep;
import dev.castkit.core.Component;
import dev.castkit.core.ComponentAnalysis;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.ProcessModelFlaw;
import dev.castkit.core.ProcessModelFlawId;
import dev.castkit.core.ProcessModelVariable;
import dev.castkit.core.Question;
import dev.castkit.core.QuestionId;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every collection of the model whose elements have ids (or, for process-model variables, names;
 * for component analyses, components) refuses two elements with the same one at {@code build()}:
 * each case adds a copy of an element to its own collection.
 */
class DuplicateIdsTest {
  private static final CastAnalysis A = CastFixtures.complete();
  private static final ControlStructure CS = A.controlStructures().get(0);
  private static final Component CONTROLLER = CS.components().get(0);
  private static final ComponentAnalysis ANALYSIS = A.componentAnalyses().get(0);
  private static final Question QUESTION =
      Question.builder()
          .id(QuestionId.of("Q-1"))
          .text("Who approved the push?")
          .step(CastStep.ASSEMBLE_BASIC_INFORMATION)
          .build();
  private static final ProcessModelVariable VARIABLE =
      ProcessModelVariable.builder().name("rollout stage").build();
  private static final ProcessModelFlaw PMF =
      ProcessModelFlaw.builder()
          .id(ProcessModelFlawId.of("PMF-1"))
          .believed("The configuration had been tested")
          .actual("It had never run on a server")
          .build();

  static Stream<Arguments> duplicates() {
    return Stream.of(
        dup(
            "CastAnalysis",
            "losses",
            "L-1",
            () -> A.toBuilder().addLoss(A.losses().get(0)).build()),
        dup(
            "CastAnalysis",
            "hazards",
            "H-1",
            () -> A.toBuilder().addHazard(A.hazards().get(0)).build()),
        dup(
            "CastAnalysis",
            "constraints",
            "SC-1",
            () -> A.toBuilder().addConstraint(A.constraints().get(0)).build()),
        dup(
            "CastAnalysis",
            "timeline",
            "E-1",
            () -> A.toBuilder().addTimeline(A.timeline().get(0)).build()),
        dup(
            "CastAnalysis",
            "questions",
            "Q-1",
            () -> A.toBuilder().addQuestion(QUESTION).addQuestion(QUESTION).build()),
        dup(
            "CastAnalysis",
            "controlStructures",
            "CS-1",
            () -> A.toBuilder().addControlStructure(CS).build()),
        dup(
            "CastAnalysis",
            "componentAnalyses",
            "C-deploy",
            () -> A.toBuilder().addComponentAnalysis(ANALYSIS).build()),
        dup("CastAnalysis", "flaws", "F-1", () -> A.toBuilder().addFlaw(A.flaws().get(0)).build()),
        dup(
            "CastAnalysis",
            "recommendations",
            "REC-1",
            () -> A.toBuilder().addRecommendation(A.recommendations().get(0)).build()),
        dup(
            "Component",
            "responsibilities",
            "R-1",
            () ->
                CONTROLLER.toBuilder()
                    .addResponsibility(CONTROLLER.responsibilities().get(0))
                    .build()),
        dup(
            "Component",
            "processModel",
            "rollout stage",
            () ->
                CONTROLLER.toBuilder().addProcessModel(VARIABLE).addProcessModel(VARIABLE).build()),
        dup(
            "ComponentAnalysis",
            "contributions",
            "CT-1",
            () -> ANALYSIS.toBuilder().addContribution(ANALYSIS.contributions().get(0)).build()),
        dup(
            "ComponentAnalysis",
            "processModelFlaws",
            "PMF-1",
            () -> ANALYSIS.toBuilder().addProcessModelFlaw(PMF).addProcessModelFlaw(PMF).build()),
        dup(
            "ControlStructure",
            "components",
            "C-deploy",
            () -> CS.toBuilder().addComponent(CONTROLLER).build()),
        dup(
            "ControlStructure",
            "links",
            "CA-1",
            () -> CS.toBuilder().addLink(CS.links().get(0)).build()));
  }

  private static Arguments dup(String type, String attribute, String id, Runnable build) {
    return Arguments.of(type + "." + attribute, type, attribute, id, build);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("duplicates")
  void aRepeatedIdIsRefusedAtBuild(
      String name, String type, String attribute, String id, Runnable build) {
    assertThatThrownBy(build::run)
        .isInstanceOfSatisfying(
            CastModelException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CastModelException.Code.DUPLICATE_ID);
              assertThat(e.type()).isEqualTo(type);
              assertThat(e.attribute()).isEqualTo(attribute);
              assertThat(e.getMessage()).contains("'" + id + "'");
            });
  }
}
