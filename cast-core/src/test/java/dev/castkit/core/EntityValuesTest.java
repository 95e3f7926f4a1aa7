package dev.castkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The checks and normalisations of single entities that the description of the model does not
 * drive: a JSON number's syntax, the parts of an exception made from Immutables' message, and the
 * rules between a timeline event's fields.
 */
class EntityValuesTest {

  @Test
  void aNumberExtensionTakesExactlyTheJsonNumberSyntax() {
    for (String ok :
        List.of(
            "0",
            "-0",
            "1",
            "9",
            "19",
            "-12",
            "1.0",
            "1.9",
            "0.5",
            "10.25",
            "1e5",
            "1E5",
            "1e+5",
            "1e-5",
            "1e0",
            "1e9",
            "-1.50E-10",
            "0e0")) {
      assertThat(((ExtensionValue.NumberValue) ExtensionValue.number(ok)).literal())
          .as(ok)
          .isEqualTo(ok);
    }
    for (String bad :
        List.of(
            "",
            "-",
            "+1",
            "a",
            ".5",
            "01",
            "-01",
            "1.",
            "1.e5",
            "1e",
            "1e+",
            "1e-",
            "1x",
            "1.5x",
            "1e5x",
            "- 1",
            " 1",
            "1 ",
            "\u0661",
            "1\u0661",
            "0x1",
            "NaN",
            "Infinity")) {
      assertThatThrownBy(() -> ExtensionValue.number(bad))
          .as("'%s'", bad)
          .isInstanceOfSatisfying(
              CastModelException.class,
              e -> {
                assertThat(e.code()).isEqualTo(CastModelException.Code.INVALID_VALUE);
                assertThat(e.type()).isEqualTo("ExtensionValue");
                assertThat(e.attribute()).isEqualTo("literal");
                assertThat(e.getMessage()).isEqualTo("'" + bad + "' is not a JSON number");
              });
    }
    assertThatThrownBy(() -> ExtensionValue.number(null))
        .isInstanceOfSatisfying(
            CastModelException.class,
            e -> assertThat(e.code()).isEqualTo(CastModelException.Code.INVALID_VALUE));
    assertThat(((ExtensionValue.NumberValue) ExtensionValue.number("1.50")).toBigDecimal())
        .isEqualByComparingTo("1.5");
  }

  @Test
  void missingAttributesNameTheTypeAndTheAttributesFromImmutablesMessage() {
    CastModelException.MissingAttributes e =
        new CastModelException.MissingAttributes(
            "Cannot build Hazard, some of required attributes are not set [id, description]");
    assertThat(e.code()).isEqualTo(CastModelException.Code.MISSING_ATTRIBUTE);
    assertThat(e.type()).isEqualTo("Hazard");
    assertThat(e.attribute()).isEqualTo("id, description");
    // a message of another form still gives a usable exception
    CastModelException.MissingAttributes other =
        new CastModelException.MissingAttributes("some attributes are missing");
    assertThat(other.type()).isEqualTo("?");
    assertThat(other.attribute()).isEqualTo("?");
    assertThat(other.getMessage()).isEqualTo("some attributes are missing");
    assertThat(new CastModelException.MissingAttributes("[id]").attribute()).isEqualTo("id");
    assertThat(new CastModelException.MissingAttributes("Cannot build Loss [id]").type())
        .isEqualTo("?");
    assertThat(new CastModelException.MissingAttributes("Cannot build Loss, ] [").attribute())
        .isEqualTo("?");
    assertThat(new CastModelException.MissingAttributes(null).attribute()).isEqualTo("?");
  }

  @Test
  void aNullInAGeneratedSetterNamesTheEntity() {
    assertThatThrownBy(() -> Loss.builder().description(null))
        .isInstanceOfSatisfying(
            CastModelException.NullAttribute.class,
            e -> {
              assertThat(e.type()).isEqualTo("Loss");
              assertThat(e.attribute()).isEqualTo("description");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "null given for Loss.description, which requires a value (leave an"
                          + " optional attribute unset instead)");
            });
    // thrown from elsewhere than a generated builder, the type is unknown
    CastModelException.NullAttribute direct = new CastModelException.NullAttribute(null);
    assertThat(direct.type()).isEqualTo("?");
    assertThat(direct.attribute()).isEqualTo("?");
    assertThat(direct.code()).isEqualTo(CastModelException.Code.NULL_ATTRIBUTE);
  }

  private static TimelineEvent event(UnaryOperator<TimelineEvent.Builder> change) {
    return change
        .apply(
            TimelineEvent.builder()
                .id(EventId.of("E-2"))
                .description("The service stopped answering"))
        .build();
  }

  private static void refused(
      UnaryOperator<TimelineEvent.Builder> change, String attribute, String message) {
    assertThatThrownBy(() -> event(change))
        .isInstanceOfSatisfying(
            CastModelException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CastModelException.Code.INVALID_VALUE);
              assertThat(e.type()).isEqualTo("TimelineEvent");
              assertThat(e.attribute()).isEqualTo(attribute);
              assertThat(e.getMessage()).isEqualTo(message);
            });
  }

  @Test
  void aTimelineEventsDurationIsMoreThanZeroAndItsOffsetNotNegative() {
    assertThat(event(b -> b.duration(Duration.ofNanos(1))).duration())
        .hasValue(Duration.ofNanos(1));
    refused(
        b -> b.duration(Duration.ZERO),
        "duration",
        "TimelineEvent.duration must be more than zero, was PT0S");
    refused(
        b -> b.duration(Duration.ofSeconds(-1)),
        "duration",
        "TimelineEvent.duration must be more than zero, was PT-1S");
    EventId before = EventId.of("E-1");
    assertThat(event(b -> b.after(before).offset(Duration.ZERO)).offset()).hasValue(Duration.ZERO);
    refused(
        b -> b.after(before).offset(Duration.ofMinutes(-5)),
        "offset",
        "TimelineEvent.offset must be 0 or more, was PT-5M");
  }

  @Test
  void aTimelineEventsQualifiersNeedWhatTheyQualify() {
    EventId before = EventId.of("E-1");
    refused(
        b -> b.durationApproximate(true),
        "durationApproximate",
        "TimelineEvent.durationApproximate is only allowed together with duration");
    assertThat(event(b -> b.duration(Duration.ofHours(4)).durationApproximate(true)))
        .satisfies(e -> assertThat(e.durationApproximate()).isTrue());
    refused(
        b -> b.offset(Duration.ofMinutes(5)),
        "offset",
        "TimelineEvent.offset is only allowed together with after");
    refused(
        b -> b.after(before).offsetApproximate(true),
        "offsetApproximate",
        "TimelineEvent.offsetApproximate is only allowed together with offset");
    assertThat(
            event(b -> b.after(before).offset(Duration.ofMinutes(5)).offsetApproximate(true))
                .offsetApproximate())
        .isTrue();
    // an event after nothing and without qualifiers is fine, and so is one after another event
    assertThat(event(b -> b.after(before)).after()).hasValue(before);
  }

  @Test
  void aTimelineEventIsNotAfterItself() {
    refused(b -> b.after(EventId.of("E-2")), "after", "TimelineEvent E-2 names itself in after");
  }

  @Test
  void aTimelineEventsTimeZoneIsARegion() {
    assertThat(event(b -> b.timeZone(ZoneId.of("Europe/Paris"))).timeZone())
        .hasValue(ZoneId.of("Europe/Paris"));
    assertThatThrownBy(() -> event(b -> b.timeZone(ZoneOffset.ofHours(1))))
        .isInstanceOfSatisfying(
            CastModelException.class, e -> assertThat(e.attribute()).isEqualTo("timeZone"));
  }

  private static ElementId id(Class<?> kind, String value) {
    try {
      return (ElementId) kind.getMethod("of", String.class).invoke(null, value);
    } catch (java.lang.reflect.InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyKindOfIdChecksItsTextAndSaysItsOwnName() {
    Class<?>[] kinds = ElementId.class.getPermittedSubclasses();
    assertThat(kinds).hasSize(15);
    for (Class<?> kind : kinds) {
      String name = kind.getSimpleName();
      ElementId id = id(kind, "X-10");
      assertThat(id).isInstanceOf(kind);
      assertThat(id.value()).isEqualTo("X-10");
      assertThat(id).hasToString("X-10");
      assertThat(id).isEqualTo(id(kind, "X-10")).isNotEqualTo(id(kind, "X-9"));
      assertThat(id.compareTo(id(kind, "X-9"))).as(name).isPositive();
      assertThat(id(kind, "X-9").compareTo(id)).as(name).isNegative();
      assertThat(id.compareTo(id(kind, "X-10"))).as(name).isZero();
      for (String bad : List.of("X 1", "-X", "X/1", "x".repeat(129))) {
        assertThatThrownBy(() -> id(kind, bad))
            .as("%s '%s'", name, bad)
            .isInstanceOfSatisfying(
                CastModelException.class,
                e -> {
                  assertThat(e.code()).isEqualTo(CastModelException.Code.MALFORMED_ID);
                  assertThat(e.type()).isEqualTo(name);
                });
      }
      assertThatThrownBy(() -> id(kind, " "))
          .isInstanceOfSatisfying(
              CastModelException.class,
              e -> {
                assertThat(e.code()).isEqualTo(CastModelException.Code.BLANK_TEXT);
                assertThat(e.type()).isEqualTo(name);
              });
      assertThatThrownBy(() -> id(kind, null))
          .isInstanceOfSatisfying(
              CastModelException.class,
              e -> {
                assertThat(e.code()).isEqualTo(CastModelException.Code.NULL_ATTRIBUTE);
                assertThat(e.type()).isEqualTo(name);
              });
    }
    assertThat(ElementId.isValid("H-1")).isTrue();
    assertThat(ElementId.isValid("H 1")).isFalse();
  }

  @Test
  void aQuantityIsHeldWithoutTrailingZerosSoThatEqualQuantitiesAreEqual() {
    Quantity a = Quantity.builder().value(new BigDecimal("1.50")).unit("USD").build();
    assertThat(a.value()).isEqualTo(new BigDecimal("1.5")); // equals compares the scale too
    assertThat(a).isEqualTo(Quantity.builder().value(new BigDecimal("1.5")).unit("USD").build());
    assertThat(Quantity.builder().value(new BigDecimal("1E+3")).unit("users").build().value())
        .isEqualTo(new BigDecimal("1000"));
    assertThat(Quantity.builder().value(new BigDecimal("0.000")).unit("users").build().value())
        .isEqualTo(BigDecimal.ZERO);
    Quantity exact = Quantity.builder().value(new BigDecimal("775")).unit("customers").build();
    assertThat(exact.value()).isEqualTo(new BigDecimal("775"));
    assertThat(exact.approximate()).isFalse();
    assertThatThrownBy(() -> Quantity.builder().value(new BigDecimal("-0.5")).unit("USD").build())
        .isInstanceOfSatisfying(
            CastModelException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CastModelException.Code.INVALID_VALUE);
              assertThat(e.type()).isEqualTo("Quantity");
              assertThat(e.attribute()).isEqualTo("value");
            });
  }

  @Test
  void eachPrecisionTruncatesToItsUnit() {
    Instant at = Instant.parse("2017-02-28T17:37:12.123456789Z");
    assertThat(EventTime.truncate(at, TimePrecision.MILLISECOND))
        .isEqualTo(Instant.parse("2017-02-28T17:37:12.123Z"));
    assertThat(EventTime.truncate(at, TimePrecision.SECOND))
        .isEqualTo(Instant.parse("2017-02-28T17:37:12Z"));
    assertThat(EventTime.truncate(at, TimePrecision.MINUTE))
        .isEqualTo(Instant.parse("2017-02-28T17:37:00Z"));
    assertThat(EventTime.truncate(at, TimePrecision.HOUR))
        .isEqualTo(Instant.parse("2017-02-28T17:00:00Z"));
    assertThat(EventTime.truncate(at, TimePrecision.DAY))
        .isEqualTo(Instant.parse("2017-02-28T00:00:00Z"));
    assertThat(EventTime.truncate(at, TimePrecision.MONTH))
        .isEqualTo(Instant.parse("2017-02-01T00:00:00Z"));
    assertThat(EventTime.truncate(at, TimePrecision.YEAR))
        .isEqualTo(Instant.parse("2017-01-01T00:00:00Z"));
    for (TimePrecision p : TimePrecision.values()) {
      Instant t = EventTime.truncate(at, p);
      // the factories truncate; the constructor takes what is already truncated
      assertThat(EventTime.of(at, p)).isEqualTo(new EventTime(t, p, false));
      assertThat(EventTime.approximately(at, p)).isEqualTo(new EventTime(t, p, true));
      assertThat(EventTime.truncate(t, p)).isEqualTo(t);
    }
    assertThat(EventTime.of(at))
        .isEqualTo(
            new EventTime(Instant.parse("2017-02-28T17:37:12Z"), TimePrecision.SECOND, false));
  }

  @Test
  void anEventTimeSaysWhichPartIsMissingOrTooPrecise() {
    Instant at = Instant.parse("2017-02-28T17:37:12Z");
    assertThatThrownBy(() -> EventTime.of(at, null))
        .isInstanceOfSatisfying(
            CastModelException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CastModelException.Code.NULL_ATTRIBUTE);
              assertThat(e.attribute()).isEqualTo("precision");
            });
    assertThatThrownBy(() -> EventTime.approximately(null, TimePrecision.DAY))
        .isInstanceOfSatisfying(
            CastModelException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CastModelException.Code.NULL_ATTRIBUTE);
              assertThat(e.type()).isEqualTo("EventTime");
              assertThat(e.attribute()).isEqualTo("at");
            });
    assertThatThrownBy(() -> EventTime.of(null))
        .isInstanceOfSatisfying(
            CastModelException.class, e -> assertThat(e.attribute()).isEqualTo("at"));
    assertThatThrownBy(() -> new EventTime(at, TimePrecision.DAY, true))
        .isInstanceOfSatisfying(
            CastModelException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CastModelException.Code.INVALID_VALUE);
              assertThat(e.attribute()).isEqualTo("at");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "EventTime 2017-02-28T17:37:12Z is more precise than its precision DAY;"
                          + " use 2017-02-28T00:00:00Z or a finer precision");
            });
  }

  @Test
  void theFiveStepsAreNumberedOneToFive() {
    for (int n = 1; n <= 5; n++) {
      CastStep step = CastStep.ofNumber(n);
      assertThat(step.number()).isEqualTo(n);
      assertThat(step.ordinal()).isEqualTo(n - 1);
    }
    assertThat(CastStep.IDENTIFY_FLAWS.title()).isEqualTo("Identify control structure flaws");
    for (int n : new int[] {0, 6, -1}) {
      assertThatThrownBy(() -> CastStep.ofNumber(n))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("no CAST step " + n + "; steps are numbered 1 to 5");
    }
  }

  @Test
  void controllersAreTheKindsThatIssueControlActions() {
    assertThat(java.util.Arrays.stream(ComponentKind.values()).filter(ComponentKind::isController))
        .containsExactlyInAnyOrder(
            ComponentKind.HUMAN_CONTROLLER,
            ComponentKind.AUTOMATED_CONTROLLER,
            ComponentKind.ORGANIZATION,
            ComponentKind.EXTERNAL_CONTROLLER);
  }

  @Test
  void aSeverityIsALabelWithAnOptionalRankOfOneOrMore() {
    Severity s = Severity.of("major", 1);
    assertThat(s.label()).isEqualTo("major");
    assertThat(s.rank()).hasValue(1);
    assertThatThrownBy(() -> Severity.of("major", 0))
        .isInstanceOfSatisfying(
            CastModelException.class,
            e -> {
              assertThat(e.type()).isEqualTo("Severity");
              assertThat(e.attribute()).isEqualTo("rank");
            });
  }

  @Test
  void aJavaNullIsNotAnExtensionValueAndSaysWhere() {
    List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> nulls =
        List.of(
            () -> ExtensionValue.of((String) null),
            () -> ExtensionValue.array(null),
            () -> ExtensionValue.array(java.util.Arrays.asList(ExtensionValue.of(true), null)),
            () -> ExtensionValue.object(null),
            () -> ExtensionValue.object(java.util.Collections.singletonMap("a", null)),
            () ->
                ExtensionValue.object(
                    java.util.Collections.singletonMap(null, ExtensionValue.ofNull())));
    List<String> attributes =
        List.of("value", "elements", "elements", "members", "members", "members");
    for (int i = 0; i < nulls.size(); i++) {
      String attribute = attributes.get(i);
      assertThatThrownBy(nulls.get(i))
          .as(attribute)
          .isInstanceOfSatisfying(
              CastModelException.class,
              e -> {
                assertThat(e.code()).isEqualTo(CastModelException.Code.NULL_ATTRIBUTE);
                assertThat(e.type()).isEqualTo("ExtensionValue");
                assertThat(e.attribute()).isEqualTo(attribute);
                assertThat(e.getMessage())
                    .startsWith("null given for ExtensionValue." + attribute)
                    .contains("ExtensionValue.ofNull()");
              });
    }
  }

  @Test
  void truncatingNothingSaysWhatIsMissing() {
    assertThatThrownBy(() -> EventTime.truncate(null, TimePrecision.DAY))
        .isInstanceOfSatisfying(
            CastModelException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CastModelException.Code.NULL_ATTRIBUTE);
              assertThat(e.attribute()).isEqualTo("at");
            });
    assertThatThrownBy(() -> EventTime.truncate(Instant.EPOCH, null))
        .isInstanceOfSatisfying(
            CastModelException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CastModelException.Code.NULL_ATTRIBUTE);
              assertThat(e.attribute()).isEqualTo("precision");
              assertThat(e.getMessage())
                  .isEqualTo("EventTime.truncate needs an instant and a precision");
            });
  }
}
