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
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CAST analysis of the Amazon S3 disruption in US-EAST-1 on 28 February 2017, built from the
 * public summary AWS published ({@value #POST_MORTEM}).
 *
 * <p>While the S3 team was debugging a billing system that progressed more slowly than expected, an
 * authorized team member ran an established playbook step to remove a few servers from a subsystem
 * used by billing. One input was entered differently than intended and the tool removed a larger
 * set, which included servers of the index subsystem (the metadata and location of every object in
 * the region) and of the placement subsystem (allocation of storage for new objects). Both needed a
 * full restart, which had not been done in the larger regions for many years and took hours; S3
 * could not serve requests meanwhile, and other services of the region that rely on S3 were
 * impaired. The Service Health Dashboard could not show per-service status for two hours because
 * its administration console depended on S3.
 *
 * <p>The analysis finds the control problem in a tool that enforced no minimum capacity and no
 * rate, in recovery times that drifted unseen as S3 grew, and in a status channel that shared a
 * dependency with what it reports on. It has two control structures, as designed and as operating,
 * sharing the ids of components and links so that the two can be compared.
 *
 * <p>All times are UTC: the post-mortem gives Pacific Standard Time (UTC-8), so 9:37 AM PST is
 * 17:37 UTC. Recommendations AWS announced carry owner "AWS" (or "S3 team" where the post-mortem
 * names it) and the status the post-mortem reports; those marked {@code PROPOSED} come from this
 * analysis, not from AWS. The status is {@link AnalysisStatus#IN_REVIEW}, not final: the questions
 * the post-mortem leaves open are recorded as {@link QuestionStatus#OPEN}, which the analysis rules
 * report as findings until someone who knows the answers closes them.
 */
public final class S3Outage2017 {
  /** The post-mortem this analysis is built from. */
  public static final String POST_MORTEM = "https://aws.amazon.com/message/41926/";

  private static final LossId L1 = LossId.of("L-1");
  private static final LossId L2 = LossId.of("L-2");

  private static final HazardId H1 = HazardId.of("H-1");
  private static final HazardId H2 = HazardId.of("H-2");
  private static final HazardId H3 = HazardId.of("H-3");

  private static final ConstraintId SC1 = ConstraintId.of("SC-1");
  private static final ConstraintId SC1A = ConstraintId.of("SC-1.a");
  private static final ConstraintId SC2 = ConstraintId.of("SC-2");
  private static final ConstraintId SC3 = ConstraintId.of("SC-3");
  private static final ConstraintId SC4 = ConstraintId.of("SC-4");

  private static final ComponentId AWS = ComponentId.of("C-aws");
  private static final ComponentId S3_TEAM = ComponentId.of("C-s3-team");
  private static final ComponentId OPERATOR = ComponentId.of("C-operator");
  private static final ComponentId STATUS_STAFF = ComponentId.of("C-status-staff");
  private static final ComponentId TOOL = ComponentId.of("C-capacity-tool");
  private static final ComponentId SHD_CONSOLE = ComponentId.of("C-shd-console");
  private static final ComponentId BILLING = ComponentId.of("C-billing-subsystem");
  private static final ComponentId INDEX = ComponentId.of("C-index");
  private static final ComponentId PLACEMENT = ComponentId.of("C-placement");
  private static final ComponentId CUSTOMERS = ComponentId.of("C-customers");

  private static final ResponsibilityId R_AWS_1 = ResponsibilityId.of("R-aws-1");
  private static final ResponsibilityId R_AWS_2 = ResponsibilityId.of("R-aws-2");
  private static final ResponsibilityId R_AWS_3 = ResponsibilityId.of("R-aws-3");
  private static final ResponsibilityId R_TEAM_1 = ResponsibilityId.of("R-s3team-1");
  private static final ResponsibilityId R_TEAM_2 = ResponsibilityId.of("R-s3team-2");
  private static final ResponsibilityId R_TEAM_3 = ResponsibilityId.of("R-s3team-3");
  private static final ResponsibilityId R_OPERATOR_1 = ResponsibilityId.of("R-operator-1");
  private static final ResponsibilityId R_OPERATOR_2 = ResponsibilityId.of("R-operator-2");
  private static final ResponsibilityId R_STATUS_1 = ResponsibilityId.of("R-status-1");
  private static final ResponsibilityId R_TOOL_1 = ResponsibilityId.of("R-tool-1");
  private static final ResponsibilityId R_TOOL_2 = ResponsibilityId.of("R-tool-2");

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

  private static final QuestionId Q1 = QuestionId.of("Q-1");
  private static final QuestionId Q2 = QuestionId.of("Q-2");
  private static final QuestionId Q3 = QuestionId.of("Q-3");
  private static final QuestionId Q4 = QuestionId.of("Q-4");
  private static final QuestionId Q5 = QuestionId.of("Q-5");
  private static final QuestionId Q6 = QuestionId.of("Q-6");
  private static final QuestionId Q7 = QuestionId.of("Q-7");

  private static final ContributionId CT_TOOL_1 = ContributionId.of("CT-tool-1");
  private static final ContributionId CT_OPERATOR_1 = ContributionId.of("CT-operator-1");
  private static final ContributionId CT_STATUS_1 = ContributionId.of("CT-status-1");
  private static final ContributionId CT_TEAM_1 = ContributionId.of("CT-s3team-1");
  private static final ContributionId CT_TEAM_2 = ContributionId.of("CT-s3team-2");
  private static final ContributionId CT_AWS_1 = ContributionId.of("CT-aws-1");
  private static final ContributionId CT_AWS_2 = ContributionId.of("CT-aws-2");

  private static final FlawId F1 = FlawId.of("F-1");
  private static final FlawId F2 = FlawId.of("F-2");
  private static final FlawId F3 = FlawId.of("F-3");
  private static final FlawId F4 = FlawId.of("F-4");
  private static final FlawId F5 = FlawId.of("F-5");

  // Links of the as-operating structure; the as-designed structure reuses their ids.
  private static final LinkId CA1 = LinkId.of("CA-1");
  private static final LinkId FB1 = LinkId.of("FB-1");
  private static final LinkId CA3 = LinkId.of("CA-3");
  private static final LinkId FB3 = LinkId.of("FB-3");
  private static final LinkId CA5 = LinkId.of("CA-5");
  private static final LinkId FB5 = LinkId.of("FB-5");
  private static final LinkId CA6 = LinkId.of("CA-6");
  private static final LinkId FB6 = LinkId.of("FB-6");
  private static final LinkId FB8 = LinkId.of("FB-8");
  private static final LinkId CA11 = LinkId.of("CA-11");
  private static final LinkId FB11 = LinkId.of("FB-11");
  private static final LinkId CO12 = LinkId.of("CO-12");
  private static final LinkId CO13 = LinkId.of("CO-13");

  private S3Outage2017() {}

  /**
   * Builds the analysis. Each call returns an equal value.
   *
   * @return the complete analysis, all five steps
   */
  public static CastAnalysis analysis() {
    ControlStructure operating = operatingStructure();
    return CastAnalysis.builder()
        .id(AnalysisId.of("CAST-2017-02-28-S3"))
        .title("Amazon S3 disruption in US-EAST-1, 28 February 2017")
        .summary(
            "A playbook command meant to remove a few servers from a subsystem used by S3 billing"
                + " removed a larger set, including servers of the index and placement subsystems."
                + " Both needed a full restart, not exercised in the larger regions for years,"
                + " and S3 in US-EAST-1 could not serve requests for hours; the status dashboard"
                + " could not show per-service status because it depended on S3. The control"
                + " problem lies in a tool with no minimum-capacity or rate limit, in recovery"
                + " times that drifted unseen as S3 grew, and in a status channel that shared a"
                + " dependency with the service it reports on.")
        .addAnalysts("castkit examples, from the public post-mortem")
        .addReference(
            Reference.builder()
                .kind(ReferenceKind.URL)
                .value(POST_MORTEM)
                .title(
                    "Summary of the Amazon S3 Service Disruption in the Northern Virginia"
                        + " (US-EAST-1) Region")
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
        .name("Amazon S3 in the US-EAST-1 region and its operation")
        .description(
            "The object storage service of one AWS region, the team and tools that operate it,"
                + " and the way AWS tells customers about its health.")
        .addInside(
            "The S3 index, placement and billing-related subsystems in US-EAST-1",
            "The S3 team, its playbooks and the capacity-removal tool",
            "The Service Health Dashboard, its administration console and the staff who post"
                + " status",
            "AWS management decisions about reliability work")
        .addEnvironment(
            "Customers and their applications",
            "Other AWS services in US-EAST-1 that rely on S3: the S3 console, new EC2 instance"
                + " launches, EBS volumes that need data from an S3 snapshot, AWS Lambda",
            "The AWS Twitter feed, used as an alternate status channel",
            "Other AWS regions")
        .addGoals(
            "Serve GET, LIST, PUT and DELETE requests for the objects stored in the region",
            "Keep customers informed of service health during operational events")
        .build();
  }

  private static Loss[] losses() {
    return new Loss[] {
      Loss.builder()
          .id(L1)
          .description(
              "S3 in US-EAST-1 cannot serve requests for hours, and the AWS services of the"
                  + " region that rely on it are impaired")
          .category(LossCategory.AVAILABILITY)
          .addStakeholders(
              "S3 customers in US-EAST-1",
              "Customers of AWS services in US-EAST-1 that rely on S3",
              "The users of those customers' applications")
          .impact(
              "GET, LIST and DELETE resumed from 20:26 UTC and were normal at 21:18 UTC; PUT,"
                  + " which needs placement, was normal at 21:54 UTC; some dependent services"
                  + " then worked through backlogs")
          .build(),
      Loss.builder()
          .id(L2)
          .description(
              "Customers cannot learn the state of each service from AWS's status dashboard"
                  + " during the disruption, and their trust in it suffers")
          .category(LossCategory.REPUTATION)
          .addStakeholders("AWS customers", "AWS")
          .impact(
              "Per-service status could not be updated from the start of the event until"
                  + " 19:37 UTC")
          .build()
    };
  }

  private static Hazard[] hazards() {
    return new Hazard[] {
      Hazard.builder()
          .id(H1)
          .description(
              "The index and placement subsystems of S3 in US-EAST-1 have less capacity than"
                  + " they need to serve requests")
          .addLosses(L1)
          .build(),
      Hazard.builder()
          .id(H2)
          .description(
              "The region depends on core subsystems whose full recovery takes hours and has"
                  + " not been exercised at their current scale")
          .addLosses(L1)
          .build(),
      Hazard.builder()
          .id(H3)
          .description(
              "Customers have no current per-service status from AWS while a service in the"
                  + " region is disrupted")
          .addLosses(L2)
          .build()
    };
  }

  private static SafetyConstraint[] constraints() {
    return new SafetyConstraint[] {
      SafetyConstraint.builder()
          .id(SC1)
          .text(
              "No operation may remove capacity from an S3 subsystem below the minimum that"
                  + " subsystem needs to serve its load, whatever the inputs of the command")
          .kind(ConstraintKind.PREVENT)
          .addHazards(H1)
          .build(),
      SafetyConstraint.builder()
          .id(SC1A)
          .text(
              "Capacity must be removed slowly enough that an unintended removal is noticed and"
                  + " stopped before it affects service")
          .kind(ConstraintKind.PREVENT)
          .addHazards(H1)
          .parent(SC1)
          .build(),
      SafetyConstraint.builder()
          .id(SC2)
          .text(
              "The time to fully recover each core subsystem must be known from exercise and"
                  + " kept short as the service grows, for example by partitioning the subsystem"
                  + " into cells")
          .kind(ConstraintKind.MITIGATE)
          .addHazards(H2)
          .build(),
      SafetyConstraint.builder()
          .id(SC3)
          .text(
              "The channel that tells customers about service health must keep working when any"
                  + " service it reports on is unavailable")
          .kind(ConstraintKind.RESPOND)
          .addHazards(H3)
          .build(),
      SafetyConstraint.builder()
          .id(SC4)
          .text(
              "A command aimed at one subsystem must not remove servers that other subsystems"
                  + " need")
          .kind(ConstraintKind.PREVENT)
          .addHazards(H1)
          .build()
    };
  }

  // Times: the post-mortem gives PST (UTC-8); 9:37 AM PST is 17:37 UTC, 11:37 AM is 19:37,
  // 12:26 PM is 20:26, 1:18 PM is 21:18 and 1:54 PM is 21:54. Events the post-mortem does not
  // time keep only their place in the order.
  private static List<TimelineEvent> timeline() {
    return List.of(
        event(
            E1,
            null,
            "The S3 team is debugging an issue that makes the S3 billing system progress more"
                + " slowly than expected.",
            S3_TEAM),
        event(
            E2,
            "2017-02-28T17:37:00Z",
            "An authorized S3 team member, following an established playbook, runs a command"
                + " meant to remove a small number of servers from one of the S3 subsystems used"
                + " by the billing process.",
            OPERATOR,
            TOOL,
            BILLING),
        event(
            E3,
            null,
            "One input of the command differs from what was intended, and the tool removes a"
                + " larger set of servers than intended.",
            OPERATOR,
            TOOL),
        event(
            E4,
            null,
            "The removed servers include servers of the index subsystem, which holds the"
                + " metadata and location of every object in the region, and of the placement"
                + " subsystem, which allocates storage for new objects.",
            TOOL,
            INDEX,
            PLACEMENT),
        event(
            E5,
            null,
            "With a large part of their capacity gone, both subsystems need a full restart;"
                + " while they restart, S3 in US-EAST-1 cannot serve requests.",
            INDEX,
            PLACEMENT,
            CUSTOMERS),
        event(
            E6,
            null,
            "Other AWS services in the region that rely on S3 are affected: the S3 console, new"
                + " EC2 instance launches, EBS volumes that need data from an S3 snapshot, and"
                + " AWS Lambda.",
            CUSTOMERS),
        event(
            E7,
            null,
            "Per-service status on the Service Health Dashboard cannot be updated, because its"
                + " administration console depends on S3; AWS posts status on the AWS Twitter"
                + " feed and in a banner on the dashboard instead.",
            STATUS_STAFF,
            SHD_CONSOLE,
            CUSTOMERS),
        event(
            E8,
            null,
            "The index subsystem is restarted first. Restarting it and running the safety"
                + " checks that validate the integrity of its metadata take longer than expected:"
                + " it is the first full restart in the larger regions for many years, and S3 has"
                + " grown massively since.",
            S3_TEAM,
            INDEX),
        event(
            E9,
            "2017-02-28T19:37:00Z",
            "Per-service status on the Service Health Dashboard can be updated again.",
            STATUS_STAFF,
            SHD_CONSOLE),
        event(
            E10,
            "2017-02-28T20:26:00Z",
            "The index subsystem has activated enough capacity to begin serving GET, LIST and"
                + " DELETE requests.",
            INDEX,
            S3_TEAM),
        event(
            E11,
            "2017-02-28T21:18:00Z",
            "The index subsystem is fully recovered; GET, LIST and DELETE work normally.",
            INDEX,
            S3_TEAM),
        event(
            E12,
            null,
            "The placement subsystem, which needs a working index, begins its recovery once the"
                + " index subsystem is functional.",
            PLACEMENT,
            S3_TEAM),
        event(
            E13,
            "2017-02-28T21:54:00Z",
            "The placement subsystem finishes its recovery; PUT works again and S3 operates"
                + " normally.",
            PLACEMENT,
            S3_TEAM,
            CUSTOMERS),
        event(
            E14,
            null,
            "The other affected AWS services recover; some had accumulated a backlog of work"
                + " during the disruption and take more time to recover fully.",
            CUSTOMERS));
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
    if (id.equals(E3)) {
      event.addQuestions(Q1);
    } else if (id.equals(E7)) {
      event.addQuestions(Q4);
    } else if (id.equals(E8)) {
      event.addQuestions(Q2);
    }
    return event.build();
  }

  private static ProcessAnalysis processAnalysis() {
    return ProcessAnalysis.builder()
        .summary(
            "S3 in a region keeps object metadata and locations in the index subsystem and"
                + " allocates storage for new objects in the placement subsystem, which needs the"
                + " index. Capacity is routinely removed and replaced with a tool driven by"
                + " playbooks.")
        .addControls(
            "Subsystems designed to tolerate the removal or failure of significant capacity"
                + " with little or no customer impact",
            "Established playbooks and authorization for removing capacity",
            "Safety checks that validate metadata integrity when a subsystem restarts",
            "The Service Health Dashboard, for telling customers the status of each service")
        .addFailures(
            "The index and placement subsystems lost a large part of their capacity at once and"
                + " needed full restarts",
            "The dashboard's administration console could not update status while S3 was"
                + " unavailable")
        .addInteractions(
            "Placement needs a working index, so its recovery waited for the index",
            "Services of the region that store data in S3 stopped or slowed with it, and some"
                + " had backlogs to clear afterwards",
            "The status dashboard depended on the service whose status it was needed to show")
        .addContextFactors(
            ContextFactor.of(
                ContextKind.PHYSICAL,
                "S3 had grown massively over the previous years, and its larger regions had not"
                    + " had a full restart of the index or placement subsystem for many years."))
        .build();
  }

  private static List<Question> questions() {
    return List.of(
        Question.builder()
            .id(Q1)
            .text(
                "What was the input that differed, and did the tool show which servers or"
                    + " subsystems the command would remove before it acted?")
            .step(CastStep.ASSEMBLE_BASIC_INFORMATION)
            .about(E3.value())
            .build(),
        Question.builder()
            .id(Q2)
            .text(
                "When did the restart of the index subsystem begin, and how long did the metadata"
                    + " integrity checks take?")
            .step(CastStep.ASSEMBLE_BASIC_INFORMATION)
            .about(E8.value())
            .build(),
        Question.builder()
            .id(Q3)
            .text(
                "How could a command aimed at a subsystem used by the billing process reach"
                    + " servers that the index and placement subsystems depended on?")
            .step(CastStep.MODEL_CONTROL_STRUCTURE)
            .about(TOOL.value())
            .build(),
        Question.builder()
            .id(Q4)
            .text("When did status first go out on the AWS Twitter feed and the dashboard banner?")
            .step(CastStep.ASSEMBLE_BASIC_INFORMATION)
            .about(E7.value())
            .build(),
        Question.builder()
            .id(Q5)
            .text("Was the command run by an authorized person following the usual procedure?")
            .step(CastStep.ANALYZE_COMPONENTS)
            .about(OPERATOR.value())
            .status(QuestionStatus.ANSWERED)
            .answer(
                "Yes. The post-mortem says an authorized S3 team member ran it using an"
                    + " established playbook.")
            .build(),
        Question.builder()
            .id(Q6)
            .text(
                "When was the further partitioning of the index subsystem finished, and how much"
                    + " did it shorten a full recovery?")
            .step(CastStep.CREATE_IMPROVEMENT_PROGRAM)
            .about("REC-4")
            .build(),
        Question.builder()
            .id(Q7)
            .text(
                "Why did the dashboard's administration console depend on S3, and which other"
                    + " status or recovery tools shared that dependency?")
            .step(CastStep.ANALYZE_COMPONENTS)
            .about(AWS.value())
            .build());
  }

  // Step 2

  private static List<Component> components() {
    return List.of(
        Component.builder()
            .id(AWS)
            .name("AWS management")
            .kind(ComponentKind.ORGANIZATION)
            .level(0)
            .description(
                "Sets priorities and staffing for reliability work and decides the architecture"
                    + " of shared tools such as the Service Health Dashboard.")
            .addResponsibilities(
                responsibility(
                    R_AWS_1,
                    "Schedule and staff the work that keeps the recovery time of core subsystems"
                        + " short as the service grows",
                    SC2),
                responsibility(
                    R_AWS_2,
                    "Keep the channel that tells customers about service health independent of"
                        + " the services it reports on",
                    SC3),
                responsibility(
                    R_AWS_3,
                    "Require operational tools that change capacity to enforce safe limits",
                    SC1,
                    SC4))
            .addProcessModel(
                ProcessModelVariable.of("recovery time of core subsystems"),
                ProcessModelVariable.of("dependencies of the status dashboard"))
            .build(),
        Component.builder()
            .id(S3_TEAM)
            .name("S3 team")
            .kind(ComponentKind.ORGANIZATION)
            .level(1)
            .parent(AWS)
            .description(
                "Owns the S3 subsystems, the playbooks and the capacity-removal tool, and runs"
                    + " their recovery.")
            .addResponsibilities(
                responsibility(
                    R_TEAM_1,
                    "Provide playbooks and tools whose steps cannot remove more capacity than a"
                        + " subsystem can spare",
                    SC1,
                    SC1A,
                    SC4),
                responsibility(
                    R_TEAM_2,
                    "Know, by exercising it, how long a full restart of each core subsystem takes"
                        + " at current scale",
                    SC2),
                responsibility(
                    R_TEAM_3,
                    "Restore the index and placement subsystems safely, validating the integrity"
                        + " of the metadata",
                    SC2))
            .addProcessModel(
                ProcessModelVariable.of("minimum required capacity of each subsystem"),
                ProcessModelVariable.of("time a full restart takes"),
                ProcessModelVariable.of("servers each subsystem depends on"))
            .build(),
        Component.builder()
            .id(OPERATOR)
            .name("Authorized S3 team member")
            .kind(ComponentKind.HUMAN_CONTROLLER)
            .level(2)
            .description(
                "An engineer of the S3 team, authorized to run the playbook, debugging the slow"
                    + " billing system.")
            .addResponsibilities(
                responsibility(
                    R_OPERATOR_1,
                    "Run playbook commands with inputs that remove only the servers intended",
                    SC1,
                    SC4),
                responsibility(
                    R_OPERATOR_2, "Check the effect of a removal before removing more", SC1A))
            .addProcessModel(
                ProcessModelVariable.of("servers the command will remove"),
                ProcessModelVariable.of("subsystems those servers support"))
            .build(),
        Component.builder()
            .id(STATUS_STAFF)
            .name("Staff who post service status")
            .kind(ComponentKind.HUMAN_CONTROLLER)
            .level(2)
            .description("AWS staff who publish the status of each service during events.")
            .addResponsibilities(
                responsibility(
                    R_STATUS_1,
                    "Publish the status of each affected service on the Service Health Dashboard"
                        + " during an event",
                    SC3))
            .addProcessModel(ProcessModelVariable.of("ability to update the dashboard"))
            .build(),
        Component.builder()
            .id(TOOL)
            .name("Capacity-removal tool")
            .kind(ComponentKind.AUTOMATED_CONTROLLER)
            .level(3)
            .description(
                "The tool a playbook step runs to take servers out of service; at the time it"
                    + " removed whatever its input named, with no limit on amount or rate.")
            .addResponsibilities(
                responsibility(
                    R_TOOL_1,
                    "Remove only the servers intended, at a rate that lets an unintended removal"
                        + " be noticed",
                    SC1A,
                    SC4),
                responsibility(
                    R_TOOL_2,
                    "Refuse a removal that takes a subsystem below its minimum required capacity",
                    SC1))
            .addProcessModel(ProcessModelVariable.of("servers named by the input"))
            .build(),
        Component.builder()
            .id(SHD_CONSOLE)
            .name("Service Health Dashboard administration console")
            .kind(ComponentKind.ACTUATOR)
            .level(3)
            .description(
                "Where staff set the status of each service shown on the dashboard; at the time"
                    + " it depended on Amazon S3.")
            .build(),
        Component.builder()
            .id(BILLING)
            .name("S3 subsystem used by the billing process")
            .kind(ComponentKind.CONTROLLED_PROCESS)
            .level(4)
            .build(),
        Component.builder()
            .id(INDEX)
            .name("Index subsystem")
            .kind(ComponentKind.CONTROLLED_PROCESS)
            .level(4)
            .description(
                "Holds the metadata and location of every S3 object in the region; needed to"
                    + " serve GET, LIST, PUT and DELETE.")
            .build(),
        Component.builder()
            .id(PLACEMENT)
            .name("Placement subsystem")
            .kind(ComponentKind.CONTROLLED_PROCESS)
            .level(4)
            .description(
                "Allocates storage for new objects during PUT; needs a working index subsystem.")
            .build(),
        Component.builder()
            .id(CUSTOMERS)
            .name("Customers and dependent AWS services")
            .kind(ComponentKind.EXTERNAL)
            .level(5)
            .description(
                "Customers of S3 in US-EAST-1 and the AWS services of the region that store data"
                    + " in S3.")
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
                AWS,
                S3_TEAM,
                "priorities and schedule of reliability work, such as partitioning the index into"
                    + " cells"),
            link(
                LinkKind.FEEDBACK,
                "FB-1",
                S3_TEAM,
                AWS,
                "reports on reliability risks and recovery readiness",
                LinkStatus.DEGRADED,
                "Could not include how long a full restart takes at current scale: none had run"
                    + " in the larger regions for many years."),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-2",
                S3_TEAM,
                OPERATOR,
                "playbooks, tools and authorization to remove capacity"),
            link(LinkKind.FEEDBACK, "FB-2", OPERATOR, S3_TEAM, "progress of the operational work"),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-3",
                OPERATOR,
                TOOL,
                "command with inputs naming the servers to remove"),
            link(LinkKind.FEEDBACK, "FB-3", TOOL, OPERATOR, "result of the command"),
            link(LinkKind.CONTROL_ACTION, "CA-4", TOOL, BILLING, "remove servers"),
            link(LinkKind.FEEDBACK, "FB-4", BILLING, TOOL, "servers removed"),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-5",
                TOOL,
                INDEX,
                "remove servers",
                LinkStatus.PRESENT,
                "Worked as built: no limit on how much capacity was removed, or how fast."),
            link(
                LinkKind.FEEDBACK,
                "FB-5",
                INDEX,
                TOOL,
                "capacity left against the subsystem's minimum required level",
                LinkStatus.MISSING,
                "The tool did not check a subsystem's minimum required capacity."),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-6",
                TOOL,
                PLACEMENT,
                "remove servers",
                LinkStatus.PRESENT,
                "Worked as built: no limit on how much capacity was removed, or how fast."),
            link(
                LinkKind.FEEDBACK,
                "FB-6",
                PLACEMENT,
                TOOL,
                "capacity left against the subsystem's minimum required level",
                LinkStatus.MISSING,
                "The tool did not check a subsystem's minimum required capacity."),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-7",
                S3_TEAM,
                INDEX,
                "full restart with the safety checks that validate metadata integrity"),
            link(
                LinkKind.FEEDBACK,
                "FB-7",
                INDEX,
                S3_TEAM,
                "restart progress and capacity activated"),
            link(
                LinkKind.FEEDBACK,
                "FB-8",
                INDEX,
                S3_TEAM,
                "measured duration of a full restart at current scale",
                LinkStatus.MISSING,
                "No full restart of the index or placement subsystem had run in the larger"
                    + " regions for many years."),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-9",
                S3_TEAM,
                PLACEMENT,
                "restart once the index subsystem works"),
            link(LinkKind.FEEDBACK, "FB-9", PLACEMENT, S3_TEAM, "recovery progress"),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-10",
                AWS,
                STATUS_STAFF,
                "how to communicate with customers during operational events"),
            link(LinkKind.FEEDBACK, "FB-10", STATUS_STAFF, AWS, "what customers have been told"),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-11",
                STATUS_STAFF,
                SHD_CONSOLE,
                "set the status of each service",
                LinkStatus.INOPERABLE,
                "From the start of the event until 19:37 UTC the console could not update status:"
                    + " it depended on S3."),
            link(
                LinkKind.FEEDBACK,
                "FB-11",
                SHD_CONSOLE,
                STATUS_STAFF,
                "status as published",
                LinkStatus.INOPERABLE,
                "Unavailable with the console."),
            link(
                LinkKind.COMMUNICATION,
                "CO-12",
                SHD_CONSOLE,
                CUSTOMERS,
                "status of each service on the dashboard",
                LinkStatus.INOPERABLE,
                "Per-service status stayed as it was until 19:37 UTC."),
            link(
                LinkKind.COMMUNICATION,
                "CO-13",
                STATUS_STAFF,
                CUSTOMERS,
                "status on the AWS Twitter feed and in the dashboard banner",
                LinkStatus.PRESENT,
                "The workaround used while the console could not update status."));
    return ExampleSupport.operating(
        "S3 in US-EAST-1 as it operated on 28 February 2017",
        "Links that were missing or inoperable at the time are marked so.",
        components(),
        links);
  }

  private static ControlStructure designedStructure(ControlStructure operating) {
    return ExampleSupport.designed(
        "S3 in US-EAST-1 as designed",
        "The same components. By design the dashboard could be updated; the minimum-capacity"
            + " feedback to the tool and the measured restart time were not part of the design.",
        operating,
        Map.of(
            FB1, LinkStatus.DEGRADED,
            FB5, LinkStatus.MISSING,
            FB6, LinkStatus.MISSING,
            FB8, LinkStatus.MISSING),
        Set.of(CO13));
  }

  // Step 3, bottom-up through the structure.

  private static List<ComponentAnalysis> componentAnalyses() {
    return List.of(
        ComponentAnalysis.builder()
            .component(TOOL)
            .role("Executed the removal the command named.")
            .addResponsibilities(R_TOOL_1, R_TOOL_2)
            .addContributions(
                Contribution.builder()
                    .id(CT_TOOL_1)
                    .kind(ContributionKind.ACTION)
                    .description(
                        "Removes, quickly, the whole set of servers the input names, including"
                            + " servers of the index and placement subsystems.")
                    .context(
                        "The tool did what its input asked. It served a core operational practice"
                            + " relied on since S3's launch, and the subsystems were designed to"
                            + " tolerate losing significant capacity, so neither a limit on the"
                            + " amount nor on the rate was part of it.")
                    .addHazards(H1)
                    .addEvents(E3, E4)
                    .addUnmetResponsibilities(R_TOOL_1, R_TOOL_2)
                    .build())
            .addProcessModelFlaws(
                ProcessModelFlaw.builder()
                    .id(ProcessModelFlawId.of("PMF-tool-1"))
                    .variable("servers named by the input")
                    .believed("The input names the servers meant for removal")
                    .actual(
                        "The input named a larger set, including servers the index and placement"
                            + " subsystems needed")
                    .build())
            .addContextFactors(
                ContextFactor.of(
                    ContextKind.INFORMATIONAL,
                    "The tool had no view of each subsystem's minimum required capacity."))
            .addQuestions(Q1, Q3)
            .build(),
        ComponentAnalysis.builder()
            .component(OPERATOR)
            .role("Ran the playbook step that removed capacity.")
            .addResponsibilities(R_OPERATOR_1, R_OPERATOR_2)
            .addContributions(
                Contribution.builder()
                    .id(CT_OPERATOR_1)
                    .kind(ContributionKind.ACTION)
                    .description(
                        "Runs the playbook command to remove a small number of servers from a"
                            + " subsystem used by billing; one input differs from what was"
                            + " intended, and the command removes a larger set.")
                    .context(
                        "The team was debugging a billing system that progressed more slowly"
                            + " than expected. Removing capacity was an established, authorized"
                            + " playbook step, and the tool accepted the input without a limit or"
                            + " a check, so nothing distinguished this input from a routine one.")
                    .addHazards(H1)
                    .addEvents(E2, E3)
                    .addUnmetResponsibilities(R_OPERATOR_1)
                    .build())
            .addProcessModelFlaws(
                ProcessModelFlaw.builder()
                    .id(ProcessModelFlawId.of("PMF-operator-1"))
                    .variable("servers the command will remove")
                    .believed("A small number of servers of one subsystem used by billing")
                    .actual(
                        "A larger set that also included servers of the index and placement"
                            + " subsystems")
                    .build())
            .addContextFactors(
                ContextFactor.of(
                    ContextKind.SITUATIONAL,
                    "Debugging a live issue: the billing system was progressing slowly."),
                ContextFactor.of(
                    ContextKind.MANAGERIAL,
                    "Authorized to run the step, which was part of an established playbook."))
            .addQuestions(Q1, Q5)
            .build(),
        ComponentAnalysis.builder()
            .component(STATUS_STAFF)
            .role("Told customers the status of each service.")
            .addResponsibilities(R_STATUS_1)
            .addContributions(
                Contribution.builder()
                    .id(CT_STATUS_1)
                    .kind(ContributionKind.INACTION)
                    .description(
                        "Per-service status on the dashboard stays unchanged from the start of"
                            + " the event until 19:37 UTC; status goes out on the AWS Twitter"
                            + " feed and in the dashboard banner instead.")
                    .context(
                        "The administration console depended on S3, the service that was down;"
                            + " the Twitter feed and the banner were the channels that still"
                            + " worked.")
                    .addHazards(H3)
                    .addEvents(E7, E9)
                    .addUnmetResponsibilities(R_STATUS_1)
                    .build())
            .addProcessModelFlaws(
                ProcessModelFlaw.builder()
                    .id(ProcessModelFlawId.of("PMF-status-1"))
                    .variable("ability to update the dashboard")
                    .believed("The console is available whenever a service needs a status update")
                    .actual("The console could not update status while S3 was unavailable")
                    .build())
            .addContextFactors(
                ContextFactor.of(
                    ContextKind.INFORMATIONAL,
                    "The dependency of the console on S3 showed only when S3 itself was down."))
            .addQuestions(Q4)
            .build(),
        ComponentAnalysis.builder()
            .component(S3_TEAM)
            .role("Owned the playbooks, the tool and the recovery of the subsystems.")
            .addResponsibilities(R_TEAM_1, R_TEAM_2, R_TEAM_3)
            .addContributions(
                Contribution.builder()
                    .id(CT_TEAM_1)
                    .kind(ContributionKind.DECISION)
                    .description(
                        "Provides a playbook step in which one command can remove any amount of"
                            + " capacity, at any rate.")
                    .context(
                        "Capacity removal was a routine operation relied on since S3's launch,"
                            + " and the subsystems were built to tolerate the removal or failure"
                            + " of significant capacity with little or no customer impact.")
                    .addHazards(H1)
                    .addEvents(E2, E3)
                    .addUnmetResponsibilities(R_TEAM_1)
                    .build(),
                Contribution.builder()
                    .id(CT_TEAM_2)
                    .kind(ContributionKind.INACTION)
                    .description(
                        "No full restart of the index or placement subsystem had run in the"
                            + " larger regions for many years, so the time a restart and its"
                            + " integrity checks take at current scale was not known before the"
                            + " event.")
                    .context(
                        "Removing and replacing capacity kept the subsystems running without full"
                            + " restarts, which is what the design aimed at; meanwhile S3 grew"
                            + " massively.")
                    .addHazards(H2)
                    .addEvents(E8, E10, E11, E12, E13)
                    .addUnmetResponsibilities(R_TEAM_2)
                    .build())
            .addProcessModelFlaws(
                ProcessModelFlaw.builder()
                    .id(ProcessModelFlawId.of("PMF-s3team-1"))
                    .variable("time a full restart takes")
                    .believed("A restart with its integrity checks completes in the expected time")
                    .actual("It took longer than expected after years of growth")
                    .build(),
                ProcessModelFlaw.builder()
                    .id(ProcessModelFlawId.of("PMF-s3team-2"))
                    .variable("minimum required capacity of each subsystem")
                    .believed(
                        "The subsystems tolerate the removal of significant capacity with little"
                            + " or no customer impact")
                    .actual(
                        "Removing this much capacity at once required a full restart of both"
                            + " subsystems")
                    .build())
            .addContextFactors(
                ContextFactor.of(
                    ContextKind.MANAGERIAL,
                    "Work to split S3 into smaller cells had been going on as it scaled; further"
                        + " partitioning of the index subsystem was planned for later in the"
                        + " year."),
                ContextFactor.of(
                    ContextKind.SITUATIONAL,
                    "The team was already busy debugging the slow billing system."))
            .addQuestions(Q2, Q3)
            .build(),
        ComponentAnalysis.builder()
            .component(AWS)
            .role("Set priorities and the architecture of shared tools.")
            .addResponsibilities(R_AWS_1, R_AWS_2, R_AWS_3)
            .addContributions(
                Contribution.builder()
                    .id(CT_AWS_1)
                    .kind(ContributionKind.DECISION)
                    .description(
                        "The administration console of the Service Health Dashboard is built"
                            + " with a dependency on Amazon S3.")
                    .context(
                        "The post-mortem does not say why. Building on S3, which services across"
                            + " the region relied on for storage, was an ordinary choice, and the"
                            + " dependency stayed out of sight until S3 itself was down.")
                    .addHazards(H3)
                    .addEvents(E7)
                    .addUnmetResponsibilities(R_AWS_2)
                    .build(),
                Contribution.builder()
                    .id(CT_AWS_2)
                    .kind(ContributionKind.DECISION)
                    .description(
                        "Further partitioning of the index subsystem into smaller cells is"
                            + " scheduled for later in the year.")
                    .context(
                        "Much of S3 had already been refactored into cells to reduce blast radius"
                            + " and improve recovery; the index work was in the plan.")
                    .addHazards(H2)
                    .addEvents(E8)
                    .addUnmetResponsibilities(R_AWS_1)
                    .build())
            .addProcessModelFlaws(
                ProcessModelFlaw.builder()
                    .id(ProcessModelFlawId.of("PMF-aws-1"))
                    .variable("dependencies of the status dashboard")
                    .believed("The dashboard can report the disruption of any service")
                    .actual("It could not report a disruption of S3, on which it depended")
                    .build(),
                ProcessModelFlaw.builder()
                    .id(ProcessModelFlawId.of("PMF-aws-2"))
                    .variable("recovery time of core subsystems")
                    .believed(
                        "The remaining partitioning of the index subsystem could wait until later"
                            + " in the year")
                    .actual("A full recovery of the unpartitioned index subsystem took hours")
                    .build())
            .addContextFactors(
                ContextFactor.of(
                    ContextKind.MANAGERIAL,
                    "Splitting services into cells was already the approach to limit blast"
                        + " radius and make recovery testable."))
            .addQuestions(Q6, Q7)
            .build());
  }

  // Step 4

  private static List<Flaw> flaws() {
    return List.of(
        Flaw.builder()
            .id(F1)
            .category(FlawCategory.SAFETY_MANAGEMENT_DESIGN)
            .description(
                "The safety of capacity removal rested on the input being right: the tool"
                    + " enforced no minimum capacity per subsystem and no rate, so one command"
                    + " could take two core subsystems below what they needed.")
            .addComponents(TOOL, S3_TEAM)
            .addLinks(CA5, CA6, FB5, FB6)
            .addEvidence(postMortem(POST_MORTEM))
            .build(),
        Flaw.builder()
            .id(F2)
            .category(FlawCategory.CHANGES_AND_DYNAMICS)
            .description(
                "As S3 grew, full restarts of the index and placement subsystems went"
                    + " unexercised in the larger regions for many years, so the time they take"
                    + " drifted away from what the team expected, and nothing showed the drift.")
            .addComponents(S3_TEAM, INDEX, PLACEMENT)
            .addLinks(FB8, FB1)
            .addEvidence(postMortem(POST_MORTEM))
            .build(),
        Flaw.builder()
            .id(F3)
            .category(FlawCategory.COMMUNICATION_AND_COORDINATION)
            .description(
                "The status channel shared a dependency with the service it reports on: the"
                    + " dashboard's console needed S3, so it went quiet exactly when S3's"
                    + " disruption needed reporting.")
            .addComponents(SHD_CONSOLE, STATUS_STAFF, AWS)
            .addLinks(CA11, FB11, CO12)
            .addEvidence(postMortem(POST_MORTEM))
            .build(),
        Flaw.builder()
            .id(F4)
            .category(FlawCategory.SAFETY_MANAGEMENT_DESIGN)
            .description(
                "The index subsystem was still one large unit whose blast radius was the whole"
                    + " region and whose recovery could not be tested in small pieces; its"
                    + " partitioning into cells waited in the schedule.")
            .addComponents(AWS, S3_TEAM, INDEX)
            .addLinks(CA1, FB1)
            .addEvidence(postMortem(POST_MORTEM))
            .build(),
        Flaw.builder()
            .id(F5)
            .category(FlawCategory.SAFETY_INFORMATION_SYSTEM)
            .description(
                "Which other operational tools lacked similar safety checks was not known; the"
                    + " post-mortem announces an audit of them.")
            .addComponents(AWS, S3_TEAM)
            .addEvidence(postMortem(POST_MORTEM))
            .build());
  }

  // Step 5

  private static List<Recommendation> recommendations() {
    return List.of(
        Recommendation.builder()
            .id(RecommendationId.of("REC-1"))
            .text("Change the capacity-removal tool so that it removes capacity more slowly.")
            .addFlaws(F1)
            .addContributions(CT_TOOL_1, CT_TEAM_1)
            .addLinks(CA5, CA6)
            .addComponents(TOOL)
            .priority(Priority.HIGH)
            .horizon(Horizon.IMMEDIATE)
            .owner("AWS")
            .status(RecommendationStatus.IMPLEMENTED)
            .build(),
        Recommendation.builder()
            .id(RecommendationId.of("REC-2"))
            .text(
                "Add safeguards to the tool that refuse a removal taking any subsystem below its"
                    + " minimum required capacity.")
            .addFlaws(F1)
            .addContributions(CT_TOOL_1, CT_OPERATOR_1, CT_TEAM_1)
            .addLinks(FB5, FB6)
            .addComponents(TOOL)
            .priority(Priority.HIGH)
            .horizon(Horizon.IMMEDIATE)
            .owner("AWS")
            .status(RecommendationStatus.IMPLEMENTED)
            .build(),
        Recommendation.builder()
            .id(RecommendationId.of("REC-3"))
            .text("Audit the other operational tools to make sure they have similar safety checks.")
            .addFlaws(F5)
            .addComponents(AWS, S3_TEAM)
            .priority(Priority.MEDIUM)
            .horizon(Horizon.IMMEDIATE)
            .owner("AWS")
            .status(RecommendationStatus.IN_PROGRESS)
            .build(),
        Recommendation.builder()
            .id(RecommendationId.of("REC-4"))
            .text(
                "Start at once the further partitioning of the index subsystem into cells, to"
                    + " shorten its recovery and limit its blast radius.")
            .addFlaws(F4, F2)
            .addContributions(CT_AWS_2, CT_TEAM_2)
            .addLinks(CA1)
            .addComponents(INDEX, S3_TEAM)
            .priority(Priority.HIGH)
            .horizon(Horizon.LONG_TERM)
            .owner("S3 team")
            .status(RecommendationStatus.ACCEPTED)
            .build(),
        Recommendation.builder()
            .id(RecommendationId.of("REC-5"))
            .text("Run the dashboard's administration console across several AWS regions.")
            .addFlaws(F3)
            .addContributions(CT_AWS_1, CT_STATUS_1)
            .addLinks(CA11, FB11, CO12)
            .addComponents(SHD_CONSOLE)
            .priority(Priority.HIGH)
            .horizon(Horizon.IMMEDIATE)
            .owner("AWS")
            .status(RecommendationStatus.IMPLEMENTED)
            .build(),
        Recommendation.builder()
            .id(RecommendationId.of("REC-6"))
            .text(
                "Exercise full restarts of the core subsystems, or of single cells, on a schedule"
                    + " and record how long they take, so that recovery time is measured rather"
                    + " than assumed.")
            .addFlaws(F2)
            .addContributions(CT_TEAM_2)
            .addLinks(FB8)
            .addComponents(S3_TEAM, INDEX, PLACEMENT)
            .priority(Priority.MEDIUM)
            .horizon(Horizon.LONG_TERM)
            .status(RecommendationStatus.PROPOSED)
            .rationale("Proposed by this analysis; the post-mortem does not announce it.")
            .build(),
        Recommendation.builder()
            .id(RecommendationId.of("REC-7"))
            .text(
                "Have the tool show, before it acts, which subsystems the named servers support"
                    + " and how much capacity each will keep, and ask for confirmation when the"
                    + " set is larger than the playbook step expects.")
            .addFlaws(F1)
            .addContributions(CT_OPERATOR_1)
            .addLinks(FB3)
            .addComponents(TOOL)
            .priority(Priority.MEDIUM)
            .horizon(Horizon.IMMEDIATE)
            .status(RecommendationStatus.PROPOSED)
            .rationale("Proposed by this analysis; the post-mortem does not announce it.")
            .build());
  }
}
