package dev.castkit.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.Instantiatable;
import java.io.IOException;

/**
 * The canonical layout: two spaces of indent per level, "\n" line ends on every platform, {@code
 * "key": value}, and {@code {}} and {@code []} when empty. castkit's own rather than a configured
 * {@code DefaultPrettyPrinter}, whose separators can be set this way only from Jackson 2.17 on, so
 * that every Jackson line writes the same bytes. Not API; one instance per generator.
 */
final class CanonicalPrinter implements PrettyPrinter, Instantiatable<CanonicalPrinter> {
  private static final int CHUNK = 64;
  private static final char[] NEWLINE_AND_SPACES = newlineAndSpaces();

  private int depth;

  private static char[] newlineAndSpaces() {
    char[] chars = new char[1 + CHUNK];
    chars[0] = '\n';
    java.util.Arrays.fill(chars, 1, chars.length, ' ');
    return chars;
  }

  @Override
  public CanonicalPrinter createInstance() {
    return new CanonicalPrinter();
  }

  private void newLine(JsonGenerator g) throws IOException {
    int spaces = 2 * depth;
    int n = Math.min(spaces, CHUNK);
    g.writeRaw(NEWLINE_AND_SPACES, 0, 1 + n);
    for (spaces -= n; spaces > 0; spaces -= n) {
      n = Math.min(spaces, CHUNK);
      g.writeRaw(NEWLINE_AND_SPACES, 1, n);
    }
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(' ');
  }

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    g.writeRaw('{');
    depth++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) throws IOException {
    newLine(g);
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(": ");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    g.writeRaw(',');
    newLine(g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
    depth--;
    if (nrOfEntries > 0) {
      newLine(g);
    }
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    g.writeRaw('[');
    depth++;
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    newLine(g);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(',');
    newLine(g);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
    depth--;
    if (nrOfValues > 0) {
      newLine(g);
    }
    g.writeRaw(']');
  }
}
