package dev.castkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.castkit.json.CastJsonException;
import dev.castkit.json.CastJsonException.Code;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link LimitedGenerator}: every way of writing a value is held to the limits a reader with the
 * same settings applies, and counted as the reader counts.
 */
@SuppressWarnings(
    "deprecation") // writeStartArray(int) and the like: LimitedGenerator overrides them
class LimitedGeneratorTest {
  @FunctionalInterface
  private interface Writing {
    void write(JsonGenerator g) throws IOException;
  }

  private static String write(Limits limits, Writing writing) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new LimitedGenerator(new JsonFactory().createGenerator(out), limits)) {
      writing.write(g);
    }
    return out.toString();
  }

  private static CastJsonException refused(Limits limits, Writing writing) {
    CastJsonException e =
        catchThrowableOfType(CastJsonException.class, () -> write(limits, writing));
    assertThat(e).as("writing is refused").isNotNull();
    assertThat(e.getMessage()).startsWith("cannot write: ");
    return e;
  }

  private static Limits strings(int max) {
    return new Limits(10, max, 100, 1_000_000, 1_000_000);
  }

  private static Limits numbers(int max) {
    return new Limits(10, 1000, max, 1_000_000, 1_000_000);
  }

  private static Limits values(long max) {
    return new Limits(10, 1000, 100, 1_000_000, max);
  }

  private static Limits depth(int max) {
    return new Limits(max, 1000, 100, 1_000_000, 1_000_000);
  }

  @Test
  void everyStringAndKeyIsHeldToTheStringLimit() throws IOException {
    String three = "abc";
    List<Writing> strings =
        List.of(
            g -> g.writeString(three),
            g -> g.writeString(three.toCharArray(), 0, 3),
            g -> g.writeString(new SerializedString(three)));
    for (Writing w : strings) {
      assertThat(write(strings(3), w)).isEqualTo("\"abc\"");
      CastJsonException e = refused(strings(2), w);
      assertThat(e.code()).isEqualTo(Code.STRING_TOO_LONG);
      assertThat(e.getMessage()).contains("a string of 3 characters", "limit of 2");
    }
    List<Writing> keys =
        List.of(
            g -> {
              g.writeStartObject();
              g.writeFieldName(three);
              g.writeNull();
              g.writeEndObject();
            },
            g -> {
              g.writeStartObject();
              g.writeFieldName(new SerializedString(three));
              g.writeNull();
              g.writeEndObject();
            });
    for (Writing w : keys) {
      assertThat(write(strings(3), w)).isEqualTo("{\"abc\":null}");
      CastJsonException e = refused(strings(2), w);
      assertThat(e.code()).isEqualTo(Code.STRING_TOO_LONG);
      assertThat(e.getMessage()).contains("a key of 3 characters");
    }
    assertThat(write(strings(1), g -> g.writeString((String) null))).isEqualTo("null");
  }

  @Test
  void everyNumberIsHeldToTheNumberLimitByItsLiteral() throws IOException {
    List<Writing> numbers =
        List.of(
            g -> g.writeNumber("-1.5"),
            g -> g.writeNumber(-1234),
            g -> g.writeNumber(-1234L),
            g -> g.writeNumber(new BigInteger("-1234")),
            g -> g.writeNumber(new BigDecimal("-1.5")),
            g -> g.writeNumber(-1.5d));
    for (Writing w : numbers) {
      String written = write(numbers(5), w);
      assertThat(written).startsWith("-1");
      CastJsonException e = refused(numbers(written.length() - 1), w);
      assertThat(e.code()).as(written).isEqualTo(Code.NUMBER_TOO_LONG);
      assertThat(e.getMessage()).contains("the number " + written + " is longer than the limit");
    }
    assertThat(write(numbers(1), g -> g.writeNumber((BigInteger) null))).isEqualTo("null");
    assertThat(write(numbers(1), g -> g.writeNumber((BigDecimal) null))).isEqualTo("null");
  }

  @Test
  void valuesAreCountedAsTheReaderCountsThemNotKeys() throws IOException {
    // an array, an object, and four scalars: six values
    Writing six =
        g -> {
          g.writeStartArray();
          g.writeStartObject();
          g.writeFieldName("k");
          g.writeBoolean(true);
          g.writeEndObject();
          g.writeNull();
          g.writeString("s");
          g.writeNumber(1);
          g.writeEndArray();
        };
    assertThat(write(values(6), six)).isEqualTo("[{\"k\":true},null,\"s\",1]");
    CastJsonException e = refused(values(5), six);
    assertThat(e.code()).isEqualTo(Code.TOO_MANY_VALUES);
    assertThat(e.getMessage()).contains("more values than the limit of 5");
    for (Writing one :
        List.<Writing>of(
            g -> g.writeBoolean(false),
            JsonGenerator::writeNull,
            g -> g.writeString("x"),
            g -> g.writeString("x".toCharArray(), 0, 1),
            g -> g.writeString(new SerializedString("x")),
            g -> g.writeNumber(7))) {
      Writing two =
          g -> {
            g.writeStartArray();
            one.write(g);
            g.writeEndArray();
          };
      write(values(2), two);
      assertThat(refused(values(1), two).code()).isEqualTo(Code.TOO_MANY_VALUES);
    }
  }

  @Test
  void everyWayOfOpeningIsHeldToTheNestingLimitAndClosingGivesTheLevelBack() throws IOException {
    List<Writing> opens =
        List.of(
            JsonGenerator::writeStartArray,
            g -> g.writeStartArray(2),
            g -> g.writeStartArray(null),
            g -> g.writeStartArray(null, 2),
            JsonGenerator::writeStartObject,
            g -> g.writeStartObject(null),
            g -> g.writeStartObject(null, 2));
    for (Writing open : opens) {
      Writing twoDeep =
          g -> {
            g.writeStartArray();
            open.write(g);
          };
      CastJsonException e = refused(depth(1), twoDeep);
      assertThat(e.code()).isEqualTo(Code.NESTING_TOO_DEEP);
      assertThat(e.getMessage()).contains("deeper than the limit of 1");
      // each counts one value too
      assertThat(refused(values(1), twoDeep).code()).isEqualTo(Code.TOO_MANY_VALUES);
    }
    // siblings do not add up: closing gives the level back
    write(
        depth(2),
        g -> {
          g.writeStartArray();
          for (int i = 0; i < 5; i++) {
            g.writeStartArray();
            g.writeEndArray();
            g.writeStartObject();
            g.writeEndObject();
          }
          g.writeEndArray();
        });
  }
}
