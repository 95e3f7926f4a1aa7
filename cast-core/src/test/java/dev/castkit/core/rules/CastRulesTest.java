package dev.castkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastStep;
import dev.castkit.core.ControlLink;
import dev.castkit.core.LinkKind;
import dev.castkit.core.LinkStatus;
import dev.castkit.core.Recommendation;
import dev.castkit.core.TimelineEvent;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class CastRulesTest {
  private static final Rule OWNERS =
      Rule.of(
          "ACME-001",
          Severity.WARNING,
          CastStep.CREATE_IMPROVEMENT_PROGRAM,
          "every recommendation has an owner",
          (analysis, out) ->
              analysis.recommendations().stream()
                  .filter(r -> r.owner().isEmpty())
                  .forEach(r -> out.report(r.id(), "Recommendation " + r.id() + " has no owner.")));

  private static CastAnalysis withBrokenFeedback() {
    ControlLink missing =
        Fixture.link(Fixture.FB1, LinkKind.FEEDBACK, Fixture.SVC, Fixture.OPS).toBuilder()
            .status(LinkStatus.MISSING)
            .build();
    return Fixture.withStructure(
        b ->
            b.links(
                List.of(
                    Fixture.link(Fixture.CA1, LinkKind.CONTROL_ACTION, Fixture.OPS, Fixture.SVC),
                    missing)));
  }

  private static CastAnalysis withoutOwner() {
    Recommendation r =
        Fixture.recommendation().toBuilder().owner(java.util.Optional.empty()).build();
    return Fixture.complete().toBuilder().recommendations(List.of(r)).build();
  }

  @Test
  void standardIsOneSharedInstance() {
    assertThat(CastRules.standard()).isSameAs(CastRules.standard());
  }

  @Test
  void standardRulesAreListedInCodeOrderWithTheirDefaults() {
    List<Rule> rules = CastRules.standard().rules();
    assertThat(rules).extracting(Rule::code).isSorted().doesNotHaveDuplicates();
    assertThat(rules).allSatisfy(r -> assertThat(r.code()).matches("CAST-[A-Z]\\d{3}"));
    assertThat(rules)
        .filteredOn(r -> r.code().equals("CAST-I001"))
        .singleElement()
        .satisfies(r -> assertThat(r.severity()).isEqualTo(Severity.ERROR));
    assertThat(rules).allSatisfy(r -> assertThat(r.title()).isNotBlank());
  }

  @Test
  void aDisabledRuleReportsNothingAndIsNotListed() {
    CastRules rules = CastRules.builder().disable("CAST-S002").build();
    assertThat(CastRules.standard().check(withBrokenFeedback()).count(Severity.INFO)).isEqualTo(1);
    assertThat(rules.check(withBrokenFeedback()).findings()).isEmpty();
    assertThat(rules.rules()).extracting(Rule::code).doesNotContain("CAST-S002");
  }

  @Test
  void aSeverityOverrideChangesTheFindingsAndTheRuleListing() {
    CastRules rules = CastRules.builder().severity("CAST-S002", Severity.ERROR).build();
    ValidationReport report = rules.check(withBrokenFeedback());
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("CAST-S002");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
            });
    assertThat(rules.rules())
        .filteredOn(r -> r.code().equals("CAST-S002"))
        .singleElement()
        .satisfies(r -> assertThat(r.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void anErrorDemotedToAWarningNoLongerMakesTheReportFail() {
    CastAnalysis a = Fixture.complete().toBuilder().constraints(List.of()).build();
    CastAnalysis dangling =
        a.toBuilder()
            .hazards(
                List.of(
                    Fixture.hazard().toBuilder()
                        .addLoss(dev.castkit.core.LossId.of("L-9"))
                        .build()))
            .build();
    assertThat(CastRules.standard().check(dangling).hasErrors()).isTrue();
    CastRules lenient = CastRules.builder().severity("CAST-I001", Severity.WARNING).build();
    assertThat(lenient.check(dangling).hasErrors()).isFalse();
  }

  @Test
  void aHouseRuleReportsUnderItsOwnCodeAndSeverity() {
    CastRules rules = CastRules.builder().add(OWNERS).build();
    ValidationReport report = rules.check(withoutOwner());
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("ACME-001");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.step()).isEqualTo(CastStep.CREATE_IMPROVEMENT_PROGRAM);
              assertThat(f.elementId()).contains("REC-1");
            });
    assertThat(rules.check(Fixture.complete()).findings()).isEmpty();
    assertThat(rules.rules()).extracting(Rule::code).contains("ACME-001", "CAST-I001");
  }

  @Test
  void aHouseRuleCanBeSwitchedOffAndRegradedLikeAStandardOne() {
    assertThat(
            CastRules.builder()
                .add(OWNERS)
                .disable("ACME-001")
                .build()
                .check(withoutOwner())
                .findings())
        .isEmpty();
    assertThat(
            CastRules.builder()
                .add(OWNERS)
                .severity("ACME-001", Severity.INFO)
                .build()
                .check(withoutOwner())
                .count(Severity.INFO))
        .isEqualTo(1);
  }

  @Test
  void aHouseRuleWarningBlocksItsStepLikeAStandardOne() {
    ValidationReport report = CastRules.builder().add(OWNERS).build().check(withoutOwner());
    assertThat(report.step(CastStep.CREATE_IMPROVEMENT_PROGRAM).complete()).isFalse();
    assertThat(report.step(CastStep.CREATE_IMPROVEMENT_PROGRAM).blockers())
        .singleElement()
        .asString()
        .contains("ACME-001");
    assertThat(report.readyFor()).contains(CastStep.CREATE_IMPROVEMENT_PROGRAM);
  }

  @Test
  void aHouseRuleThatThrowsIsReportedAsAnErrorAndTheOthersStillRun() {
    Rule broken =
        Rule.of(
            "ACME-002",
            Severity.INFO,
            CastStep.IDENTIFY_FLAWS,
            "always fails",
            (a, out) -> {
              out.report("half a finding, dropped when the rule fails");
              throw new IllegalStateException("boom");
            });
    ValidationReport report =
        CastRules.builder().add(broken).add(OWNERS).build().check(withoutOwner());
    assertThat(report.findings())
        .extracting(Finding::code)
        .containsExactly("ACME-002", "ACME-001")
        .doesNotHaveDuplicates();
    Finding f = report.findings().get(0);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.step()).isEqualTo(CastStep.IDENTIFY_FLAWS);
    assertThat(f.message())
        .contains("could not run")
        .contains("IllegalStateException")
        .contains("boom");
  }

  @Test
  void aRuleReportingANullElementOrBlankMessageIsReportedAsFailing() {
    Rule sloppy =
        Rule.of(
            "ACME-003",
            Severity.WARNING,
            CastStep.IDENTIFY_FLAWS,
            "sloppy",
            (a, out) -> out.report((dev.castkit.core.ElementId) null, "x"));
    Rule blank =
        Rule.of(
            "ACME-004",
            Severity.WARNING,
            CastStep.IDENTIFY_FLAWS,
            "blank",
            (a, out) -> out.report(" "));
    ValidationReport report =
        CastRules.builder().add(sloppy).add(blank).build().check(Fixture.complete());
    assertThat(report.findings())
        .extracting(Finding::severity)
        .containsExactly(Severity.ERROR, Severity.ERROR);
    assertThat(report.findings().get(0).message()).contains("null element");
  }

  @Test
  void unknownCodesAreRefusedAtBuildNamingTheCode() {
    assertThatThrownBy(() -> CastRules.builder().disable("CAST-Z999").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CAST-Z999")
        .hasMessageContaining("CAST-I001");
    assertThatThrownBy(() -> CastRules.builder().severity("ACME-9", Severity.INFO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ACME-9");
  }

  @Test
  void aHouseRuleMayNotTakeACodeAlreadyUsed() {
    Rule clash = Rule.of("CAST-I001", Severity.INFO, CastStep.IDENTIFY_FLAWS, "x", (a, o) -> {});
    assertThatThrownBy(() -> CastRules.builder().add(clash).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CAST-I001");
    assertThatThrownBy(() -> CastRules.builder().add(OWNERS).add(OWNERS).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ACME-001");
  }

  @Test
  void badArgumentsGetAClearIllegalArgumentException() {
    assertThatThrownBy(() -> CastRules.standard().check(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("null");
    assertThatThrownBy(() -> CastRules.builder().disable(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CastRules.builder().disable("CAST H001"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("white space");
    assertThatThrownBy(() -> CastRules.builder().severity("CAST-H001", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CastRules.builder().add(null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Rule.of("ACME-1", null, CastStep.IDENTIFY_FLAWS, "x", (a, o) -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ACME-1");
    assertThatThrownBy(() -> CastRules.builder().addBlameWords("fine", "?!"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("?!");
    assertThatThrownBy(() -> CastRules.builder().addBlameWords((String) null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CastRules.builder().addFailureWords((List<String>) null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theBlameWordListCanBeExtended() {
    TimelineEvent e =
        Fixture.event(Fixture.E1, "2017-02-28T17:37:00Z", "The engineer dropped the ball");
    CastAnalysis a =
        Fixture.complete().toBuilder()
            .timeline(List.of(e, Fixture.complete().timeline().get(1)))
            .build();
    assertThat(CastRules.standard().check(a).findings()).isEmpty();
    ValidationReport report =
        CastRules.builder().addBlameWords("Dropped the Ball").build().check(a);
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("CAST-W001");
              assertThat(f.message()).contains("\"dropped the ball\"");
            });
  }

  @Test
  void theFailureWordListCanBeExtended() {
    CastAnalysis a =
        Fixture.complete().toBuilder()
            .hazards(
                List.of(Fixture.hazard().toBuilder().description("The disk overheated").build()))
            .build();
    assertThat(CastRules.standard().check(a).findings()).isEmpty();
    assertThat(
            CastRules.builder().addFailureWords(List.of("overheated")).build().check(a).findings())
        .extracting(Finding::code)
        .containsExactly("CAST-W002");
  }

  @Test
  void theStandardWordListsAreTheResourceFiles() {
    assertThat(CastRules.standardBlameWords())
        .contains(
            "failed to",
            "should have",
            "could have",
            "careless",
            "negligent",
            "human error",
            "if only")
        .noneMatch(w -> w.startsWith("#") || w.isBlank());
    assertThat(CastRules.standardFailureWords()).contains("failed", "crashed", "broke");
  }

  @Test
  void oneInstanceChecksManyAnalysesAtOnce() throws Exception {
    CastRules rules = CastRules.builder().add(OWNERS).build();
    ValidationReport expected = rules.check(withoutOwner());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ValidationReport>> results =
          pool.invokeAll(java.util.Collections.nCopies(32, () -> rules.check(withoutOwner())));
      for (Future<ValidationReport> r : results) {
        assertThat(r.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aStandardRuleCanRunOnItsOwn() {
    Rule i001 =
        CastRules.standard().rules().stream()
            .filter(r -> r.code().equals("CAST-H004"))
            .findFirst()
            .orElseThrow();
    List<String> reported = new java.util.ArrayList<>();
    i001.check(
        Fixture.complete().toBuilder().constraints(List.of()).build(),
        new Rule.Reporter() {
          @Override
          public void report(dev.castkit.core.ElementId element, String message) {
            reported.add(element.value());
          }

          @Override
          public void report(CastStep step, dev.castkit.core.ElementId element, String message) {
            reported.add(element.value());
          }

          @Override
          public void report(String message) {
            reported.add("-");
          }

          @Override
          public void report(CastStep step, String message) {
            reported.add("-");
          }
        });
    assertThat(reported).containsExactly("H-1");
  }

  @Test
  void aHouseRuleMayRunAStandardRuleOnAnotherAnalysis() {
    // e.g. on a draft derived from the analysis under check: the standard rule reads that draft,
    // not the analysis the check was called with
    Rule i001 =
        CastRules.standard().rules().stream()
            .filter(r -> r.code().equals("CAST-I001"))
            .findFirst()
            .orElseThrow();
    CastAnalysis broken =
        Fixture.complete().toBuilder()
            .hazards(
                List.of(
                    Fixture.hazard().toBuilder()
                        .addLoss(dev.castkit.core.LossId.of("L-9"))
                        .build()))
            .build();
    Rule onDraft =
        Rule.of(
            "ACME-010",
            Severity.INFO,
            CastStep.ASSEMBLE_BASIC_INFORMATION,
            "the draft's references resolve",
            (a, out) -> i001.check(broken, out));
    assertThat(CastRules.builder().add(onDraft).build().check(Fixture.complete()).findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("ACME-010");
              assertThat(f.message()).contains("L-9");
            });
  }

  @Test
  void houseRulesAreListedInCodeOrderAmongTheStandardOnes() {
    Rule early = Rule.of("AAA-1", Severity.INFO, CastStep.IDENTIFY_FLAWS, "x", (a, o) -> {});
    Rule late = Rule.of("ZZZ-1", Severity.INFO, CastStep.IDENTIFY_FLAWS, "z", (a, o) -> {});
    List<String> codes =
        CastRules.builder().add(late).add(OWNERS).add(early).build().rules().stream()
            .map(Rule::code)
            .toList();
    assertThat(codes).isSorted().startsWith("AAA-1", "ACME-001").endsWith("ZZZ-1");
    assertThat(codes).hasSize(CastRules.standard().rules().size() + 3);
  }

  @Test
  void aRuleListedByAnInstanceSaysTheSeverityItRunsWith() {
    Rule s001 =
        CastRules.builder().severity("CAST-S001", Severity.INFO).build().rules().stream()
            .filter(r -> r.code().equals("CAST-S001"))
            .findFirst()
            .orElseThrow();
    assertThat(s001.toString()).isEqualTo("CAST-S001 (INFO, step 2): " + s001.title());
    assertThat(OWNERS.toString())
        .isEqualTo("ACME-001 (WARNING, step 5): every recommendation has an owner");
  }

  @Test
  void aBadCodeOrARuleThatDescribesItselfBadlyIsRefusedWhenGiven() {
    assertThatThrownBy(() -> CastRules.builder().severity("CAST S001", Severity.INFO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("white space");
    assertThatThrownBy(() -> CastRules.builder().add(describing("ACME 1", Severity.INFO)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("white space");
    assertThatThrownBy(() -> CastRules.builder().add(describing("ACME-1", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ACME-1")
        .hasMessageContaining("severity");
  }

  /** A rule written by hand, not by Rule.of, that checks nothing. */
  private static Rule describing(String code, Severity severity) {
    return new Rule() {
      @Override
      public String code() {
        return code;
      }

      @Override
      public Severity severity() {
        return severity;
      }

      @Override
      public CastStep step() {
        return CastStep.IDENTIFY_FLAWS;
      }

      @Override
      public String title() {
        return "hand-written";
      }

      @Override
      public void check(CastAnalysis analysis, Reporter out) {}
    };
  }

  @Test
  void failureWordsCanBeGivenOneByOne() {
    CastAnalysis a =
        Fixture.complete().toBuilder()
            .hazards(
                List.of(Fixture.hazard().toBuilder().description("The disk overheated").build()))
            .build();
    assertThat(CastRules.builder().addFailureWords("overheated").build().check(a).findings())
        .extracting(Finding::code)
        .containsExactly("CAST-W002");
    assertThatThrownBy(() -> CastRules.builder().addFailureWords((String[]) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("null");
  }
}
