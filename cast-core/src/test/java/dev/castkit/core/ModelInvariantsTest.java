package dev.castkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelInvariantsTest {

  @Test
  void missingRequiredAttributesAreNamed() {
    assertThatThrownBy(() -> Hazard.builder().id(HazardId.of("H-1")).build())
        .isInstanceOfSatisfying(
            CastModelException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CastModelException.Code.MISSING_ATTRIBUTE);
              assertThat(e.type()).isEqualTo("Hazard");
              assertThat(e.attribute()).isEqualTo("description");
            });
  }

  @Test
  void nullIsRejectedWithTheModelException() {
    assertThatThrownBy(() -> Hazard.builder().description(null))
        .isInstanceOfSatisfying(
            CastModelException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CastModelException.Code.NULL_ATTRIBUTE);
              assertThat(e.type()).isEqualTo("Hazard");
              assertThat(e.attribute()).isEqualTo("description");
              assertThat(e.getMessage()).startsWith("null given for Hazard.description");
            });
    assertThatThrownBy(() -> Component.builder().description((String) null))
        .isInstanceOfSatisfying(
            CastModelException.class, e -> assertThat(e.type()).isEqualTo("Component"));
    assertThatThrownBy(() -> Hazard.builder().addLoss((LossId) null))
        .isInstanceOf(CastModelException.class);
    assertThatThrownBy(() -> HazardId.of(null))
        .isInstanceOfSatisfying(
            CastModelException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CastModelException.Code.NULL_ATTRIBUTE);
              assertThat(e.type()).isEqualTo("HazardId");
              assertThat(e.getMessage()).contains("HazardId is null").doesNotContain("'null'");
            });
    assertThatThrownBy(() -> LossId.of(" "))
        .isInstanceOfSatisfying(
            CastModelException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CastModelException.Code.BLANK_TEXT);
              assertThat(e.getMessage()).contains("LossId is only white space");
            });
    assertThatThrownBy(() -> LossId.of(""))
        .isInstanceOfSatisfying(
            CastModelException.class,
            e -> assertThat(e.code()).isEqualTo(CastModelException.Code.BLANK_TEXT));
  }

  @Test
  void blankOptionalTextIsRejectedButAbsentIsFine() {
    assertThat(Reference.of(ReferenceKind.URL, "https://example.com").title()).isEmpty();
    assertThatThrownBy(
            () ->
                Reference.builder()
                    .kind(ReferenceKind.URL)
                    .value("https://example.com")
                    .title(" ")
                    .build())
        .isInstanceOfSatisfying(
            CastModelException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CastModelException.Code.BLANK_TEXT);
              assertThat(e.attribute()).isEqualTo("title");
            });
  }

  @Test
  void anExtensionKeyEqualToAFieldNameIsRefusedAtBuild() {
    assertThatThrownBy(
            () ->
                Loss.builder()
                    .id(LossId.of("L-1"))
                    .description("Customers could not reach the service")
                    .category(LossCategory.AVAILABILITY)
                    .putExtension("impact", ExtensionValue.of("high"))
                    .build())
        .isInstanceOfSatisfying(
            CastModelException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CastModelException.Code.INVALID_VALUE);
              assertThat(e.type()).isEqualTo("Loss");
              assertThat(e.attribute()).isEqualTo("extensions");
              assertThat(e.getMessage()).contains("'impact'").contains("x-impact");
            });
    // a field name of another type is a fine extension here; so is the prefixed one
    Loss loss =
        Loss.builder()
            .id(LossId.of("L-1"))
            .description("Customers could not reach the service")
            .category(LossCategory.AVAILABILITY)
            .putExtension("title", ExtensionValue.of("ok"))
            .putExtension("x-impact", ExtensionValue.of("high"))
            .build();
    assertThat(loss.extensions()).containsOnlyKeys("title", "x-impact");
    // the README's example: a title as an extension of the analysis
    assertThatThrownBy(
            () ->
                CastAnalysis.builder()
                    .id(AnalysisId.of("CAST-1"))
                    .title("An outage")
                    .system(AnalyzedSystem.builder().name("The service").build())
                    .putExtension("title", ExtensionValue.of("another"))
                    .build())
        .isInstanceOfSatisfying(
            CastModelException.class, e -> assertThat(e.type()).isEqualTo("CastAnalysis"));
  }

  @Test
  void negativeLevelIsInvalid() {
    assertThatThrownBy(
            () ->
                Component.builder()
                    .id(ComponentId.of("C-1"))
                    .name("ops")
                    .kind(ComponentKind.HUMAN_CONTROLLER)
                    .level(-1)
                    .build())
        .isInstanceOfSatisfying(
            CastModelException.class,
            e -> assertThat(e.code()).isEqualTo(CastModelException.Code.INVALID_VALUE));
  }

  @Test
  void duplicateResponsibilityInsideAComponentIsRejected() {
    Responsibility r = Responsibility.builder().id(ResponsibilityId.of("R-1")).text("x").build();
    assertThatThrownBy(
            () ->
                Component.builder()
                    .id(ComponentId.of("C-1"))
                    .name("ops")
                    .kind(ComponentKind.HUMAN_CONTROLLER)
                    .addResponsibilities(r, r)
                    .build())
        .isInstanceOfSatisfying(
            CastModelException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CastModelException.Code.DUPLICATE_ID);
              assertThat(e.attribute()).isEqualTo("responsibilities");
            });
  }

  @Test
  void eventTimeMustNotClaimMorePrecisionThanItHas() {
    Instant withSeconds = Instant.parse("2017-02-28T17:37:12Z");
    assertThat(EventTime.of(withSeconds).precision()).isEqualTo(TimePrecision.SECOND);
    assertThatThrownBy(() -> new EventTime(withSeconds, TimePrecision.MINUTE, false))
        .isInstanceOfSatisfying(
            CastModelException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CastModelException.Code.INVALID_VALUE);
              assertThat(e.getMessage()).contains("2017-02-28T17:37:00Z");
            });
    // the factories truncate, as their javadoc says: a timestamp with microseconds is accepted
    assertThat(EventTime.of(withSeconds, TimePrecision.MINUTE).at())
        .isEqualTo(Instant.parse("2017-02-28T17:37:00Z"));
    Instant micros = Instant.parse("2017-02-28T17:37:12.123456Z");
    assertThat(EventTime.of(micros, TimePrecision.MILLISECOND).at())
        .isEqualTo(Instant.parse("2017-02-28T17:37:12.123Z"));
    assertThat(EventTime.of(micros)).isEqualTo(EventTime.of(withSeconds));
    assertThat(EventTime.approximately(micros, TimePrecision.HOUR))
        .isEqualTo(new EventTime(Instant.parse("2017-02-28T17:00:00Z"), TimePrecision.HOUR, true));
    assertThatThrownBy(() -> EventTime.of(null, TimePrecision.DAY))
        .isInstanceOfSatisfying(
            CastModelException.class,
            e -> assertThat(e.code()).isEqualTo(CastModelException.Code.NULL_ATTRIBUTE));
    assertThat(EventTime.truncate(withSeconds, TimePrecision.HOUR))
        .isEqualTo(Instant.parse("2017-02-28T17:00:00Z"));
    assertThat(EventTime.approximately(Instant.parse("2017-02-28T21:00:00Z"), TimePrecision.HOUR))
        .satisfies(t -> assertThat(t.approximate()).isTrue());
  }

  @Test
  void questionAboutMustBeAnId() {
    assertThatThrownBy(
            () ->
                Question.builder()
                    .id(QuestionId.of("Q-1"))
                    .text("why?")
                    .step(CastStep.ASSEMBLE_BASIC_INFORMATION)
                    .about("not an id")
                    .build())
        .isInstanceOfSatisfying(
            CastModelException.class,
            e -> assertThat(e.code()).isEqualTo(CastModelException.Code.MALFORMED_ID));
  }

  @Test
  void extensionValuesKeepNumbersLiterallyAndObjectsSorted() {
    assertThat(((ExtensionValue.NumberValue) ExtensionValue.number("1.50")).literal())
        .isEqualTo("1.50");
    assertThatThrownBy(() -> ExtensionValue.number("01")).isInstanceOf(CastModelException.class);
    assertThatThrownBy(() -> ExtensionValue.number("1.")).isInstanceOf(CastModelException.class);
    ExtensionValue.ObjectValue o =
        (ExtensionValue.ObjectValue)
            ExtensionValue.object(
                Map.of("b", ExtensionValue.of(true), "a", ExtensionValue.ofNull()));
    assertThat(o.members().keySet()).containsExactly("a", "b");
  }

  @Test
  void defaultsAreDocumentedValues() {
    SafetyConstraint sc = SafetyConstraint.builder().id(ConstraintId.of("SC-1")).text("t").build();
    assertThat(sc.kind()).isEqualTo(ConstraintKind.PREVENT);
    assertThat(sc.parent()).isEqualTo(Optional.empty());
    assertThat(
            Question.builder()
                .id(QuestionId.of("Q-1"))
                .text("q")
                .step(CastStep.ANALYZE_COMPONENTS)
                .build()
                .status())
        .isEqualTo(QuestionStatus.OPEN);
    assertThat(CastStep.ofNumber(3)).isEqualTo(CastStep.ANALYZE_COMPONENTS);
    assertThat(ComponentKind.ORGANIZATION.isController()).isTrue();
    assertThat(ComponentKind.SENSOR.isController()).isFalse();
  }
}
