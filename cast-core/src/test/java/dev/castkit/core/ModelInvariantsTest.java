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
              assertThat(e.attribute()).isEqualTo("description");
            });
    assertThatThrownBy(() -> Hazard.builder().addLoss((LossId) null))
        .isInstanceOf(CastModelException.class);
    assertThatThrownBy(() -> HazardId.of(null))
        .isInstanceOfSatisfying(
            CastModelException.class,
            e -> assertThat(e.code()).isEqualTo(CastModelException.Code.MALFORMED_ID));
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
    assertThatThrownBy(() -> EventTime.of(withSeconds, TimePrecision.MINUTE))
        .isInstanceOfSatisfying(
            CastModelException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CastModelException.Code.INVALID_VALUE);
              assertThat(e.getMessage()).contains("2017-02-28T17:37:00Z");
            });
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
