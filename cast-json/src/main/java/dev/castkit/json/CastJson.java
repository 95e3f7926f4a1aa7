package dev.castkit.json;

import dev.castkit.core.CastAnalysis;
import dev.castkit.json.CastJsonException.Code;
import dev.castkit.json.internal.CastReader;
import dev.castkit.json.internal.Codec;
import dev.castkit.json.internal.DocumentCodec;
import dev.castkit.json.internal.Engines;
import dev.castkit.json.internal.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes CAST analyses in the CAST interchange format, version {@value #FORMAT_VERSION}
 * (docs/format.md), as JSON or YAML.
 *
 * <pre>{@code
 * CastJson json = CastJson.standard();
 * CastAnalysis analysis = json.read(Path.of("outage.cast.json"));
 * json.write(analysis.toBuilder().status(AnalysisStatus.IN_REVIEW).build(), Path.of("outage.cast.json"));
 *
 * CastJson compact = CastJson.builder().pretty(false).maxDocumentLength(1 << 20).build();
 * String line = compact.write(analysis);
 *
 * CastAnalysis handWritten = CastJson.yaml().read(Path.of("outage.cast.yaml"));
 * }</pre>
 *
 * <p><b>Writing</b> never gives what the same settings would refuse to read: a document over one of
 * the limits below is refused on write with that limit's code (pretty output of a compact document
 * near the document limit, for example). It is canonical: the same analysis always gives the same
 * bytes (fixed field order, sets of ids sorted, extension keys sorted, absent values, empty lists
 * and default values left out, UTF-8, {@code "\n"} line ends), so a document diffs well and writing
 * what was read gives back the same bytes. Output is pretty (two-space indent, final line break)
 * unless {@link Builder#pretty(boolean) pretty(false)}. An analysis whose extension key is also a
 * known field name is refused ({@link Code#EXTENSION_KEY_CONFLICT}). Nothing is written to a
 * stream, writer or file when writing fails.
 *
 * <p><b>Reading</b> is strict about meaning and tolerant of the unknown: a missing required field,
 * a wrong type, an unknown enum value, a malformed id, a duplicate key, an unsupported {@code
 * formatVersion} (any 1.x is read) are each a {@link CastJsonException} at the offending value;
 * fields it does not know, at any level, are kept as extensions and written back. Whether
 * references between elements resolve is left to the analysis rules. Limits against hostile input
 * apply, with these defaults:
 *
 * <table>
 *   <caption>Read limits</caption>
 *   <tr><th>limit</th><th>default</th><th>error code</th></tr>
 *   <tr><td>nesting depth of objects and arrays</td><td>{@value #DEFAULT_MAX_NESTING_DEPTH}</td>
 *       <td>{@link Code#NESTING_TOO_DEEP}</td></tr>
 *   <tr><td>string or field name length, in characters</td>
 *       <td>{@value #DEFAULT_MAX_STRING_LENGTH}</td><td>{@link Code#STRING_TOO_LONG}</td></tr>
 *   <tr><td>number literal length, in characters</td><td>{@value #DEFAULT_MAX_NUMBER_LENGTH}</td>
 *       <td>{@link Code#NUMBER_TOO_LONG}</td></tr>
 *   <tr><td>document size, in bytes (characters for {@code String} and {@code Reader} input)</td>
 *       <td>{@value #DEFAULT_MAX_DOCUMENT_LENGTH} (16 MiB)</td>
 *       <td>{@link Code#DOCUMENT_TOO_LARGE}</td></tr>
 *   <tr><td>values (objects, arrays, strings, numbers, booleans, nulls) in one document</td>
 *       <td>{@value #DEFAULT_MAX_VALUE_COUNT}</td><td>{@link Code#TOO_MANY_VALUES}</td></tr>
 * </table>
 *
 * <p>Instances are immutable and thread-safe: create one and share it. Streams, readers and writers
 * passed in are not closed; a stream or reader is read to its end, but never more than the document
 * limit and one more byte (character), and read whole before parsing, so that it gives exactly what
 * the same bytes would; files are opened and closed here. YAML needs {@code
 * com.fasterxml.jackson.dataformat:jackson-dataformat-yaml} on the class path; JSON needs only
 * {@code jackson-core}.
 */
public final class CastJson {
  /**
   * The format version this library implements: it writes it, or {@code "1.0"} for an analysis that
   * uses nothing 1.1 added (so a 1.0 document is written back byte for byte); it reads any 1.x.
   */
  public static final String FORMAT_VERSION = CastReader.FORMAT_VERSION;

  /**
   * The class-path resource of the JSON Schema (draft 2020-12) of format version 1.1. The schema of
   * 1.0 is beside it, {@code dev/castkit/json/cast-analysis-1.0.schema.json}.
   */
  public static final String SCHEMA_RESOURCE = "dev/castkit/json/cast-analysis-1.1.schema.json";

  /** Default deepest nesting of objects and arrays. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 100;

  /** The highest nesting depth a builder accepts, so that nesting can never exhaust the stack. */
  public static final int MAX_NESTING_DEPTH_LIMIT = 1000;

  /** Default longest string or field name, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;

  /** Default longest number literal, in characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;

  /** Default largest document: 16 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;

  /** Default most values in one document. */
  public static final long DEFAULT_MAX_VALUE_COUNT = 1_000_000;

  /** The syntax of a document. */
  public enum Format {
    /** JSON (RFC 8259), UTF-8. */
    JSON,
    /**
     * YAML, for analyses written by hand. Same fields, same errors with line and column. Read by
     * the YAML 1.2 core schema ({@code 0o17} is 15, {@code 1_000}, {@code yes} and {@code 1:20} are
     * text; {@code 010}, which YAML 1.1 reads as 8, is refused where a number is read), in UTF-8,
     * UTF-16 or UTF-32. Aliases and tags other than the core ones ({@code !!str}, {@code !!int} and
     * so on, each on a value of its type) are refused; where a string is expected an unquoted
     * scalar is read as the text written ({@code formatVersion: 1.0} works). Written in block
     * style, whatever {@link Builder#pretty(boolean)} says, so that YAML 1.1 and 1.2 readers read
     * the same data: strings quoted wherever either could take them for something else, multi-line
     * texts as {@code |} blocks, line-break-like characters as escapes.
     */
    YAML
  }

  private final Format format;
  private final boolean pretty;
  private final Limits limits;
  private final DocumentCodec.Engine engine;
  private final DocumentCodec codec;

  static {
    Engines.register(
        engine -> {
          Builder b = new Builder();
          b.engine = engine;
          return b;
        });
  }

  private CastJson(Builder b) {
    this.format = b.format;
    this.pretty = b.pretty;
    this.limits =
        new Limits(
            b.maxNestingDepth,
            b.maxStringLength,
            b.maxNumberLength,
            b.maxDocumentLength,
            b.maxValueCount);
    this.engine = b.engine;
    this.codec = engine.codec(format == Format.YAML, pretty, limits);
  }

  /**
   * JSON, pretty, default limits.
   *
   * @return the shared standard instance
   * @throws IllegalStateException when jackson-core is older than 2.15 (the message names the
   *     version found)
   */
  public static CastJson standard() {
    return Standard.INSTANCE;
  }

  // Made on first use, so that loading this class never fails: on a Jackson older than 2.15 the
  // first instance made says why it cannot be.
  private static final class Standard {
    static final CastJson INSTANCE = builder().build();
  }

  /**
   * YAML with default limits. Create it once and share it.
   *
   * @return a YAML instance
   * @throws IllegalStateException when jackson-dataformat-yaml is not on the class path
   */
  public static CastJson yaml() {
    return builder().format(Format.YAML).build();
  }

  /**
   * Returns a builder starting from the standard settings.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder starting from this instance's settings.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.format = format;
    b.pretty = pretty;
    b.maxNestingDepth = limits.maxNestingDepth();
    b.maxStringLength = limits.maxStringLength();
    b.maxNumberLength = limits.maxNumberLength();
    b.maxDocumentLength = limits.maxDocumentLength();
    b.maxValueCount = limits.maxValueCount();
    b.engine = engine;
    return b;
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads an analysis from a document held in a string.
   *
   * @param document the document
   * @return the analysis
   * @throws CastJsonException when the document is not a valid CAST analysis
   */
  public CastAnalysis read(String document) {
    requireNonNull(document, "document");
    return codec.read(document);
  }

  /**
   * Reads an analysis from a document held in bytes: UTF-8, or UTF-16 (JSON), or UTF-16 and UTF-32
   * (YAML), detected by the byte-order mark or the first bytes as each specification says.
   *
   * @param document the document
   * @return the analysis
   * @throws CastJsonException when the document is not a valid CAST analysis
   */
  public CastAnalysis read(byte[] document) {
    requireNonNull(document, "document");
    return codec.read(document);
  }

  /**
   * Reads an analysis from a stream, to its end (at most the document limit and one more byte). The
   * stream is not closed.
   *
   * @param in the stream
   * @return the analysis
   * @throws CastJsonException when the document is not a valid CAST analysis, or the stream fails
   *     ({@link Code#IO_ERROR})
   */
  public CastAnalysis read(InputStream in) {
    requireNonNull(in, "in");
    // Read whole (never more than the limit and one byte), so that a stream is read exactly as
    // the same bytes would be.
    byte[] bytes;
    try {
      bytes = in.readNBytes(bufferLimit());
    } catch (IOException e) {
      throw new CastJsonException(Code.IO_ERROR, "cannot read the input: " + e, "", -1, -1, e);
    }
    return codec.read(bytes);
  }

  /**
   * Reads an analysis from a character stream, to its end (at most the document limit and one more
   * character). The reader is not closed.
   *
   * @param in the reader
   * @return the analysis
   * @throws CastJsonException when the document is not a valid CAST analysis, or the reader fails
   *     ({@link Code#IO_ERROR})
   */
  public CastAnalysis read(Reader in) {
    requireNonNull(in, "in");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    int limit = bufferLimit();
    try {
      for (int n;
          text.length() < limit
              && (n = in.read(buffer, 0, Math.min(buffer.length, limit - text.length()))) >= 0; ) {
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new CastJsonException(Code.IO_ERROR, "cannot read the input: " + e, "", -1, -1, e);
    }
    return codec.read(text.toString());
  }

  /** The most a stream is read: the document limit and one more, within what an array holds. */
  private int bufferLimit() {
    return (int) Math.min(Integer.MAX_VALUE - 16, limits.maxDocumentLength() + 1);
  }

  /**
   * Reads an analysis from a file.
   *
   * @param file the file
   * @return the analysis
   * @throws CastJsonException when the document is not a valid CAST analysis, or the file cannot be
   *     read ({@link Code#IO_ERROR})
   */
  public CastAnalysis read(Path file) {
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new CastJsonException(Code.IO_ERROR, "cannot read " + file + ": " + e, "", -1, -1, e);
    }
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes an analysis as a string.
   *
   * @param analysis the analysis
   * @return the canonical document
   * @throws CastJsonException when the analysis cannot be written in the format (for example {@link
   *     Code#EXTENSION_KEY_CONFLICT}), or the document would exceed a limit of these settings, so
   *     that they could not read it back ({@link Code#DOCUMENT_TOO_LARGE} and the other limit
   *     codes)
   */
  public String write(CastAnalysis analysis) {
    requireNonNull(analysis, "analysis");
    return codec.toText(analysis);
  }

  /**
   * Writes an analysis as UTF-8 bytes.
   *
   * @param analysis the analysis
   * @return the canonical document
   * @throws CastJsonException when the analysis cannot be written in the format
   */
  public byte[] toBytes(CastAnalysis analysis) {
    requireNonNull(analysis, "analysis");
    return codec.toBytes(analysis);
  }

  /**
   * Writes an analysis to a stream as UTF-8. The stream is flushed, not closed.
   *
   * @param analysis the analysis
   * @param out the stream
   * @throws CastJsonException when the analysis cannot be written in the format (nothing is written
   *     then), or the stream fails ({@link Code#IO_ERROR})
   */
  public void write(CastAnalysis analysis, OutputStream out) {
    requireNonNull(out, "out");
    byte[] bytes = toBytes(analysis);
    try {
      out.write(bytes);
      out.flush();
    } catch (IOException e) {
      throw new CastJsonException(Code.IO_ERROR, "cannot write: " + e, "", -1, -1, e);
    }
  }

  /**
   * Writes an analysis to a character stream. The writer is flushed, not closed.
   *
   * @param analysis the analysis
   * @param out the writer
   * @throws CastJsonException when the analysis cannot be written in the format (nothing is written
   *     then), or the writer fails ({@link Code#IO_ERROR})
   */
  public void write(CastAnalysis analysis, Writer out) {
    requireNonNull(out, "out");
    String text = write(analysis);
    try {
      out.write(text);
      out.flush();
    } catch (IOException e) {
      throw new CastJsonException(Code.IO_ERROR, "cannot write: " + e, "", -1, -1, e);
    }
  }

  /**
   * Writes an analysis to a file as UTF-8, replacing the file. When the analysis cannot be written
   * in the format, the file is not touched.
   *
   * @param analysis the analysis
   * @param file the file
   * @throws CastJsonException when the analysis cannot be written in the format, or the file cannot
   *     be written ({@link Code#IO_ERROR})
   */
  public void write(CastAnalysis analysis, Path file) {
    requireNonNull(file, "file");
    byte[] bytes = toBytes(analysis);
    try {
      Files.write(file, bytes);
    } catch (IOException | UncheckedIOException e) {
      throw new CastJsonException(Code.IO_ERROR, "cannot write " + file + ": " + e, "", -1, -1, e);
    }
  }

  // ---------------------------------------------------------------- settings

  /**
   * The syntax read and written.
   *
   * @return the format
   */
  public Format format() {
    return format;
  }

  /**
   * Whether JSON is written indented, with a final line break.
   *
   * @return true for pretty output
   */
  public boolean pretty() {
    return pretty;
  }

  /**
   * The deepest nesting of objects and arrays read (and written).
   *
   * @return the limit
   */
  public int maxNestingDepth() {
    return limits.maxNestingDepth();
  }

  /**
   * The longest string or field name read, in characters.
   *
   * @return the limit
   */
  public int maxStringLength() {
    return limits.maxStringLength();
  }

  /**
   * The longest number literal read, in characters.
   *
   * @return the limit
   */
  public int maxNumberLength() {
    return limits.maxNumberLength();
  }

  /**
   * The largest document read, in bytes (characters for text input).
   *
   * @return the limit
   */
  public long maxDocumentLength() {
    return limits.maxDocumentLength();
  }

  /**
   * The most values read in one document.
   *
   * @return the limit
   */
  public long maxValueCount() {
    return limits.maxValueCount();
  }

  /** Returns the format, the output style and the limits. */
  @Override
  public String toString() {
    return "CastJson[" + format + (pretty ? ", pretty" : ", compact") + ", " + limits + "]";
  }

  private static void requireNonNull(Object value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
  }

  /** Builds a {@link CastJson}; every setting starts at its documented default. */
  public static final class Builder {
    private Format format = Format.JSON;
    private boolean pretty = true;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private long maxValueCount = DEFAULT_MAX_VALUE_COUNT;
    private DocumentCodec.Engine engine = Codec::new;

    private Builder() {}

    /**
     * Sets the syntax; {@link Format#JSON} by default.
     *
     * @param format the format
     * @return this builder
     */
    public Builder format(Format format) {
      requireNonNull(format, "format");
      this.format = format;
      return this;
    }

    /**
     * Sets whether JSON is written indented with a final line break (true, the default) or on one
     * line (false). Both are canonical.
     *
     * @param pretty true for pretty output
     * @return this builder
     */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * Sets the deepest nesting of objects and arrays; default {@value
     * CastJson#DEFAULT_MAX_NESTING_DEPTH}.
     *
     * @param limit 1 to {@value CastJson#MAX_NESTING_DEPTH_LIMIT}
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder maxNestingDepth(int limit) {
      if (limit < 1 || limit > MAX_NESTING_DEPTH_LIMIT) {
        throw new IllegalArgumentException(
            "maxNestingDepth must be 1 to " + MAX_NESTING_DEPTH_LIMIT + ", was " + limit);
      }
      this.maxNestingDepth = limit;
      return this;
    }

    /**
     * Sets the longest string or field name, in characters; default {@value
     * CastJson#DEFAULT_MAX_STRING_LENGTH}.
     *
     * @param limit 1 or more
     * @return this builder
     * @throws IllegalArgumentException when less than 1
     */
    public Builder maxStringLength(int limit) {
      this.maxStringLength = positive("maxStringLength", limit);
      return this;
    }

    /**
     * Sets the longest number literal, in characters; default {@value
     * CastJson#DEFAULT_MAX_NUMBER_LENGTH}.
     *
     * @param limit 1 or more
     * @return this builder
     * @throws IllegalArgumentException when less than 1
     */
    public Builder maxNumberLength(int limit) {
      this.maxNumberLength = positive("maxNumberLength", limit);
      return this;
    }

    /**
     * Sets the largest document, in bytes (characters for {@code String} and {@code Reader} input);
     * default {@value CastJson#DEFAULT_MAX_DOCUMENT_LENGTH}.
     *
     * @param limit 1 or more
     * @return this builder
     * @throws IllegalArgumentException when less than 1
     */
    public Builder maxDocumentLength(long limit) {
      this.maxDocumentLength = positive("maxDocumentLength", limit);
      return this;
    }

    /**
     * Sets the most values (objects, arrays, strings, numbers, booleans and nulls, not counting
     * field names) in one document; default {@value CastJson#DEFAULT_MAX_VALUE_COUNT}.
     *
     * @param limit 1 or more
     * @return this builder
     * @throws IllegalArgumentException when less than 1
     */
    public Builder maxValueCount(long limit) {
      this.maxValueCount = positive("maxValueCount", limit);
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return a new, immutable instance
     * @throws IllegalStateException when YAML is asked for and jackson-dataformat-yaml is missing
     */
    public CastJson build() {
      return new CastJson(this);
    }

    private static int positive(String name, int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException(name + " must be 1 or more, was " + limit);
      }
      return limit;
    }

    private static long positive(String name, long limit) {
      if (limit < 1) {
        throw new IllegalArgumentException(name + " must be 1 or more, was " + limit);
      }
      return limit;
    }
  }
}
