package dev.castkit.examples;

import static dev.castkit.examples.ExampleSupport.aroundDay;
import static dev.castkit.examples.ExampleSupport.link;
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
 * A CAST analysis of the Facebook (Meta) outage of 4 October 2021, built from the two posts Meta's
 * engineering blog published: "More details about the October 4 outage" by Santosh Janardhan
 * ({@value #DETAILS}) and "Update about the October 4th outage" ({@value #UPDATE}).
 *
 * <p>During routine maintenance of the global backbone, a command meant to assess the availability
 * of backbone capacity took down all the connections of the backbone, disconnecting Facebook's data
 * centres from each other and from the internet. The audit tool meant to stop such commands let it
 * through because of a bug. The DNS servers in the smaller facilities, no longer able to reach the
 * data centres, withdrew their BGP advertisements as designed, so the rest of the internet could no
 * longer find Facebook's servers even though the DNS servers still ran. Remote and out-of-band
 * access were down and the loss of DNS broke many internal tools; engineers went onsite, where
 * secure access protocols took time. Once the backbone was back, services were restored gradually
 * to avoid a surge in power and load, drawing on "storm" drill experience.
 *
 * <p>The analysis finds the control problem in a single barrier (the audit tool) between one
 * command and the whole backbone, in locally sound DNS health checks that together withdrew
 * Facebook from the internet, in recovery paths that shared the dependencies of what they recover,
 * and in drills that had never covered the loss of the whole backbone. It has two control
 * structures, as designed and as operating, sharing the ids of components and links so that the two
 * can be compared. One flaw, the security hardening that slowed recovery, carries a rationale for
 * no action instead of a recommendation, because Meta judges the tradeoff worth it.
 *
 * <p>Times: the posts give no clock times, only the date of the outage (4 October 2021, in Meta's
 * own time zone). Every event therefore carries that day, at day precision and marked approximate,
 * because the UTC day of an event late in the Pacific day may differ; the order of the events is
 * the order the posts describe. The posts name few remedies, so most recommendations are {@code
 * PROPOSED} by this analysis; those Meta announced carry owner "Meta". The status is {@link
 * AnalysisStatus#IN_REVIEW}, not final: questions the posts leave open are recorded as {@link
 * QuestionStatus#OPEN}, which the analysis rules report until someone closes them.
 */
public final class Facebook2021 {
  /** "More details about the October 4 outage", the main post-mortem. */
  public static final String DETAILS =
      "https://engineering.fb.com/2021/10/05/networking-traffic/outage-details/";

  /** "Update about the October 4th outage", the first statement. */
  public static final String UPDATE =
      "https://engineering.fb.com/2021/10/04/networking-traffic/outage/";

  private static final String OUTAGE_DAY = "2021-10-04";

  private static final LossId L1 = LossId.of("L-1");

  private static final HazardId H1 = HazardId.of("H-1");
  private static final HazardId H2 = HazardId.of("H-2");
  private static final HazardId H3 = HazardId.of("H-3");
  private static final HazardId H4 = HazardId.of("H-4");

  private static final ConstraintId SC1 = ConstraintId.of("SC-1");
  private static final ConstraintId SC1A = ConstraintId.of("SC-1.a");
  private static final ConstraintId SC2 = ConstraintId.of("SC-2");
  private static final ConstraintId SC3 = ConstraintId.of("SC-3");
  private static final ConstraintId SC4 = ConstraintId.of("SC-4");

  private static final ComponentId META = ComponentId.of("C-meta");
  private static final ComponentId NETWORK_ENG = ComponentId.of("C-network-eng");
  private static final ComponentId RESPONDERS = ComponentId.of("C-responders");
  private static final ComponentId SITE_SECURITY = ComponentId.of("C-site-security");
  private static final ComponentId CAPACITY_SYSTEM = ComponentId.of("C-capacity-system");
  private static final ComponentId AUDIT_TOOL = ComponentId.of("C-audit-tool");
  private static final ComponentId DNS_HEALTH = ComponentId.of("C-dns-health");
  private static final ComponentId BACKBONE = ComponentId.of("C-backbone");
  private static final ComponentId DNS = ComponentId.of("C-dns");
  private static final ComponentId DATA_CENTRES = ComponentId.of("C-datacenters");
  private static final ComponentId INTERNET = ComponentId.of("C-internet");

  private static final ResponsibilityId R_META_1 = ResponsibilityId.of("R-meta-1");
  private static final ResponsibilityId R_META_2 = ResponsibilityId.of("R-meta-2");
  private static final ResponsibilityId R_META_3 = ResponsibilityId.of("R-meta-3");
  private static final ResponsibilityId R_NETWORK_ENG_1 = ResponsibilityId.of("R-neteng-1");
  private static final ResponsibilityId R_RESPONDERS_1 = ResponsibilityId.of("R-responders-1");
  private static final ResponsibilityId R_RESPONDERS_2 = ResponsibilityId.of("R-responders-2");
  private static final ResponsibilityId R_SECURITY_1 = ResponsibilityId.of("R-security-1");
  private static final ResponsibilityId R_CAPACITY_1 = ResponsibilityId.of("R-capsys-1");
  private static final ResponsibilityId R_AUDIT_1 = ResponsibilityId.of("R-audit-1");
  private static final ResponsibilityId R_DNS_HEALTH_1 = ResponsibilityId.of("R-dnshealth-1");

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

  private static final QuestionId Q1 = QuestionId.of("Q-1");
  private static final QuestionId Q2 = QuestionId.of("Q-2");
  private static final QuestionId Q3 = QuestionId.of("Q-3");
  private static final QuestionId Q4 = QuestionId.of("Q-4");
  private static final QuestionId Q5 = QuestionId.of("Q-5");
  private static final QuestionId Q6 = QuestionId.of("Q-6");
  private static final QuestionId Q7 = QuestionId.of("Q-7");

  private static final ContributionId CT_DNS_HEALTH_1 = ContributionId.of("CT-dnshealth-1");
  private static final ContributionId CT_AUDIT_1 = ContributionId.of("CT-audit-1");
  private static final ContributionId CT_CAPACITY_1 = ContributionId.of("CT-capsys-1");
  private static final ContributionId CT_NETWORK_ENG_1 = ContributionId.of("CT-neteng-1");
  private static final ContributionId CT_RESPONDERS_1 = ContributionId.of("CT-responders-1");
  private static final ContributionId CT_SECURITY_1 = ContributionId.of("CT-security-1");
  private static final ContributionId CT_META_1 = ContributionId.of("CT-meta-1");
  private static final ContributionId CT_META_2 = ContributionId.of("CT-meta-2");
  private static final ContributionId CT_META_3 = ContributionId.of("CT-meta-3");
  private static final ContributionId CT_META_4 = ContributionId.of("CT-meta-4");

  private static final FlawId F1 = FlawId.of("F-1");
  private static final FlawId F2 = FlawId.of("F-2");
  private static final FlawId F3 = FlawId.of("F-3");
  private static final FlawId F4 = FlawId.of("F-4");
  private static final FlawId F5 = FlawId.of("F-5");

  // Links of the as-operating structure; the as-designed structure reuses their ids.
  private static final LinkId FB2 = LinkId.of("FB-2");
  private static final LinkId FB3 = LinkId.of("FB-3");
  private static final LinkId FB5 = LinkId.of("FB-5");
  private static final LinkId CA6 = LinkId.of("CA-6");
  private static final LinkId CA7 = LinkId.of("CA-7");
  private static final LinkId CA8 = LinkId.of("CA-8");
  private static final LinkId FB9 = LinkId.of("FB-9");
  private static final LinkId CO10 = LinkId.of("CO-10");
  private static final LinkId CA11 = LinkId.of("CA-11");
  private static final LinkId FB11 = LinkId.of("FB-11");
  private static final LinkId CA12 = LinkId.of("CA-12");
  private static final LinkId FB12 = LinkId.of("FB-12");
  private static final LinkId CA13 = LinkId.of("CA-13");

  private Facebook2021() {}

  /**
   * Builds the analysis. Each call returns an equal value.
   *
   * @return the complete analysis, all five steps
   */
  public static CastAnalysis analysis() {
    ControlStructure operating = operatingStructure();
    return CastAnalysis.builder()
        .id(AnalysisId.of("CAST-2021-10-04-FACEBOOK"))
        .title("Facebook (Meta) global outage, 4 October 2021")
        .summary(
            "A command issued during routine backbone maintenance to assess capacity took down"
                + " every backbone connection; the audit tool meant to stop it let it through"
                + " because of a bug. DNS servers that could no longer reach the data centres"
                + " withdrew their BGP advertisements as designed, and Facebook disappeared from"
                + " the internet. Remote access and internal tools went down with the backbone and"
                + " DNS, and secure onsite access took time. The control problem lies in a single"
                + " barrier before a global command, in locally sound health checks that acted"
                + " together, and in recovery paths and drills that did not cover losing the whole"
                + " backbone.")
        .addAnalysts("castkit examples, from the public post-mortems")
        .addReferences(
            Reference.builder()
                .kind(ReferenceKind.URL)
                .value(DETAILS)
                .title("More details about the October 4 outage (Santosh Janardhan)")
                .build(),
            Reference.builder()
                .kind(ReferenceKind.URL)
                .value(UPDATE)
                .title("Update about the October 4th outage")
                .build())
        .status(AnalysisStatus.IN_REVIEW)
        .system(system())
        .addLosses(
            Loss.builder()
                .id(L1)
                .description(
                    "People and businesses around the world cannot reach Facebook's apps and"
                        + " services")
                .category(LossCategory.AVAILABILITY)
                .addStakeholders(
                    "People who use Facebook's apps",
                    "Businesses that depend on them",
                    "Facebook's own staff, whose internal tools were affected")
                .impact(
                    "The posts give no duration; services were back by the time the update was"
                        + " posted on the day of the outage")
                .build())
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
        .name("Facebook's global backbone, edge DNS and their operation")
        .description(
            "The network that links Facebook's data centres and edge facilities, the DNS servers"
                + " that make them findable from the internet, and the people, tools and"
                + " protections that maintain and recover them.")
        .addInside(
            "The global backbone network and its routers",
            "The system that manages backbone capacity, its maintenance jobs and the command audit"
                + " tool",
            "The authoritative DNS servers in the smaller facilities and their BGP advertisements",
            "The data centres: servers, power and caches",
            "Engineers doing maintenance and incident response, their internal tools and"
                + " out-of-band access",
            "Physical and system security of the facilities")
        .addEnvironment(
            "The rest of the internet: other networks and DNS resolvers",
            "People and businesses using Facebook's apps")
        .addGoals(
            "Carry requests between the edge facilities and the data centres",
            "Keep Facebook's services reachable from the internet",
            "Keep the facilities secure against unauthorized access")
        .build();
  }

  private static Hazard[] hazards() {
    return new Hazard[] {
      Hazard.builder()
          .id(H1)
          .description(
              "The backbone has no working connections between Facebook's data centres and the"
                  + " internet")
          .addLosses(L1)
          .build(),
      Hazard.builder()
          .id(H2)
          .description("Facebook's authoritative DNS servers are not reachable from the internet")
          .addLosses(L1)
          .build(),
      Hazard.builder()
          .id(H3)
          .description("Responders have no working path to diagnose and repair the backbone")
          .addLosses(L1)
          .build(),
      Hazard.builder()
          .id(H4)
          .description(
              "Load returns to the data centres faster than their power systems and caches can"
                  + " absorb")
          .addLosses(L1)
          .build()
    };
  }

  private static SafetyConstraint[] constraints() {
    return new SafetyConstraint[] {
      SafetyConstraint.builder()
          .id(SC1)
          .text(
              "No maintenance or assessment command may take down more backbone connections than"
                  + " the network can lose while keeping the data centres connected")
          .kind(ConstraintKind.PREVENT)
          .addHazards(H1)
          .build(),
      SafetyConstraint.builder()
          .id(SC1A)
          .text(
              "The check that stops harmful commands must be tested against commands that would"
                  + " disconnect the whole backbone, and must not be the only barrier")
          .kind(ConstraintKind.PREVENT)
          .addHazards(H1)
          .parent(SC1)
          .build(),
      SafetyConstraint.builder()
          .id(SC2)
          .text(
              "Losing the backbone must not remove every authoritative DNS server from the internet")
          .kind(ConstraintKind.MITIGATE)
          .addHazards(H2)
          .build(),
      SafetyConstraint.builder()
          .id(SC3)
          .text(
              "Responders must have a way to reach, diagnose and repair the backbone that depends"
                  + " neither on the backbone nor on DNS, and that is usable within a time fit"
                  + " for a global outage")
          .kind(ConstraintKind.RESPOND)
          .addHazards(H3)
          .build(),
      SafetyConstraint.builder()
          .id(SC4)
          .text("Services must be brought back at a rate their power systems and caches can absorb")
          .kind(ConstraintKind.MITIGATE)
          .addHazards(H4)
          .build()
    };
  }

  // The posts give no clock times. Every event carries the outage's date at day precision,
  // marked approximate: the date is Meta's (Pacific time), and the UTC day of an event late in
  // that day may be the next one. The order is the order the posts describe.
  private static List<TimelineEvent> timeline() {
    return List.of(
        event(
            E1,
            DETAILS,
            "During a routine maintenance job on the backbone, a command is issued to assess the"
                + " availability of global backbone capacity.",
            NETWORK_ENG,
            CAPACITY_SYSTEM),
        event(
            E2,
            DETAILS,
            "The audit tool that checks commands like this one does not stop it, because of a"
                + " bug in the tool.",
            AUDIT_TOOL,
            CAPACITY_SYSTEM),
        event(
            E3,
            DETAILS,
            "The command takes down all the connections of the backbone, disconnecting"
                + " Facebook's data centres from each other and from the internet.",
            CAPACITY_SYSTEM,
            BACKBONE,
            DATA_CENTRES),
        event(
            E4,
            DETAILS,
            "DNS servers in the smaller facilities, no longer able to reach the data centres,"
                + " declare themselves unhealthy and withdraw their BGP advertisements, as"
                + " designed.",
            DNS_HEALTH,
            DNS),
        event(
            E5,
            DETAILS,
            "The DNS servers, still running, are unreachable; the rest of the internet cannot"
                + " find Facebook's servers, and its apps and services stop working for people"
                + " and businesses worldwide.",
            DNS,
            INTERNET),
        event(
            E6,
            DETAILS,
            "Engineers cannot reach the data centres by the usual means: their networks are down,"
                + " and primary and out-of-band network access with them.",
            RESPONDERS,
            BACKBONE),
        event(
            E7,
            DETAILS,
            "The loss of DNS breaks many of the internal tools engineers would use to investigate"
                + " and resolve the outage.",
            RESPONDERS),
        event(
            E8,
            DETAILS,
            "Engineers are sent onsite to the data centres. Activating the secure access"
                + " protocols that let them in and let them work on the hardware takes extra"
                + " time; the routers are designed to be hard to modify even with physical"
                + " access.",
            RESPONDERS,
            SITE_SECURITY),
        event(
            E9,
            DETAILS,
            "Onsite, engineers debug the issue, confirm it and bring the backbone back online.",
            RESPONDERS,
            BACKBONE),
        event(
            E10,
            DETAILS,
            "With backbone connectivity restored across the data-centre regions, services start"
                + " to come back. Data centres report dips in power use of tens of megawatts;"
                + " reversing them all at once could put electrical systems and caches at risk.",
            DATA_CENTRES,
            RESPONDERS),
        event(
            E11,
            DETAILS,
            "Drawing on experience from storm drills, teams bring services back gradually and"
                + " manage the increasing load; services return without further system-wide"
                + " failures.",
            RESPONDERS,
            DATA_CENTRES),
        event(
            E12,
            UPDATE,
            "Meta posts an update: systems are back up and running; configuration changes on"
                + " the backbone routers caused the outage; there was no malicious activity and"
                + " no evidence that user data was compromised.",
            META));
  }

  private static TimelineEvent event(
      EventId id, String source, String description, ComponentId... components) {
    TimelineEvent.Builder event =
        TimelineEvent.builder()
            .id(id)
            .time(aroundDay(OUTAGE_DAY))
            .description(description)
            .addComponents(components)
            .addEvidence(postMortem(source));
    if (id.equals(E1)) {
      event.addQuestions(Q1, Q7);
    } else if (id.equals(E2)) {
      event.addQuestions(Q2);
    } else if (id.equals(E3)) {
      event.addQuestions(Q3);
    } else if (id.equals(E6)) {
      event.addQuestions(Q4);
    } else if (id.equals(E12)) {
      event.addQuestions(Q5);
    }
    return event.build();
  }

  private static ProcessAnalysis processAnalysis() {
    return ProcessAnalysis.builder()
        .summary(
            "Requests travel from a nearby edge facility over the backbone to a larger data"
                + " centre. Routers manage the traffic; engineers routinely take parts of the"
                + " backbone offline for maintenance. The edge facilities also answer DNS"
                + " queries, and their name servers are advertised to the internet with BGP.")
        .addControls(
            "An audit tool that checks maintenance commands before they run",
            "A health rule in each DNS location: withdraw the BGP advertisements when the data"
                + " centres cannot be reached",
            "Primary and out-of-band network access for engineers",
            "Physical and system security of the facilities",
            "Storm drills that take a service, a data centre or a whole region offline")
        .addFailures(
            "All backbone connections went down at once",
            "Every DNS location withdrew its advertisements",
            "Remote access and many internal tools were unavailable")
        .addInteractions(
            "A command meant to assess capacity changed the backbone's state",
            "DNS locations each acted on the same signal at the same time, each correctly by its"
                + " own rule",
            "Internal tools depended on the DNS that the outage had removed",
            "Restoring services all at once would have reversed power dips of tens of megawatts")
        .addContextFactors(
            ContextFactor.of(
                ContextKind.PHYSICAL,
                "The backbone spans tens of thousands of miles of fibre linking every data"
                    + " centre."))
        .build();
  }

  private static List<Question> questions() {
    return List.of(
        Question.builder()
            .id(Q1)
            .text(
                "At what times did each step happen? The posts give none, so the timeline here"
                    + " has only its order and the day.")
            .step(CastStep.ASSEMBLE_BASIC_INFORMATION)
            .about(E1.value())
            .build(),
        Question.builder()
            .id(Q2)
            .text("What was the bug in the audit tool, and how had the tool been tested?")
            .step(CastStep.ANALYZE_COMPONENTS)
            .about(AUDIT_TOOL.value())
            .build(),
        Question.builder()
            .id(Q3)
            .text(
                "What did the command do that took the connections down, when its purpose was to"
                    + " assess capacity?")
            .step(CastStep.ASSEMBLE_BASIC_INFORMATION)
            .about(E3.value())
            .build(),
        Question.builder()
            .id(Q4)
            .text("Why was out-of-band access down as well: did it depend on the backbone?")
            .step(CastStep.MODEL_CONTROL_STRUCTURE)
            .about(CA11.value())
            .build(),
        Question.builder()
            .id(Q5)
            .text("Was there malicious activity, or was user data compromised?")
            .step(CastStep.ASSEMBLE_BASIC_INFORMATION)
            .about(E12.value())
            .status(QuestionStatus.ANSWERED)
            .answer(
                "The update says no malicious activity was behind the outage and there is no"
                    + " evidence that user data was compromised.")
            .build(),
        Question.builder()
            .id(Q6)
            .text(
                "Has the way DNS locations decide to withdraw their advertisements changed since"
                    + " the outage?")
            .step(CastStep.CREATE_IMPROVEMENT_PROGRAM)
            .about(F2.value())
            .build(),
        Question.builder()
            .id(Q7)
            .text("Was the command issued by a person or by an automated maintenance job?")
            .step(CastStep.ANALYZE_COMPONENTS)
            .about(NETWORK_ENG.value())
            .build());
  }

  // Step 2

  private static List<Component> components() {
    return List.of(
        Component.builder()
            .id(META)
            .name("Meta engineering and infrastructure leadership")
            .kind(ComponentKind.ORGANIZATION)
            .level(0)
            .description(
                "Decides how changes are checked, how facilities are secured and which failures"
                    + " are drilled.")
            .addResponsibilities(
                responsibility(
                    R_META_1,
                    "Require more than one independent check before a command can change the"
                        + " whole backbone",
                    SC1,
                    SC1A),
                responsibility(
                    R_META_2,
                    "Provide recovery paths, access and tools, that depend neither on the"
                        + " backbone nor on DNS",
                    SC3),
                responsibility(
                    R_META_3,
                    "Drill failures at the scale they can happen, including the loss of the whole"
                        + " backbone",
                    SC3,
                    SC4))
            .addProcessModel(
                ProcessModelVariable.of("coverage of storm drills"),
                ProcessModelVariable.of("dependencies of recovery paths"))
            .build(),
        Component.builder()
            .id(NETWORK_ENG)
            .name("Backbone maintenance")
            .kind(ComponentKind.HUMAN_CONTROLLER)
            .level(1)
            .parent(META)
            .description(
                "Engineers and the maintenance jobs they run on the backbone: repairing fibre,"
                    + " adding capacity, updating router software.")
            .addResponsibilities(
                responsibility(
                    R_NETWORK_ENG_1,
                    "Issue maintenance commands whose effect on the backbone is known and"
                        + " limited",
                    SC1))
            .addProcessModel(ProcessModelVariable.of("effect of the command on the backbone"))
            .build(),
        Component.builder()
            .id(RESPONDERS)
            .name("Incident responders, remote and onsite")
            .kind(ComponentKind.HUMAN_CONTROLLER)
            .level(1)
            .parent(META)
            .addResponsibilities(
                responsibility(R_RESPONDERS_1, "Diagnose and restore the backbone", SC3),
                responsibility(
                    R_RESPONDERS_2,
                    "Bring services back at a rate power and caches can absorb",
                    SC4))
            .addProcessModel(
                ProcessModelVariable.of("paths to reach the backbone"),
                ProcessModelVariable.of("power use and load of each data centre"))
            .build(),
        Component.builder()
            .id(SITE_SECURITY)
            .name("Data-centre security")
            .kind(ComponentKind.ORGANIZATION)
            .level(1)
            .parent(META)
            .description(
                "Physical and system access control of the facilities; the hardware and routers"
                    + " are designed to be hard to modify even with physical access.")
            .addResponsibilities(
                responsibility(
                    R_SECURITY_1,
                    "Admit authorized people to facilities and hardware quickly enough for a"
                        + " global outage, without weakening the protection",
                    SC3))
            .addProcessModel(ProcessModelVariable.of("what access requests are for"))
            .build(),
        Component.builder()
            .id(CAPACITY_SYSTEM)
            .name("Backbone capacity management system")
            .kind(ComponentKind.AUTOMATED_CONTROLLER)
            .level(2)
            .description("The system that manages the capacity of the global backbone.")
            .addResponsibilities(
                responsibility(
                    R_CAPACITY_1,
                    "Carry out maintenance commands without taking down more backbone connections"
                        + " than intended",
                    SC1))
            .build(),
        Component.builder()
            .id(AUDIT_TOOL)
            .name("Command audit tool")
            .kind(ComponentKind.AUTOMATED_CONTROLLER)
            .level(2)
            .description("Checks commands like the one issued, to stop the ones that would harm.")
            .addResponsibilities(
                responsibility(
                    R_AUDIT_1, "Stop commands that would take down the backbone", SC1, SC1A))
            .addProcessModel(ProcessModelVariable.of("effect of a command"))
            .build(),
        Component.builder()
            .id(DNS_HEALTH)
            .name("DNS health check")
            .kind(ComponentKind.AUTOMATED_CONTROLLER)
            .level(2)
            .description(
                "The rule in each DNS location that withdraws its BGP advertisements when it"
                    + " cannot reach the data centres.")
            .addResponsibilities(
                responsibility(
                    R_DNS_HEALTH_1,
                    "Withdraw a location's advertisements when that location is unhealthy,"
                        + " without withdrawing every location at once",
                    SC2))
            .addProcessModel(ProcessModelVariable.of("meaning of losing the data centres"))
            .build(),
        Component.builder()
            .id(BACKBONE)
            .name("Backbone routers and fibre")
            .kind(ComponentKind.CONTROLLED_PROCESS)
            .level(3)
            .build(),
        Component.builder()
            .id(DNS)
            .name("Authoritative DNS servers in the smaller facilities")
            .kind(ComponentKind.CONTROLLED_PROCESS)
            .level(3)
            .build(),
        Component.builder()
            .id(DATA_CENTRES)
            .name("Data centres: services, power and caches")
            .kind(ComponentKind.CONTROLLED_PROCESS)
            .level(3)
            .build(),
        Component.builder()
            .id(INTERNET)
            .name("The rest of the internet")
            .kind(ComponentKind.EXTERNAL)
            .level(4)
            .description("Other networks, DNS resolvers and the people using Facebook's apps.")
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
                META,
                NETWORK_ENG,
                "maintenance practices and change procedures"),
            link(LinkKind.FEEDBACK, "FB-1", NETWORK_ENG, META, "maintenance work and its results"),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-2",
                META,
                AUDIT_TOOL,
                "which commands the audit must stop: its design, tests and upkeep"),
            link(
                LinkKind.FEEDBACK,
                "FB-2",
                AUDIT_TOOL,
                META,
                "evidence that the audit stops harmful commands",
                LinkStatus.DEGRADED,
                "Did not reveal the bug before the outage."),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-3",
                META,
                RESPONDERS,
                "recovery procedures and storm drills"),
            link(
                LinkKind.FEEDBACK,
                "FB-3",
                RESPONDERS,
                META,
                "what the drills showed",
                LinkStatus.DEGRADED,
                "No storm drill had simulated the global backbone taken offline."),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-4",
                META,
                SITE_SECURITY,
                "requirements for hardening facilities and systems"),
            link(
                LinkKind.FEEDBACK,
                "FB-4",
                SITE_SECURITY,
                META,
                "security posture and how access is granted"),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-5",
                NETWORK_ENG,
                CAPACITY_SYSTEM,
                "command to assess the availability of global backbone capacity"),
            link(
                LinkKind.FEEDBACK,
                "FB-5",
                CAPACITY_SYSTEM,
                NETWORK_ENG,
                "result of the command and state of the backbone",
                LinkStatus.INOPERABLE,
                "Lost with the networks that carried it."),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-6",
                AUDIT_TOOL,
                CAPACITY_SYSTEM,
                "stop a command that would take down the backbone",
                LinkStatus.INOPERABLE,
                "A bug in the audit tool let the command through."),
            link(
                LinkKind.FEEDBACK,
                "FB-6",
                CAPACITY_SYSTEM,
                AUDIT_TOOL,
                "the command submitted for audit"),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-7",
                CAPACITY_SYSTEM,
                BACKBONE,
                "change the state of routers and connections"),
            link(
                LinkKind.FEEDBACK,
                "FB-7",
                BACKBONE,
                CAPACITY_SYSTEM,
                "state and capacity of the backbone connections"),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-8",
                DNS_HEALTH,
                DNS,
                "keep or withdraw the BGP advertisements of the DNS servers"),
            link(LinkKind.FEEDBACK, "FB-8", DNS, DNS_HEALTH, "advertisement state"),
            link(
                LinkKind.FEEDBACK,
                "FB-9",
                BACKBONE,
                DNS_HEALTH,
                "whether the data centres can be reached",
                LinkStatus.PRESENT,
                "Accurate, but one location cannot tell its own unhealthy connection from the"
                    + " loss of the whole backbone."),
            link(
                LinkKind.COMMUNICATION,
                "CO-10",
                DNS,
                INTERNET,
                "BGP advertisements of the name servers' addresses, and DNS answers",
                LinkStatus.INOPERABLE,
                "Withdrawn by every location."),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-11",
                RESPONDERS,
                BACKBONE,
                "remote diagnosis and repair through primary and out-of-band access and internal"
                    + " tools",
                LinkStatus.INOPERABLE,
                "Primary and out-of-band access were down, and DNS with them for many tools."),
            link(
                LinkKind.FEEDBACK,
                "FB-11",
                BACKBONE,
                RESPONDERS,
                "network state through internal tools",
                LinkStatus.INOPERABLE,
                "Many internal tools broke with the loss of DNS."),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-12",
                RESPONDERS,
                SITE_SECURITY,
                "request onsite access to facilities and hardware",
                LinkStatus.DEGRADED,
                "Activating the secure access protocols took extra time."),
            link(
                LinkKind.FEEDBACK,
                "FB-12",
                SITE_SECURITY,
                RESPONDERS,
                "access granted",
                LinkStatus.DEGRADED,
                "Late, for the same reason."),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-13",
                SITE_SECURITY,
                BACKBONE,
                "admit people and allow changes to routers and hardware",
                LinkStatus.DEGRADED,
                "Designed to be hard to get into and hard to modify."),
            link(
                LinkKind.FEEDBACK,
                "FB-13",
                BACKBONE,
                SITE_SECURITY,
                "who is working on which hardware"),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-14",
                RESPONDERS,
                BACKBONE,
                "onsite debugging and restart of the systems"),
            link(LinkKind.FEEDBACK, "FB-14", BACKBONE, RESPONDERS, "state seen onsite"),
            link(
                LinkKind.CONTROL_ACTION,
                "CA-15",
                RESPONDERS,
                DATA_CENTRES,
                "bring services back gradually"),
            link(
                LinkKind.FEEDBACK,
                "FB-15",
                DATA_CENTRES,
                RESPONDERS,
                "power use and load of each data centre"));
    return ExampleSupport.operating(
        "Facebook's backbone and DNS as they operated on 4 October 2021",
        "Links that were missing, inoperable or degraded at the time are marked so.",
        components(),
        links);
  }

  private static ControlStructure designedStructure(ControlStructure operating) {
    return ExampleSupport.designed(
        "Facebook's backbone and DNS as designed",
        "The same components. By design the audit stops harmful commands and remote access"
            + " reaches the backbone; the drills never covered losing the whole backbone, and"
            + " facilities are hard to enter by design.",
        operating,
        Map.of(
            FB3, LinkStatus.DEGRADED,
            CA12, LinkStatus.DEGRADED,
            FB12, LinkStatus.DEGRADED,
            CA13, LinkStatus.DEGRADED),
        Set.of());
  }

  // Step 3, bottom-up through the structure.

  private static List<ComponentAnalysis> componentAnalyses() {
    return List.of(
        ComponentAnalysis.builder()
            .component(DNS_HEALTH)
            .role("Decided, in each DNS location, whether to stay advertised.")
            .addResponsibilities(R_DNS_HEALTH_1)
            .addContributions(
                Contribution.builder()
                    .id(CT_DNS_HEALTH_1)
                    .kind(ContributionKind.ACTION)
                    .description(
                        "Withdraws the BGP advertisements of the DNS servers in every location"
                            + " once they cannot reach the data centres.")
                    .context(
                        "Losing contact with the data centres usually means a location's own"
                            + " network connection is unhealthy, and withdrawing it keeps users"
                            + " away from it. Here every location saw the same signal at once.")
                    .addHazards(H2)
                    .addEvents(E4, E5)
                    .addUnmetResponsibilities(R_DNS_HEALTH_1)
                    .build())
            .addProcessModelFlaws(
                ProcessModelFlaw.builder()
                    .id(ProcessModelFlawId.of("PMF-dnshealth-1"))
                    .variable("meaning of losing the data centres")
                    .believed("This location's connection is unhealthy; other locations can serve")
                    .actual("The whole backbone was down, and every location withdrew together")
                    .build())
            .addContextFactors(
                ContextFactor.of(
                    ContextKind.INFORMATIONAL,
                    "Each location decides from its own view; none sees what the others see."))
            .addQuestions(Q6)
            .build(),
        ComponentAnalysis.builder()
            .component(AUDIT_TOOL)
            .role("Checked maintenance commands before they ran.")
            .addResponsibilities(R_AUDIT_1)
            .addContributions(
                Contribution.builder()
                    .id(CT_AUDIT_1)
                    .kind(ContributionKind.INACTION)
                    .description("Does not stop the command, because of a bug in the tool.")
                    .context(
                        "The tool exists to stop commands like this one; the bug was not known"
                            + " before the outage.")
                    .addHazards(H1)
                    .addEvents(E2)
                    .addUnmetResponsibilities(R_AUDIT_1)
                    .build())
            .addProcessModelFlaws(
                ProcessModelFlaw.builder()
                    .id(ProcessModelFlawId.of("PMF-audit-1"))
                    .variable("effect of a command")
                    .believed("The command is safe to run")
                    .actual("It takes down all the connections of the backbone")
                    .build())
            .addContextFactors(
                ContextFactor.of(
                    ContextKind.OTHER, "The posts do not describe the bug or how it arose."))
            .addQuestions(Q2)
            .build(),
        ComponentAnalysis.builder()
            .component(CAPACITY_SYSTEM)
            .role("Carried out the maintenance command.")
            .addResponsibilities(R_CAPACITY_1)
            .addContributions(
                Contribution.builder()
                    .id(CT_CAPACITY_1)
                    .kind(ContributionKind.ACTION)
                    .description(
                        "Carries out the command, which takes down all the connections of the"
                            + " backbone.")
                    .context(
                        "It carried out a command that the audit had let through. The posts"
                            + " describe no limit in the system itself on how much of the"
                            + " backbone one command can take down.")
                    .addHazards(H1)
                    .addEvents(E3)
                    .addUnmetResponsibilities(R_CAPACITY_1)
                    .build())
            .addContextFactors(
                ContextFactor.of(
                    ContextKind.SITUATIONAL,
                    "Taking parts of the backbone offline is ordinary maintenance work for it."))
            .addQuestions(Q3)
            .build(),
        ComponentAnalysis.builder()
            .component(NETWORK_ENG)
            .role("Ran the routine maintenance job that issued the command.")
            .addResponsibilities(R_NETWORK_ENG_1)
            .addContributions(
                Contribution.builder()
                    .id(CT_NETWORK_ENG_1)
                    .kind(ContributionKind.ACTION)
                    .description(
                        "Issues, as part of a routine maintenance job, a command meant to assess"
                            + " the availability of global backbone capacity; the command takes"
                            + " down all the connections of the backbone.")
                    .context(
                        "Taking parts of the backbone offline for maintenance is everyday work."
                            + " The command's purpose was to assess, and the audit tool was there"
                            + " to stop commands like it.")
                    .addHazards(H1)
                    .addEvents(E1, E3)
                    .addUnmetResponsibilities(R_NETWORK_ENG_1)
                    .build())
            .addProcessModelFlaws(
                ProcessModelFlaw.builder()
                    .id(ProcessModelFlawId.of("PMF-neteng-1"))
                    .variable("effect of the command on the backbone")
                    .believed("It assesses capacity and leaves the connections up")
                    .actual("It took down all the connections of the backbone")
                    .build())
            .addContextFactors(
                ContextFactor.of(
                    ContextKind.SITUATIONAL, "A routine maintenance job, of a kind done daily."),
                ContextFactor.of(
                    ContextKind.INFORMATIONAL,
                    "The audit tool was expected to stop a harmful command."))
            .addQuestions(Q3, Q7)
            .build(),
        ComponentAnalysis.builder()
            .component(RESPONDERS)
            .role("Diagnosed the outage, repaired the backbone and restored services.")
            .addResponsibilities(R_RESPONDERS_1, R_RESPONDERS_2)
            .addContributions(
                Contribution.builder()
                    .id(CT_RESPONDERS_1)
                    .kind(ContributionKind.ACTION)
                    .description(
                        "Work without remote access or most internal tools, then send engineers"
                            + " onsite, which delays confirming the issue and bringing the"
                            + " backbone back.")
                    .context(
                        "Primary and out-of-band access were down and the loss of DNS broke the"
                            + " usual tools, so going onsite was the path left; the facilities are"
                            + " built to be hard to enter and to modify.")
                    .addHazards(H3)
                    .addEvents(E6, E7, E8, E9)
                    .addUnmetResponsibilities(R_RESPONDERS_1)
                    .build())
            .addProcessModelFlaws(
                ProcessModelFlaw.builder()
                    .id(ProcessModelFlawId.of("PMF-responders-1"))
                    .variable("paths to reach the backbone")
                    .believed(
                        "Remote and out-of-band access and the internal tools are there in an"
                            + " outage")
                    .actual("All of them depended on the backbone or on DNS, which were down")
                    .build())
            .addContextFactors(
                ContextFactor.of(
                    ContextKind.SITUATIONAL,
                    "Everything happened very fast, and the usual means of investigation were"
                        + " gone."),
                ContextFactor.of(
                    ContextKind.MANAGERIAL,
                    "Storm drills had prepared the gradual restoration of services, which went"
                        + " without further system-wide failures."))
            .addQuestions(Q4)
            .build(),
        ComponentAnalysis.builder()
            .component(SITE_SECURITY)
            .role("Controlled who could enter the facilities and change the hardware.")
            .addResponsibilities(R_SECURITY_1)
            .addContributions(
                Contribution.builder()
                    .id(CT_SECURITY_1)
                    .kind(ContributionKind.ACTION)
                    .description(
                        "Applies the secure access protocols to the engineers sent onsite;"
                            + " activating them takes extra time, and the hardware is hard to"
                            + " modify even with physical access.")
                    .context(
                        "The facilities are designed for high physical and system security, a"
                            + " protection against unauthorized access that Meta judges worth a"
                            + " slower recovery from a rare event.")
                    .addHazards(H3)
                    .addEvents(E8)
                    .addUnmetResponsibilities(R_SECURITY_1)
                    .build())
            .addProcessModelFlaws(
                ProcessModelFlaw.builder()
                    .id(ProcessModelFlawId.of("PMF-security-1"))
                    .variable("what access requests are for")
                    .believed("The main risk to guard against is unauthorized access")
                    .actual(
                        "The need of the day was fast authorized access during an outage with no"
                            + " malicious activity behind it")
                    .build())
            .addContextFactors(
                ContextFactor.of(
                    ContextKind.MANAGERIAL,
                    "Extensive work had gone into hardening systems against unauthorized access."))
            .build(),
        ComponentAnalysis.builder()
            .component(META)
            .role("Set how changes are checked, how facilities are secured and what is drilled.")
            .addResponsibilities(R_META_1, R_META_2, R_META_3)
            .addContributions(
                Contribution.builder()
                    .id(CT_META_1)
                    .kind(ContributionKind.DECISION)
                    .description(
                        "Relies on the audit tool as the check that stops backbone commands like"
                            + " this one.")
                    .context(
                        "Systems are designed to audit such commands, and the tool had that role;"
                            + " its bug was latent.")
                    .addHazards(H1)
                    .addEvents(E2)
                    .addUnmetResponsibilities(R_META_1)
                    .build(),
                Contribution.builder()
                    .id(CT_META_2)
                    .kind(ContributionKind.INACTION)
                    .description(
                        "Primary and out-of-band access and the internal tools are all"
                            + " unavailable once the backbone and DNS are down.")
                    .context(
                        "The posts do not say why out-of-band access went down. Tools that rely"
                            + " on the company's own DNS work every day, since that DNS is almost"
                            + " always there.")
                    .addHazards(H3)
                    .addEvents(E6, E7)
                    .addUnmetResponsibilities(R_META_2)
                    .build(),
                Contribution.builder()
                    .id(CT_META_3)
                    .kind(ContributionKind.INACTION)
                    .description("No storm drill had simulated the global backbone taken offline.")
                    .context(
                        "Drills took a service, a data centre or a whole region offline, and the"
                            + " experience they gave carried the restoration of services.")
                    .addHazards(H3, H4)
                    .addEvents(E6, E11)
                    .addUnmetResponsibilities(R_META_3)
                    .build(),
                Contribution.builder()
                    .id(CT_META_4)
                    .kind(ContributionKind.DECISION)
                    .description(
                        "Hardens facilities and systems against unauthorized access, accepting a"
                            + " slower recovery from rare events.")
                    .context(
                        "Meta judges greatly increased day-to-day security worth a slower"
                            + " recovery from a hopefully rare event.")
                    .addHazards(H3)
                    .addEvents(E8)
                    .addUnmetResponsibilities(R_META_2)
                    .build())
            .addProcessModelFlaws(
                ProcessModelFlaw.builder()
                    .id(ProcessModelFlawId.of("PMF-meta-1"))
                    .variable("coverage of storm drills")
                    .believed(
                        "Recovery from large failures is rehearsed: a service, a data centre, a"
                            + " region")
                    .actual("The loss of the whole backbone had never been rehearsed")
                    .build(),
                ProcessModelFlaw.builder()
                    .id(ProcessModelFlawId.of("PMF-meta-2"))
                    .variable("dependencies of recovery paths")
                    .believed("Out-of-band access and internal tools work when the network fails")
                    .actual("They were unavailable with the backbone and DNS")
                    .build())
            .addContextFactors(
                ContextFactor.of(
                    ContextKind.MANAGERIAL,
                    "Security against unauthorized access was a deliberate priority."))
            .addQuestions(Q1, Q4)
            .build());
  }

  // Step 4

  private static List<Flaw> flaws() {
    return List.of(
        Flaw.builder()
            .id(F1)
            .category(FlawCategory.SAFETY_MANAGEMENT_DESIGN)
            .description(
                "A single barrier: the audit tool is the one check the posts describe between a"
                    + " maintenance command and the whole backbone, so one latent bug in it left"
                    + " no barrier at all.")
            .addComponents(META, AUDIT_TOOL, CAPACITY_SYSTEM)
            .addLinks(CA6, FB2, CA7)
            .addEvidence(postMortem(DETAILS))
            .build(),
        Flaw.builder()
            .id(F2)
            .category(FlawCategory.COMMUNICATION_AND_COORDINATION)
            .description(
                "Each DNS location decided alone, from a signal that cannot tell its own unhealthy"
                    + " connection from the loss of the whole backbone; sound one by one, together"
                    + " the locations withdrew Facebook's DNS from the internet.")
            .addComponents(DNS_HEALTH, DNS)
            .addLinks(FB9, CO10, CA8)
            .addEvidence(postMortem(DETAILS))
            .build(),
        Flaw.builder()
            .id(F3)
            .category(FlawCategory.SAFETY_MANAGEMENT_DESIGN)
            .description(
                "The recovery paths shared the dependencies of what they had to recover:"
                    + " out-of-band access went down with the backbone, and internal tools"
                    + " depended on DNS.")
            .addComponents(META, RESPONDERS)
            .addLinks(CA11, FB11)
            .addEvidence(postMortem(DETAILS))
            .build(),
        Flaw.builder()
            .id(F4)
            .category(FlawCategory.SAFETY_INFORMATION_SYSTEM)
            .description(
                "Storm drills, the organization's source of knowledge about large failures, had"
                    + " never simulated the loss of the global backbone, so the recovery path for"
                    + " it had never been tried.")
            .addComponents(META, RESPONDERS)
            .addLinks(FB3)
            .addEvidence(postMortem(DETAILS))
            .build(),
        Flaw.builder()
            .id(F5)
            .category(FlawCategory.SAFETY_MANAGEMENT_DESIGN)
            .description(
                "Hardening of the facilities deliberately slows authorized access too: the"
                    + " protections that keep intruders out also kept responders waiting.")
            .addComponents(META, SITE_SECURITY)
            .addLinks(CA12, FB12, CA13)
            .addEvidence(postMortem(DETAILS))
            .noActionRationale(
                "Meta weighs greatly increased day-to-day security against a slower recovery from"
                    + " a rare event and keeps the tradeoff; this analysis records it and does not"
                    + " recommend weaker security. REC-6 shortens onsite access within the same"
                    + " protections.")
            .build());
  }

  // Step 5

  private static List<Recommendation> recommendations() {
    return List.of(
        Recommendation.builder()
            .id(RecommendationId.of("REC-1"))
            .text("Simulate the global backbone taken offline in storm drills.")
            .addFlaws(F4)
            .addContributions(CT_META_3)
            .addLinks(FB3)
            .addComponents(META, RESPONDERS)
            .priority(Priority.HIGH)
            .horizon(Horizon.LONG_TERM)
            .owner("Meta")
            .status(RecommendationStatus.ACCEPTED)
            .build(),
        Recommendation.builder()
            .id(RecommendationId.of("REC-2"))
            .text(
                "Test the command audit tool against commands that would take down the whole"
                    + " backbone, and keep such tests running as the tool changes.")
            .addFlaws(F1)
            .addContributions(CT_AUDIT_1, CT_META_1)
            .addLinks(CA6, FB2)
            .addComponents(AUDIT_TOOL)
            .priority(Priority.HIGH)
            .horizon(Horizon.IMMEDIATE)
            .status(RecommendationStatus.PROPOSED)
            .rationale(
                "Meta commits to strengthening its testing in general; the focus on the audit"
                    + " tool is this analysis'.")
            .build(),
        Recommendation.builder()
            .id(RecommendationId.of("REC-3"))
            .text(
                "Give the backbone capacity system a limit of its own, independent of the audit"
                    + " tool: refuse any command whose effect would take down more than a set"
                    + " share of the backbone's connections.")
            .addFlaws(F1)
            .addContributions(CT_CAPACITY_1, CT_NETWORK_ENG_1)
            .addLinks(CA7)
            .addComponents(CAPACITY_SYSTEM)
            .priority(Priority.HIGH)
            .horizon(Horizon.LONG_TERM)
            .status(RecommendationStatus.PROPOSED)
            .rationale("Proposed by this analysis; the posts do not announce it.")
            .build(),
        Recommendation.builder()
            .id(RecommendationId.of("REC-4"))
            .text(
                "Change the DNS withdrawal rule so that locations that all lose the backbone at"
                    + " once do not all withdraw, for example by keeping a minimum set of"
                    + " locations advertised.")
            .addFlaws(F2)
            .addContributions(CT_DNS_HEALTH_1)
            .addLinks(CA8, FB9, CO10)
            .addComponents(DNS_HEALTH)
            .priority(Priority.HIGH)
            .horizon(Horizon.LONG_TERM)
            .status(RecommendationStatus.PROPOSED)
            .rationale("Proposed by this analysis; the posts do not announce it.")
            .build(),
        Recommendation.builder()
            .id(RecommendationId.of("REC-5"))
            .text(
                "Provide out-of-band access to the backbone and a minimal set of incident tools"
                    + " that depend neither on the backbone nor on production DNS, and exercise"
                    + " them in drills.")
            .addFlaws(F3)
            .addContributions(CT_META_2, CT_RESPONDERS_1)
            .addLinks(CA11, FB11)
            .addComponents(RESPONDERS, META)
            .priority(Priority.HIGH)
            .horizon(Horizon.LONG_TERM)
            .status(RecommendationStatus.PROPOSED)
            .rationale("Proposed by this analysis; the posts do not announce it.")
            .build(),
        Recommendation.builder()
            .id(RecommendationId.of("REC-6"))
            .text(
                "Prepare and rehearse an emergency onsite access procedure for global outages"
                    + " that keeps every security control but can be activated quickly.")
            .addFlaws(F4)
            .addContributions(CT_SECURITY_1, CT_META_4)
            .addLinks(CA12, FB12, CA13)
            .addComponents(SITE_SECURITY)
            .priority(Priority.MEDIUM)
            .horizon(Horizon.LONG_TERM)
            .status(RecommendationStatus.PROPOSED)
            .rationale(
                "Proposed by this analysis, within Meta's stated choice to keep its security"
                    + " hardening.")
            .build());
  }
}
