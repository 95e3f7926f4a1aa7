package dev.castkit.core.testing;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.Component;
import dev.castkit.core.ComponentAnalysis;
import dev.castkit.core.ComponentId;
import dev.castkit.core.ComponentKind;
import dev.castkit.core.ContextFactor;
import dev.castkit.core.Contribution;
import dev.castkit.core.ContributionEffect;
import dev.castkit.core.ContributionId;
import dev.castkit.core.ContributionKind;
import dev.castkit.core.ControlLink;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.EventId;
import dev.castkit.core.EventKind;
import dev.castkit.core.EventTime;
import dev.castkit.core.Flaw;
import dev.castkit.core.FlawCategory;
import dev.castkit.core.Group;
import dev.castkit.core.GroupId;
import dev.castkit.core.HazardId;
import dev.castkit.core.LinkStatus;
import dev.castkit.core.Loss;
import dev.castkit.core.Milestone;
import dev.castkit.core.MilestoneKind;
import dev.castkit.core.ProcessAnalysis;
import dev.castkit.core.Provenance;
import dev.castkit.core.ProvenanceBasis;
import dev.castkit.core.Quantity;
import dev.castkit.core.Recommendation;
import dev.castkit.core.Revision;
import dev.castkit.core.Severity;
import dev.castkit.core.SourceKind;
import dev.castkit.core.TimePrecision;
import dev.castkit.core.TimelineEvent;
import dev.castkit.core.UnsafeControlActionType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * {@link RenderSamples#checkoutOutage()} with a value in every field that format 1.1 added: the
 * report and diagram tests and their golden files read it, and {@code Format11FieldsTest} checks
 * that it holds every 1.1 field, so that a field added later must be given a value here (and then
 * be shown).
 */
public final class Format11Sample {
  private Format11Sample() {}

  static Provenance stated(String source, SourceKind kind) {
    return Provenance.builder()
        .basis(ProvenanceBasis.STATED)
        .source(source)
        .sourceKind(kind)
        .build();
  }

  static Provenance inferred(String source) {
    return Provenance.builder().basis(ProvenanceBasis.INFERRED).source(source).build();
  }

  private static <T> List<T> map(List<T> list, UnaryOperator<T> f) {
    List<T> out = new ArrayList<>();
    for (T t : list) {
      out.add(f.apply(t));
    }
    return out;
  }

  private static final Map<ComponentId, GroupId> GROUP_OF =
      Map.of(
          RenderSamples.ORG, GroupId.of("G-eng"),
          RenderSamples.ONCALL, GroupId.of("G-team"),
          RenderSamples.FLAGS, GroupId.of("G-team"),
          RenderSamples.SCRIPT, GroupId.of("G-team"),
          RenderSamples.CANARY, GroupId.of("G-eng"),
          RenderSamples.MONITOR, GroupId.of("G-eng"),
          RenderSamples.PAYMENTS, GroupId.of("G-vendor"));

  private static ControlStructure grouped(ControlStructure s) {
    return s.toBuilder()
        .addGroup(
            Group.builder()
                .id(GroupId.of("G-shop"))
                .name("Example Shop Inc. (the company)")
                .description("Everything the company runs")
                .build())
        .addGroup(
            Group.builder()
                .id(GroupId.of("G-eng"))
                .name("Engineering")
                .parent(GroupId.of("G-shop"))
                .build())
        .addGroup(
            Group.builder()
                .id(GroupId.of("G-team"))
                .name("Checkout team")
                .parent(GroupId.of("G-eng"))
                .build())
        .addGroup(Group.builder().id(GroupId.of("G-vendor")).name("PayCo, outside").build())
        .components(
            map(
                s.components(),
                c -> {
                  Component.Builder b = c.toBuilder();
                  GroupId g = GROUP_OF.get(c.id());
                  if (g != null) {
                    b.group(g);
                  }
                  if (c.id().equals(RenderSamples.PAYMENTS)) {
                    b.kind(ComponentKind.EXTERNAL_CONTROLLER);
                  }
                  return b.build();
                }))
        .build();
  }

  private static ControlLink status(ControlLink l) {
    return switch (l.id().value()) {
      case "FB-4" -> l.toBuilder().status(LinkStatus.DELAYED).build();
      case "CO-1" -> l.toBuilder().status(LinkStatus.INCORRECT).build();
      case "CA-0" -> l.toBuilder().status(LinkStatus.UNNOTICED).build();
      default -> l;
    };
  }

  /** The checkout outage, with every field of format 1.1 used at least once. */
  public static CastAnalysis checkoutOutage() {
    CastAnalysis a = RenderSamples.checkoutOutage();
    List<ControlStructure> structures =
        map(
            a.controlStructures(),
            s -> {
              ControlStructure g = grouped(s);
              return s.variant() == dev.castkit.core.StructureVariant.AS_OPERATING
                  ? g.toBuilder().links(map(g.links(), Format11Sample::status)).build()
                  : g;
            });
    List<Loss> losses =
        map(
            a.losses(),
            l ->
                switch (l.id().value()) {
                  case "L-1" ->
                      l.toBuilder()
                          .quantity(
                              Quantity.builder()
                                  .value(new BigDecimal("400"))
                                  .unit("customers")
                                  .approximate(true)
                                  .build())
                          .provenance(stated("the shop's status page", SourceKind.OPERATOR_REPORT))
                          .build();
                  case "L-2" ->
                      l.toBuilder()
                          .quantity(
                              Quantity.builder().value(new BigDecimal("1.5E6")).unit("USD").build())
                          .build();
                  default -> l;
                });
    List<TimelineEvent> timeline = new ArrayList<>();
    timeline.add(
        TimelineEvent.builder()
            .id(EventId.of("E-0"))
            .kind(EventKind.CONDITION)
            .description("The kill switch had never been deployed to the new region")
            .provenance(inferred("the deployment history"))
            .build());
    timeline.add(
        TimelineEvent.builder()
            .id(EventId.of("E-00"))
            .time(EventTime.of(Instant.parse("2019-01-01T00:00:00Z"), TimePrecision.YEAR))
            .description("The rollout script is written for a one-off migration")
            .build());
    for (TimelineEvent e : a.timeline()) {
      TimelineEvent.Builder b = e.toBuilder();
      switch (e.id().value()) {
        case "E-1" ->
            b.time(EventTime.of(Instant.parse("2024-03-01T00:00:00Z"), TimePrecision.MONTH));
        case "E-2" ->
            b.source("the checkout dashboard")
                .provenance(stated("incident channel", SourceKind.THIRD_PARTY_MEASUREMENT))
                .evidence(
                    map(e.evidence(), ev -> ev.toBuilder().author("Priya Raman, on call").build()));
        case "E-3" -> b.timeZone(ZoneId.of("Asia/Kolkata"));
        case "E-4" -> b.duration(Duration.ofMinutes(45));
        case "E-5" ->
            b.after(EventId.of("E-3"))
                .offset(Duration.ofMinutes(10))
                .offsetApproximate(true)
                .duration(Duration.ofHours(18))
                .durationApproximate(true);
        default -> {}
      }
      timeline.add(b.build());
    }
    List<ComponentAnalysis> analyses =
        map(
            a.componentAnalyses(),
            ca -> {
              ComponentAnalysis.Builder b = ca.toBuilder();
              b.contributions(
                  map(
                      ca.contributions(),
                      c ->
                          switch (c.id().value()) {
                            case "CT-1" ->
                                c.toBuilder()
                                    .unsafeControlAction(UnsafeControlActionType.PROVIDED_UNSAFE)
                                    .provenance(
                                        stated("post-incident review", SourceKind.INVESTIGATION))
                                    .build();
                            case "CT-2" ->
                                c.toBuilder()
                                    .unsafeControlAction(
                                        UnsafeControlActionType.WRONG_TIMING_OR_ORDER)
                                    .build();
                            case "CT-3" ->
                                c.toBuilder()
                                    .unsafeControlAction(UnsafeControlActionType.NOT_PROVIDED)
                                    .build();
                            default -> c;
                          }));
              b.processModelFlaws(
                  map(
                      ca.processModelFlaws(),
                      f ->
                          f.toBuilder()
                              .provenance(inferred("what the engineer said in the review"))
                              .build()));
              b.contextFactors(
                  map(
                      ca.contextFactors(),
                      f ->
                          f.toBuilder()
                              .provenance(stated("interview notes", SourceKind.SECONDARY_ACCOUNT))
                              .build()));
              if (ca.component().equals(RenderSamples.ONCALL)) {
                b.addContribution(
                    Contribution.builder()
                        .id(ContributionId.of("CT-4"))
                        .kind(ContributionKind.ACTION)
                        .effect(ContributionEffect.LIMITED)
                        .unsafeControlAction(UnsafeControlActionType.WRONG_DURATION)
                        .description(
                            "The engineer had taken a snapshot of the order queue an hour before")
                        .addHazard(HazardId.of("H-1"))
                        .build());
              }
              return b.build();
            });
    List<Flaw> flaws =
        map(
            a.flaws(),
            f ->
                switch (f.id().value()) {
                  case "F-1" ->
                      f.toBuilder()
                          .provenance(stated("the rollout runbook", SourceKind.OTHER))
                          .build();
                  case "F-3" -> f.toBuilder().category(FlawCategory.INTERFACE_DESIGN).build();
                  default -> f;
                });
    List<Recommendation> recommendations =
        map(
            a.recommendations(),
            r ->
                r.id().value().equals("REC-2")
                    ? r.toBuilder().proposedBy("Checkout team retrospective").build()
                    : r);
    CastAnalysis.Builder b =
        a.toBuilder()
            .severity(Severity.builder().label("SEV-2 high").rank(2).build())
            .addTags("payments", "feature-flags")
            .timeZone(ZoneId.of("America/Los_Angeles"))
            .addMilestone(
                Milestone.builder()
                    .kind(MilestoneKind.STARTED)
                    .time(EventTime.of(Instant.parse("2024-03-07T14:02:11Z")))
                    .event(EventId.of("E-2"))
                    .build())
            .addMilestone(
                Milestone.builder()
                    .kind(MilestoneKind.DETECTED)
                    .time(EventTime.of(Instant.parse("2024-03-07T14:15:00Z"), TimePrecision.MINUTE))
                    .event(EventId.of("E-4"))
                    .build())
            .addMilestone(
                Milestone.builder()
                    .kind(MilestoneKind.MITIGATED)
                    .time(
                        EventTime.approximately(
                            Instant.parse("2024-03-07T14:40:00Z"), TimePrecision.MINUTE))
                    .build())
            .addMilestone(
                Milestone.builder()
                    .kind(MilestoneKind.RESOLVED)
                    .time(EventTime.of(Instant.parse("2024-03-08T00:00:00Z"), TimePrecision.DAY))
                    .build())
            .addRevision(
                Revision.builder()
                    .version("0.1")
                    .date(LocalDate.parse("2024-03-08"))
                    .author("Ada Lovelace")
                    .description("Preliminary report: about 400 customers affected")
                    .build())
            .addRevision(
                Revision.builder()
                    .version("1.0")
                    .date(LocalDate.parse("2024-03-20"))
                    .description("Full report after review: 775 customers affected")
                    .build())
            .losses(losses)
            .timeline(timeline)
            .controlStructures(structures)
            .componentAnalyses(analyses)
            .flaws(flaws)
            .recommendations(recommendations);
    if (a.processAnalysis().isPresent()) {
      ProcessAnalysis p = a.processAnalysis().get();
      b.processAnalysis(
          p.toBuilder()
              .contextFactors(
                  map(
                      p.contextFactors(),
                      (ContextFactor f) ->
                          f.toBuilder().provenance(inferred("the freeze calendar")).build()))
              .build());
    }
    return b.build();
  }
}
