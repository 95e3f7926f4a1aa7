package dev.castkit.json.internal;

import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import dev.castkit.core.CastAnalysis;
import dev.castkit.json.CastJsonException;
import dev.castkit.json.CastJsonException.Code;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The half of a codec that is the same on every Jackson: the size check before parsing, strict
 * UTF-16 and UTF-8, the second read without a table of names, the length check after writing, and
 * the mapping of every failure to a located {@link CastJsonException}. A binding gives its parsers,
 * generators and what its exceptions say: {@link Codec} on Jackson 2, {@code Jackson3Codec} in
 * cast-json-jackson3. Not API. Immutable and thread-safe.
 *
 * @param <F> the binding's factory
 * @param <P> its parser
 * @param <G> its generator
 */
public abstract class JacksonCodec<F, P, G> implements DocumentCodec {
  /** The read limits, which writing respects too. */
  protected final Limits limits;

  /** YAML rather than JSON. */
  protected final boolean yaml;

  /** Indented JSON with a final line break (YAML is always block style). */
  protected final boolean pretty;

  private final F factory;
  // JSON only: a factory without a table of field names, for documents that overflow the table
  private final F plainNames;

  /**
   * @param yaml YAML rather than JSON
   * @param pretty indented JSON with a final line break
   * @param limits the read limits
   * @param factory the factory of every parser and generator
   * @param plainNames for JSON, the same factory without a table of field names; null for YAML
   */
  protected JacksonCodec(boolean yaml, boolean pretty, Limits limits, F factory, F plainNames) {
    this.yaml = yaml;
    this.pretty = pretty;
    this.limits = limits;
    this.factory = factory;
    this.plainNames = plainNames;
  }

  // ---------------------------------------------------------------- the binding

  /** A parser on bytes, before its first token. */
  protected abstract P parser(F factory, byte[] document) throws IOException;

  /** A parser on text, before its first token. */
  protected abstract P parser(F factory, String document) throws IOException;

  /** The tokens of a parser this codec opened. */
  protected abstract TokenReader reader(P parser);

  /** The JSON pointer of the parser's current token. */
  protected abstract String pointer(P parser);

  protected abstract void close(P parser) throws IOException;

  /**
   * Where a read failed: {@code {line, column}}, 1-based, or -1 where not known.
   *
   * @param e the failure
   * @param parser the parser, null when it could not be opened
   */
  protected abstract int[] where(Exception e, P parser);

  /** Whether the failure is one of Jackson's limits ({@code StreamConstraintsException}). */
  protected abstract boolean isLimit(Throwable e);

  /** Whether the failure is Jackson's own exception (a processing error, not the JDK's). */
  protected abstract boolean isJackson(Throwable e);

  /** The message of one of {@linkplain #isJackson Jackson's exceptions}, without its location. */
  protected abstract String jacksonMessage(Throwable e);

  /** Whether a read failure is the input's (an I/O error), not the document's. */
  protected abstract boolean isInputFailure(Exception e);

  /** Whether the failure may be the overflow of Jackson's table of field names. */
  protected abstract boolean mayBeNameTableOverflow(Throwable e);

  /** A generator to bytes, with castkit's layout (pretty JSON, or YAML). */
  protected abstract G generator(F factory, OutputStream out) throws IOException;

  /** A generator to text, with castkit's layout. */
  protected abstract G generator(F factory, Writer out) throws IOException;

  /** The tokens the writer writes to the generator. */
  protected abstract TokenWriter writer(G generator);

  /** Ends the document, with a line break when asked, and closes the generator. */
  protected abstract void finish(G generator, boolean lineBreak) throws IOException;

  /** The JSON pointer of where the generator stands. */
  protected abstract String outputPointer(G generator);

  /** Whether the byte parser checks that field names are UTF-8 (else castkit checks first). */
  protected abstract boolean checksUtf8OfNames();

  /** Whether bytes are written as text and then encoded (when the byte generator cannot). */
  protected boolean writesBytesAsText() {
    return false;
  }

  /**
   * Whether a YAML document refused for a tab after a colon is read again with the tab as a space
   * ({@link #parserWithTabsAsSpaces}): YAML 1.2 allows the tab, a YAML 1.1 reader does not.
   */
  protected boolean rereadsTabsAfterColons() {
    return false;
  }

  /**
   * A YAML parser on a document whose tabs after colons were replaced by spaces ({@link
   * YamlText#tabsAfterColons}); it refuses a scalar that holds a replaced tab ({@link
   * YamlText.TabInScalar}). Called only when {@link #rereadsTabsAfterColons()}.
   */
  protected P parserWithTabsAsSpaces(F factory, YamlText.Tabs tabs) throws IOException {
    throw new UnsupportedOperationException();
  }

  // ---------------------------------------------------------------- reading

  @FunctionalInterface
  private interface Opener<F, P> {
    P open(F factory) throws IOException;
  }

  /**
   * @param size the document's length when known (0 otherwise), to size the reader's tables
   */
  private CastAnalysis read(F factory, Opener<F, P> source, int size) {
    P parser = null;
    try {
      parser = source.open(factory);
      return new CastReader(reader(parser), limits, size).readDocument();
    } catch (CastJsonException e) {
      throw e;
    } catch (Exception e) {
      throw readFailure(e, parser);
    } catch (StackOverflowError e) {
      throw new CastJsonException(
          Code.NESTING_TOO_DEEP,
          "the document is nested too deeply to be read",
          parser == null ? "" : pointer(parser),
          -1,
          -1,
          null);
    } finally {
      if (parser != null) {
        try {
          close(parser);
        } catch (Exception e) {
          // the input is the caller's; nothing was lost
        }
      }
    }
  }

  /**
   * Reads one document held in bytes. A document over the size limit is refused before it is
   * parsed, at the line and column of its first byte past the limit.
   */
  @Override
  public CastAnalysis read(byte[] document) {
    refuseIfTooLarge(document.length, i -> document[i]);
    if (yaml) {
      // decoded here, strictly and by the YAML rules (UTF-8, UTF-16, UTF-32)
      return read(YamlText.decode(document));
    }
    String utf16 = Utf8.utf16(document);
    if (utf16 != null) {
      // Jackson decodes UTF-16 leniently (a lone surrogate becomes U+FFFD); decode strictly here.
      return read(Utf8.decodeUtf16(document, utf16));
    }
    if (!checksUtf8OfNames()) {
      // Jackson's byte parser may decode field names leniently (an invalid sequence becomes
      // U+FFFD); it checks the rest. Its own error stands; otherwise castkit's, at the bad byte.
      try {
        Utf8.check(document, limits);
      } catch (CastJsonException notUtf8) {
        try {
          read(factory, f -> parser(f, document), document.length);
        } catch (CastJsonException e) {
          if (e.code() == Code.SYNTAX_ERROR) {
            throw e;
          }
        }
        throw notUtf8;
      }
    }
    try {
      return read(factory, f -> parser(f, document), document.length);
    } catch (CastJsonException e) {
      if (!nameTableOverflow(e) || !Utf8.isUtf8(document)) {
        throw e;
      }
      // Jackson's table of field names refuses documents with many field names whose hashes
      // collide (its guard against hash flooding). Such a document is read again without the
      // table, which is linear whatever the names; that parser does not check the UTF-8 of
      // names, so the bytes are checked here first.
      Utf8.check(document, limits);
      return read(plainNames, f -> parser(f, document), document.length);
    }
  }

  /**
   * Reads one document held in a string. A document over the size limit is refused before it is
   * parsed, at the line and column of its first character past the limit.
   */
  @Override
  public CastAnalysis read(String document) {
    refuseIfTooLarge(document.length(), document::charAt);
    try {
      return read(factory, f -> parser(f, document), document.length());
    } catch (CastJsonException e) {
      if (yaml && e.code() == Code.SYNTAX_ERROR && YamlText.isTabError(e)) {
        return readWithTabsAsSpaces(document, e);
      }
      if (!nameTableOverflow(e)) {
        throw e;
      }
      return read(plainNames, f -> parser(f, document), document.length());
    }
  }

  /**
   * Reads a YAML document again with the tabs after colons as spaces: YAML 1.2 allows a tab there,
   * a YAML 1.1 library does not. When a replaced tab lies inside a scalar (so it was content, not
   * separation), the original error stands.
   */
  private CastAnalysis readWithTabsAsSpaces(String document, CastJsonException original) {
    YamlText.Tabs tabs = rereadsTabsAfterColons() ? YamlText.tabsAfterColons(document) : null;
    if (tabs == null) {
      throw original;
    }
    try {
      return read(factory, f -> parserWithTabsAsSpaces(f, tabs), document.length());
    } catch (CastJsonException e) {
      if (e.getCause() instanceof YamlText.TabInScalar || YamlText.isTabError(e)) {
        throw original;
      }
      throw e;
    }
  }

  /**
   * Whether reading failed in Jackson's table of field names: its guard against hash flooding, or
   * the table itself, which can fail to rehash when a factory that read many names of one hash
   * reads more ("Internal error on SymbolTable.rehash()", jackson-core 2.23).
   */
  private boolean nameTableOverflow(CastJsonException e) {
    Throwable cause = e.getCause();
    if (plainNames == null || cause == null) {
      return false;
    }
    String message = String.valueOf(cause.getMessage());
    return mayBeNameTableOverflow(cause) && message.contains("hash collisions")
        || cause instanceof IllegalStateException
            && message.startsWith("Internal error on SymbolTable");
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

  // ---------------------------------------------------------------- writing

  /** Writes the analysis as UTF-8 bytes. */
  @Override
  public byte[] toBytes(CastAnalysis analysis) {
    if (writesBytesAsText()) {
      return toText(analysis).getBytes(StandardCharsets.UTF_8);
    }
    ByteArrayBuilder out = new ByteArrayBuilder();
    G g = null;
    try {
      g = generator(factory, out);
      write(g, analysis);
      byte[] bytes = out.toByteArray();
      checkWrittenLength(bytes.length);
      return bytes;
    } catch (CastJsonException e) {
      throw e;
    } catch (Exception | StackOverflowError e) {
      throw writeFailure(e, g);
    }
  }

  /** Writes the analysis as text. */
  @Override
  public String toText(CastAnalysis analysis) {
    if (yaml) {
      // The YAML generator encodes to bytes itself; one path keeps both outputs identical.
      return new String(toBytes(analysis), StandardCharsets.UTF_8);
    }
    StringWriter out = new StringWriter();
    G g = null;
    try {
      g = generator(factory, out);
      write(g, analysis);
      String text = out.toString();
      checkWrittenLength(utf8Length(text));
      return text;
    } catch (CastJsonException e) {
      throw e;
    } catch (Exception | StackOverflowError e) {
      throw writeFailure(e, g);
    }
  }

  private void write(G g, CastAnalysis analysis) throws IOException {
    new CastWriter(writer(g), limits.maxNestingDepth()).write(analysis);
    finish(g, pretty && !yaml);
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

  // ---------------------------------------------------------------- errors

  private CastJsonException writeFailure(Throwable e, G g) {
    String pointer = g == null ? "" : outputPointer(g);
    if (e instanceof StackOverflowError) {
      // within the limit, but deeper than this thread's stack holds
      return new CastJsonException(
          Code.NESTING_TOO_DEEP,
          "the analysis is nested too deeply to be written",
          pointer,
          -1,
          -1,
          null);
    }
    if (isLimit(e)) {
      return new CastJsonException(
          Code.NESTING_TOO_DEEP,
          "the analysis is nested deeper than the limit of " + limits.maxNestingDepth(),
          pointer,
          -1,
          -1,
          e);
    }
    if (isJackson(e)) {
      // for example text that cannot be encoded (a lone surrogate in YAML)
      return new CastJsonException(
          Code.INVALID_VALUE, "cannot write: " + jacksonMessage(e), pointer, -1, -1, e);
    }
    return new CastJsonException(Code.IO_ERROR, "cannot write: " + e, pointer, -1, -1, e);
  }

  /**
   * Turns a failure of the parser or the input into a located error.
   *
   * @param e the failure
   * @param parser the parser, null when it could not be opened
   * @return the error
   */
  protected CastJsonException readFailure(Exception e, P parser) {
    String pointer = parser == null ? "" : pointer(parser);
    int[] at = where(e, parser);
    int line = at[0];
    int column = at[1];
    boolean limit = isLimit(e);
    if (parser == null && line < 1 && !limit) {
      // The parser could not even be opened (the encoding of the first bytes was not
      // recognised): the problem is at the start of the document.
      line = 1;
      column = 1;
    }
    String message = isJackson(e) ? jacksonMessage(e) : null;
    if (message == null) {
      message = e.getMessage() == null ? e.toString() : e.getMessage();
    }
    String headline = headline(message);
    Code code;
    String detail;
    if (limit) {
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
      detail = duplicate(name, name.lastIndexOf('\''));
    } else if (message.startsWith("Duplicate Object property \"")) {
      code = Code.DUPLICATE_KEY; // Jackson 3
      String name = message.substring("Duplicate Object property \"".length());
      detail = duplicate(name, Math.max(name.lastIndexOf('"'), name.lastIndexOf('\'')));
    } else if (yaml && headline.contains("exceeds the limit") && headline.contains("code points")) {
      code = Code.DOCUMENT_TOO_LARGE;
      detail = documentTooLarge();
    } else if (yaml && headline.contains("Nesting Depth exceeded")) {
      code = Code.NESTING_TOO_DEEP;
      detail = "objects and arrays are nested deeper than the limit of " + limits.maxNestingDepth();
    } else if (isInputFailure(e)) {
      code = Code.IO_ERROR;
      detail = "cannot read the input: " + message;
    } else {
      code = Code.SYNTAX_ERROR;
      detail = "not well-formed " + (yaml ? "YAML" : "JSON") + ": " + message;
    }
    return new CastJsonException(code, detail, pointer, line, column, e);
  }

  /**
   * The first line of a message: SnakeYAML's limits say what they are there, while the lines after
   * the first line of a syntax error quote the document, which may hold any words.
   */
  private static String headline(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  private static String duplicate(String name, int end) {
    return "the field '"
        + CastReader.abbreviate(end >= 0 ? name.substring(0, end) : name)
        + "' is given more than once";
  }

  private String documentTooLarge() {
    return "the document is larger than the limit of "
        + limits.maxDocumentLength()
        + " bytes (characters for text input)";
  }
}
