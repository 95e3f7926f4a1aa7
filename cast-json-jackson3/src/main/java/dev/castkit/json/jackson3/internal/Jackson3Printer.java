package dev.castkit.json.jackson3.internal;

import java.util.Arrays;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;

/**
 * castkit's canonical layout on Jackson 3, byte for byte that of cast-json's printer on Jackson 2:
 * two-space indent, "\n" line ends, {@code "key": value}, {@code []} and {@code {}} when empty. Not
 * API. One instance per generator.
 */
final class Jackson3Printer implements PrettyPrinter {
  private static final int CHUNK = 64;
  private static final char[] NEWLINE_AND_SPACES = newlineAndSpaces();

  private int depth;

  private static char[] newlineAndSpaces() {
    char[] chars = new char[1 + CHUNK];
    chars[0] = '\n';
    Arrays.fill(chars, 1, chars.length, ' ');
    return chars;
  }

  private void newLine(JsonGenerator g) {
    int spaces = 2 * depth;
    int n = Math.min(spaces, CHUNK);
    g.writeRaw(NEWLINE_AND_SPACES, 0, 1 + n);
    for (spaces -= n; spaces > 0; spaces -= n) {
      n = Math.min(spaces, CHUNK);
      g.writeRaw(NEWLINE_AND_SPACES, 1, n);
    }
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) {
    g.writeRaw(' ');
  }

  @Override
  public void writeStartObject(JsonGenerator g) {
    g.writeRaw('{');
    depth++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) {
    newLine(g);
  }

  @Override
  public void writeObjectNameValueSeparator(JsonGenerator g) {
    g.writeRaw(": ");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) {
    g.writeRaw(',');
    newLine(g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) {
    depth--;
    if (entries > 0) {
      newLine(g);
    }
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) {
    g.writeRaw('[');
    depth++;
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) {
    newLine(g);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) {
    g.writeRaw(',');
    newLine(g);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) {
    depth--;
    if (values > 0) {
      newLine(g);
    }
    g.writeRaw(']');
  }
}
