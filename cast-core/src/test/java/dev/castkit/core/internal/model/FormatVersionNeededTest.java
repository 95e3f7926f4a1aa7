package dev.castkit.core.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.ComponentKind;
import dev.castkit.core.ControlLink;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.EventKind;
import dev.castkit.core.EventTime;
import dev.castkit.core.LinkStatus;
import dev.castkit.core.Loss;
import dev.castkit.core.LossCategory;
import dev.castkit.core.Quantity;
import dev.castkit.core.TimePrecision;
import dev.castkit.core.TimelineEvent;
import dev.castkit.core.testing.Format11Sample;
import dev.castkit.core.testing.RenderSamples;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Which format version an analysis needs: 1.1 as soon as one field 1.1 added holds a value other
 * than its default, or one enum constant 1.1 added is used, at any depth; 1.0 otherwise.
 */
class FormatVersionNeededTest {
  private static final CastAnalysis V10 = RenderSamples.checkoutOutage();

  private static int needed(CastAnalysis a) {
    return Model.minorVersionNeeded(a);
  }

  private static CastAnalysis firstEvent(UnaryOperator<TimelineEvent.Builder> change) {
    List<TimelineEvent> events = new ArrayList<>(V10.timeline());
    events.set(0, change.apply(events.get(0).toBuilder()).build());
    return V10.toBuilder().timeline(events).build();
  }

  private static CastAnalysis firstLoss(UnaryOperator<Loss.Builder> change) {
    List<Loss> losses = new ArrayList<>(V10.losses());
    losses.set(0, change.apply(losses.get(0).toBuilder()).build());
    return V10.toBuilder().losses(losses).build();
  }

  private static CastAnalysis firstStructure(UnaryOperator<ControlStructure> change) {
    List<ControlStructure> structures = new ArrayList<>(V10.controlStructures());
    structures.set(0, change.apply(structures.get(0)));
    return V10.toBuilder().controlStructures(structures).build();
  }

  private static CastAnalysis firstLinkStatus(LinkStatus status) {
    return firstStructure(
        s -> {
          List<ControlLink> links = new ArrayList<>(s.links());
          links.set(0, links.get(0).toBuilder().status(status).build());
          return s.toBuilder().links(links).build();
        });
  }

  @Test
  void aSampleOf10Needs10AndOneWithEvery11FieldNeeds11() {
    assertThat(needed(V10)).isZero();
    assertThat(needed(Format11Sample.checkoutOutage())).isEqualTo(1);
  }

  @Test
  void aFieldThat11AddedNeeds11WhenItHoldsMoreThanItsDefault() {
    assertThat(needed(V10.toBuilder().addTag("database").build())).as("a list").isEqualTo(1);
    assertThat(needed(V10.toBuilder().timeZone(ZoneId.of("UTC")).build()))
        .as("an optional value")
        .isEqualTo(1);
    assertThat(needed(firstEvent(e -> e.kind(EventKind.CONDITION))))
        .as("a default changed, in a list")
        .isEqualTo(1);
    assertThat(needed(firstEvent(e -> e.kind(EventKind.EVENT))))
        .as("the default given explicitly")
        .isZero();
    assertThat(
            needed(
                firstLoss(
                    l ->
                        l.quantity(
                            Quantity.builder().value(BigDecimal.TEN).unit("users").build()))))
        .as("an optional object, in a list")
        .isEqualTo(1);
  }

  @Test
  void aConstantThat11AddedNeeds11WhereverItIs() {
    assertThat(needed(firstLinkStatus(LinkStatus.UNNOTICED))).as("nested twice").isEqualTo(1);
    assertThat(needed(firstLinkStatus(LinkStatus.MISSING))).as("a constant of 1.0").isZero();
    assertThat(needed(firstLoss(l -> l.category(LossCategory.PROPERTY)))).isEqualTo(1);
    assertThat(needed(firstLoss(l -> l.category(LossCategory.SAFETY)))).isZero();
    assertThat(
            needed(
                firstStructure(
                    s ->
                        s.toBuilder()
                            .components(
                                s.components().stream()
                                    .map(
                                        c ->
                                            c.toBuilder()
                                                .kind(ComponentKind.EXTERNAL_CONTROLLER)
                                                .build())
                                    .toList())
                            .build())))
        .as("a required enum")
        .isEqualTo(1);
    EventTime month =
        EventTime.of(java.time.Instant.parse("2021-10-01T00:00:00Z"), TimePrecision.MONTH);
    assertThat(needed(firstEvent(e -> e.time(month))))
        .as("the precision of a time, a field read from the time")
        .isEqualTo(1);
    EventTime day =
        EventTime.of(java.time.Instant.parse("2021-10-01T00:00:00Z"), TimePrecision.DAY);
    assertThat(needed(firstEvent(e -> e.time(day)))).isZero();
  }

  @Test
  void theConstantsOf11AreThoseListedAndNoOther() {
    for (Enum<?> c : Model.ADDED_IN_1_1) {
      assertThat(Model.since(c)).as("%s", c).isEqualTo(1);
    }
    assertThat(Model.since(LinkStatus.DEGRADED)).isZero();
    assertThat(Model.since(TimePrecision.DAY)).isZero();
    assertThat(Model.ADDED_IN_1_1).hasSize(11);
  }
}
