package dev.castkit.json.jackson3.internal;

import dev.castkit.core.CastAnalysis;
import dev.castkit.json.CastJsonException;
import dev.castkit.json.CastJsonException.Code;
import dev.castkit.json.internal.CastReader;
import dev.castkit.json.internal.DocumentCodec;
import dev.castkit.json.internal.Limits;
import dev.castkit.json.internal.Utf8;
import dev.castkit.json.internal.YamlText;
import java.io.CharConversionException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
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
import tools.jackson.core.util.ByteArrayBuilder;

/**
 * Reads and writes whole documents on Jackson 3 with cast-json's one reader and writer, and turns
 * every failure into the same located {@link CastJsonException} as cast-json's codec on Jackson 2.
 * Not API. Immutable and thread-safe.
 */
public final class Jackson3Codec implements DocumentCodec {
  /** The engine of {@code CastJackson3}. */
  public static final DocumentCodec.Engine ENGINE = Jackson3Codec::new;

  private final TokenStreamFactory factory;
  // JSON only: a factory without a table of property names, for documents that overflow the table
  private final TokenStreamFactory plainNames;
  private final Limits limits;
  private final boolean yaml;
  private final ObjectWriteContext writeContext;

  Jackson3Codec(boolean yaml, boolean pretty, Limits limits) {
    this.yaml = yaml;
    this.limits = limits;
    if (yaml) {
      try {
        this.factory = Jackson3Yaml.factory(limits);
      } catch (LinkageError e) {
        throw new IllegalStateException(
            "YAML needs tools.jackson.dataformat:jackson-dataformat-yaml on the class path", e);
      }
      this.plainNames = null;
    } else {
      var b = JsonFactory.builder();
      configure(b, limits);
      // No STRICT_DUPLICATE_DETECTION: CastReader finds a key given twice itself.
      b.enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
      this.factory = b.build();
      this.plainNames =
          ((JsonFactory) factory)
              .rebuild()
              .disable(TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES)
              .build();
    }
    this.writeContext = pretty && !yaml ? new Pretty() : ObjectWriteContext.empty();
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

  // ---------------------------------------------------------------- reading

  private CastAnalysis read(
      TokenStreamFactory factory, Function<TokenStreamFactory, JsonParser> source, int size) {
    JsonParser parser = null;
    try {
      parser = source.apply(factory);
      return Jackson3Tokens.castReader(parser, limits, size).readDocument();
    } catch (CastJsonException e) {
      throw e;
    } catch (Exception e) {
      throw readFailure(e, parser);
    } catch (StackOverflowError e) {
      throw new CastJsonException(
          Code.NESTING_TOO_DEEP,
          "the document is nested too deeply to be read",
          parser == null ? "" : Jackson3Tokens.pointerOf(parser),
          -1,
          -1,
          null);
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (RuntimeException e) {
          // the input is the caller's; nothing was lost
        }
      }
    }
  }

  @Override
  public CastAnalysis read(byte[] document) {
    refuseIfTooLarge(document.length, i -> document[i]);
    if (yaml) {
      // decoded here, strictly and by the YAML rules (UTF-8, UTF-16, UTF-32), as on Jackson 2
      return read(YamlText.decode(document));
    }
    String utf16 = Utf8.utf16(document);
    if (utf16 != null) {
      // Jackson decodes UTF-16 leniently (a lone surrogate becomes U+FFFD); decode strictly here.
      return read(Utf8.decodeUtf16(document, utf16));
    }
    try {
      Utf8.check(document, limits);
    } catch (CastJsonException notUtf8) {
      // Jackson's own error stands when it finds one first; otherwise castkit's, at the bad byte
      // (Jackson's byte parser may decode property names leniently).
      try {
        read(factory, f -> f.createParser(document), document.length);
      } catch (CastJsonException e) {
        if (e.code() == Code.SYNTAX_ERROR) {
          throw e;
        }
      }
      throw notUtf8;
    }
    try {
      return read(factory, f -> f.createParser(document), document.length);
    } catch (CastJsonException e) {
      if (!symbolTableOverflow(e) || !Utf8.isUtf8(document)) {
        throw e;
      }
      // Many property names whose hashes collide overflow Jackson's table: read without it.
      return read(plainNames, f -> f.createParser(document), document.length);
    }
  }

  @Override
  public CastAnalysis read(String document) {
    refuseIfTooLarge(document.length(), document::charAt);
    try {
      return read(factory, f -> f.createParser(document), document.length());
    } catch (CastJsonException e) {
      if (!symbolTableOverflow(e)) {
        throw e;
      }
      return read(plainNames, f -> f.createParser(document), document.length());
    }
  }

  private interface Units {
    int at(int i);
  }

  /** Refuses a document over the size limit, at its first byte or character past the limit. */
  private void refuseIfTooLarge(int length, Units units) {
    long limit = limits.maxDocumentLength();
    if (length <= limit) {
      return;
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < limit; i++) {
      if (units.at(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    throw new CastJsonException(
        Code.DOCUMENT_TOO_LARGE, documentTooLarge(), "", line, (int) (limit - lineStart) + 1, null);
  }

  private boolean symbolTableOverflow(CastJsonException e) {
    return plainNames != null
        && e.getCause() instanceof JacksonException c
        && String.valueOf(c.getMessage()).contains("hash collisions");
  }

  // ---------------------------------------------------------------- writing

  @Override
  public byte[] toBytes(CastAnalysis analysis) {
    ByteArrayBuilder out = new ByteArrayBuilder();
    JsonGenerator g = null;
    try {
      g = factory.createGenerator(writeContext, out, JsonEncoding.UTF8);
      write(g, analysis);
      g.close();
      return out.toByteArray();
    } catch (CastJsonException e) {
      throw e;
    } catch (java.io.IOException | RuntimeException | StackOverflowError e) {
      throw writeFailure(e, g);
    }
  }

  @Override
  public String toText(CastAnalysis analysis) {
    if (yaml) {
      return new String(toBytes(analysis), StandardCharsets.UTF_8);
    }
    StringWriter out = new StringWriter();
    JsonGenerator g = null;
    try {
      g = factory.createGenerator(writeContext, out);
      write(g, analysis);
      g.close();
      return out.toString();
    } catch (CastJsonException e) {
      throw e;
    } catch (java.io.IOException | RuntimeException | StackOverflowError e) {
      throw writeFailure(e, g);
    }
  }

  private void write(JsonGenerator g, CastAnalysis analysis) throws java.io.IOException {
    Jackson3Tokens.castWriter(g, limits.maxNestingDepth()).write(analysis);
    if (writeContext.hasPrettyPrinter()) {
      g.writeRaw('\n');
    }
  }

  private CastJsonException writeFailure(Throwable e, JsonGenerator g) {
    String pointer = g == null ? "" : g.streamWriteContext().pathAsPointer().toString();
    if (e instanceof StreamConstraintsException || e instanceof StackOverflowError) {
      return new CastJsonException(
          Code.NESTING_TOO_DEEP,
          "the analysis is nested deeper than the limit of " + limits.maxNestingDepth(),
          pointer,
          -1,
          -1,
          e instanceof StackOverflowError ? null : e);
    }
    if (e instanceof JacksonException je) {
      return new CastJsonException(
          Code.INVALID_VALUE, "cannot write: " + je.getOriginalMessage(), pointer, -1, -1, e);
    }
    return new CastJsonException(Code.IO_ERROR, "cannot write: " + e, pointer, -1, -1, e);
  }

  // ---------------------------------------------------------------- errors

  private CastJsonException readFailure(Exception e, JsonParser parser) {
    String pointer = parser == null ? "" : Jackson3Tokens.pointerOf(parser);
    TokenStreamLocation at = e instanceof JacksonException je ? je.getLocation() : null;
    if (at == null && parser != null) {
      at = parser.currentLocation();
    }
    int line = at == null ? -1 : at.getLineNr();
    int column = at == null ? -1 : at.getColumnNr();
    if (yaml) {
      int[] mark = Jackson3Yaml.problemMark(e);
      if (mark != null) {
        line = mark[0];
        column = mark[1];
      }
    }
    if (parser == null && line < 1 && !(e instanceof StreamConstraintsException)) {
      line = 1; // the parser could not even be opened: the problem is at the start
      column = 1;
    }
    String message = e instanceof JacksonException je ? je.getOriginalMessage() : null;
    if (message == null) {
      message = e.getMessage() == null ? e.toString() : e.getMessage();
    }
    if (column > 0 && message.contains("only regular white space")) {
      // A control character between tokens: Jackson 2 reports the column after it, Jackson 3 its
      // own; castkit reports the same place on both.
      column++;
    }
    Code code;
    String detail;
    if (e instanceof StreamConstraintsException) {
      if (message.contains("getMaxNestingDepth")) {
        code = Code.NESTING_TOO_DEEP;
        detail =
            "objects and arrays are nested deeper than the limit of " + limits.maxNestingDepth();
      } else if (message.contains("getMaxStringLength") || message.contains("getMaxNameLength")) {
        code = Code.STRING_TOO_LONG;
        detail =
            "a string or field name is longer than the limit of "
                + limits.maxStringLength()
                + " characters";
      } else if (message.contains("getMaxNumberLength")) {
        code = Code.NUMBER_TOO_LONG;
        detail = "a number is longer than the limit of " + limits.maxNumberLength() + " characters";
      } else if (message.contains("getMaxTokenCount")) {
        code = Code.TOO_MANY_VALUES;
        detail = "the document holds more values than the limit of " + limits.maxValueCount();
      } else if (message.contains("getMaxDocumentLength")) {
        code = Code.DOCUMENT_TOO_LARGE;
        detail = documentTooLarge();
      } else {
        code = Code.DOCUMENT_TOO_LARGE;
        detail = "the document exceeds a limit: " + message;
      }
    } else if (message.startsWith("Duplicate Object property \"")
        || message.startsWith("Duplicate field '")) {
      code = Code.DUPLICATE_KEY;
      String name = message.substring(message.indexOf(message.contains("\"") ? '"' : '\'') + 1);
      int end = Math.max(name.lastIndexOf('"'), name.lastIndexOf('\''));
      detail =
          "the field '"
              + CastReader.abbreviate(end >= 0 ? name.substring(0, end) : name)
              + "' is given more than once";
    } else if (yaml && message.contains("exceeds the limit") && message.contains("code points")) {
      code = Code.DOCUMENT_TOO_LARGE;
      detail = documentTooLarge();
    } else if (yaml && message.contains("Nesting Depth exceeded")) {
      code = Code.NESTING_TOO_DEEP;
      detail = "objects and arrays are nested deeper than the limit of " + limits.maxNestingDepth();
    } else if (e instanceof JacksonIOException
        && !(e.getCause() instanceof CharConversionException)) {
      code = Code.IO_ERROR;
      detail = "cannot read the input: " + message;
    } else if (e instanceof JacksonException
        || e instanceof CharConversionException
        || e instanceof RuntimeException) {
      code = Code.SYNTAX_ERROR;
      detail = "not well-formed " + (yaml ? "YAML" : "JSON") + ": " + message;
    } else {
      code = Code.IO_ERROR;
      detail = "cannot read the input: " + message;
    }
    return new CastJsonException(code, detail, pointer, line, column, e);
  }

  private String documentTooLarge() {
    return "the document is larger than the limit of "
        + limits.maxDocumentLength()
        + (yaml ? " characters" : " bytes (characters for text input)");
  }
}
