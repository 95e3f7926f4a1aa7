package dev.castkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.Component;
import dev.castkit.core.ComponentAnalysis;
import dev.castkit.core.ComponentKind;
import dev.castkit.core.ControlLink;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.ElementId;
import dev.castkit.core.Flaw;
import dev.castkit.core.Hazard;
import dev.castkit.core.LinkKind;
import dev.castkit.core.Recommendation;
import dev.castkit.core.SafetyConstraint;
import dev.castkit.core.TimelineEvent;
import dev.castkit.core.rules.CastRules;
import dev.castkit.core.rules.Severity;
import dev.castkit.core.rules.ValidationReport;
import dev.castkit.examples.Examples;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnalysisGeneratorTest {
  private static final CastAnalysis SMALL = AnalysisGenerator.generate(AnalysisSize.SMALL);
  private static final CastAnalysis LARGE = AnalysisGenerator.generate(AnalysisSize.LARGE);

  @Test
  void sameSizeAndSeedGiveTheSameAnalysis() {
    assertThat(AnalysisGenerator.generate(AnalysisSize.SMALL)).isEqualTo(SMALL);
    assertThat(AnalysisGenerator.generate(AnalysisSize.SMALL.units(), AnalysisGenerator.SEED + 1))
        .isNotEqualTo(SMALL);
  }

  @Test
  void sizesAreAFewHundredAndAboutTwentyThousandElements() {
    assertThat(Elements.count(SMALL)).isBetween(250, 600);
    assertThat(Elements.count(LARGE)).isBetween(19_000, 21_000);
  }

  @Test
  void smallIsAboutTheSizeOfTheRealExamples() {
    for (CastAnalysis example : Examples.all()) {
      double ratio = (double) Elements.count(SMALL) / Elements.count(example);
      assertThat(ratio).as(example.id().value()).isBetween(0.8, 1.5);
    }
  }

  @Test
  void elementCountGrowsLinearlyWithUnits() {
    int ten = Elements.count(AnalysisGenerator.generate(10, 1));
    int hundred = Elements.count(AnalysisGenerator.generate(100, 1));
    assertThat((double) hundred / ten).isBetween(9.0, 11.0);
  }

  @Test
  void everyReferenceResolves() {
    for (CastAnalysis a : List.of(SMALL, LARGE)) {
      assertThat(dangling(a)).isEmpty();
    }
  }

  @Test
  void theStandardRulesFindNothingButInformation() {
    for (CastAnalysis a : List.of(SMALL, LARGE)) {
      ValidationReport report = CastRules.standard().check(a);
      assertThat(report.findings())
          .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }
  }

  @Test
  void everyControlActionHasAFeedbackPathAndEveryControllerIsAnalysed() {
    ControlStructure cs = LARGE.controlStructures().get(0);
    Set<String> feedback = new HashSet<>();
    for (ControlLink l : cs.links()) {
      if (l.kind() == LinkKind.FEEDBACK) {
        feedback.add(l.target().value());
      }
    }
    Set<ElementId> analysed = new HashSet<>();
    LARGE.componentAnalyses().forEach(ca -> analysed.add(ca.component()));
    for (ControlLink l : cs.links()) {
      if (l.kind() == LinkKind.CONTROL_ACTION) {
        assertThat(feedback).contains(l.source().value());
      }
    }
    for (Component c : cs.components()) {
      if (c.kind() != ComponentKind.ORGANIZATION && c.kind().isController()) {
        assertThat(analysed).contains(c.id());
      }
    }
  }

  @Test
  void timedEventsAreInOrder() {
    Instant last = Instant.MIN;
    for (TimelineEvent e : LARGE.timeline()) {
      if (e.time().isPresent()) {
        assertThat(e.time().get().at()).isAfter(last);
        last = e.time().get().at();
      }
    }
  }

  /** The references of the analysis that name no element of the right kind. */
  static List<String> dangling(CastAnalysis a) {
    Set<ElementId> defined = new HashSet<>();
    Set<String> definedValues = new HashSet<>();
    a.losses().forEach(x -> defined.add(x.id()));
    a.hazards().forEach(x -> defined.add(x.id()));
    a.constraints().forEach(x -> defined.add(x.id()));
    a.timeline().forEach(x -> defined.add(x.id()));
    a.questions().forEach(x -> defined.add(x.id()));
    a.flaws().forEach(x -> defined.add(x.id()));
    for (ControlStructure cs : a.controlStructures()) {
      for (Component c : cs.components()) {
        defined.add(c.id());
        c.responsibilities().forEach(r -> defined.add(r.id()));
      }
      cs.links().forEach(l -> defined.add(l.id()));
    }
    for (ComponentAnalysis ca : a.componentAnalyses()) {
      ca.contributions().forEach(c -> defined.add(c.id()));
    }
    defined.forEach(id -> definedValues.add(id.value()));

    List<ElementId> used = new ArrayList<>();
    for (Hazard h : a.hazards()) {
      used.addAll(h.losses());
      h.parent().ifPresent(used::add);
    }
    for (SafetyConstraint c : a.constraints()) {
      used.addAll(c.hazards());
      c.parent().ifPresent(used::add);
    }
    for (TimelineEvent e : a.timeline()) {
      used.addAll(e.components());
      used.addAll(e.questions());
    }
    for (ControlStructure cs : a.controlStructures()) {
      for (Component c : cs.components()) {
        c.parent().ifPresent(used::add);
        c.responsibilities().forEach(r -> used.addAll(r.constraints()));
      }
      for (ControlLink l : cs.links()) {
        used.add(l.source());
        used.add(l.target());
      }
    }
    for (ComponentAnalysis ca : a.componentAnalyses()) {
      used.add(ca.component());
      used.addAll(ca.responsibilities());
      used.addAll(ca.questions());
      ca.contributions()
          .forEach(
              c -> {
                used.addAll(c.hazards());
                used.addAll(c.events());
                used.addAll(c.unmetResponsibilities());
              });
    }
    for (Flaw f : a.flaws()) {
      used.addAll(f.components());
      used.addAll(f.links());
    }
    for (Recommendation r : a.recommendations()) {
      used.addAll(r.flaws());
      used.addAll(r.contributions());
      used.addAll(r.links());
      used.addAll(r.components());
    }
    List<String> missing = new ArrayList<>();
    for (ElementId id : used) {
      if (!defined.contains(id)) {
        missing.add(id.getClass().getSimpleName() + " " + id.value());
      }
    }
    a.questions()
        .forEach(
            q ->
                q.about()
                    .filter(v -> !definedValues.contains(v))
                    .ifPresent(v -> missing.add("about " + v)));
    return missing;
  }
}
