package dev.castkit.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import dev.castkit.json.CastJsonException;
import dev.castkit.json.CastJsonException.Code;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Refuses to write what a reader with the same limits would refuse to read: a string or key longer
 * than the string limit, a number literal longer than the number limit, more values than the value
 * limit, objects and arrays nested deeper than the nesting limit (checked here too, since Jackson
 * before 2.16 has no limit on writing). (The document limit is checked on the finished output by
 * {@link Codec}.) So whatever castkit writes with some settings, it reads with the same settings.
 * Values are counted as the reader counts them: every object, array and scalar, not keys. Not API.
 */
final class LimitedGenerator extends JsonGeneratorDelegate {
  private final Limits limits;
  private long values;
  // counted here: the write context of Jackson before 2.16 does not count its depth
  private int depth;

  LimitedGenerator(JsonGenerator g, Limits limits) {
    super(g, false);
    this.limits = limits;
  }

  private void value() {
    if (++values > limits.maxValueCount()) {
      throw refuse(
          Code.TOO_MANY_VALUES,
          "the analysis holds more values than the limit of "
              + limits.maxValueCount()
              + " that a reader with these settings accepts");
    }
  }

  /** An object or array is opened: one more value, one level deeper. */
  private void open() {
    value();
    if (++depth > limits.maxNestingDepth()) {
      throw refuse(
          Code.NESTING_TOO_DEEP,
          "objects and arrays are nested deeper than the limit of "
              + limits.maxNestingDepth()
              + " that a reader with these settings accepts");
    }
  }

  @Override
  public void writeEndArray() throws IOException {
    depth--;
    super.writeEndArray();
  }

  @Override
  public void writeEndObject() throws IOException {
    depth--;
    super.writeEndObject();
  }

  private void text(int length, String what) {
    if (length > limits.maxStringLength()) {
      throw refuse(
          Code.STRING_TOO_LONG,
          "a "
              + what
              + " of "
              + length
              + " characters is longer than the limit of "
              + limits.maxStringLength()
              + " that a reader with these settings accepts");
    }
  }

  private void number(String literal) {
    if (literal != null && literal.length() > limits.maxNumberLength()) {
      throw refuse(
          Code.NUMBER_TOO_LONG,
          "the number "
              + CastReader.abbreviate(literal)
              + " is longer than the limit of "
              + limits.maxNumberLength()
              + " characters that a reader with these settings accepts");
    }
    value();
  }

  private CastJsonException refuse(Code code, String detail) {
    return new CastJsonException(
        code,
        "cannot write: " + detail,
        getOutputContext().pathAsPointer().toString(),
        -1,
        -1,
        null);
  }

  @Override
  public void writeStartArray() throws IOException {
    open();
    super.writeStartArray();
  }

  @Override
  public void writeStartArray(int size) throws IOException {
    open();
    super.writeStartArray(size);
  }

  @Override
  public void writeStartArray(Object forValue) throws IOException {
    open();
    super.writeStartArray(forValue);
  }

  @Override
  public void writeStartArray(Object forValue, int size) throws IOException {
    open();
    super.writeStartArray(forValue, size);
  }

  @Override
  public void writeStartObject() throws IOException {
    open();
    super.writeStartObject();
  }

  @Override
  public void writeStartObject(Object forValue) throws IOException {
    open();
    super.writeStartObject(forValue);
  }

  @Override
  public void writeStartObject(Object forValue, int size) throws IOException {
    open();
    super.writeStartObject(forValue, size);
  }

  @Override
  public void writeFieldName(String name) throws IOException {
    text(name.length(), "key");
    super.writeFieldName(name);
  }

  @Override
  public void writeFieldName(SerializableString name) throws IOException {
    text(name.charLength(), "key");
    super.writeFieldName(name);
  }

  @Override
  public void writeString(String text) throws IOException {
    if (text != null) {
      text(text.length(), "string");
    }
    value();
    super.writeString(text);
  }

  @Override
  public void writeString(char[] text, int offset, int len) throws IOException {
    text(len, "string");
    value();
    super.writeString(text, offset, len);
  }

  @Override
  public void writeString(SerializableString text) throws IOException {
    text(text.charLength(), "string");
    value();
    super.writeString(text);
  }

  @Override
  public void writeNumber(String encoded) throws IOException {
    number(encoded);
    super.writeNumber(encoded);
  }

  @Override
  public void writeNumber(int v) throws IOException {
    number(Integer.toString(v));
    super.writeNumber(v);
  }

  @Override
  public void writeNumber(long v) throws IOException {
    number(Long.toString(v));
    super.writeNumber(v);
  }

  @Override
  public void writeNumber(BigInteger v) throws IOException {
    number(v == null ? null : v.toString());
    super.writeNumber(v);
  }

  @Override
  public void writeNumber(BigDecimal v) throws IOException {
    number(v == null ? null : v.toString());
    super.writeNumber(v);
  }

  @Override
  public void writeNumber(double v) throws IOException {
    number(Double.toString(v));
    super.writeNumber(v);
  }

  @Override
  public void writeBoolean(boolean state) throws IOException {
    value();
    super.writeBoolean(state);
  }

  @Override
  public void writeNull() throws IOException {
    value();
    super.writeNull();
  }
}
