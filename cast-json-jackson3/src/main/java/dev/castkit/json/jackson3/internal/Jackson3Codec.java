package dev.castkit.json.jackson3.internal;

import dev.castkit.json.internal.DocumentCodec;
import dev.castkit.json.internal.JacksonCodec;
import dev.castkit.json.internal.Limits;
import dev.castkit.json.internal.TokenReader;
import dev.castkit.json.internal.TokenWriter;
import java.io.CharConversionException;
import java.io.OutputStream;
import java.io.Writer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TSFBuilder;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * The codec on Jackson 3: cast-json's {@link JacksonCodec} bound to Jackson 3's streaming API, so
 * that every document gives the same analysis, bytes and located errors as on Jackson 2. Not API.
 * Immutable and thread-safe.
 */
public final class Jackson3Codec
    extends JacksonCodec<TokenStreamFactory, JsonParser, JsonGenerator> {
  /** The engine of {@code CastJackson3}. */
  public static final DocumentCodec.Engine ENGINE = Jackson3Codec::new;

  private final ObjectWriteContext writeContext;

  Jackson3Codec(boolean yaml, boolean pretty, Limits limits) {
    this(yaml, pretty, limits, factory(yaml, limits));
  }

  private Jackson3Codec(boolean yaml, boolean pretty, Limits limits, TokenStreamFactory factory) {
    super(yaml, pretty, limits, factory, yaml ? null : plainNames((JsonFactory) factory));
    this.writeContext = pretty && !yaml ? new Pretty() : ObjectWriteContext.empty();
  }

  private static TokenStreamFactory factory(boolean yaml, Limits limits) {
    if (yaml) {
      try {
        return Jackson3Yaml.factory(limits);
      } catch (LinkageError e) {
        throw new IllegalStateException(
            "YAML needs tools.jackson.dataformat:jackson-dataformat-yaml on the class path", e);
      }
    }
    var b = JsonFactory.builder();
    configure(b, limits);
    // No STRICT_DUPLICATE_DETECTION: CastReader finds a key given twice itself.
    return b.enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
  }

  private static TokenStreamFactory plainNames(JsonFactory factory) {
    return factory
        .rebuild()
        .disable(TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES)
        .build();
  }

  /** The limits and features every factory shares. */
  static void configure(TSFBuilder<?, ?> b, Limits limits) {
    int buffer =
        (int)
            Math.min(
                Integer.MAX_VALUE, Math.max(limits.maxStringLength(), limits.maxDocumentLength()));
    b.streamReadConstraints(
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            // CastReader checks the length of every string and name itself.
            .maxStringLength(buffer)
            .maxNameLength(buffer)
            .maxNumberLength(limits.maxNumberLength())
            .maxDocumentLength(limits.maxDocumentLength())
            .build());
    b.streamWriteConstraints(
        StreamWriteConstraints.builder().maxNestingDepth(limits.maxNestingDepth()).build());
    b.disable(StreamReadFeature.AUTO_CLOSE_SOURCE);
    b.disable(StreamWriteFeature.AUTO_CLOSE_TARGET);
  }

  /** Gives each generator castkit's canonical layout. */
  private static final class Pretty extends ObjectWriteContext.Base {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new Jackson3Printer();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }

  @Override
  protected JsonParser parser(TokenStreamFactory factory, byte[] document) {
    return factory.createParser(document);
  }

  @Override
  protected JsonParser parser(TokenStreamFactory factory, String document) {
    return factory.createParser(document);
  }

  @Override
  protected TokenReader reader(JsonParser parser) {
    return Jackson3Tokens.reader(parser, yaml);
  }

  @Override
  protected String pointer(JsonParser parser) {
    return Jackson3Tokens.pointerOf(parser);
  }

  @Override
  protected void close(JsonParser parser) {
    parser.close();
  }

  @Override
  protected boolean checksUtf8OfNames() {
    return false; // the byte parser may decode property names leniently
  }

  @Override
  protected int[] where(Exception e, JsonParser parser) {
    TokenStreamLocation at = e instanceof JacksonException je ? je.getLocation() : null;
    if (at == null && parser != null) {
      at = parser.currentLocation();
    }
    int[] mark = yaml ? Jackson3Yaml.problemMark(e) : null;
    int[] where =
        mark != null
            ? mark
            : new int[] {at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr()};
    String message = isJackson(e) ? jacksonMessage(e) : null;
    message = message != null ? message : String.valueOf(e.getMessage());
    if (where[1] > 0 && message.contains("only regular white space")) {
      // A control character between tokens: Jackson 2 reports the column after it, Jackson 3 its
      // own; castkit reports the same place on both.
      where[1]++;
    }
    return where;
  }

  @Override
  protected boolean isLimit(Throwable e) {
    return e instanceof StreamConstraintsException;
  }

  @Override
  protected boolean isJackson(Throwable e) {
    return e instanceof JacksonException;
  }

  @Override
  protected String jacksonMessage(Throwable e) {
    return ((JacksonException) e).getOriginalMessage();
  }

  @Override
  protected boolean isInputFailure(Exception e) {
    return e instanceof JacksonIOException
        ? !(e.getCause() instanceof CharConversionException)
        : !(e instanceof RuntimeException || e instanceof CharConversionException);
  }

  @Override
  protected boolean mayBeNameTableOverflow(Throwable e) {
    return isJackson(e);
  }

  @Override
  protected JsonGenerator generator(TokenStreamFactory factory, OutputStream out) {
    return factory.createGenerator(writeContext, out, JsonEncoding.UTF8);
  }

  @Override
  protected JsonGenerator generator(TokenStreamFactory factory, Writer out) {
    return factory.createGenerator(writeContext, out);
  }

  @Override
  protected TokenWriter writer(JsonGenerator generator) {
    return Jackson3Tokens.writer(generator);
  }

  @Override
  protected void finish(JsonGenerator generator, boolean lineBreak) {
    if (lineBreak) {
      generator.writeRaw('\n');
    }
    generator.close();
  }

  @Override
  protected String outputPointer(JsonGenerator generator) {
    return generator.streamWriteContext().pathAsPointer().toString();
  }
}
