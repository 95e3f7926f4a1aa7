package dev.castkit.benchmarks;

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
import dev.castkit.core.StructureVariant;
import dev.castkit.core.TimePrecision;
import dev.castkit.core.TimelineEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes complete, consistent CAST analyses of a given size, always the same for the same size and
 * seed: every id referenced is defined, every hazard leads to a loss, every constraint addresses a
 * hazard, every control action has a feedback path, every controller is analysed, every flaw is
 * addressed or says why not. Texts are plain, blameless English of realistic length; about one
 * element in eight carries extension attributes.
 *
 * <pre>{@code
 * CastAnalysis large = AnalysisGenerator.generate(AnalysisSize.LARGE);
 * }</pre>
 */
public final class AnalysisGenerator {
  /** The seed of every analysis the benchmarks use. */
  public static final long SEED = 20171228L;

  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private static final String[] SUBJECTS = {
    "the deploy pipeline", "the on-call engineer", "the load balancer", "the config service",
    "the storage tier", "the canary check", "the capacity planner", "the release manager",
    "the alerting rule", "the service mesh", "the DNS resolver", "the database primary",
    "the replication job", "the rate limiter", "the incident commander", "the autoscaler"
  };
  private static final String[] VERBS = {
    "applies", "reports", "rolls back", "drains", "promotes", "throttles", "retries", "pages",
    "observes", "updates", "restarts", "queues", "shifts", "holds", "reroutes", "acknowledges"
  };
  private static final String[] OBJECTS = {
    "the configuration change", "traffic in the region", "the error budget", "a stale replica",
    "the health signal", "the quota table", "the dashboard", "a partial rollout",
    "the dependency graph", "the maintenance window", "the runbook step", "the backlog of writes",
    "the certificate bundle", "the feature flag", "the routing table", "the retry budget"
  };
  private static final String[] CLAUSES = {
    "while the canary still reports healthy",
    "because the dashboard shows the previous value",
    "as the runbook describes for this alert",
    "after the change window opens",
    "although the metrics lag by several minutes",
    "since the tooling accepts the request without a limit",
    "when the queue depth passes its threshold",
    "before the second region finishes draining",
    "in line with the procedure approved last quarter",
    "with the context available in the incident channel at that time"
  };

  private final Random random;
  private final int units;
  private int extensionCounter;
  private final List<List<LossId>> hazardLosses = new ArrayList<>();

  private AnalysisGenerator(long seed, int units) {
    this.random = new Random(seed);
    this.units = units;
  }

  /**
   * The analysis of the given size, made with {@link #SEED}.
   *
   * @param size the size
   * @return the analysis
   */
  public static CastAnalysis generate(AnalysisSize size) {
    return generate(size.units(), SEED);
  }

  /**
   * An analysis of {@code units} units made with the given seed.
   *
   * @param units the number of units (teams), at least 1
   * @param seed the seed
   * @return the analysis
   */
  public static CastAnalysis generate(int units, long seed) {
    if (units < 1) {
      throw new IllegalArgumentException("units must be at least 1, not " + units);
    }
    return new AnalysisGenerator(seed, units).analysis();
  }

  private CastAnalysis analysis() {
    CastAnalysis.Builder a =
        CastAnalysis.builder()
            .id(AnalysisId.of("CAST-BENCH-" + units))
            .title("Regional outage after a configuration rollout across " + units + " teams")
            .summary(paragraph(3))
            .addAnalysts("Ada Lovelace", "Grace Hopper", "Barbara Liskov")
            .status(AnalysisStatus.IN_REVIEW)
            .addReference(
                Reference.builder()
                    .kind(ReferenceKind.TRACKER)
                    .value("INC-" + (1000 + units))
                    .title("Incident ticket")
                    .build())
            .addReference(
                Reference.of(ReferenceKind.URL, "https://status.example.com/incidents/" + units))
            .addReference(Reference.of(ReferenceKind.DOCUMENT, "postmortem-review-notes.md"))
            .system(
                AnalyzedSystem.builder()
                    .name("Multi-region service platform")
                    .description(sentence())
                    .addInside("deploy pipeline", "config service", "storage tier", "on-call teams")
                    .addEnvironment("customer applications", "upstream network providers")
                    .addGoals("serve customer requests", "change safely and often")
                    .build())
            .extensions(extensions(true));

    int lossCount = Math.max(2, units / 8);
    LossCategory[] categories = of10(LossCategory.values());
    for (int i = 1; i <= lossCount; i++) {
      a.addLoss(
          Loss.builder()
              .id(LossId.of("L-" + i))
              .description("Customers of product line " + i + " see " + object() + " degrade")
              .category(categories[i % categories.length])
              .addStakeholder("customers of product line " + i)
              .impact(sentence())
              .extensions(extensions(false))
              .build());
    }

    int departments = (units + 9) / 10;
    List<Component> components = new ArrayList<>();
    List<ControlLink> links = new ArrayList<>();
    for (int d = 1; d <= departments; d++) {
      components.add(
          Component.builder()
              .id(ComponentId.of("C-dept-" + d))
              .name("Engineering department " + d)
              .kind(ComponentKind.ORGANIZATION)
              .addResponsibility(
                  Responsibility.builder()
                      .id(ResponsibilityId.of("R-dept-" + d))
                      .text("Sets change policy for the teams of department " + d)
                      .addConstraint(ConstraintId.of("SC-" + ((d - 1) * 10 + 1)))
                      .build())
              .build());
    }

    for (int u = 1; u <= units; u++) {
      unit(a, u, lossCount, components, links);
    }
    for (int d = 1; d <= departments; d++) {
      a.addComponentAnalysis(
          ComponentAnalysis.builder()
              .component(ComponentId.of("C-dept-" + d))
              .role("Sets the change policy that the teams of department " + d + " follow")
              .addResponsibility(ResponsibilityId.of("R-dept-" + d))
              .addContextFactor(ContextFactor.of(ContextKind.MANAGERIAL, sentence()))
              .build());
    }

    a.addControlStructure(
        ControlStructure.builder()
            .id(ControlStructureId.of("CS-operating"))
            .variant(StructureVariant.AS_OPERATING)
            .name("Control structure as operating during the incident")
            .components(components)
            .links(links)
            .build());

    ProcessAnalysis.Builder pa = ProcessAnalysis.builder().summary(paragraph(2));
    for (int i = 0, n = Math.max(2, units / 10); i < n; i++) {
      pa.addControl(sentence()).addFailure(sentence()).addInteraction(sentence());
    }
    a.processAnalysis(
        pa.addContextFactor(ContextFactor.of(ContextKind.PHYSICAL, sentence()))
            .addContextFactor(ContextFactor.of(ContextKind.SITUATIONAL, sentence()))
            .build());
    return a.build();
  }

  private void unit(
      CastAnalysis.Builder a,
      int u,
      int lossCount,
      List<Component> components,
      List<ControlLink> links) {
    String p = u + "";
    HazardId hazard = HazardId.of("H-" + p);
    Hazard.Builder h =
        Hazard.builder()
            .id(hazard)
            .description("Service " + p + " runs with " + object() + " " + clause());
    List<LossId> losses = new ArrayList<>();
    if (u > 10 && u % 7 == 0) {
      // A sub-hazard leads to its parent's losses.
      h.parent(HazardId.of("H-" + (u - 5)));
      losses.addAll(hazardLosses.get(u - 6));
    } else {
      losses.add(LossId.of("L-" + ((u - 1) % lossCount + 1)));
      if (u % 3 == 0 && !losses.contains(LossId.of("L-1"))) {
        losses.add(LossId.of("L-1"));
      }
    }
    hazardLosses.add(losses);
    a.addHazard(h.losses(losses).extensions(extensions(false)).build());

    ConstraintId constraint = ConstraintId.of("SC-" + p);
    ConstraintKind[] kinds = ConstraintKind.values();
    a.addConstraint(
        SafetyConstraint.builder()
            .id(constraint)
            .text("Service " + p + " must never run with " + object() + " " + clause())
            .kind(kinds[u % kinds.length])
            .addHazard(hazard)
            .extensions(extensions(false))
            .build());
    if (u % 5 == 0) {
      a.addConstraint(
          SafetyConstraint.builder()
              .id(ConstraintId.of("SC-" + p + ".a"))
              .text("Changes to service " + p + " are staged so that " + object() + " holds")
              .kind(ConstraintKind.MITIGATE)
              .addHazard(hazard)
              .parent(constraint)
              .build());
    }

    ComponentId dept = ComponentId.of("C-dept-" + ((u - 1) / 10 + 1));
    ComponentId ops = ComponentId.of("C-" + p + ".ops");
    ComponentId ctl = ComponentId.of("C-" + p + ".ctl");
    ComponentId svc = ComponentId.of("C-" + p + ".svc");
    ComponentId mon = ComponentId.of("C-" + p + ".mon");
    ResponsibilityId opsR1 = ResponsibilityId.of("R-" + p + ".ops.1");
    ResponsibilityId opsR2 = ResponsibilityId.of("R-" + p + ".ops.2");
    ResponsibilityId ctlR1 = ResponsibilityId.of("R-" + p + ".ctl.1");
    ResponsibilityId ctlR2 = ResponsibilityId.of("R-" + p + ".ctl.2");
    components.add(
        controller(ops, "On-call team " + p, ComponentKind.HUMAN_CONTROLLER, 1, dept)
            .addResponsibility(responsibility(opsR1, constraint))
            .addResponsibility(responsibility(opsR2, constraint))
            .build());
    components.add(
        controller(ctl, "Rollout controller " + p, ComponentKind.AUTOMATED_CONTROLLER, 2, dept)
            .addResponsibility(responsibility(ctlR1, constraint))
            .addResponsibility(responsibility(ctlR2, constraint))
            .build());
    components.add(
        Component.builder()
            .id(svc)
            .name("Service " + p)
            .kind(ComponentKind.CONTROLLED_PROCESS)
            .level(3)
            .parent(dept)
            .description(sentence())
            .extensions(extensions(false))
            .build());
    components.add(
        Component.builder()
            .id(mon)
            .name("Health monitor " + p)
            .kind(ComponentKind.SENSOR)
            .level(3)
            .parent(dept)
            .build());

    LinkId ca1 = LinkId.of("CA-" + p + ".1");
    LinkId ca2 = LinkId.of("CA-" + p + ".2");
    LinkId fb1 = LinkId.of("FB-" + p + ".1");
    LinkId fb2 = LinkId.of("FB-" + p + ".2");
    LinkId fb3 = LinkId.of("FB-" + p + ".3");
    links.add(link(ca1, LinkKind.CONTROL_ACTION, ops, ctl, "start rollout"));
    links.add(link(fb1, LinkKind.FEEDBACK, ctl, ops, "rollout progress"));
    links.add(link(ca2, LinkKind.CONTROL_ACTION, ctl, svc, "apply configuration"));
    links.add(link(fb2, LinkKind.FEEDBACK, svc, ctl, "health signal"));
    links.add(link(fb3, LinkKind.FEEDBACK, mon, ops, "dashboard"));

    QuestionId question = QuestionId.of("Q-" + p);
    List<EventId> events = new ArrayList<>();
    TimePrecision[] precisions = {TimePrecision.SECOND, TimePrecision.MINUTE};
    EvidenceKind[] evidenceKinds = {EvidenceKind.LOG, EvidenceKind.CHAT, EvidenceKind.METRIC};
    for (int i = 1; i <= 6; i++) {
      EventId id = EventId.of("E-" + p + "." + i);
      events.add(id);
      TimelineEvent.Builder e =
          TimelineEvent.builder()
              .id(id)
              .description(capitalized(subject()) + " " + verb() + " " + object() + " " + clause())
              .addComponent(i % 2 == 0 ? ops : ctl);
      int roll = random.nextInt(100);
      Instant minute = START.plusSeconds(60L * ((u - 1) * 6L + i - 1));
      if (roll < 65) {
        e.time(EventTime.of(minute.plusSeconds(random.nextInt(60)), precisions[0]));
      } else if (roll < 80) {
        e.time(EventTime.of(minute, precisions[1]));
      } else if (roll < 85) {
        e.time(EventTime.approximately(minute, precisions[1]));
      } else if (roll < 95) {
        e.time(EventTime.of(minute.plusMillis(random.nextInt(60_000)), TimePrecision.MILLISECOND));
      }
      if (i % 2 == 1) {
        e.addEvidence(
            Evidence.builder()
                .kind(evidenceKinds[i / 2])
                .source("https://logs.example.com/" + p + "/" + i)
                .excerpt(sentence())
                .build());
      }
      if (i == 3) {
        e.addComponent(svc).addQuestion(question);
      }
      a.addTimeline(e.extensions(extensions(false)).build());
    }

    int statusRoll = random.nextInt(10);
    Question.Builder q =
        Question.builder()
            .id(question)
            .text("Why does " + subject() + " " + verb() + " " + object() + " at that moment?")
            .step(CastStep.values()[u % CastStep.values().length])
            .about(events.get(2).value());
    if (statusRoll < 6) {
      q.status(QuestionStatus.ANSWERED).answer(sentence());
    } else if (statusRoll < 9) {
      q.status(QuestionStatus.OPEN);
    } else {
      q.status(QuestionStatus.UNANSWERABLE).answer("The logs of that hour were not retained.");
    }
    a.addQuestion(q.extensions(extensions(false)).build());

    ContributionId ct1 = ContributionId.of("CT-" + p + ".1");
    ContributionId ct3 = ContributionId.of("CT-" + p + ".3");
    a.addComponentAnalysis(
        componentAnalysis(ops, opsR1, opsR2, p, 1, hazard, events.subList(0, 3))
            .addQuestion(question)
            .build());
    a.addComponentAnalysis(
        componentAnalysis(ctl, ctlR1, ctlR2, p, 3, hazard, events.subList(2, 6)).build());

    FlawId flaw = FlawId.of("F-" + p);
    FlawCategory[] flawCategories = of10(FlawCategory.values());
    Flaw.Builder f =
        Flaw.builder()
            .id(flaw)
            .category(flawCategories[u % flawCategories.length])
            .description(paragraph(2))
            .addComponents(ops, ctl)
            .addLink(fb2);
    if (u % 2 == 0) {
      f.addEvidence(Evidence.of(EvidenceKind.DOCUMENT, "design-review-" + p + ".md"));
    }
    if (u % 10 == 0) {
      f.noActionRationale("The platform migration planned for next year replaces this part.");
    }
    a.addFlaw(f.extensions(extensions(false)).build());

    Priority[] priorities = Priority.values();
    Horizon[] horizons = Horizon.values();
    RecommendationStatus[] statuses = RecommendationStatus.values();
    RecommendationStatus status = statuses[u % statuses.length];
    Recommendation.Builder r =
        Recommendation.builder()
            .id(RecommendationId.of("REC-" + p + ".1"))
            .text("Change " + subject() + " so that it " + verb() + " " + object() + " " + clause())
            .addFlaw(flaw)
            .addContribution(ct1)
            .addComponent(ctl)
            .priority(priorities[u % priorities.length])
            .horizon(horizons[u % horizons.length])
            .owner("team " + p)
            .due(LocalDate.of(2026, 4, 1).plusDays(u % 300))
            .status(status)
            .tracker("TRACK-" + p);
    if (status == RecommendationStatus.REJECTED) {
      r.rationale("The same risk is covered by " + object() + ".");
    }
    if (status == RecommendationStatus.VERIFIED_EFFECTIVE) {
      r.verification(sentence());
    }
    a.addRecommendation(r.extensions(extensions(false)).build());
    if (u % 2 == 1) {
      a.addRecommendation(
          Recommendation.builder()
              .id(RecommendationId.of("REC-" + p + ".2"))
              .text("Give " + subject() + " a feedback path that shows " + object())
              .addContribution(ct3)
              .addLink(fb2)
              .addComponent(mon)
              .horizon(Horizon.LONG_TERM)
              .build());
    }
  }

  private Component.Builder controller(
      ComponentId id, String name, ComponentKind kind, int level, ComponentId parent) {
    return Component.builder()
        .id(id)
        .name(name)
        .kind(kind)
        .level(level)
        .parent(parent)
        .description(sentence())
        .addProcessModel(
            ProcessModelVariable.builder()
                .name("rollout state")
                .description("What the controller believes about " + object())
                .build())
        .addProcessModel(ProcessModelVariable.of("service health"))
        .extensions(extensions(false));
  }

  private Responsibility responsibility(ResponsibilityId id, ConstraintId constraint) {
    return Responsibility.builder()
        .id(id)
        .text("Keep " + object() + " within limits " + clause())
        .addConstraint(constraint)
        .extensions(extensions(false))
        .build();
  }

  private ControlLink link(
      LinkId id, LinkKind kind, ComponentId source, ComponentId target, String label) {
    ControlLink.Builder l =
        ControlLink.builder().id(id).kind(kind).source(source).target(target).label(label);
    int roll = random.nextInt(20);
    if (roll == 0) {
      l.status(LinkStatus.DEGRADED).description(sentence());
    } else if (roll == 1) {
      l.status(LinkStatus.INOPERABLE);
    }
    return l.extensions(extensions(false)).build();
  }

  private ComponentAnalysis.Builder componentAnalysis(
      ComponentId component,
      ResponsibilityId r1,
      ResponsibilityId r2,
      String p,
      int firstContribution,
      HazardId hazard,
      List<EventId> events) {
    ContributionKind[] kinds = ContributionKind.values();
    ContextKind[] contextKinds = ContextKind.values();
    ComponentAnalysis.Builder ca =
        ComponentAnalysis.builder()
            .component(component)
            .role(sentence())
            .addResponsibilities(r1, r2);
    for (int k = 0; k < 2; k++) {
      int n = firstContribution + k;
      ca.addContribution(
          Contribution.builder()
              .id(ContributionId.of("CT-" + p + "." + n))
              .kind(kinds[random.nextInt(kinds.length)])
              .description(capitalized(subject()) + " " + verb() + " " + object())
              .context(paragraph(2))
              .addHazard(hazard)
              .addEvents(events.get(k), events.get(k + 1))
              .addUnmetResponsibility(k == 0 ? r1 : r2)
              .extensions(extensions(false))
              .build());
    }
    return ca.addProcessModelFlaw(
            ProcessModelFlaw.builder()
                .id(ProcessModelFlawId.of("PMF-" + component.value()))
                .variable("rollout state")
                .believed("The rollout is paused at " + object())
                .actual("The rollout continues to " + object())
                .build())
        .addContextFactor(
            ContextFactor.of(contextKinds[random.nextInt(contextKinds.length)], sentence()))
        .extensions(extensions(false));
  }

  /** About one element in eight gets extension attributes; the analysis itself always does. */
  private Map<String, ExtensionValue> extensions(boolean always) {
    Map<String, ExtensionValue> map = new LinkedHashMap<>();
    if (!always && random.nextInt(8) != 0) {
      return map;
    }
    int n = ++extensionCounter;
    map.put("x-team", ExtensionValue.of("team-" + (n % 97)));
    switch (n % 4) {
      case 0 -> map.put("x-severity", ExtensionValue.number(Integer.toString(n % 5 + 1)));
      case 1 -> map.put("x-reviewed", ExtensionValue.of(n % 3 == 0));
      case 2 ->
          map.put(
              "x-tags",
              ExtensionValue.array(
                  List.of(ExtensionValue.of("rollout"), ExtensionValue.of("region-" + n % 7))));
      default ->
          map.put(
              "x-source",
              ExtensionValue.object(
                  Map.of(
                      "system", ExtensionValue.of("pager"),
                      "score", ExtensionValue.number("0." + (n % 9 + 1) + "5"),
                      "ack", ExtensionValue.ofNull())));
    }
    return map;
  }

  private String subject() {
    return SUBJECTS[random.nextInt(SUBJECTS.length)];
  }

  private String verb() {
    return VERBS[random.nextInt(VERBS.length)];
  }

  private String object() {
    return OBJECTS[random.nextInt(OBJECTS.length)];
  }

  private String clause() {
    return CLAUSES[random.nextInt(CLAUSES.length)];
  }

  private String sentence() {
    return capitalized(subject()) + " " + verb() + " " + object() + " " + clause() + ".";
  }

  private String paragraph(int sentences) {
    StringBuilder sb = new StringBuilder(sentence());
    for (int i = 1; i < sentences; i++) {
      sb.append(' ').append(sentence());
    }
    return sb.toString();
  }

  private static String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * The constants of format 1.0 only, so that the generated analyses stay what they were before 1.1
   * (figures comparable across versions; written as 1.0, as the baselines write).
   */
  private static <E extends Enum<E>> E[] of10(E[] constants) {
    return java.util.Arrays.stream(constants)
        .filter(c -> dev.castkit.core.internal.model.Model.since(c) == 0)
        .toArray(n -> java.util.Arrays.copyOf(constants, n));
  }
}
