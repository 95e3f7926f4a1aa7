package dev.castkit.json.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import dev.castkit.core.CastAnalysis;
import dev.castkit.json.CastJsonException;
import dev.castkit.json.CastJsonException.Code;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes whole documents with one configured Jackson factory, and turns every failure
 * into a located {@link CastJsonException}. Not API. Immutable and thread-safe.
 */
public final class Codec implements DocumentCodec {
  private final JsonFactory factory;
  // JSON only: a factory without a table of field names, for documents that overflow the table
  private final JsonFactory plainNames;
  private final Limits limits;
  private final boolean yaml;
  private final boolean pretty;
  private final CanonicalPrinter printer;

  /** Opens a parser on some input. */
  @FunctionalInterface
  public interface Source {
    /**
     * Opens the parser.
     *
     * @param factory the factory to use
     * @return a parser before the first token
     * @throws IOException when the input cannot be opened
     */
    JsonParser open(JsonFactory factory) throws IOException;
  }

  /**
   * Creates a codec.
   *
   * @param yaml YAML rather than JSON
   * @param pretty indented JSON with a final line break (YAML is always block style)
   * @param limits the read limits
   * @throws IllegalStateException when YAML is asked for and jackson-dataformat-yaml is missing
   */
  public Codec(boolean yaml, boolean pretty, Limits limits) {
    JacksonLine.requireCore();
    this.yaml = yaml;
    this.pretty = pretty;
    this.limits = limits;
    this.printer = Factories.prettyPrinter();
    this.plainNames = yaml ? null : Factories.jsonWithPlainNames(limits);
    if (yaml) {
      try {
        this.factory = YamlSupport.factory(limits);
      } catch (LinkageError e) {
        throw new IllegalStateException(
            "YAML needs com.fasterxml.jackson.dataformat:jackson-dataformat-yaml on the class path",
            e);
      }
    } else {
      this.factory = Factories.json(limits);
    }
  }

  /**
   * Reads one document.
   *
   * @param source opens the parser
   * @return the analysis
   * @throws CastJsonException on any failure
   */
  public CastAnalysis read(Source source) {
    return read(factory, source);
  }

  private CastAnalysis read(JsonFactory factory, Source source) {
    return read(factory, source, 0);
  }

  /**
   * @param size the document's length when known (0 otherwise), to size the reader's tables
   */
  private CastAnalysis read(JsonFactory factory, Source source, int size) {
    JsonParser parser = null;
    try {
      parser = source.open(factory);
      return new CastReader(Jackson2Tokens.reader(parser, yaml), limits, size).readDocument();
    } catch (CastJsonException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw readFailure(e, parser);
    } catch (StackOverflowError e) {
      throw new CastJsonException(
          Code.NESTING_TOO_DEEP,
          "the document is nested too deeply to be read",
          parser == null ? "" : Jackson2Tokens.pointerOf(parser),
          -1,
          -1,
          null);
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (IOException | RuntimeException e) {
          // the input is the caller's; nothing was lost
        }
      }
    }
  }

  /**
   * Reads one document held in bytes. A document over the size limit is refused before it is
   * parsed, at the line and column of its first byte past the limit.
   *
   * @param document the document
   * @return the analysis
   * @throws CastJsonException on any failure
   */
  @Override
  public CastAnalysis read(byte[] document) {
    long limit = limits.maxDocumentLength();
    if (document.length > limit) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < limit; i++) {
        if (document[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw new CastJsonException(
          Code.DOCUMENT_TOO_LARGE,
          documentTooLarge(),
          "",
          line,
          (int) (limit - lineStart) + 1,
          null);
    }
    if (yaml) {
      // decoded here, strictly and by the YAML rules (UTF-8, UTF-16, UTF-32)
      return read(YamlText.decode(document));
    }
    String utf16 = Utf8.utf16(document);
    if (utf16 != null) {
      // Jackson decodes UTF-16 leniently (a lone surrogate becomes U+FFFD); decode strictly here.
      return read(Utf8.decodeUtf16(document, utf16));
    }
    if (!JacksonLine.CHECKS_UTF8_OF_NAMES) {
      // Before 2.23, Jackson's byte parser decodes field names leniently (an invalid sequence
      // becomes U+FFFD); it checks the rest. Its own error stands; otherwise castkit's, at the bad
      // byte.
      try {
        Utf8.check(document, limits);
      } catch (CastJsonException notUtf8) {
        try {
          read(factory, f -> f.createParser(document), document.length);
        } catch (CastJsonException e) {
          if (e.code() == Code.SYNTAX_ERROR) {
            throw e;
          }
        }
        throw notUtf8;
      }
    }
    try {
      return read(factory, f -> f.createParser(document), document.length);
    } catch (CastJsonException e) {
      if (!symbolTableOverflow(e) || !Utf8.isUtf8(document)) {
        throw e;
      }
      // Jackson's table of field names refuses documents with many field names whose hashes
      // collide (its guard against hash flooding). Such a document is read again without the
      // table, which is linear whatever the names; that parser does not check the UTF-8 of
      // names, so the bytes are checked here first.
      Utf8.check(document, limits);
      return read(plainNames, f -> f.createParser(document), document.length);
    }
  }

  /**
   * Reads one document held in a string. A document over the size limit is refused before it is
   * parsed, at the line and column of its first character past the limit.
   *
   * @param document the document
   * @return the analysis
   * @throws CastJsonException on any failure
   */
  @Override
  public CastAnalysis read(String document) {
    long limit = limits.maxDocumentLength();
    if (document.length() > limit) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < limit; i++) {
        if (document.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw new CastJsonException(
          Code.DOCUMENT_TOO_LARGE,
          documentTooLarge(),
          "",
          line,
          (int) (limit - lineStart) + 1,
          null);
    }
    try {
      return read(factory, f -> f.createParser(document), document.length());
    } catch (CastJsonException e) {
      if (yaml && e.code() == Code.SYNTAX_ERROR && YamlText.isTabError(e)) {
        return readWithTabsAsSpaces(document, e);
      }
      if (!symbolTableOverflow(e)) {
        throw e;
      }
      return read(plainNames, f -> f.createParser(document), document.length());
    }
  }

  /**
   * Reads a YAML document again with the tabs after colons as spaces: YAML 1.2 allows a tab there,
   * the YAML library (YAML 1.1) does not. When a replaced tab lies inside a scalar (so it was
   * content, not separation), the original error stands.
   */
  private CastAnalysis readWithTabsAsSpaces(String document, CastJsonException original) {
    YamlText.Tabs tabs = YamlText.tabsAfterColons(document);
    if (tabs == null) {
      throw original;
    }
    try {
      // through a method that returns JsonParser: a lambda here returning the YAML parser would
      // make the verifier load the YAML classes for JSON-only callers
      return read(factory, f -> YamlSupport.parser(f, tabs), document.length());
    } catch (CastJsonException e) {
      if (e.getCause() instanceof YamlText.TabInScalar || YamlText.isTabError(e)) {
        throw original;
      }
      throw e;
    }
  }

  private boolean symbolTableOverflow(CastJsonException e) {
    return plainNames != null
        && e.getCause() instanceof StreamConstraintsException c
        && String.valueOf(c.getMessage()).contains("hash collisions");
  }

  /**
   * Writes the analysis as UTF-8 bytes.
   *
   * @param analysis the analysis
   * @return the document
   * @throws CastJsonException when it cannot be written
   */
  @Override
  public byte[] toBytes(CastAnalysis analysis) {
    if (!yaml && !JacksonLine.COMBINES_SURROGATES) {
      // Before Jackson 2.18 the UTF-8 generator writes a character outside the BMP as two escaped
      // surrogates; the text generator writes it as it is, and the writer lets no unpaired
      // surrogate through, so the text encodes to the bytes that 2.18 and later write.
      return toText(analysis).getBytes(StandardCharsets.UTF_8);
    }
    ByteArrayBuilder out = new ByteArrayBuilder();
    JsonGenerator g = null;
    try {
      g = new LimitedGenerator(factory.createGenerator(out, JsonEncoding.UTF8), limits);
      write(g, analysis);
      g.close();
      byte[] bytes = out.toByteArray();
      checkWrittenLength(bytes.length);
      return bytes;
    } catch (CastJsonException e) {
      throw e;
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw writeFailure(e, g);
    }
  }

  /**
   * Writes the analysis as text.
   *
   * @param analysis the analysis
   * @return the document
   * @throws CastJsonException when it cannot be written
   */
  @Override
  public String toText(CastAnalysis analysis) {
    if (yaml) {
      // The YAML generator encodes to bytes itself; one path keeps both outputs identical.
      return new String(toBytes(analysis), StandardCharsets.UTF_8);
    }
    StringWriter out = new StringWriter();
    JsonGenerator g = null;
    try {
      g = new LimitedGenerator(factory.createGenerator(out), limits);
      write(g, analysis);
      g.close();
      String text = out.toString();
      checkWrittenLength(utf8Length(text));
      return text;
    } catch (CastJsonException e) {
      throw e;
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw writeFailure(e, g);
    }
  }

  /**
   * Refuses output that a reader with the same settings would refuse as too large: pretty output
   * (JSON indentation, YAML block style) can be twice the size of a compact document, so an
   * analysis read from a compact document may not fit the limit when written pretty. The length is
   * counted in UTF-8 bytes, which is never less than the characters a text reader counts.
   */
  private void checkWrittenLength(long length) {
    if (length > limits.maxDocumentLength()) {
      throw new CastJsonException(
          Code.DOCUMENT_TOO_LARGE,
          "cannot write: the document would be "
              + length
              + " bytes, larger than the limit of "
              + limits.maxDocumentLength()
              + " bytes that a reader with these settings accepts; raise maxDocumentLength"
              + (yaml || !pretty ? "" : ", or write it compact (pretty(false))"),
          "",
          -1,
          -1,
          null);
    }
  }

  private static long utf8Length(String s) {
    long n = s.length();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        // 2 bytes below U+0800, 3 above; a surrogate pair (2 chars) is 4 bytes
        n += c < 0x800 ? 1 : Character.isSurrogate(c) ? 1 : 2;
      }
    }
    return n;
  }

  private void write(JsonGenerator g, CastAnalysis analysis) throws IOException {
    boolean indent = pretty && !yaml;
    if (indent) {
      g.setPrettyPrinter(printer.createInstance());
    }
    new CastWriter(Jackson2Tokens.writer(g), limits.maxNestingDepth()).write(analysis);
    if (indent) {
      g.writeRaw('\n');
    }
  }

  private CastJsonException writeFailure(Throwable e, JsonGenerator g) {
    String pointer = g == null ? "" : g.getOutputContext().pathAsPointer().toString();
    if (e instanceof StreamConstraintsException || e instanceof StackOverflowError) {
      return new CastJsonException(
          Code.NESTING_TOO_DEEP,
          "the analysis is nested deeper than the limit of " + limits.maxNestingDepth(),
          pointer,
          -1,
          -1,
          e instanceof StackOverflowError ? null : e);
    }
    if (e instanceof JsonProcessingException jpe) {
      // for example text that cannot be encoded (a lone surrogate in YAML)
      return new CastJsonException(
          Code.INVALID_VALUE, "cannot write: " + jpe.getOriginalMessage(), pointer, -1, -1, e);
    }
    return new CastJsonException(Code.IO_ERROR, "cannot write: " + e, pointer, -1, -1, e);
  }

  private CastJsonException readFailure(Exception e, JsonParser parser) {
    String pointer = parser == null ? "" : Jackson2Tokens.pointerOf(parser);
    JsonLocation at = null;
    if (e instanceof JsonProcessingException jpe) {
      at = jpe.getLocation();
    }
    if (e instanceof YamlNumberException n) {
      JsonLocation where = n.location();
      return new CastJsonException(
          Code.INVALID_VALUE,
          n.getMessage(),
          pointer,
          where == null ? -1 : where.getLineNr(),
          where == null ? -1 : where.getColumnNr(),
          null);
    }
    if (at == null && parser != null) {
      at = parser.currentLocation();
    }
    int line = at == null ? -1 : at.getLineNr();
    int column = at == null ? -1 : at.getColumnNr();
    if (yaml) {
      int[] mark = YamlSupport.problemMark(e);
      if (mark != null) {
        line = mark[0];
        column = mark[1];
      }
    }
    if (parser == null && line < 1 && !(e instanceof StreamConstraintsException)) {
      // The parser could not even be opened (the encoding of the first bytes was not
      // recognised): the problem is at the start of the document.
      line = 1;
      column = 1;
    }
    String format = yaml ? "YAML" : "JSON";
    String message = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : null;
    if (message == null) {
      message = e.getMessage() == null ? e.toString() : e.getMessage();
    }
    Code code;
    String detail;
    if (e instanceof StreamConstraintsException) {
      if (message.contains("getMaxNestingDepth") || message.startsWith("Depth (")) {
        code = Code.NESTING_TOO_DEEP;
        detail =
            "objects and arrays are nested deeper than the limit of " + limits.maxNestingDepth();
      } else if (message.contains("getMaxStringLength")
          || message.contains("getMaxNameLength")
          || message.startsWith("String length (")) {
        code = Code.STRING_TOO_LONG;
        detail =
            "a string or field name is longer than the limit of "
                + limits.maxStringLength()
                + " characters";
      } else if (message.contains("getMaxNumberLength") || message.startsWith("Number length (")) {
        code = Code.NUMBER_TOO_LONG;
        detail = "a number is longer than the limit of " + limits.maxNumberLength() + " characters";
      } else if (message.contains("getMaxDocumentLength")) {
        code = Code.DOCUMENT_TOO_LARGE;
        detail = documentTooLarge();
      } else if (message.contains("getMaxTokenCount")) {
        code = Code.TOO_MANY_VALUES;
        detail = "the document holds more values than the limit of " + limits.maxValueCount();
      } else {
        code = Code.DOCUMENT_TOO_LARGE;
        detail = "the document exceeds a limit: " + message;
      }
    } else if (message.startsWith("Duplicate field '")) {
      code = Code.DUPLICATE_KEY;
      String name = message.substring("Duplicate field '".length());
      int end = name.lastIndexOf('\'');
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
    } else if (e instanceof JsonProcessingException
        || e instanceof CharConversionException
        || e instanceof RuntimeException) {
      code = Code.SYNTAX_ERROR;
      detail = "not well-formed " + format + ": " + message;
    } else {
      code = Code.IO_ERROR;
      detail = "cannot read the input: " + message;
    }
    return new CastJsonException(code, detail, pointer, line, column, e);
  }

  private String documentTooLarge() {
    return "the document is larger than the limit of "
        + limits.maxDocumentLength()
        + " bytes (characters for text input)";
  }
}
