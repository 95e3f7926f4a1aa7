package dev.castkit.testing;

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
import dev.castkit.core.ContributionEffect;
import dev.castkit.core.ContributionId;
import dev.castkit.core.ContributionKind;
import dev.castkit.core.ControlLink;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.ControlStructureId;
import dev.castkit.core.EventId;
import dev.castkit.core.EventKind;
import dev.castkit.core.EventTime;
import dev.castkit.core.Evidence;
import dev.castkit.core.EvidenceKind;
import dev.castkit.core.ExtensionValue;
import dev.castkit.core.Flaw;
import dev.castkit.core.FlawCategory;
import dev.castkit.core.FlawId;
import dev.castkit.core.Group;
import dev.castkit.core.GroupId;
import dev.castkit.core.Hazard;
import dev.castkit.core.HazardId;
import dev.castkit.core.Horizon;
import dev.castkit.core.LinkId;
import dev.castkit.core.LinkKind;
import dev.castkit.core.LinkStatus;
import dev.castkit.core.Loss;
import dev.castkit.core.LossCategory;
import dev.castkit.core.LossId;
import dev.castkit.core.Milestone;
import dev.castkit.core.MilestoneKind;
import dev.castkit.core.Priority;
import dev.castkit.core.ProcessAnalysis;
import dev.castkit.core.ProcessModelFlaw;
import dev.castkit.core.ProcessModelFlawId;
import dev.castkit.core.ProcessModelVariable;
import dev.castkit.core.Provenance;
import dev.castkit.core.ProvenanceBasis;
import dev.castkit.core.Quantity;
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
import dev.castkit.core.Revision;
import dev.castkit.core.SafetyConstraint;
import dev.castkit.core.Severity;
import dev.castkit.core.SourceKind;
import dev.castkit.core.StructureVariant;
import dev.castkit.core.TimePrecision;
import dev.castkit.core.TimelineEvent;
import dev.castkit.core.UnsafeControlActionType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of complete, internally consistent CAST analyses: every reference
 * resolves, ids are unique across the whole analysis, every hazard leads to a loss and has a
 * constraint, every control action has its feedback, every controller has a step-3 analysis, every
 * flaw is addressed, timed events are in order, and a final analysis has no open question. So
 * {@code CastRules.standard()} finds no error in them (with awkward text, the blame words drawn in
 * give {@code CAST-W001} warnings).
 *
 * <p>For property tests of code that takes analyses: a store, an exporter, a UI.
 *
 * <pre>{@code
 * import static org.quicktheories.QuickTheory.qt;
 *
 * @Test
 * void everyAnalysisSurvivesTheStore() {
 *   qt().withExamples(100)
 *       .forAll(CastGenerators.analysesWithAwkwardText())
 *       .checkAssert(a -> assertThat(store.load(store.save(a))).isEqualTo(a));
 * }
 * }</pre>
 *
 * <p>Every choice is drawn through QuickTheories, so a failing analysis shrinks to a small one. The
 * generators are stateless and thread-safe.
 */
public final class CastGenerators {
  private CastGenerators() {}

  /** How big the generated analyses get. */
  public enum Size {
    /** A handful of elements of each kind. */
    SMALL(3),
    /** Up to a few dozen elements of each kind. */
    MEDIUM(12),
    /** Up to about a hundred elements of each kind. */
    LARGE(60);

    final int max;

    Size(int max) {
      this.max = max;
    }
  }

  /** What the texts of the generated analyses hold. */
  public enum Text {
    /** Plain words: no finding about wording, nothing any format or renderer has to escape. */
    PLAIN,
    /**
     * Plain words mixed with quotes, brackets, pipes and other syntax characters of Markdown,
     * Mermaid and DOT; {@code 1.} and {@code 2)} at the start of a line; {@code \n}, {@code \r},
     * {@code \r\n}, U+2028 and U+2029; control characters (U+0000 included); invisible and
     * bidirectional characters; characters outside the BMP; and the standard blame words.
     * Everything the interchange format can hold.
     */
    AWKWARD,
    /**
     * {@link #AWKWARD} text that may also hold lone surrogates, which the model and the renderers
     * accept but the interchange format cannot hold (a writer refuses them), and U+0085 (NEL),
     * which the YAML codec reads back as a space: for code that never writes JSON or YAML.
     */
    HOSTILE
  }

  /**
   * Consistent analyses of small to medium size, with plain text.
   *
   * @return the generator
   */
  public static Gen<CastAnalysis> analyses() {
    return analyses(Size.MEDIUM, Text.PLAIN);
  }

  /**
   * Consistent analyses of small to medium size, with {@link Text#AWKWARD} text.
   *
   * @return the generator
   */
  public static Gen<CastAnalysis> analysesWithAwkwardText() {
    return analyses(Size.MEDIUM, Text.AWKWARD);
  }

  /**
   * Consistent analyses up to the given size, with the given kind of text.
   *
   * @param size how big they get
   * @param text what their texts hold
   * @return the generator
   */
  public static Gen<CastAnalysis> analyses(Size size, Text text) {
    if (size == null || text == null) {
      throw new IllegalArgumentException("CastGenerators.analyses needs a size and a text kind");
    }
    return in -> new Builder(new Draw(in, text), size.max).analysis();
  }

  /**
   * Extension attribute maps (often empty) whose keys are prefixed {@code x-} and whose values are
   * of every JSON kind, nested up to three levels, with {@link Text#AWKWARD} strings.
   *
   * @return the generator
   */
  public static Gen<Map<String, ExtensionValue>> extensions() {
    return in -> extensions(new Draw(in, Text.AWKWARD));
  }

  static Map<String, ExtensionValue> extensions(Draw d) {
    Map<String, ExtensionValue> map = new LinkedHashMap<>();
    int n = d.chance(70) ? 0 : d.between(1, 3);
    for (int i = 0; i < n; i++) {
      map.put("x-" + d.pick("vendor", "severity", "team", "ticket", "score") + i, value(d, 0));
    }
    return map;
  }

  private static ExtensionValue value(Draw d, int depth) {
    int kind = d.between(0, depth >= 2 ? 3 : 5);
    switch (kind) {
      case 0:
        return ExtensionValue.ofNull();
      case 1:
        return ExtensionValue.of(d.chance(50));
      case 2:
        return ExtensionValue.number(d.pick("0", "-1", "42", "1.50", "3e8", "-0.25E-3"));
      case 3:
        return ExtensionValue.of(d.text());
      case 4:
        {
          List<ExtensionValue> elements = new ArrayList<>();
          int n = d.between(0, 3);
          for (int i = 0; i < n; i++) {
            elements.add(value(d, depth + 1));
          }
          return ExtensionValue.array(elements);
        }
      default:
        {
          Map<String, ExtensionValue> members = new LinkedHashMap<>();
          int n = d.between(0, 3);
          for (int i = 0; i < n; i++) {
            members.put("k" + i, value(d, depth + 1));
          }
          return ExtensionValue.object(members);
        }
    }
  }

  private static final class Builder {
    private final Draw d;
    private final int max;

    Builder(Draw d, int max) {
      this.d = d;
      this.max = max;
    }

    private int count(int min) {
      return d.between(min, Math.max(min, max));
    }

    CastAnalysis analysis() {
      CastAnalysis.Builder a = CastAnalysis.builder();
      a.id(AnalysisId.of("CAST-" + d.between(1, 9999)));
      a.title(d.text());
      if (d.chance(70)) {
        a.summary(d.text());
      }
      for (int i = 0, n = d.between(0, 3); i < n; i++) {
        a.addAnalyst(d.pick("Ada", "Grace", "Linus", "Barbara", "Ken") + " " + i);
      }
      for (int i = 0, n = d.between(0, 3); i < n; i++) {
        Reference.Builder r =
            Reference.builder()
                .kind(d.pick(ReferenceKind.values()))
                .value("https://example.com/incident/" + i);
        if (d.chance(50)) {
          r.title(d.text());
        }
        a.addReference(r.extensions(extensions(d)).build());
      }
      a.system(system());
      a.extensions(extensions(d));
      if (d.chance(30)) {
        Severity.Builder sev = Severity.builder().label(d.pick("SEV-1", "SEV-2", "P3", "major"));
        if (d.chance(50)) {
          sev.rank(d.between(1, 5));
        }
        a.severity(sev.build());
      }
      if (d.chance(30)) {
        a.timeZone(ZoneId.of(d.pick("America/Los_Angeles", "Europe/Berlin", "UTC", "Asia/Tokyo")));
      }
      for (int i = 0, n = d.chance(30) ? d.between(1, 3) : 0; i < n; i++) {
        a.addTag("tag-" + i);
      }
      for (int i = 1, n = d.chance(20) ? d.between(1, 3) : 0; i <= n; i++) {
        Revision.Builder rev = Revision.builder().version(String.valueOf(i)).description(d.text());
        if (d.chance(50)) {
          rev.date(LocalDate.of(2021, 10, 5).plusDays(i * 7L));
        }
        if (d.chance(50)) {
          rev.author(d.pick("Ada", "Grace"));
        }
        a.addRevision(rev.build());
      }

      List<LossId> losses = new ArrayList<>();
      for (int i = 1, n = count(1); i <= n; i++) {
        LossId id = LossId.of("L-" + i);
        losses.add(id);
        Loss.Builder l =
            Loss.builder().id(id).description(d.text()).category(d.pick(LossCategory.values()));
        if (d.chance(50)) {
          l.addStakeholder(d.text());
        }
        if (d.chance(50)) {
          l.impact(d.text());
        }
        if (d.chance(20)) {
          l.quantity(
              Quantity.builder()
                  .value(BigDecimal.valueOf(d.between(0, 1_000_000), d.between(0, 2)))
                  .unit(d.pick("USD", "customers", "records"))
                  .approximate(d.chance(50))
                  .build());
        }
        if (d.chance(15)) {
          l.provenance(provenance());
        }
        a.addLoss(l.extensions(extensions(d)).build());
      }

      // Every loss is reached: hazard i leads at least to loss i (mod losses). Sub-hazards take
      // their losses from their parent, so they come only after every loss has been reached.
      List<HazardId> hazards = new ArrayList<>();
      List<List<LossId>> hazardLosses = new ArrayList<>();
      for (int i = 1, n = Math.max(losses.size(), count(1)); i <= n; i++) {
        HazardId id = HazardId.of("H-" + i);
        Hazard.Builder h = Hazard.builder().id(id).description(d.text());
        List<LossId> leadsTo;
        if (i > losses.size() && d.chance(25)) {
          int parent = d.between(0, hazards.size() - 1);
          h.parent(hazards.get(parent));
          leadsTo = d.someOf(hazardLosses.get(parent), 2);
        } else {
          leadsTo = new ArrayList<>(d.someOf(losses, 3));
          LossId must = losses.get((i - 1) % losses.size());
          if (!leadsTo.contains(must)) {
            leadsTo.add(must);
          }
        }
        hazards.add(id);
        hazardLosses.add(leadsTo);
        a.addHazard(h.losses(leadsTo).extensions(extensions(d)).build());
      }

      // Every hazard has a constraint: constraint i addresses at least hazard i.
      List<ConstraintId> constraints = new ArrayList<>();
      for (int i = 1, n = Math.max(hazards.size(), count(1)); i <= n; i++) {
        ConstraintId id = ConstraintId.of("SC-" + i);
        SafetyConstraint.Builder c =
            SafetyConstraint.builder()
                .id(id)
                .text(d.text())
                .kind(d.pick(ConstraintKind.values()))
                .addHazard(hazards.get((i - 1) % hazards.size()));
        if (d.chance(30)) {
          c.addAllHazards(d.someOf(hazards, 2));
        }
        if (i > 1 && d.chance(20)) {
          c.parent(constraints.get(d.between(0, constraints.size() - 1)));
        }
        constraints.add(id);
        a.addConstraint(c.extensions(extensions(d)).build());
      }

      // Components: a controller at level 0 and below it controllers and processes; every control
      // action from a controller has a feedback link back.
      List<Component> components = new ArrayList<>();
      List<ComponentId> componentIds = new ArrayList<>();
      List<ResponsibilityId> responsibilities = new ArrayList<>();
      Map<ComponentId, List<ResponsibilityId>> responsibilitiesOf = new LinkedHashMap<>();
      int componentCount = Math.max(2, count(2));
      for (int i = 1; i <= componentCount; i++) {
        ComponentId id = ComponentId.of("C-" + i);
        ComponentKind kind =
            i == 1
                ? ComponentKind.ORGANIZATION
                : d.pick(
                    ComponentKind.HUMAN_CONTROLLER,
                    ComponentKind.AUTOMATED_CONTROLLER,
                    ComponentKind.CONTROLLED_PROCESS,
                    ComponentKind.ACTUATOR,
                    ComponentKind.SENSOR,
                    ComponentKind.EXTERNAL,
                    ComponentKind.EXTERNAL_CONTROLLER);
        Component.Builder c =
            Component.builder()
                .id(id)
                .name(d.text())
                .kind(kind)
                .level(i == 1 ? 0 : d.between(1, 4));
        if (i > 1 && d.chance(20)) {
          c.parent(componentIds.get(d.between(0, componentIds.size() - 1)));
        }
        if (d.chance(40)) {
          c.description(d.text());
        }
        List<ResponsibilityId> own = new ArrayList<>();
        if (kind.isController()) {
          for (int r = 1, n = d.between(1, 3); r <= n; r++) {
            ResponsibilityId rid = ResponsibilityId.of("R-" + i + "." + r);
            own.add(rid);
            c.addResponsibility(
                Responsibility.builder()
                    .id(rid)
                    .text(d.text())
                    .constraints(d.someOf(constraints, 2))
                    .extensions(extensions(d))
                    .build());
          }
          for (int v = 1, n = d.between(0, 2); v <= n; v++) {
            ProcessModelVariable.Builder pv = ProcessModelVariable.builder().name("var " + v);
            if (d.chance(50)) {
              pv.description(d.text());
            }
            c.addProcessModel(pv.extensions(extensions(d)).build());
          }
        }
        responsibilities.addAll(own);
        responsibilitiesOf.put(id, own);
        componentIds.add(id);
        components.add(c.extensions(extensions(d)).build());
      }

      List<ControlLink> links = new ArrayList<>();
      List<LinkId> linkIds = new ArrayList<>();
      int linkNumber = 0;
      for (Component controller : components) {
        if (!controller.kind().isController()) {
          continue;
        }
        for (int k = 0, n = d.between(1, 2); k < n; k++) {
          ComponentId target = d.pick(componentIds);
          if (target.equals(controller.id())) {
            continue;
          }
          linkNumber++;
          ControlLink action =
              ControlLink.builder()
                  .id(LinkId.of("CA-" + linkNumber))
                  .kind(LinkKind.CONTROL_ACTION)
                  .source(controller.id())
                  .target(target)
                  .label(d.text())
                  .status(d.chance(80) ? LinkStatus.PRESENT : LinkStatus.DEGRADED)
                  .extensions(extensions(d))
                  .build();
          ControlLink feedback =
              ControlLink.builder()
                  .id(LinkId.of("FB-" + linkNumber))
                  .kind(LinkKind.FEEDBACK)
                  .source(target)
                  .target(controller.id())
                  .label(d.text())
                  .build();
          links.add(action);
          links.add(feedback);
          linkIds.add(action.id());
          linkIds.add(feedback.id());
        }
      }
      if (d.chance(30) && componentIds.size() > 2) {
        linkNumber++;
        ControlLink peer =
            ControlLink.builder()
                .id(LinkId.of("CO-" + linkNumber))
                .kind(d.pick(LinkKind.COMMUNICATION, LinkKind.COORDINATION))
                .source(componentIds.get(1))
                .target(componentIds.get(2))
                .label(d.text())
                .description(d.text())
                .build();
        links.add(peer);
        linkIds.add(peer.id());
      }
      // Groups: an organisation holds some of the components, and sometimes a department inside
      // it holds some of those (the same in both structures, so that an id names equal elements
      // wherever it appears). The first component is in the innermost group, so that no group is
      // empty (CAST-S006).
      List<Group> groups = new ArrayList<>();
      if (d.chance(25)) {
        GroupId group = GroupId.of("G-1");
        groups.add(Group.builder().id(group).name(d.text()).build());
        if (d.chance(40)) {
          groups.add(Group.builder().id(GroupId.of("G-2")).name(d.text()).parent(group).build());
        }
        List<GroupId> groupIds = groups.stream().map(Group::id).toList();
        List<Component> grouped = new ArrayList<>();
        for (Component c : components) {
          if (grouped.isEmpty()) {
            grouped.add(c.toBuilder().group(groupIds.get(groupIds.size() - 1)).build());
          } else {
            grouped.add(d.chance(50) ? c.toBuilder().group(d.pick(groupIds)).build() : c);
          }
        }
        components = grouped;
      }
      ControlStructure operating =
          ControlStructure.builder()
              .id(ControlStructureId.of("CS-operating"))
              .variant(StructureVariant.AS_OPERATING)
              .groups(groups)
              .components(components)
              .links(links)
              .extensions(extensions(d))
              .build();
      a.addControlStructure(operating);
      if (d.chance(30)) {
        a.addControlStructure(
            operating.toBuilder()
                .id(ControlStructureId.of("CS-designed"))
                .variant(StructureVariant.AS_DESIGNED)
                .name(d.text())
                .build());
      }

      // Timeline: strictly ordered times, some events with only an order.
      List<EventId> events = new ArrayList<>();
      // The minute each event is drawn at, and whether it has a time, by index in events.
      List<Instant> minutes = new ArrayList<>();
      List<Boolean> timedEvents = new ArrayList<>();
      Instant t = Instant.parse("2021-10-04T15:00:00Z");
      for (int i = 1, n = count(1); i <= n; i++) {
        EventId id = EventId.of("E-" + i);
        TimelineEvent.Builder e = TimelineEvent.builder().id(id).description(d.text());
        t = t.plus(d.between(1, 10), ChronoUnit.MINUTES);
        boolean timed = d.chance(80);
        if (timed) {
          // t is on a minute boundary and the next event is at least a minute later, so the
          // timed events stay in order whatever precision each one has.
          EventTime time;
          if (d.chance(50)) {
            time = EventTime.of(t.plusSeconds(d.between(0, 59)), TimePrecision.SECOND);
          } else if (d.chance(50)) {
            time = EventTime.of(t, TimePrecision.MINUTE);
          } else {
            time = EventTime.approximately(t, TimePrecision.MINUTE);
          }
          e.time(time);
        }
        e.components(d.someOf(componentIds, 2));
        if (d.chance(15)) {
          e.kind(EventKind.CONDITION);
        }
        if (d.chance(15)) {
          e.timeZone(ZoneId.of(d.pick("America/New_York", "Europe/London")));
        }
        if (d.chance(20)) {
          e.duration(Duration.ofMinutes(d.between(1, 600))).durationApproximate(d.chance(50));
        }
        if (!events.isEmpty() && d.chance(15)) {
          int k = d.between(0, events.size() - 1);
          e.after(events.get(k));
          if (d.chance(70)) {
            // Between two timed events an exact offset is at most the minutes between them, less
            // one for the seconds either time may have, so that the times agree with it
            // (CAST-T002).
            boolean exact = d.chance(50);
            long most =
                exact && timed && timedEvents.get(k)
                    ? Math.min(30, Duration.between(minutes.get(k), t).toMinutes() - 1)
                    : 30;
            e.offset(Duration.ofMinutes(d.between(0, (int) most))).offsetApproximate(!exact);
          }
        }
        if (d.chance(15)) {
          e.source(d.pick("on-call engineer", "status page", "monitoring"));
        }
        if (d.chance(15)) {
          e.provenance(provenance());
        }
        if (d.chance(40)) {
          e.addEvidence(
              Evidence.builder()
                  .kind(d.pick(EvidenceKind.values()))
                  .source("log-" + i)
                  .author(d.chance(20) ? Optional.of("author " + i) : Optional.empty())
                  .excerpt(d.text())
                  .extensions(extensions(d))
                  .build());
        }
        events.add(id);
        minutes.add(t);
        timedEvents.add(timed);
        a.addTimeline(e.extensions(extensions(d)).build());
      }

      AnalysisStatus status = d.pick(AnalysisStatus.values());
      a.status(status);
      List<QuestionId> questions = new ArrayList<>();
      for (int i = 1, n = d.between(0, Math.max(1, max / 2)); i <= n; i++) {
        QuestionId id = QuestionId.of("Q-" + i);
        QuestionStatus qs =
            status == AnalysisStatus.FINAL
                ? d.pick(QuestionStatus.ANSWERED, QuestionStatus.UNANSWERABLE)
                : d.pick(QuestionStatus.values());
        Question.Builder q =
            Question.builder()
                .id(id)
                .text(d.text() + "?")
                .step(d.pick(CastStep.values()))
                .status(qs)
                .about(d.pick(events).value());
        if (qs != QuestionStatus.OPEN) {
          q.answer(d.text());
        }
        questions.add(id);
        a.addQuestion(q.extensions(extensions(d)).build());
      }

      // Step 3: every controller has an analysis.
      List<ContributionId> contributions = new ArrayList<>();
      int contributionNumber = 0;
      int pmfNumber = 0;
      for (Component component : components) {
        if (!component.kind().isController()) {
          continue;
        }
        List<ResponsibilityId> own = responsibilitiesOf.get(component.id());
        ComponentAnalysis.Builder ca =
            ComponentAnalysis.builder().component(component.id()).role(d.text());
        ca.responsibilities(d.someOf(own, 2));
        for (int k = 0, n = d.between(1, 2); k < n; k++) {
          contributionNumber++;
          ContributionId cid = ContributionId.of("CT-" + contributionNumber);
          contributions.add(cid);
          // A contribution that limited the loss is no cause: no unsafe control action, no unmet
          // responsibility (CAST-A004).
          boolean limited = d.chance(10);
          ca.addContribution(
              Contribution.builder()
                  .id(cid)
                  .kind(d.pick(ContributionKind.values()))
                  .effect(limited ? ContributionEffect.LIMITED : ContributionEffect.CONTRIBUTED)
                  .description(d.text())
                  .context(d.text())
                  .hazards(d.someOf(hazards, 2))
                  .events(d.someOf(events, 2))
                  .unmetResponsibilities(limited ? List.of() : d.someOf(own, 1))
                  .unsafeControlAction(
                      !limited && d.chance(30)
                          ? Optional.of(d.pick(UnsafeControlActionType.values()))
                          : Optional.empty())
                  .provenance(d.chance(15) ? Optional.of(provenance()) : Optional.empty())
                  .extensions(extensions(d))
                  .build());
        }
        if (d.chance(60)) {
          pmfNumber++;
          ProcessModelFlaw.Builder f =
              ProcessModelFlaw.builder()
                  .id(ProcessModelFlawId.of("PMF-" + pmfNumber))
                  .believed(d.text())
                  .actual(d.text());
          if (d.chance(50)) {
            f.variable("var 1");
          }
          ca.addProcessModelFlaw(f.build());
        }
        ca.addContextFactor(ContextFactor.of(d.pick(ContextKind.values()), d.text()));
        if (!questions.isEmpty() && d.chance(30)) {
          ca.addQuestion(d.pick(questions));
        }
        a.addComponentAnalysis(ca.extensions(extensions(d)).build());
      }

      // Step 4 and 5: every flaw is addressed by a recommendation or says why not.
      List<FlawId> flaws = new ArrayList<>();
      for (int i = 1, n = count(1); i <= n; i++) {
        FlawId id = FlawId.of("F-" + i);
        Flaw.Builder f =
            Flaw.builder()
                .id(id)
                .category(d.pick(FlawCategory.values()))
                .description(d.text())
                .components(d.someOf(componentIds, 2))
                .links(d.someOf(linkIds, 2));
        if (d.chance(20)) {
          f.noActionRationale(d.text());
        } else {
          flaws.add(id);
        }
        if (d.chance(30)) {
          f.addEvidence(Evidence.of(EvidenceKind.DOCUMENT, "design doc " + i));
        }
        a.addFlaw(f.extensions(extensions(d)).build());
      }
      int recommendationCount = Math.max(flaws.size(), count(1));
      for (int i = 1; i <= recommendationCount; i++) {
        Recommendation.Builder r =
            Recommendation.builder().id(RecommendationId.of("REC-" + i)).text(d.text());
        if (!flaws.isEmpty()) {
          r.addFlaw(flaws.get((i - 1) % flaws.size()));
        }
        if (flaws.isEmpty() || d.chance(30)) {
          r.contributions(d.someOf(contributions, 2));
        }
        if (d.chance(20)) {
          r.links(d.someOf(linkIds, 1));
        }
        r.components(d.someOf(componentIds, 2));
        if (d.chance(70)) {
          r.priority(d.pick(Priority.values()));
        }
        if (d.chance(70)) {
          r.horizon(d.pick(Horizon.values()));
        }
        if (d.chance(60)) {
          r.owner(d.pick("storage team", "network team", "SRE", "platform"));
        }
        if (d.chance(50)) {
          r.due(LocalDate.of(2022, 1, 1).plusDays(d.between(0, 700)));
        }
        RecommendationStatus rs = d.pick(RecommendationStatus.values());
        r.status(rs);
        if (rs == RecommendationStatus.REJECTED || d.chance(10)) {
          r.rationale(d.text());
        }
        if (d.chance(30)) {
          r.tracker("TRACK-" + i);
        }
        if (d.chance(20)) {
          r.proposedBy(d.pick("review board", "storage team"));
        }
        if (rs == RecommendationStatus.VERIFIED_EFFECTIVE) {
          r.verification(d.text());
        }
        a.addRecommendation(r.extensions(extensions(d)).build());
      }

      // Milestones, each kind once, in order along the timed events.
      if (d.chance(25)) {
        List<TimelineEvent> timed =
            a.build().timeline().stream().filter(ev -> ev.time().isPresent()).toList();
        int k = 0;
        for (MilestoneKind kind : MilestoneKind.values()) {
          if (k < timed.size() && d.chance(70)) {
            TimelineEvent ev = timed.get(k++);
            // Its own time, or only its event's (CAST-T003 reads the event's).
            a.addMilestone(
                Milestone.builder()
                    .kind(kind)
                    .time(d.chance(70) ? ev.time() : Optional.empty())
                    .event(ev.id())
                    .build());
          }
        }
      }

      if (d.chance(50)) {
        a.processAnalysis(
            ProcessAnalysis.builder()
                .summary(d.text())
                .addControl(d.text())
                .addFailure(d.text())
                .addInteraction(d.text())
                .addContextFactor(ContextFactor.of(ContextKind.PHYSICAL, d.text()))
                .extensions(extensions(d))
                .build());
      }
      return a.build();
    }

    private Provenance provenance() {
      Provenance.Builder p = Provenance.builder().basis(d.pick(ProvenanceBasis.values()));
      if (d.chance(50)) {
        p.source("https://example.com/report");
      }
      if (d.chance(50)) {
        p.sourceKind(d.pick(SourceKind.values()));
      }
      return p.build();
    }

    private AnalyzedSystem system() {
      AnalyzedSystem.Builder s = AnalyzedSystem.builder().name(d.text());
      if (d.chance(50)) {
        s.description(d.text());
      }
      s.addInside(d.text()).addEnvironment(d.text());
      if (d.chance(50)) {
        s.addGoal(d.text());
      }
      return s.extensions(extensions(d)).build();
    }
  }
}
