package dev.castkit.examples;

import static dev.castkit.examples.ExampleSupport.link;
import static dev.castkit.examples.ExampleSupport.minute;
import static dev.castkit.examples.ExampleSupport.postMortem;

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
import dev.castkit.core.EventId;
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
import dev.castkit.core.TimelineEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CAST analysis of the Cloudflare outage of 2 July 2019, built from John Graham-Cumming's public
 * post-mortem ({@value #POST_MORTEM}).
 *
 * <p>At 13:42 UTC a minor change to the WAF Managed Rules for cross-site scripting was released
 * through the automatic process that sends WAF rules to every edge machine at once, in simulate
 * mode. One new regular expression backtracked enormously; the CPU cores that serve HTTP and HTTPS
 * traffic were exhausted on every machine, and visitors of Cloudflare customers' sites received 502
 * errors for 27 minutes. A protection that would have limited the CPU a regular expression could
 * use had been removed, unnoticed, by a refactoring weeks before. Responders reached the global
 * kill through a rarely used bypass, because Cloudflare Access and the internal control panel ran
 * on the degraded edge; the kill at 14:07 restored traffic by 14:09, and the WAF was re-enabled at
 * 14:52 after tests in one city.
 *
 * <p>The analysis finds the control problem in one release path serving emergencies and routine
 * changes alike, in a change that removed a safeguard without anything reporting its absence, in
 * tests that saw what rules match but not what they cost, and in response paths that depended on
 * the edge they were needed to repair. It has two control structures, as designed and as operating,
 * sharing the ids of components and links so that the two can be compared.
 *
 * <p>The post-mortem gives its times in UTC; they are used as given, to the minute. The first page
 * "three minutes later" than 13:42 is recorded at 13:45. Recommendations Cloudflare announced carry
 * owner "Cloudflare", the status the post-mortem reports and its dates (ETA 19 and 31 July 2019);
 * those marked {@code PROPOSED} come from this analysis. The status is {@link
 * AnalysisStatus#IN_REVIEW}, not final: questions the post-mortem leaves open are recorded as
 * {@link QuestionStatus#OPEN}, which the analysis rules report until someone closes them.
 */
public final class Cloudflare2019 {
  /** The post-mortem this analysis is built from. */
  public static final String POST_MORTEM =
      "https://blog.cloudflare.com/details-of-the-cloudflare-outage-on-july-2-2019/";

  private static final LossId L1 = LossId.of("L-1");
  private static final LossId L2 = LossId.of("L-2");

  private static final HazardId H1 = HazardId.of("H-1");
  private static final HazardId H2 = HazardId.of("H-2");
  private static final HazardId H3 = HazardId.of("H-3");

  private static final ConstraintId SC1 = ConstraintId.of("SC-1");
  private static final ConstraintId SC1A = ConstraintId.of("SC-1.a");
  private static final ConstraintId SC1B = ConstraintId.of("SC-1.b");
  private static final ConstraintId SC2 = ConstraintId.of("SC-2");
  private static final ConstraintId SC3 = ConstraintId.of("SC-3");
  private static final ConstraintId SC4 = ConstraintId.of("SC-4");

  private static final ComponentId CLOUDFLARE = ComponentId.of("C-cloudflare");
  private static final ComponentId WAF_TEAM = ComponentId.of("C-waf-team");
  private static final ComponentId SRE = ComponentId.of("C-sre");
  private static final ComponentId ENGINEER = ComponentId.of("C-rule-engineer");
  private static final ComponentId TEST_SUITE = ComponentId.of("C-test-suite");
  private static final ComponentId RELEASE = ComponentId.of("C-release");
  private static final ComponentId CONTROL_PANEL = ComponentId.of("C-control-panel");
  private static final ComponentId MONITORING = ComponentId.of("C-monitoring");
  private static final ComponentId STATUS_PAGE = ComponentId.of("C-status-page");
  private static final ComponentId CPU_LIMIT = ComponentId.of("C-cpu-limit");
  private static final ComponentId WAF_ENGINE = ComponentId.of("C-waf-engine");
  private static final ComponentId EDGE = ComponentId.of("C-edge");
  private static final ComponentId CUSTOMERS = ComponentId.of("C-customers");

  private static final ResponsibilityId R_CLOUDFLARE_1 = ResponsibilityId.of("R-cloudflare-1");
  private static final ResponsibilityId R_CLOUDFLARE_2 = ResponsibilityId.of("R-cloudflare-2");
  private static final ResponsibilityId R_WAF_TEAM_1 = ResponsibilityId.of("R-wafteam-1");
  private static final ResponsibilityId R_WAF_TEAM_2 = ResponsibilityId.of("R-wafteam-2");
  private static final ResponsibilityId R_SRE_1 = ResponsibilityId.of("R-sre-1");
  private static final ResponsibilityId R_SRE_2 = ResponsibilityId.of("R-sre-2");
  private static final ResponsibilityId R_ENGINEER_1 = ResponsibilityId.of("R-engineer-1");
  private static final ResponsibilityId R_TEST_SUITE_1 = ResponsibilityId.of("R-testsuite-1");
  private static final ResponsibilityId R_RELEASE_1 = ResponsibilityId.of("R-release-1");
  private static final ResponsibilityId R_CPU_LIMIT_1 = ResponsibilityId.of("R-cpulimit-1");
  private static final ResponsibilityId R_WAF_ENGINE_1 = ResponsibilityId.of("R-wafengine-1");

  private static final EventId E1 = EventId.of("E-1");
  private static final EventId E2 = EventId.of("E-2");
  private static final EventId E3 = EventId.of("E-3");
  private static final EventId E4 = EventId.of("E-4");
  private static final EventId E5 = EventId.of("E-5");
  private static final EventId E6 = EventId.of("E-6");
  private static final EventId E7 = EventId.of("E-7");
  private static final EventId E8 = EventId.of("E-8");
  private static final EventId E9 = EventId.of("E-9");
  private static final EventId E10 = EventId.of("E-10");
  private static final EventId E11 = EventId.of("E-11");
  private static final EventId E12 = EventId.of("E-12");
  private static final EventId E13 = EventId.of("E-13");
  private static final EventId E14 = EventId.of("E-14");
  private static final EventId E15 = EventId.of("E-15");

  private static final QuestionId Q1 = QuestionId.of("Q-1");
  private static final QuestionId Q2 = QuestionId.of("Q-2");
  private static final QuestionId Q3 = QuestionId.of("Q-3");
  private static final QuestionId Q4 = QuestionId.of("Q-4");
  private static final QuestionId Q5 = QuestionId.of("Q-5");
  private static final QuestionId Q6 = QuestionId.of("Q-6");

  private static final ContributionId CT_WAF_ENGINE_1 = ContributionId.of("CT-wafengine-1");
  private static final ContributionId CT_CPU_LIMIT_1 = ContributionId.of("CT-cpulimit-1");
  private static final ContributionId CT_RELEASE_1 = ContributionId.of("CT-release-1");
  private static final ContributionId CT_TEST_SUITE_1 = ContributionId.of("CT-testsuite-1");
  private static final ContributionId CT_ENGINEER_1 = ContributionId.of("CT-engineer-1");
  private static final ContributionId CT_SRE_1 = ContributionId.of("CT-sre-1");
  private static final ContributionId CT_SRE_2 = ContributionId.of("CT-sre-2");
  private static final ContributionId CT_WAF_TEAM_1 = ContributionId.of("CT-wafteam-1");
  private static final ContributionId CT_WAF_TEAM_2 = ContributionId.of("CT-wafteam-2");
  private static final ContributionId CT_CLOUDFLARE_1 = ContributionId.of("CT-cloudflare-1");
  private static final ContributionId CT_CLOUDFLARE_2 = ContributionId.of("CT-cloudflare-2");

  private static final FlawId F1 = FlawId.of("F-1");
  private static final FlawId F2 = FlawId.of("F-2");
  private static final FlawId F3 = FlawId.of("F-3");
  private static final FlawId F4 = FlawId.of("F-4");
  private static final FlawId F5 = FlawId.of("F-5");
  private static final FlawId F6 = FlawId.of("F-6");

  // Links of the as-operating structure; the as-designed structure reuses their ids.
  private static final LinkId FB2 = LinkId.of("FB-2");
  private static final LinkId FB3 = LinkId.of("FB-3");
  private static final LinkId FB5 = LinkId.of("FB-5");
  private static final LinkId FB6 = LinkId.of("FB-6");
  private static final LinkId CA8 = LinkId.of("CA-8");
  private static final LinkId FB8 = LinkId.of("FB-8");
  private static final LinkId CA9 = LinkId.of("CA-9");
  private static final LinkId FB9 = LinkId.of("FB-9");
  private static final LinkId FB12 = LinkId.of("FB-12");
  private static final LinkId CA13 = LinkId.of("CA-13");
  private static final LinkId CA15 = LinkId.of("CA-15");
  private static final LinkId CO16 = LinkId.of("CO-16");
  private static final LinkId CO17 = LinkId.of("CO-17");
  private static final LinkId CA18 = LinkId.of("CA-18");

  private Cloudflare2019() {}

  /**
   * Builds the analysis. Each call returns an equal value.
   *
   * @return the complete analysis, all five steps
   */
  public static CastAnalysis analysis() {
    ControlStructure operating = operatingStructure();
    return CastAnalysis.builder()
        .id(AnalysisId.of("CAST-2019-07-02-CLOUDFLARE"))
        .title("Cloudflare global outage, 2 July 2019")
        .summary(
            "A minor change to the WAF Managed Rules, released to every edge machine at once in"
                + " simulate mode, contained a regular expression that backtracked enormously; CPU"
                + " was exhausted across the network and visitors received 502 errors for 27"
                + " minutes. A CPU protection for regular expressions had been removed by a"
                + " refactoring weeks before, the rule tests did not measure CPU cost, and the"
                + " responders' access ran through the edge they had to repair. The control problem"
                + " lies in one release path for emergencies and routine changes alike, in changes"
                + " that remove safeguards unseen, and in response paths that depend on what they"
                + " repair.")
        .addAnalysts("castkit examples, from the public post-mortem")
        .addReference(
            Reference.builder()
                .kind(ReferenceKind.URL)
                .value(POST_MORTEM)
                .title("Details of the Cloudflare outage on July 2, 2019 (John Graham-Cumming)")
                .build())
        .status(AnalysisStatus.IN_REVIEW)
        .system(system())
        .addLosses(losses())
        .addHazards(hazards())
        .addConstraints(constraints())
        .addAllTimeline(timeline())
        .processAnalysis(processAnalysis())
        .addAllQuestions(questions())
        .addControlStructures(designedStructure(operating), operating)
        .addAllComponentAnalyses(componentAnalyses())
        .addAllFlaws(flaws())
        .addAllRecommendations(recommendations())
        .build();
  }

  // Step 1

  private static AnalyzedSystem system() {
    return AnalyzedSystem.builder()
        .name("Cloudflare's edge network and the release of WAF Managed Rules")
        .description(
            "The machines that serve customers' HTTP and HTTPS traffic and run the web application"
                + " firewall, the way WAF rules are written, tested and released, and the way"
                + " responders act on the network.")
        .addInside(
            "Edge machines serving HTTP and HTTPS traffic and running the WAF",
            "The WAF Managed Rules, their test suite and their release pipeline",
            "The Firewall team, SRE and incident responders",
            "The internal control panel, Cloudflare Access and the global kill",
            "Monitoring, paging and the status page")
        .addEnvironment(
            "Customers' websites and origin servers",
            "Visitors to those websites",
            "The attacks the WAF rules answer")
        .addGoals(
            "Serve customers' HTTP and HTTPS traffic",
            "Protect customers' sites with rules that can be updated quickly as threats appear")
        .build();
  }

  private static Loss[] losses() {
    return new Loss[] {
      Loss.builder()
          .id(L1)
          .description(
              "Visitors to websites that use Cloudflare receive 502 errors instead of the site,"
                  + " worldwide")
          .category(LossCategory.AVAILABILITY)
          .addStakeholders("Cloudflare customers", "Visitors to their websites")
          .impact("27 minutes, from 13:42 to 14:09 UTC")
          .build(),
      Loss.builder()
          .id(L2)
          .description(
              "Customers cannot manage their own configuration through the Dashboard or the API,"
                  + " nor learn the current status, during the outage")
          .category(LossCategory.AVAILABILITY)
          .addStakeholders("Cloudflare customers")
          .build()
    };
  }

  private static Hazard[] hazards() {
    return new Hazard[] {
      Hazard.builder()
          .id(H1)
          .description(
              "Edge machines spend so much CPU evaluating WAF rules that they cannot serve HTTP"
                  + " and HTTPS traffic")
          .addLosses(L1)
          .build(),
      Hazard.builder()
          .id(H2)
          .description(
              "A WAF rule change whose cost is unknown is active on every edge machine at the same"
                  + " time")
          .addLosses(L1)
          .build(),
      Hazard.builder()
          .id(H3)
          .description(
              "Responders and customers are without the access and information they need to act"
                  + " while the edge is degraded")
          .addLosses(L1, L2)
          .build()
    };
  }

  private static SafetyConstraint[] constraints() {
    return new SafetyConstraint[] {
      SafetyConstraint.builder()
          .id(SC1)
          .text(
              "Evaluating WAF rules must never take so much CPU that the edge cannot serve"
                  + " traffic, whatever a rule contains")
          .kind(ConstraintKind.PREVENT)
          .addHazards(H1)
          .build(),
      SafetyConstraint.builder()
          .id(SC1A)
          .text(
              "Every regular-expression match must run under a bound on its cost: an engine with"
                  + " run-time guarantees, or a CPU limit")
          .kind(ConstraintKind.PREVENT)
          .addHazards(H1)
          .parent(SC1)
          .build(),
      SafetyConstraint.builder()
          .id(SC1B)
          .text("The CPU cost of a rule must be measured before the rule is released")
          .kind(ConstraintKind.PREVENT)
          .addHazards(H1, H2)
          .parent(SC1)
          .build(),
      SafetyConstraint.builder()
          .id(SC2)
          .text(
              "A rule change that does not answer an active attack must reach the network in"
                  + " stages, with the health of each stage checked before the next")
          .kind(ConstraintKind.PREVENT)
          .addHazards(H2)
          .build(),
      SafetyConstraint.builder()
          .id(SC3)
          .text(
              "Responders must be able to detect a global degradation and disable or roll back"
                  + " the component causing it worldwide within minutes, through a path that does"
                  + " not depend on the edge being healthy")
          .kind(ConstraintKind.RESPOND)
          .addHazards(H3)
          .build(),
      SafetyConstraint.builder()
          .id(SC4)
          .text(
              "Customers must keep access to the Dashboard and the API, and receive current"
                  + " status, while the edge is degraded")
          .kind(ConstraintKind.RESPOND)
          .addHazards(H3)
          .build()
    };
  }

  // Times are UTC, as the post-mortem gives them, to the minute. Events it does not time keep
  // only their place in the order.
  private static List<TimelineEvent> timeline() {
    return List.of(
        event(
            E1,
            null,
            "Weeks before the outage, a refactoring of the WAF, part of an effort to make it use"
                + " less CPU, removes the protection that limited the CPU a regular expression"
                + " could use. The removal goes unnoticed.",
            WAF_TEAM,
            CPU_LIMIT),
        event(
            E2,
            null,
            "A minor change to the rules that detect cross-site scripting is prepared; it"
                + " includes a new regular expression that can backtrack enormously. The rule"
                + " test suite checks what rules match and has no way to measure their CPU use.",
            ENGINEER,
            TEST_SUITE),
        event(
            E3,
            "2019-07-02T13:42:00Z",
            "An engineer on the Firewall team releases the change through the automatic process."
                + " The rules reach every edge machine worldwide at once, in simulate mode: matches"
                + " are logged and no traffic is blocked.",
            ENGINEER,
            RELEASE,
            WAF_ENGINE),
        event(
            E4,
            null,
            "On every edge machine the new expression backtracks enormously on requests, and the"
                + " CPU cores that serve HTTP and HTTPS traffic are exhausted. Visitors to"
                + " Cloudflare customers' sites receive 502 errors.",
            WAF_ENGINE,
            EDGE,
            CUSTOMERS),
        event(
            E5,
            "2019-07-02T13:45:00Z",
            "The first page goes out, from a synthetic test that checks the WAF from outside,"
                + " reporting the WAF as not working. Pages follow for many failing end-to-end"
                + " tests, a global drop in traffic, widespread 502 errors and CPU exhaustion in"
                + " locations worldwide.",
            MONITORING,
            SRE),
        event(
            E6,
            null,
            "Responders hear that about 80% of the network's traffic has been lost.",
            SRE,
            EDGE),
        event(
            E7,
            null,
            "Cloudflare Access, which guards internal tools, is affected with the edge:"
                + " responders cannot authenticate to the internal control panel, and internal"
                + " services such as Jira and the build system can be reached only through a"
                + " bypass that is rarely used.",
            SRE,
            CONTROL_PANEL),
        event(
            E8,
            "2019-07-02T14:00:00Z",
            "The WAF is identified as the component causing the problem, from live CPU data,"
                + " process traces and WAF error logs; an attack is ruled out.",
            SRE,
            WAF_ENGINE),
        event(
            E9,
            "2019-07-02T14:02:00Z",
            "A global kill of the WAF Managed Rules, a built-in mechanism that disables one"
                + " component worldwide, is proposed.",
            SRE),
        event(
            E10,
            null,
            "Some team members find their access gone: a security feature disables the"
                + " credentials of people who do not use the internal control panel often.",
            SRE,
            CONTROL_PANEL),
        event(
            E11,
            "2019-07-02T14:07:00Z",
            "A team member executes the global kill of the WAF.",
            SRE,
            CONTROL_PANEL,
            WAF_ENGINE),
        event(
            E12,
            "2019-07-02T14:09:00Z",
            "Traffic and CPU are back to expected levels worldwide; Cloudflare's other"
                + " protections keep working.",
            EDGE,
            CUSTOMERS),
        event(
            E13,
            null,
            "Responders remove paying customers' traffic from one city and, on a subset of"
                + " traffic there, test both that the suspected change is the cause and that the"
                + " rollback works.",
            SRE,
            RELEASE),
        event(
            E14,
            "2019-07-02T14:52:00Z",
            "With the cause understood and a fix in place, the WAF is re-enabled globally.",
            SRE,
            CONTROL_PANEL,
            WAF_ENGINE),
        event(
            E15,
            null,
            "Throughout the outage customers cannot use the Cloudflare Dashboard or the API,"
                + " which pass through the edge, and the status page is updated later than the"
                + " team wanted.",
            CUSTOMERS,
            STATUS_PAGE,
            SRE));
  }

  private static TimelineEvent event(
      EventId id, String utcMinute, String description, ComponentId... components) {
    TimelineEvent.Builder event =
        TimelineEvent.builder()
            .id(id)
            .description(description)
            .addComponents(components)
            .addEvidence(postMortem(POST_MORTEM));
    if (utcMinute != null) {
      event.time(minute(utcMinute));
    }
    if (id.equals(E1)) {
      event.addQuestions(Q1);
    } else if (id.equals(E10)) {
      event.addQuestions(Q2);
    } else if (id.equals(E15)) {
      event.addQuestions(Q3);
    } else if (id.equals(E8)) {
      event.addQuestions(Q5);
    }
    return event.build();
  }

  private static ProcessAnalysis processAnalysis() {
    return ProcessAnalysis.builder()
        .summary(
            "Every edge machine runs the WAF on HTTP and HTTPS requests, on the same CPU cores"
                + " that serve the traffic. Managed rules are regular expressions; they are"
                + " released to the whole network within seconds so that countermeasures to new"
                + " threats arrive fast.")
        .addControls(
            "A protection that limited the CPU a regular expression could use (removed weeks"
                + " before the outage)",
            "The rule test suite, which checks what rules match",
            "Simulate mode, in which new rules log matches without blocking traffic",
            "Staged rollout through dogfooding, guinea-pig and canary locations, used for"
                + " software other than WAF rules",
            "The global kill, which disables one component worldwide",
            "Synthetic tests, traffic and CPU alerts, and paging")
        .addFailures(
            "The new expression backtracked enormously and exhausted CPU on every edge machine",
            "Cloudflare Access and the internal tools behind it were affected with the edge")
        .addInteractions(
            "Rules in simulate mode are evaluated on live traffic even though they block nothing",
            "Responders' access and customers' Dashboard and API depended on the edge they were"
                + " needed to repair",
            "A refactoring meant to make the WAF use less CPU removed the guard against"
                + " excessive CPU use")
        .addContextFactors(
            ContextFactor.of(
                ContextKind.PHYSICAL,
                "The regular expression engine in use gave no guarantee on how long a match can"
                    + " take."))
        .build();
  }

  private static List<Question> questions() {
    return List.of(
        Question.builder()
            .id(Q1)
            .text(
                "When exactly was the CPU protection removed, and how did the refactoring's review"
                    + " and tests treat it?")
            .step(CastStep.ASSEMBLE_BASIC_INFORMATION)
            .about(E1.value())
            .build(),
        Question.builder()
            .id(Q2)
            .text(
                "How much of the five minutes between proposing the global kill and executing it"
                    + " went to reaching the control panel?")
            .step(CastStep.ASSEMBLE_BASIC_INFORMATION)
            .about(E10.value())
            .build(),
        Question.builder()
            .id(Q3)
            .text("When was the status page first updated, and by whom?")
            .step(CastStep.ASSEMBLE_BASIC_INFORMATION)
            .about(E15.value())
            .build(),
        Question.builder()
            .id(Q4)
            .text("Why did a change that answered no active attack take the global release path?")
            .step(CastStep.ANALYZE_COMPONENTS)
            .about(ENGINEER.value())
            .status(QuestionStatus.ANSWERED)
            .answer(
                "The standard procedure let any WAF rule change, emergency or not, go to"
                    + " production globally without a staged rollout; the path exists to answer"
                    + " new threats quickly.")
            .build(),
        Question.builder()
            .id(Q5)
            .text("Was the outage caused by an attack?")
            .step(CastStep.ASSEMBLE_BASIC_INFORMATION)
            .about(E8.value())
            .status(QuestionStatus.ANSWERED)
            .answer(
                "No. By 14:00 UTC the WAF had been identified as the cause and an attack ruled out.")
            .build(),
        Question.builder()
            .id(Q6)
            .text("Which regular expression engine was chosen, and when was the switch complete?")
            .step(CastStep.CREATE_IMPROVEMENT_PROGRAM)
            .about("REC-4")
            .build());
  }

  // Step 2

  private static List<Component> components() {
    return List.of(
        Component.builder()
            .id(CLOUDFLARE)
            .name("Cloudflare engineering leadership")
            .kind(ComponentKind.ORGANIZATION)
            .level(0)
            .description(
                "Sets the standard procedures, such as how WAF rules are released, and the"
                    + " priorities of the engineering teams.")
            .addResponsibilities(
                responsibility(
                    R_CLOUDFLARE_1,
                    "Define a release procedure for WAF rules that keeps the global fast path for"
                        + " emergencies and stages every other change",
                    SC2),
                responsibility(
                    R_CLOUDFLARE_2,
                    "Make sure responders and customers can reach the controls they need while"
                        + " the edge is degraded",
                    SC3,
                    SC4))
            .addProcessModel(
                ProcessModelVariable.of("risk of routine WAF rule changes"),
                ProcessModelVariable.of("dependencies of internal and customer tools on the edge"))
            .build(),
        Component.builder()
            .id(WAF_TEAM)
            .name("Firewall (WAF) team")
            .kind(ComponentKind.ORGANIZATION)
            .level(1)
            .parent(CLOUDFLARE)
            .description("Maintains the WAF engine, the Managed Rules and their test suite.")
            .addResponsibilities(
                responsibility(
                    R_WAF_TEAM_1,
                    "Keep a limit on the CPU a rule's regular expression can use in place"
                        + " through every change to the WAF",
                    SC1,
                    SC1A),
                responsibility(
                    R_WAF_TEAM_2,
                    "Test rules for CPU cost as well as for what they match before release",
                    SC1B))
            .addProcessModel(
                ProcessModelVariable.of("protection against excessive regex CPU"),
                ProcessModelVariable.of("what the rule tests cover"))
            .build(),
        Component.builder()
            .id(SRE)
            .name("SRE and incident responders")
            .kind(ComponentKind.HUMAN_CONTROLLER)
            .level(1)
            .parent(CLOUDFLARE)
            .addResponsibilities(
                responsibility(
                    R_SRE_1,
                    "Disable the component causing a global degradation, worldwide, within"
                        + " minutes of detecting it",
                    SC3),
                responsibility(R_SRE_2, "Keep customers informed through the status page", SC4))
            .addProcessModel(
                ProcessModelVariable.of("cause of the traffic drop"),
                ProcessModelVariable.of("access path to the control panel"))
            .build(),
        Component.builder()
            .id(ENGINEER)
            .name("Engineer releasing the rule change")
            .kind(ComponentKind.HUMAN_CONTROLLER)
            .level(2)
            .parent(WAF_TEAM)
            .description("An engineer of the Firewall team.")
            .addResponsibilities(
                responsibility(
                    R_ENGINEER_1,
                    "Release rules whose cost has been checked, through a path that matches the"
                        + " change's urgency",
                    SC1B,
                    SC2))
            .addProcessModel(
                ProcessModelVariable.of("effect of a simulate-mode rule on traffic"),
                ProcessModelVariable.of("cost of the regular expression"))
            .build(),
        Component.builder()
            .id(TEST_SUITE)
            .name("WAF rule test suite")
            .kind(ComponentKind.AUTOMATED_CONTROLLER)
            .level(3)
            .description("Runs before a rule release and checks what the rules match.")
            .addResponsibilities(
                responsibility(R_TEST_SUITE_1, "Hold back rules whose CPU cost is excessive", SC1B))
            .addProcessModel(ProcessModelVariable.of("what each rule matches"))
            .build(),
        Component.builder()
            .id(RELEASE)
            .name("Rule release pipeline")
            .kind(ComponentKind.AUTOMATED_CONTROLLER)
            .level(3)
            .description(
                "The automatic process that distributes WAF rules to every edge machine within"
                    + " seconds.")
            .addResponsibilities(
                responsibility(
                    R_RELEASE_1,
                    "Release changes that answer no active attack in stages, and stop when a"
                        + " stage is unhealthy",
                    SC2))
            .build(),
        Component.builder()
            .id(CONTROL_PANEL)
            .name("Internal control panel with the global kill")
            .kind(ComponentKind.ACTUATOR)
            .level(3)
            .description(
                "Reached through Cloudflare Access, which itself runs on the edge; the global kill"
                    + " disables one component worldwide.")
            .build(),
        Component.builder()
            .id(MONITORING)
            .name("Monitoring and paging")
            .kind(ComponentKind.SENSOR)
            .level(3)
            .description("Synthetic tests, end-to-end tests, traffic and CPU alerts.")
            .build(),
        Component.builder()
            .id(STATUS_PAGE)
            .name("Cloudflare status page")
            .kind(ComponentKind.ACTUATOR)
            .level(3)
            .build(),
        Component.builder()
            .id(CPU_LIMIT)
            .name("Regex CPU protection")
            .kind(ComponentKind.AUTOMATED_CONTROLLER)
            .level(4)
            .description(
                "A protection in the WAF that limited the CPU a regular expression could use;"
                    + " removed by a refactoring weeks before the outage.")
            .addResponsibilities(
                responsibility(
                    R_CPU_LIMIT_1, "Stop a regular-expression match that uses too much CPU", SC1A))
            .build(),
        Component.builder()
            .id(WAF_ENGINE)
            .name("WAF engine on each edge machine")
            .kind(ComponentKind.AUTOMATED_CONTROLLER)
            .level(5)
            .description("Evaluates the Managed Rules on every HTTP and HTTPS request.")
            .addResponsibilities(
                responsibility(
                    R_WAF_ENGINE_1,
                    "Evaluate rules within a bounded share of the machine's CPU",
                    SC1,
                    SC1A))
            .addProcessModel(ProcessModelVariable.of("rules loaded and their mode"))
            .build(),
        Component.builder()
            .id(EDGE)
            .name("Edge machines serving HTTP and HTTPS")
            .kind(ComponentKind.CONTROLLED_PROCESS)
            .level(6)
            .description("Their CPU cores serve customers' traffic and run the WAF.")
            .build(),
        Component.builder()
            .id(CUSTOMERS)
            .name("Customers and visitors to their websites")
            .kind(ComponentKind.EXTERNAL)
            .level(7)
            .build());
  }

  private static Responsibility responsibility(
      ResponsibilityId id, String text, ConstraintId... serves) {
    return Responsibility.builder().id(id).text(text).addConstraints(serves).build();
  }

  private static ControlStructure operatingStructure() {
    List<ControlLink> links =
        List.of(
            link(
                LinkKind.CONTROL_ACTION,
                "CA-1",
                CLOUDFLARE,
                WAF_TEAM,
                "procedure for releasing WAF rules, and priorities such as making the WAF use"
                    + " less CPU"),
            link(
                LinkKind.FEEDBACK,
                "FB-1",
                WAF_TEAM,
                CLOUDFLARE,
                "volume of rule changes and performance of the WAF"),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-2",
                CLOUDFLARE,
                SRE,
                "incident procedures and access policies, such as credential expiry and the"
                    + " bypass"),
            link(
                LinkKind.FEEDBACK,
                "FB-2",
                SRE,
                CLOUDFLARE,
                "how the procedures work in practice",
                LinkStatus.DEGRADED,
                "The bypass was rarely used and not well trained on, so how it works under"
                    + " pressure was not known."),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-3",
                WAF_TEAM,
                CPU_LIMIT,
                "build and keep the CPU protection in the WAF",
                LinkStatus.PRESENT,
                "A refactoring weeks before removed the protection."),
            link(
                LinkKind.FEEDBACK,
                "FB-3",
                CPU_LIMIT,
                WAF_TEAM,
                "whether the protection is in place",
                LinkStatus.MISSING,
                "Nothing reported the protection's absence in the weeks after the refactoring."),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-4",
                WAF_TEAM,
                ENGINEER,
                "practices for writing and reviewing rules"),
            link(LinkKind.FEEDBACK, "FB-4", ENGINEER, WAF_TEAM, "rule changes proposed"),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-5",
                WAF_TEAM,
                TEST_SUITE,
                "what the tests check: what rules match"),
            link(
                LinkKind.FEEDBACK,
                "FB-5",
                TEST_SUITE,
                WAF_TEAM,
                "test results across rules",
                LinkStatus.DEGRADED,
                "No measure of CPU cost."),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-6",
                ENGINEER,
                TEST_SUITE,
                "run the tests on the changed rules"),
            link(
                LinkKind.FEEDBACK,
                "FB-6",
                TEST_SUITE,
                ENGINEER,
                "pass or fail on what the rules match",
                LinkStatus.DEGRADED,
                "Nothing on CPU cost."),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-7",
                ENGINEER,
                RELEASE,
                "release the rules, in simulate mode, through the automatic process"),
            link(
                LinkKind.FEEDBACK,
                "FB-7",
                RELEASE,
                ENGINEER,
                "release done; a change request ticket is created"),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-8",
                RELEASE,
                WAF_ENGINE,
                "load the new rules on every edge machine within seconds"),
            link(
                LinkKind.FEEDBACK,
                "FB-8",
                WAF_ENGINE,
                RELEASE,
                "health of the machines that loaded the change, stage by stage",
                LinkStatus.MISSING,
                "WAF rules skipped the staged rollout through dogfooding, guinea-pig and canary"
                    + " locations used for other software."),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-9",
                CPU_LIMIT,
                WAF_ENGINE,
                "stop a match that uses too much CPU",
                LinkStatus.MISSING,
                "Removed by the refactoring weeks before."),
            link(
                LinkKind.FEEDBACK,
                "FB-9",
                WAF_ENGINE,
                CPU_LIMIT,
                "CPU used by each match",
                LinkStatus.MISSING,
                "Removed with the protection."),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-10",
                WAF_ENGINE,
                EDGE,
                "evaluate every rule, simulate-mode ones included, on each request"),
            link(LinkKind.FEEDBACK, "FB-10", EDGE, WAF_ENGINE, "time each request takes"),
            link(LinkKind.FEEDBACK, "FB-11", EDGE, MONITORING, "traffic, errors and CPU"),
            link(
                LinkKind.FEEDBACK,
                "FB-12",
                MONITORING,
                SRE,
                "pages: WAF synthetic test, end-to-end tests, global traffic drop, CPU exhaustion",
                LinkStatus.DEGRADED,
                "The alert for the global drop in traffic took too long to fire."),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-13",
                SRE,
                CONTROL_PANEL,
                "global kill of the WAF Managed Rules",
                LinkStatus.DEGRADED,
                "Access was down with the edge, some credentials had been disabled, and the way in"
                    + " was a rarely used bypass."),
            link(LinkKind.FEEDBACK, "FB-13", CONTROL_PANEL, SRE, "kill applied"),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-14",
                CONTROL_PANEL,
                WAF_ENGINE,
                "disable the WAF Managed Rules worldwide"),
            link(LinkKind.FEEDBACK, "FB-14", WAF_ENGINE, CONTROL_PANEL, "state of the WAF"),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-15",
                SRE,
                STATUS_PAGE,
                "publish the incident's status",
                LinkStatus.DEGRADED,
                "Updated later than the team wanted."),
            link(LinkKind.FEEDBACK, "FB-15", STATUS_PAGE, SRE, "what the page shows"),
            link(
                LinkKind.COMMUNICATION,
                "CO-16",
                STATUS_PAGE,
                CUSTOMERS,
                "status of the incident",
                LinkStatus.DEGRADED,
                "Late."),
            link(
                LinkKind.COMMUNICATION,
                "CO-17",
                CUSTOMERS,
                EDGE,
                "use of the Dashboard and the API, which pass through the edge",
                LinkStatus.INOPERABLE,
                "Unavailable while the edge was degraded."),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-18",
                SRE,
                RELEASE,
                "roll back the rules",
                LinkStatus.DEGRADED,
                "The rollback plan needed the complete WAF build to run twice, which takes too"
                    + " long for an outage."),
            link(LinkKind.FEEDBACK, "FB-18", RELEASE, SRE, "rollback complete"));
    return ExampleSupport.operating(
        "Cloudflare's edge and WAF release as they operated on 2 July 2019",
        "Links that were missing, inoperable or degraded at the time are marked so.",
        components(),
        links);
  }

  private static ControlStructure designedStructure(ControlStructure operating) {
    return ExampleSupport.designed(
        "Cloudflare's edge and WAF release as designed",
        "The same components. By design the CPU protection bounded every match; rules skipped"
            + " the staged rollout, and the tests did not measure CPU cost.",
        operating,
        Map.of(
            FB3, LinkStatus.MISSING,
            FB5, LinkStatus.DEGRADED,
            FB6, LinkStatus.DEGRADED,
            FB8, LinkStatus.MISSING,
            CA18, LinkStatus.DEGRADED),
        Set.of());
  }

  // Step 3, bottom-up through the structure.

  private static List<ComponentAnalysis> componentAnalyses() {
    return List.of(
        ComponentAnalysis.builder()
            .component(WAF_ENGINE)
            .role("Evaluated the rules on every request.")
            .addResponsibilities(R_WAF_ENGINE_1)
            .addContributions(
                Contribution.builder()
                    .id(CT_WAF_ENGINE_1)
                    .kind(ContributionKind.ACTION)
                    .description(
                        "Evaluates the new rule's regular expression on HTTP and HTTPS requests;"
                            + " the expression backtracks enormously and the CPU cores serving"
                            + " traffic are exhausted on every edge machine.")
                    .context(
                        "Rules in simulate mode are evaluated like any other so that their"
                            + " matches can be logged and false positives measured. The regular"
                            + " expression engine gave no bound on the time a match takes, and no"
                            + " CPU limit was in place.")
                    .addHazards(H1)
                    .addEvents(E3, E4)
                    .addUnmetResponsibilities(R_WAF_ENGINE_1)
                    .build())
            .addProcessModelFlaws(
                ProcessModelFlaw.builder()
                    .id(ProcessModelFlawId.of("PMF-wafengine-1"))
                    .variable("rules loaded and their mode")
                    .believed(
                        "A simulate-mode rule only logs, so it can be evaluated on all traffic")
                    .actual("Evaluating it took all the CPU the machine had for serving traffic")
                    .build())
            .addContextFactors(
                ContextFactor.of(
                    ContextKind.PHYSICAL,
                    "The WAF runs on the same CPU cores that serve HTTP and HTTPS traffic."))
            .build(),
        ComponentAnalysis.builder()
            .component(CPU_LIMIT)
            .role("Bounded the CPU a regular expression could use, until its removal.")
            .addResponsibilities(R_CPU_LIMIT_1)
            .addContributions(
                Contribution.builder()
                    .id(CT_CPU_LIMIT_1)
                    .kind(ContributionKind.INACTION)
                    .description(
                        "No limit applies to the CPU the new expression uses: the protection is"
                            + " no longer in the WAF.")
                    .context(
                        "It was removed weeks earlier during a refactoring whose aim was to make"
                            + " the WAF use less CPU.")
                    .addHazards(H1)
                    .addEvents(E1, E4)
                    .addUnmetResponsibilities(R_CPU_LIMIT_1)
                    .build())
            .addContextFactors(
                ContextFactor.of(
                    ContextKind.MANAGERIAL,
                    "Removed as a side effect of a change aimed at efficiency."))
            .addQuestions(Q1)
            .build(),
        ComponentAnalysis.builder()
            .component(RELEASE)
            .role("Distributed the rules to the network.")
            .addResponsibilities(R_RELEASE_1)
            .addContributions(
                Contribution.builder()
                    .id(CT_RELEASE_1)
                    .kind(ContributionKind.ACTION)
                    .description(
                        "Distributes the changed rules to every edge machine worldwide within"
                            + " seconds, with no staged rollout.")
                    .context(
                        "By design WAF rules skip the staged rollout used for other software, so"
                            + " that countermeasures to new threats reach the whole network fast;"
                            + " the standard procedure let changes that answered no attack use the"
                            + " same path.")
                    .addHazards(H2)
                    .addEvents(E3)
                    .addUnmetResponsibilities(R_RELEASE_1)
                    .build())
            .addProcessModelFlaws(
                ProcessModelFlaw.builder()
                    .id(ProcessModelFlawId.of("PMF-release-1"))
                    .variable("health of the machines after a release")
                    .believed("A release is complete once the rules are distributed")
                    .actual("Every machine that loaded the rules had its CPU exhausted")
                    .build())
            .addContextFactors(
                ContextFactor.of(
                    ContextKind.INFORMATIONAL,
                    "The pipeline had no notion of whether a change answers an active attack."))
            .build(),
        ComponentAnalysis.builder()
            .component(TEST_SUITE)
            .role("Checked rule changes before release.")
            .addResponsibilities(R_TEST_SUITE_1)
            .addContributions(
                Contribution.builder()
                    .id(CT_TEST_SUITE_1)
                    .kind(ContributionKind.INACTION)
                    .description(
                        "Raises no concern about the changed rule's CPU cost, which it has no way"
                            + " to measure.")
                    .context(
                        "The suite was built around what rules detect, which is what its checks"
                            + " covered.")
                    .addHazards(H1, H2)
                    .addEvents(E2)
                    .addUnmetResponsibilities(R_TEST_SUITE_1)
                    .build())
            .addProcessModelFlaws(
                ProcessModelFlaw.builder()
                    .id(ProcessModelFlawId.of("PMF-testsuite-1"))
                    .variable("CPU cost of a rule")
                    .believed("Not part of what the suite models")
                    .actual("The rule's expression could backtrack enormously")
                    .build())
            .addContextFactors(
                ContextFactor.of(
                    ContextKind.INFORMATIONAL, "The suite had no measure of CPU consumption."))
            .build(),
        ComponentAnalysis.builder()
            .component(ENGINEER)
            .role("Wrote and released the rule change.")
            .addResponsibilities(R_ENGINEER_1)
            .addContributions(
                Contribution.builder()
                    .id(CT_ENGINEER_1)
                    .kind(ContributionKind.ACTION)
                    .description(
                        "Releases a minor change to the cross-site scripting rules, including a"
                            + " regular expression that can backtrack enormously, in simulate mode"
                            + " through the automatic process.")
                    .context(
                        "Rule changes were frequent and routine. Simulate mode blocks no traffic"
                            + " and is how new rules are measured for false positives; the test"
                            + " suite raised nothing, and the automatic process was the standard"
                            + " path for WAF rules.")
                    .addHazards(H1, H2)
                    .addEvents(E2, E3)
                    .addUnmetResponsibilities(R_ENGINEER_1)
                    .build())
            .addProcessModelFlaws(
                ProcessModelFlaw.builder()
                    .id(ProcessModelFlawId.of("PMF-engineer-1"))
                    .variable("effect of a simulate-mode rule on traffic")
                    .believed("A rule in simulate mode logs matches and cannot affect traffic")
                    .actual(
                        "It is evaluated on every request like any rule, so its CPU cost affects"
                            + " all traffic")
                    .build(),
                ProcessModelFlaw.builder()
                    .id(ProcessModelFlawId.of("PMF-engineer-2"))
                    .variable("cost of the regular expression")
                    .believed("An ordinary cost, like the other rules")
                    .actual("It could backtrack enormously")
                    .build())
            .addContextFactors(
                ContextFactor.of(
                    ContextKind.MANAGERIAL,
                    "The standard procedure allowed non-emergency rule changes to go globally"
                        + " into production without a staged rollout."),
                ContextFactor.of(
                    ContextKind.SITUATIONAL,
                    "Managed rule changes were a frequent, routine activity."))
            .addQuestions(Q4)
            .build(),
        ComponentAnalysis.builder()
            .component(SRE)
            .role("Detected the outage, found its cause and restored traffic.")
            .addResponsibilities(R_SRE_1, R_SRE_2)
            .addContributions(
                Contribution.builder()
                    .id(CT_SRE_1)
                    .kind(ContributionKind.ACTION)
                    .description(
                        "Identifies the WAF at 14:00, proposes the global kill at 14:02 and"
                            + " executes it at 14:07, after reaching the control panel through a"
                            + " rarely used bypass while some credentials had been disabled.")
                    .context(
                        "Cloudflare uses its own products: Access, which guards the internal"
                            + " control panel, ran on the degraded edge. A security feature"
                            + " disables credentials that are not used often. The bypass existed"
                            + " but was seldom used, and a rollback of the rule needed the WAF"
                            + " build twice, so the global kill was the fast way.")
                    .addHazards(H3)
                    .addEvents(E7, E8, E9, E10, E11)
                    .addUnmetResponsibilities(R_SRE_1)
                    .build(),
                Contribution.builder()
                    .id(CT_SRE_2)
                    .kind(ContributionKind.INACTION)
                    .description("The status page is updated later than the team wanted.")
                    .context(
                        "Responders were restoring traffic across the whole network, and updating"
                            + " the page was a separate step done by people.")
                    .addHazards(H3)
                    .addEvents(E15)
                    .addUnmetResponsibilities(R_SRE_2)
                    .build())
            .addProcessModelFlaws(
                ProcessModelFlaw.builder()
                    .id(ProcessModelFlawId.of("PMF-sre-1"))
                    .variable("cause of the traffic drop")
                    .believed("In the first minutes, an attack was possible")
                    .actual("The new WAF rule was exhausting CPU")
                    .build(),
                ProcessModelFlaw.builder()
                    .id(ProcessModelFlawId.of("PMF-sre-2"))
                    .variable("access path to the control panel")
                    .believed("The control panel is reachable through Access")
                    .actual("Access was down with the edge and some credentials were disabled")
                    .build())
            .addContextFactors(
                ContextFactor.of(
                    ContextKind.PSYCHOLOGICAL,
                    "Alerts from every part of the network at once, and most of the traffic"
                        + " gone."),
                ContextFactor.of(
                    ContextKind.INFORMATIONAL, "The alert for the global traffic drop fired late."))
            .addQuestions(Q2, Q3, Q5)
            .build(),
        ComponentAnalysis.builder()
            .component(WAF_TEAM)
            .role("Maintained the WAF, its rules and their tests.")
            .addResponsibilities(R_WAF_TEAM_1, R_WAF_TEAM_2)
            .addContributions(
                Contribution.builder()
                    .id(CT_WAF_TEAM_1)
                    .kind(ContributionKind.ACTION)
                    .description(
                        "Refactors the WAF to make it use less CPU; the refactoring removes the"
                            + " protection that limited a regular expression's CPU use, and the"
                            + " removal goes unnoticed for weeks.")
                    .context(
                        "The refactoring served the edge's CPU budget, a goal worth pursuing, and"
                            + " nothing reported the protection's absence afterwards.")
                    .addHazards(H1)
                    .addEvents(E1)
                    .addUnmetResponsibilities(R_WAF_TEAM_1)
                    .build(),
                Contribution.builder()
                    .id(CT_WAF_TEAM_2)
                    .kind(ContributionKind.INACTION)
                    .description("The rule tests check matches and false positives, not CPU cost.")
                    .context("Detection quality was what rule changes were tested for.")
                    .addHazards(H1)
                    .addEvents(E2)
                    .addUnmetResponsibilities(R_WAF_TEAM_2)
                    .build())
            .addProcessModelFlaws(
                ProcessModelFlaw.builder()
                    .id(ProcessModelFlawId.of("PMF-wafteam-1"))
                    .variable("protection against excessive regex CPU")
                    .believed("In place")
                    .actual("Removed by the refactoring weeks before")
                    .build())
            .addContextFactors(
                ContextFactor.of(
                    ContextKind.MANAGERIAL,
                    "The refactoring was part of an effort to make the WAF use less CPU."))
            .addQuestions(Q1)
            .build(),
        ComponentAnalysis.builder()
            .component(CLOUDFLARE)
            .role("Set the procedures the teams worked by.")
            .addResponsibilities(R_CLOUDFLARE_1, R_CLOUDFLARE_2)
            .addContributions(
                Contribution.builder()
                    .id(CT_CLOUDFLARE_1)
                    .kind(ContributionKind.DECISION)
                    .description(
                        "The procedure for WAF rules lets any rule change go to the whole network"
                            + " at once, outside the staged rollout used for other software.")
                    .context(
                        "WAF rules have to answer new threats quickly, and a staged rollout would"
                            + " slow countermeasures during an active attack.")
                    .addHazards(H2)
                    .addEvents(E3)
                    .addUnmetResponsibilities(R_CLOUDFLARE_1)
                    .build(),
                Contribution.builder()
                    .id(CT_CLOUDFLARE_2)
                    .kind(ContributionKind.DECISION)
                    .description(
                        "Internal tools sit behind Cloudflare Access, and the customer Dashboard"
                            + " and API pass through the edge.")
                    .context(
                        "Cloudflare uses its own products, which puts its own tools behind the"
                            + " protection its customers use.")
                    .addHazards(H3)
                    .addEvents(E7, E15)
                    .addUnmetResponsibilities(R_CLOUDFLARE_2)
                    .build())
            .addProcessModelFlaws(
                ProcessModelFlaw.builder()
                    .id(ProcessModelFlawId.of("PMF-cloudflare-1"))
                    .variable("risk of routine WAF rule changes")
                    .believed("Small rule changes are safe to release to the whole network at once")
                    .actual("One rule could exhaust CPU on every machine")
                    .build(),
                ProcessModelFlaw.builder()
                    .id(ProcessModelFlawId.of("PMF-cloudflare-2"))
                    .variable("dependencies of internal and customer tools on the edge")
                    .believed("The tools are available when the edge needs repair")
                    .actual("They were degraded with the edge")
                    .build())
            .addContextFactors(
                ContextFactor.of(
                    ContextKind.MANAGERIAL,
                    "The global path for rules existed for emergencies against active attacks."))
            .build());
  }

  // Step 4

  private static List<Flaw> flaws() {
    return List.of(
        Flaw.builder()
            .id(F1)
            .category(FlawCategory.CHANGES_AND_DYNAMICS)
            .description(
                "Management of change: a refactoring meant to reduce the WAF's CPU use removed the"
                    + " protection that bounded the CPU of regular expressions, and no check"
                    + " reported its absence in the weeks before the outage.")
            .addComponents(WAF_TEAM, CPU_LIMIT)
            .addLinks(CA9, FB9, FB3)
            .addEvidence(postMortem(POST_MORTEM))
            .build(),
        Flaw.builder()
            .id(F2)
            .category(FlawCategory.SAFETY_MANAGEMENT_DESIGN)
            .description(
                "One release path for every WAF rule change: built for emergencies, it also"
                    + " carried routine changes to every machine at once, with no stage that"
                    + " could show harm before it was global.")
            .addComponents(CLOUDFLARE, RELEASE)
            .addLinks(CA8, FB8)
            .addEvidence(postMortem(POST_MORTEM))
            .build(),
        Flaw.builder()
            .id(F3)
            .category(FlawCategory.SAFETY_INFORMATION_SYSTEM)
            .description(
                "Nothing measured a rule's CPU cost before release, and the regular expression"
                    + " engine gave no bound on it, so the cost stayed invisible until the rule"
                    + " ran in production.")
            .addComponents(TEST_SUITE, WAF_TEAM, WAF_ENGINE)
            .addLinks(FB5, FB6)
            .addEvidence(postMortem(POST_MORTEM))
            .build(),
        Flaw.builder()
            .id(F4)
            .category(FlawCategory.COMMUNICATION_AND_COORDINATION)
            .description(
                "The response depended on what it had to repair: responders' access and customers'"
                    + " Dashboard and API ran through the edge, the bypass was rarely used, and a"
                    + " security feature had disabled some responders' credentials.")
            .addComponents(CLOUDFLARE, SRE, CONTROL_PANEL)
            .addLinks(CA13, CO17, FB2)
            .addEvidence(postMortem(POST_MORTEM))
            .build(),
        Flaw.builder()
            .id(F5)
            .category(FlawCategory.SAFETY_INFORMATION_SYSTEM)
            .description(
                "Feedback to responders and customers lagged: the alert for the global drop in"
                    + " traffic fired late and the status page was updated slowly.")
            .addComponents(MONITORING, STATUS_PAGE, SRE)
            .addLinks(FB12, CA15, CO16)
            .addEvidence(postMortem(POST_MORTEM))
            .build(),
        Flaw.builder()
            .id(F6)
            .category(FlawCategory.SAFETY_MANAGEMENT_DESIGN)
            .description(
                "Rolling back a rule needed the complete WAF build to run twice, so the fast way"
                    + " back was to switch off the whole component worldwide.")
            .addComponents(RELEASE, SRE)
            .addLinks(CA18)
            .addEvidence(postMortem(POST_MORTEM))
            .build());
  }

  // Step 5

  private static List<Recommendation> recommendations() {
    return List.of(
        Recommendation.builder()
            .id(RecommendationId.of("REC-1"))
            .text("Re-introduce the protection against excessive CPU use by regular expressions.")
            .addFlaws(F1)
            .addContributions(CT_WAF_TEAM_1, CT_CPU_LIMIT_1)
            .addLinks(CA9, FB9)
            .addComponents(CPU_LIMIT)
            .priority(Priority.HIGH)
            .horizon(Horizon.IMMEDIATE)
            .owner("Cloudflare")
            .status(RecommendationStatus.IMPLEMENTED)
            .build(),
        Recommendation.builder()
            .id(RecommendationId.of("REC-2"))
            .text(
                "Inspect all 3,868 WAF Managed Rules by hand for possible excessive backtracking"
                    + " and correct what is found.")
            .addFlaws(F3)
            .addContributions(CT_ENGINEER_1)
            .addComponents(WAF_ENGINE)
            .priority(Priority.HIGH)
            .horizon(Horizon.IMMEDIATE)
            .owner("Cloudflare")
            .status(RecommendationStatus.IMPLEMENTED)
            .build(),
        Recommendation.builder()
            .id(RecommendationId.of("REC-3"))
            .text("Add performance profiling of every rule to the test suite.")
            .addFlaws(F3)
            .addContributions(CT_TEST_SUITE_1, CT_WAF_TEAM_2)
            .addLinks(FB5, FB6)
            .addComponents(TEST_SUITE)
            .priority(Priority.HIGH)
            .horizon(Horizon.IMMEDIATE)
            .owner("Cloudflare")
            .due(LocalDate.of(2019, 7, 19))
            .status(RecommendationStatus.ACCEPTED)
            .build(),
        Recommendation.builder()
            .id(RecommendationId.of("REC-4"))
            .text(
                "Switch to a regular expression engine with run-time guarantees, re2 or the Rust"
                    + " regex engine.")
            .addFlaws(F3)
            .addContributions(CT_WAF_ENGINE_1)
            .addComponents(WAF_ENGINE)
            .priority(Priority.HIGH)
            .horizon(Horizon.IMMEDIATE)
            .owner("Cloudflare")
            .due(LocalDate.of(2019, 7, 31))
            .status(RecommendationStatus.ACCEPTED)
            .build(),
        Recommendation.builder()
            .id(RecommendationId.of("REC-5"))
            .text(
                "Change the procedure so that rules are released in stages like other software,"
                    + " keeping the ability to release globally in an emergency against an active"
                    + " attack.")
            .addFlaws(F2)
            .addContributions(CT_CLOUDFLARE_1, CT_RELEASE_1)
            .addLinks(CA8, FB8)
            .addComponents(RELEASE, CLOUDFLARE)
            .priority(Priority.HIGH)
            .horizon(Horizon.IMMEDIATE)
            .owner("Cloudflare")
            .status(RecommendationStatus.ACCEPTED)
            .build(),
        Recommendation.builder()
            .id(RecommendationId.of("REC-6"))
            .text(
                "Put in place an emergency ability to take the Dashboard and the API off"
                    + " Cloudflare's edge.")
            .addFlaws(F4)
            .addContributions(CT_CLOUDFLARE_2)
            .addLinks(CO17)
            .addComponents(CLOUDFLARE)
            .priority(Priority.MEDIUM)
            .horizon(Horizon.IMMEDIATE)
            .owner("Cloudflare")
            .status(RecommendationStatus.ACCEPTED)
            .build(),
        Recommendation.builder()
            .id(RecommendationId.of("REC-7"))
            .text("Automate updates of the Cloudflare status page.")
            .addFlaws(F5)
            .addContributions(CT_SRE_2)
            .addLinks(CA15, CO16)
            .addComponents(STATUS_PAGE)
            .priority(Priority.MEDIUM)
            .horizon(Horizon.IMMEDIATE)
            .owner("Cloudflare")
            .status(RecommendationStatus.ACCEPTED)
            .build(),
        Recommendation.builder()
            .id(RecommendationId.of("REC-8"))
            .text("Move from the Lua-based WAF to the new firewall engine.")
            .addFlaws(F3)
            .addContributions(CT_WAF_ENGINE_1)
            .addComponents(WAF_ENGINE)
            .priority(Priority.MEDIUM)
            .horizon(Horizon.LONG_TERM)
            .owner("Cloudflare")
            .status(RecommendationStatus.ACCEPTED)
            .build(),
        Recommendation.builder()
            .id(RecommendationId.of("REC-9"))
            .text(
                "Drill the bypass into internal systems, and review how credential expiry applies"
                    + " to responders during an incident.")
            .addFlaws(F4)
            .addContributions(CT_SRE_1)
            .addLinks(CA13, FB2)
            .addComponents(SRE, CONTROL_PANEL)
            .priority(Priority.MEDIUM)
            .horizon(Horizon.IMMEDIATE)
            .status(RecommendationStatus.PROPOSED)
            .rationale(
                "Proposed by this analysis; the post-mortem names drilling as a thing to do but"
                    + " lists no item for it.")
            .build(),
        Recommendation.builder()
            .id(RecommendationId.of("REC-10"))
            .text("Make the alert for a global drop in traffic fire sooner.")
            .addFlaws(F5)
            .addLinks(FB12)
            .addComponents(MONITORING)
            .priority(Priority.MEDIUM)
            .horizon(Horizon.IMMEDIATE)
            .status(RecommendationStatus.PROPOSED)
            .rationale("Proposed by this analysis; the post-mortem lists the problem, no item.")
            .build(),
        Recommendation.builder()
            .id(RecommendationId.of("REC-11"))
            .text("Provide a rollback of rules that does not need the complete WAF build.")
            .addFlaws(F6)
            .addLinks(CA18)
            .addComponents(RELEASE)
            .priority(Priority.MEDIUM)
            .horizon(Horizon.LONG_TERM)
            .status(RecommendationStatus.PROPOSED)
            .rationale("Proposed by this analysis; the post-mortem lists the problem, no item.")
            .build());
  }
}
