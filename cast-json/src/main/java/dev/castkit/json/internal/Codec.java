package dev.castkit.json.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.castkit.json.CastJsonException;
import dev.castkit.json.CastJsonException.Code;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * The codec on Jackson 2: {@link JacksonCodec} bound to one configured Jackson 2 factory. Not API.
 * Immutable and thread-safe.
 */
public final class Codec extends JacksonCodec<JsonFactory, JsonParser, JsonGenerator> {
  private final CanonicalPrinter printer = Factories.prettyPrinter();

  /**
   * Creates a codec.
   *
   * @param yaml YAML rather than JSON
   * @param pretty indented JSON with a final line break (YAML is always block style)
   * @param limits the read limits
   * @throws IllegalStateException when YAML is asked for and jackson-dataformat-yaml is missing
   */
  public Codec(boolean yaml, boolean pretty, Limits limits) {
    super(yaml, pretty, limits, factory(yaml, limits), yaml ? null : plainNames(limits));
  }

  private static JsonFactory factory(boolean yaml, Limits limits) {
    JacksonLine.requireCore();
    if (!yaml) {
      return Factories.json(limits);
    }
    try {
      return YamlSupport.factory(limits);
    } catch (LinkageError e) {
      throw new IllegalStateException(
          "YAML needs com.fasterxml.jackson.dataformat:jackson-dataformat-yaml on the class path",
          e);
    }
  }

  private static JsonFactory plainNames(Limits limits) {
    return Factories.jsonWithPlainNames(limits);
  }

  @Override
  protected JsonParser parser(JsonFactory factory, byte[] document) throws IOException {
    return factory.createParser(document);
  }

  @Override
  protected JsonParser parser(JsonFactory factory, String document) throws IOException {
    return factory.createParser(document);
  }

  @Override
  protected boolean rereadsTabsAfterColons() {
    return true;
  }

  // through a method that returns JsonParser: a lambda returning the YAML parser would make the
  // verifier load the YAML classes for JSON-only callers
  @Override
  protected JsonParser parserWithTabsAsSpaces(JsonFactory factory, YamlText.Tabs tabs) {
    return YamlSupport.parser(factory, tabs);
  }

  @Override
  protected TokenReader reader(JsonParser parser) {
    return Jackson2Tokens.reader(parser, yaml);
  }

  @Override
  protected String pointer(JsonParser parser) {
    return Jackson2Tokens.pointerOf(parser);
  }

  @Override
  protected void close(JsonParser parser) throws IOException {
    parser.close();
  }

  @Override
  protected boolean checksUtf8OfNames() {
    // before 2.23, the byte parser decodes field names leniently
    return JacksonLine.CHECKS_UTF8_OF_NAMES;
  }

  @Override
  protected int[] where(Exception e, JsonParser parser) {
    JsonLocation at = e instanceof JsonProcessingException jpe ? jpe.getLocation() : null;
    if (at == null && parser != null) {
      at = parser.currentLocation();
    }
    int[] mark = yaml ? YamlSupport.problemMark(e) : null;
    return mark != null
        ? mark
        : new int[] {at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr()};
  }

  @Override
  protected CastJsonException readFailure(Exception e, JsonParser parser) {
    if (e instanceof YamlNumberException n) {
      JsonLocation where = n.location();
      return new CastJsonException(
          Code.INVALID_VALUE,
          n.getMessage(),
          parser == null ? "" : pointer(parser),
          where == null ? -1 : where.getLineNr(),
          where == null ? -1 : where.getColumnNr(),
          null);
    }
    return super.readFailure(e, parser);
  }

  @Override
  protected boolean isLimit(Throwable e) {
    return e instanceof StreamConstraintsException;
  }

  @Override
  protected boolean isJackson(Throwable e) {
    return e instanceof JsonProcessingException;
  }

  @Override
  protected String jacksonMessage(Throwable e) {
    return ((JsonProcessingException) e).getOriginalMessage();
  }

  @Override
  protected boolean isInputFailure(Exception e) {
    return e instanceof IOException
        && !(e instanceof JsonProcessingException)
        && !(e instanceof CharConversionException);
  }

  @Override
  protected boolean mayBeNameTableOverflow(Throwable e) {
    return e instanceof StreamConstraintsException;
  }

  @Override
  protected boolean writesBytesAsText() {
    // Before Jackson 2.18 the UTF-8 generator writes a character outside the BMP as two escaped
    // surrogates; the text generator writes it as it is, and the writer lets no unpaired
    // surrogate through, so the text encodes to the bytes that 2.18 and later write.
    return !yaml && !JacksonLine.COMBINES_SURROGATES;
  }

  @Override
  protected JsonGenerator generator(JsonFactory factory, OutputStream out) throws IOException {
    return layout(factory.createGenerator(out, JsonEncoding.UTF8));
  }

  @Override
  protected JsonGenerator generator(JsonFactory factory, Writer out) throws IOException {
    return layout(factory.createGenerator(out));
  }

  private JsonGenerator layout(JsonGenerator g) {
    JsonGenerator limited = new LimitedGenerator(g, limits);
    if (pretty && !yaml) {
      limited.setPrettyPrinter(printer.createInstance());
    }
    return limited;
  }

  @Override
  protected TokenWriter writer(JsonGenerator generator) {
    return Jackson2Tokens.writer(generator);
  }

  @Override
  protected void finish(JsonGenerator generator, boolean lineBreak) throws IOException {
    if (lineBreak) {
      generator.writeRaw('\n');
    }
    generator.close();
  }

  @Override
  protected String outputPointer(JsonGenerator generator) {
    return generator.getOutputContext().pathAsPointer().toString();
  }
}
