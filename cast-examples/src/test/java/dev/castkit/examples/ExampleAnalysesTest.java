package dev.castkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.core.AnalysisStatus;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.Component;
import dev.castkit.core.ComponentAnalysis;
import dev.castkit.core.ComponentId;
import dev.castkit.core.ComponentKind;
import dev.castkit.core.Contribution;
import dev.castkit.core.ContributionEffect;
import dev.castkit.core.ContributionId;
import dev.castkit.core.ControlLink;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.EventId;
import dev.castkit.core.EventKind;
import dev.castkit.core.Evidence;
import dev.castkit.core.EvidenceKind;
import dev.castkit.core.Flaw;
import dev.castkit.core.FlawCategory;
import dev.castkit.core.FlawId;
import dev.castkit.core.Hazard;
import dev.castkit.core.HazardId;
import dev.castkit.core.LinkKind;
import dev.castkit.core.LinkStatus;
import dev.castkit.core.LossId;
import dev.castkit.core.Milestone;
import dev.castkit.core.MilestoneKind;
import dev.castkit.core.QuestionStatus;
import dev.castkit.core.Recommendation;
import dev.castkit.core.Reference;
import dev.castkit.core.ReferenceKind;
import dev.castkit.core.Responsibility;
import dev.castkit.core.ResponsibilityId;
import dev.castkit.core.SafetyConstraint;
import dev.castkit.core.StructureVariant;
import dev.castkit.core.TimePrecision;
import dev.castkit.core.TimelineEvent;
import dev.castkit.core.rules.CastRules;
import dev.castkit.core.rules.Finding;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example analysis meets the minimums of a complete CAST analysis (issue 5). */
class ExampleAnalysesTest {

  static Stream<CastAnalysis> analyses() {
    return Examples.all().stream();
  }

  private static List<ControlStructure> structures(CastAnalysis a) {
    return a.controlStructures();
  }

  private static Map<ComponentId, Component> components(CastAnalysis a) {
    return a.controlStructures().stream()
        .flatMap(s -> s.components().stream())
        .collect(Collectors.toMap(Component::id, Function.identity(), (x, y) -> x));
  }

  @Test
  void thereAreThreeAnalysesWithDistinctIds() {
    assertThat(Examples.all()).hasSize(3);
    assertThat(Examples.all().stream().map(CastAnalysis::id).distinct()).hasSize(3);
  }

  @ParameterizedTest
  @MethodSource("analyses")
  void readingTheFileAgainGivesAnEqualValue(CastAnalysis analysis) {
    String resource =
        Examples.RESOURCES.stream()
            .filter(r -> r.endsWith("/" + analysis.id().value() + ".cast.yaml"))
            .findFirst()
            .orElseThrow();
    CastAnalysis again = Examples.read(resource);
    assertThat(again).isNotSameAs(analysis).isEqualTo(analysis);
    assertThat(again.hashCode()).isEqualTo(analysis.hashCode());
  }

  @ParameterizedTest
  @MethodSource("analyses")
  void citesItsPostMortemsAsUrls(CastAnalysis analysis) {
    assertThat(analysis.references()).isNotEmpty();
    assertThat(analysis.references())
        .allSatisfy(
            r -> {
              assertThat(r.kind()).isEqualTo(ReferenceKind.URL);
              assertThat(r.value()).startsWith("https://");
              assertThat(r.title()).isPresent();
            });
  }

  @ParameterizedTest
  @MethodSource("analyses")
  void step1HasSystemBoundaryLossesHazardsAndConstraints(CastAnalysis analysis) {
    assertThat(analysis.system())
        .hasValueSatisfying(
            s -> {
              assertThat(s.inside()).isNotEmpty();
              assertThat(s.environment()).isNotEmpty();
              assertThat(s.goals()).isNotEmpty();
            });
    assertThat(analysis.processAnalysis()).isPresent();
    assertThat(analysis.losses()).isNotEmpty();
    assertThat(analysis.hazards()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(analysis.constraints()).hasSizeGreaterThanOrEqualTo(3);

    Set<LossId> reached =
        analysis.hazards().stream().flatMap(h -> h.losses().stream()).collect(Collectors.toSet());
    assertThat(analysis.losses()).allSatisfy(l -> assertThat(reached).contains(l.id()));
    assertThat(analysis.hazards()).allSatisfy(h -> assertThat(h.losses()).isNotEmpty());
    Set<HazardId> constrained =
        analysis.constraints().stream()
            .flatMap(c -> c.hazards().stream())
            .collect(Collectors.toSet());
    assertThat(analysis.hazards()).extracting(Hazard::id).allMatch(constrained::contains);
    assertThat(analysis.constraints())
        .extracting(SafetyConstraint::hazards)
        .allSatisfy(h -> assertThat(h).isNotEmpty());
  }

  @ParameterizedTest
  @MethodSource("analyses")
  void timelineHasTenEventsAndTimedOnesAreInOrder(CastAnalysis analysis) {
    assertThat(analysis.timeline()).hasSizeGreaterThanOrEqualTo(10);
    List<Instant> times =
        analysis.timeline().stream()
            .flatMap(e -> e.time().stream())
            .map(t -> t.at())
            .collect(Collectors.toList());
    assertThat(times).isNotEmpty().isSorted();
    assertThat(analysis.timeline())
        .allSatisfy(
            e -> {
              assertThat(e.components()).isNotEmpty();
              assertThat(e.evidence()).isNotEmpty();
            });
  }

  @ParameterizedTest
  @MethodSource("analyses")
  void eachStructureHasSixComponentsOnThreeLevels(CastAnalysis analysis) {
    assertThat(structures(analysis)).isNotEmpty();
    assertThat(structures(analysis))
        .allSatisfy(
            s -> {
              assertThat(s.components()).hasSizeGreaterThanOrEqualTo(6);
              assertThat(s.components().stream().map(Component::level).distinct().count())
                  .isGreaterThanOrEqualTo(3);
            });
  }

  @ParameterizedTest
  @MethodSource("analyses")
  void designedAndOperatingStructuresShareTheirComponents(CastAnalysis analysis) {
    Map<StructureVariant, List<ControlStructure>> byVariant =
        structures(analysis).stream().collect(Collectors.groupingBy(ControlStructure::variant));
    assertThat(byVariant).containsKeys(StructureVariant.AS_DESIGNED, StructureVariant.AS_OPERATING);
    Set<ComponentId> designed = componentIds(byVariant.get(StructureVariant.AS_DESIGNED).get(0));
    Set<ComponentId> operating = componentIds(byVariant.get(StructureVariant.AS_OPERATING).get(0));
    assertThat(designed).isEqualTo(operating);
  }

  private static Set<ComponentId> componentIds(ControlStructure s) {
    return s.components().stream().map(Component::id).collect(Collectors.toSet());
  }

  @ParameterizedTest
  @MethodSource("analyses")
  void everyControlActionHasFeedbackBackToItsController(CastAnalysis analysis) {
    for (ControlStructure s : structures(analysis)) {
      List<ControlLink> actions =
          s.links().stream().filter(l -> l.kind() == LinkKind.CONTROL_ACTION).toList();
      assertThat(actions).as("control actions of %s", s.id()).isNotEmpty();
      for (ControlLink action : actions) {
        assertThat(s.links())
            .as("feedback for %s in %s", action.id(), s.id())
            .anySatisfy(
                l -> {
                  assertThat(l.kind()).isEqualTo(LinkKind.FEEDBACK);
                  assertThat(l.source()).isEqualTo(action.target());
                  assertThat(l.target()).isEqualTo(action.source());
                });
      }
    }
  }

  @ParameterizedTest
  @MethodSource("analyses")
  void linksThatDidNotWorkAreMarkedAndExplained(CastAnalysis analysis) {
    ControlStructure operating =
        structures(analysis).stream()
            .filter(s -> s.variant() == StructureVariant.AS_OPERATING)
            .findFirst()
            .orElseThrow();
    List<ControlLink> broken =
        operating.links().stream()
            .filter(l -> l.status() == LinkStatus.MISSING || l.status() == LinkStatus.INOPERABLE)
            .toList();
    assertThat(broken).isNotEmpty();
    assertThat(operating.links())
        .filteredOn(l -> l.status() != LinkStatus.PRESENT)
        .allSatisfy(l -> assertThat(l.description()).as("why %s", l.id()).isPresent());
  }

  @ParameterizedTest
  @MethodSource("analyses")
  void everyResponsibilityServesAConstraint(CastAnalysis analysis) {
    assertThat(components(analysis).values())
        .flatExtracting(Component::responsibilities)
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.constraints()).as("%s", r.id()).isNotEmpty());
  }

  @ParameterizedTest
  @MethodSource("analyses")
  void everyControllerHasAStep3Analysis(CastAnalysis analysis) {
    Set<ComponentId> analysed =
        analysis.componentAnalyses().stream()
            .map(ComponentAnalysis::component)
            .collect(Collectors.toSet());
    List<Component> controllers =
        components(analysis).values().stream().filter(c -> c.kind().isController()).toList();
    assertThat(controllers).isNotEmpty();
    assertThat(controllers).allSatisfy(c -> assertThat(analysed).contains(c.id()));
    assertThat(controllers)
        .extracting(Component::kind)
        .contains(ComponentKind.HUMAN_CONTROLLER, ComponentKind.ORGANIZATION);

    Map<ComponentId, Component> byId = components(analysis);
    for (ComponentAnalysis ca : analysis.componentAnalyses()) {
      Component component = byId.get(ca.component());
      Set<ResponsibilityId> own =
          component.responsibilities().stream().map(Responsibility::id).collect(Collectors.toSet());
      assertThat(ca.contributions()).as("contributions of %s", ca.component()).isNotEmpty();
      assertThat(ca.contextFactors()).as("context of %s", ca.component()).isNotEmpty();
      assertThat(ca.responsibilities()).as("responsibilities of %s", ca.component()).isNotEmpty();
      if (component.kind() != ComponentKind.AUTOMATED_CONTROLLER) {
        assertThat(ca.processModelFlaws())
            .as("process-model flaws of %s", ca.component())
            .isNotEmpty();
      }
      for (Contribution c : ca.contributions()) {
        assertThat(c.context()).as("why %s made sense", c.id()).isPresent();
        assertThat(c.hazards()).as("hazards of %s", c.id()).isNotEmpty();
        assertThat(c.events()).as("events of %s", c.id()).isNotEmpty();
        if (c.effect() == ContributionEffect.LIMITED) {
          // what limited the loss left no responsibility unmet
          assertThat(c.unmetResponsibilities()).as("unmet of %s", c.id()).isEmpty();
        } else {
          assertThat(c.unmetResponsibilities()).as("unmet of %s", c.id()).isNotEmpty();
        }
        assertThat(own).containsAll(c.unmetResponsibilities());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("analyses")
  void step4HasThreeSystemicFlawsInTwoCategories(CastAnalysis analysis) {
    assertThat(analysis.flaws()).hasSizeGreaterThanOrEqualTo(3);
    Set<FlawCategory> categories =
        analysis.flaws().stream().map(Flaw::category).collect(Collectors.toSet());
    assertThat(categories).hasSizeGreaterThanOrEqualTo(2);
    assertThat(analysis.flaws()).allSatisfy(f -> assertThat(f.components()).isNotEmpty());
  }

  @ParameterizedTest
  @MethodSource("analyses")
  void everyFlawIsAddressedOrSaysWhyNot(CastAnalysis analysis) {
    Set<FlawId> addressed =
        analysis.recommendations().stream()
            .flatMap(r -> r.flaws().stream())
            .collect(Collectors.toSet());
    assertThat(analysis.flaws())
        .allSatisfy(
            f ->
                assertThat(addressed.contains(f.id()) || f.noActionRationale().isPresent())
                    .as("%s is addressed or has a rationale", f.id())
                    .isTrue());
  }

  @ParameterizedTest
  @MethodSource("analyses")
  void step5HasFiveRecommendationsEachAddressingSomething(CastAnalysis analysis) {
    assertThat(analysis.recommendations()).hasSizeGreaterThanOrEqualTo(5);
    for (Recommendation r : analysis.recommendations()) {
      assertThat(r.flaws().size() + r.contributions().size() + r.links().size())
          .as("what %s addresses", r.id())
          .isPositive();
      assertThat(r.components()).as("what %s changes", r.id()).isNotEmpty();
    }
  }

  private static List<String> findings(CastAnalysis analysis, String code) {
    return CastRules.standard().check(analysis).findings().stream()
        .filter(f -> f.code().equals(code))
        .map(Finding::toString)
        .toList();
  }

  @ParameterizedTest
  @MethodSource("analyses")
  void hasItsTimeZoneAndOutageWindow(CastAnalysis analysis) {
    assertThat(analysis.timeZone()).as("the zone the report speaks in").isPresent();
    assertThat(analysis.milestones())
        .extracting(Milestone::kind)
        .contains(MilestoneKind.STARTED, MilestoneKind.RESOLVED)
        .isSorted();
    Map<EventId, TimelineEvent> events =
        analysis.timeline().stream()
            .collect(Collectors.toMap(TimelineEvent::id, Function.identity()));
    for (Milestone m : analysis.milestones()) {
      assertThat(m.event()).as("event of %s", m.kind()).isPresent();
      TimelineEvent e = events.get(m.event().get());
      assertThat(e).as("event of %s", m.kind()).isNotNull();
      if (m.time().isPresent()) {
        assertThat(e.time()).as("time of %s", e.id()).contains(m.time().get());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("analyses")
  void whatLimitedTheLossIsToldAndNotTreatedAsACause(CastAnalysis analysis) {
    List<Contribution> limited =
        analysis.componentAnalyses().stream()
            .flatMap(ca -> ca.contributions().stream())
            .filter(c -> c.effect() == ContributionEffect.LIMITED)
            .toList();
    assertThat(limited).isNotEmpty();
    Set<ContributionId> addressed =
        analysis.recommendations().stream()
            .flatMap(r -> r.contributions().stream())
            .collect(Collectors.toSet());
    assertThat(limited)
        .allSatisfy(
            c -> {
              assertThat(addressed)
                  .as("recommendations addressing %s", c.id())
                  .doesNotContain(c.id());
              assertThat(c.unsafeControlAction()).as("type of %s", c.id()).isEmpty();
            });
  }

  @Test
  void aLatentConditionIsDatedOnlyAsPreciselyAsItsReportAllows() {
    List<TimelineEvent> conditions =
        Examples.all().stream()
            .flatMap(a -> a.timeline().stream())
            .filter(e -> e.kind() == EventKind.CONDITION)
            .toList();
    assertThat(conditions).isNotEmpty();
    assertThat(conditions)
        .allSatisfy(
            e ->
                e.time()
                    .ifPresent(
                        t -> {
                          assertThat(t.precision()).isIn(TimePrecision.MONTH, TimePrecision.YEAR);
                          assertThat(t.approximate()).isTrue();
                        }));
    assertThat(conditions).anySatisfy(e -> assertThat(e.time()).isEmpty());
    assertThat(conditions).anySatisfy(e -> assertThat(e.time()).isPresent());
  }

  @ParameterizedTest
  @MethodSource("analyses")
  void everyReferenceResolves(CastAnalysis analysis) {
    assertThat(findings(analysis, "CAST-I001")).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("analyses")
  void evidenceCitesTheAnalysisReferences(CastAnalysis analysis) {
    Set<String> cited =
        analysis.references().stream().map(Reference::value).collect(Collectors.toSet());
    Stream<Evidence> evidence =
        Stream.concat(
            analysis.timeline().stream().flatMap(e -> e.evidence().stream()),
            analysis.flaws().stream().flatMap(f -> f.evidence().stream()));
    assertThat(evidence.filter(e -> e.kind() == EvidenceKind.URL).map(Evidence::source))
        .allSatisfy(url -> assertThat(cited).contains(url));
  }

  @ParameterizedTest
  @MethodSource("analyses")
  void idsAreUniqueAcrossTheWholeAnalysis(CastAnalysis analysis) {
    assertThat(findings(analysis, "CAST-I002")).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("analyses")
  void wordingIsBlameless(CastAnalysis analysis) {
    assertThat(findings(analysis, "CAST-W001")).isEmpty();
    assertThat(findings(analysis, "CAST-W002")).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("analyses")
  void isFinalOnlyWhenNoQuestionIsOpen(CastAnalysis analysis) {
    assertThat(analysis.questions()).isNotEmpty();
    boolean open = analysis.questions().stream().anyMatch(q -> q.status() == QuestionStatus.OPEN);
    if (open) {
      assertThat(analysis.status()).isNotEqualTo(AnalysisStatus.FINAL);
    }
    assertThat(analysis.questions())
        .filteredOn(q -> q.status() != QuestionStatus.OPEN)
        .allSatisfy(q -> assertThat(q.answer()).as("answer to %s", q.id()).isPresent());
  }
}
