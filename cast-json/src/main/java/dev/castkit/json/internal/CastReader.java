package dev.castkit.json.internal;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastModelException;
import dev.castkit.core.ElementId;
import dev.castkit.core.EventTime;
import dev.castkit.core.ExtensionValue;
import dev.castkit.core.TimePrecision;
import dev.castkit.core.internal.model.ElementType;
import dev.castkit.core.internal.model.Field;
import dev.castkit.core.internal.model.IdKind;
import dev.castkit.core.internal.model.Model;
import dev.castkit.core.internal.model.ValueKind;
import dev.castkit.json.CastJsonException;
import dev.castkit.json.CastJsonException.Code;
import dev.castkit.json.internal.TokenReader.Token;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads format version 1 into a {@link CastAnalysis}: one object reader that walks the {@link
 * Model}, over the tokens of any binding ({@link TokenReader}). Not API. One instance reads one
 * document; it is not thread-safe.
 *
 * <p>Content errors are thrown as {@link CastJsonException} at the offending value; the parser's
 * own exceptions (syntax, limits) are left to the caller to map, since only it knows the source.
 */
public final class CastReader {
  /** The version this library writes. */
  public static final String FORMAT_VERSION = "1.1";

  /** Errors after which it is worth looking for an unsupported formatVersion further on. */
  private static final Set<Code> CONTENT_ERRORS =
      EnumSet.of(
          Code.MISSING_FIELD,
          Code.WRONG_TYPE,
          Code.UNKNOWN_ENUM_VALUE,
          Code.MALFORMED_ID,
          Code.BLANK_TEXT,
          Code.INVALID_VALUE,
          Code.DUPLICATE_ID);

  /** What the reader keeps of each type beside its description: the enums of its fields. */
  private static final class Plan {
    final ElementType<?, ?> type;
    final EnumType<?>[] enums;
    final Plan[] nested;

    /** Whether the type has formatVersion, or an EventTime written as three fields. */
    Field version;

    Field time;

    Plan(ElementType<?, ?> type) {
      this.type = type;
      this.enums = new EnumType<?>[type.fields().size()];
      this.nested = new Plan[type.fields().size()];
    }
  }

  private static final Map<ElementType<?, ?>, Plan> PLANS = new IdentityHashMap<>();
  private static final Plan ROOT;

  static {
    Map<Class<?>, EnumType<?>> enums = new HashMap<>();
    for (ElementType<?, ?> type : Model.ALL) {
      PLANS.put(type, new Plan(type));
    }
    for (Plan plan : PLANS.values()) {
      for (Field f : plan.type.fields()) {
        if (f.enumType() != null) {
          plan.enums[f.index()] = enums.computeIfAbsent(f.enumType(), CastReader::enumType);
        }
        if (f.elementType() != null) {
          plan.nested[f.index()] = PLANS.get(f.elementType());
        }
        if (f.kind() == ValueKind.VERSION) {
          plan.version = f;
        }
        if (f.kind() == ValueKind.TIME) {
          plan.time = f;
        }
      }
    }
    ROOT = PLANS.get(Model.ANALYSIS);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static EnumType<?> enumType(Class<?> type) {
    return new EnumType(type);
  }

  private final TokenReader p;
  private final boolean untypedScalars;
  // the limits read on every token, copied out of Limits
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxNestingDepth;
  private final long maxValueCount;
  private int baseDepth;
  private long values;
  private boolean versionSeen;

  /**
   * The minor version the document declares, once its formatVersion is read: a field that a later
   * minor version added is, in a document of an earlier one, an extension (as its writer meant).
   */
  private int declaredMinor = Integer.MAX_VALUE;

  private final IdTable idTable;
  private final KeySet idKeys = new KeySet();

  /**
   * Creates a reader for a document of known length.
   *
   * @param tokens the document's tokens, before the document (for {@link #readDocument()}) or on
   *     the analysis object's start (for {@link #readValue()})
   * @param limits the limits to enforce on top of the parser's own
   * @param documentLength the document's length in bytes or characters, or 0 when not known; it
   *     sizes the table of ids (a typical analysis has about one id per 260 bytes)
   */
  public CastReader(TokenReader tokens, Limits limits, int documentLength) {
    this.p = tokens;
    this.idTable = new IdTable(documentLength / 256);
    this.untypedScalars = tokens.untypedScalars();
    this.maxStringLength = limits.maxStringLength();
    this.maxNumberLength = limits.maxNumberLength();
    this.maxNestingDepth = limits.maxNestingDepth();
    this.maxValueCount = limits.maxValueCount();
  }

  /**
   * Reads a whole document: one analysis object and nothing after it.
   *
   * @return the analysis
   * @throws IOException from the parser (syntax errors, limits, I/O)
   * @throws CastJsonException for content errors
   */
  public CastAnalysis readDocument() throws IOException {
    baseDepth = p.depth();
    Token first = next();
    if (first == null) {
      throw new CastJsonException(
          Code.EMPTY_DOCUMENT,
          "the document is empty; expected a CAST analysis object",
          "",
          1,
          1,
          null);
    }
    CastAnalysis analysis = analysisValue();
    Token after = p.next();
    if (after != null) {
      throw fail(
          Code.SYNTAX_ERROR,
          "expected the end of the document after the analysis object, found " + describe(after));
    }
    return analysis;
  }

  /**
   * Reads the analysis object the parser is on, up to and including its end.
   *
   * @return the analysis
   * @throws IOException from the parser
   * @throws CastJsonException for content errors
   */
  public CastAnalysis readValue() throws IOException {
    baseDepth = p.depth() - 1;
    return analysisValue();
  }

  /**
   * Whether a reader of version 1 reads a document of version {@code version}: "1.0" and any "1.x"
   * (x a number without leading zeros).
   *
   * @param version the formatVersion text
   * @return true when supported
   */
  public static boolean isSupported(String version) {
    if (version.length() < 3 || !version.startsWith("1.")) {
      return false;
    }
    if (version.length() > 3 && version.charAt(2) == '0') {
      return false;
    }
    for (int i = 2; i < version.length(); i++) {
      char c = version.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true; // any length: the string limit bounds it
  }

  private CastAnalysis analysisValue() throws IOException {
    if (p.current() != Token.START_OBJECT) {
      throw wrongType("a CAST analysis object");
    }
    try {
      return (CastAnalysis) object(ROOT);
    } catch (CastJsonException e) {
      if (!versionSeen && CONTENT_ERRORS.contains(e.code())) {
        // A document of another major version is refused as such, even when its formatVersion
        // comes after content this reader does not understand.
        String version = scanForVersion();
        if (version != null && !isSupported(version)) {
          CastJsonException unsupported = unsupportedVersion(version);
          unsupported.addSuppressed(e);
          throw unsupported;
        }
      }
      throw e;
    }
  }

  private String scanForVersion() {
    try {
      Token t;
      while ((t = p.next()) != null) {
        int depth = p.depth();
        if (t == Token.FIELD_NAME
            && depth == baseDepth + 1
            && "formatVersion".equals(p.currentName())) {
          return p.next() == Token.STRING ? p.text() : null;
        }
        if (t == Token.END_OBJECT && depth == baseDepth) {
          return null;
        }
      }
    } catch (IOException | RuntimeException e) {
      // the original error stands
    }
    return null;
  }

  private CastJsonException unsupportedVersion(String version) {
    return fail(
        Code.UNSUPPORTED_FORMAT_VERSION,
        "formatVersion '"
            + abbreviate(version)
            + "' is not supported; this reader supports format version 1.0 and any later 1.x");
  }

  // ---------------------------------------------------------------- the one object reader

  /** Reads the object the parser is on, of the plan's type, up to and including its end. */
  private Object object(Plan plan) throws IOException {
    ElementType<?, ?> type = plan.type;
    if (p.current() != Token.START_OBJECT) {
      throw wrongType("a " + type.name() + " object");
    }
    long start = p.position();
    Object b = type.newBuilder();
    Map<String, ExtensionValue> ext = null;
    long seen = 0;
    // The parts of an EventTime, and where they were, for errors found after the object's end
    // (the pointer is made then, from the object's own: most objects have no error).
    Instant at = null;
    long atLocation = NOWHERE;
    Object precision = null;
    long precisionLocation = NOWHERE;
    Object approximate = null;
    long approximateLocation = NOWHERE;
    while (next() == Token.FIELD_NAME) {
      String name = p.currentName();
      Field f = type.field(name);
      if (f != null && f.since() > declaredMinor) {
        f = null;
      }
      if (f == null) {
        if (Texts.hasUnpairedSurrogate(name)) {
          throw unpairedSurrogate();
        }
        next();
        ext = extension(ext, name);
        continue;
      }
      next();
      long bit = 1L << f.index();
      if ((seen & bit) != 0) {
        throw fail(Code.DUPLICATE_KEY, "the field '" + name + "' is given more than once");
      }
      seen |= bit;
      switch (f.shape()) {
        case LIST -> {
          if (f.kind() == ValueKind.TEXT) {
            beginArray("an array of texts");
            while (next() != Token.END_ARRAY) {
              f.set(b, text());
            }
          } else {
            objects(plan.nested[f.index()], f, b);
          }
        }
        case SET -> ids(f, b);
        default -> {
          if (f.isSettable()) {
            f.set(b, single(plan, f));
          } else if (f.kind() == ValueKind.VERSION) {
            version();
          } else if (f.kind() == ValueKind.TIME) {
            atLocation = p.position();
            at = (Instant) parsed(ValueKind.TIME);
          } else if (f.kind() == ValueKind.ENUM) {
            precisionLocation = p.position();
            precision = enumValue(plan.enums[f.index()]);
          } else {
            approximateLocation = p.position();
            approximate = bool();
          }
        }
      }
    }
    if (plan.version != null && !versionSeen) {
      throw failAt(
          Code.MISSING_FIELD,
          "missing the required field 'formatVersion'; a CAST document declares its version, for"
              + " example \"formatVersion\": \""
              + FORMAT_VERSION
              + "\"",
          pointer(),
          start);
    }
    if (plan.time != null) {
      eventTime(
          b, type, at, atLocation, precision, precisionLocation, approximate, approximateLocation);
    }
    if (ext != null) { // a new builder has none
      type.setExtensions(b, ext);
    }
    try {
      return type.build(b);
    } catch (CastModelException e) {
      throw buildFailure(type, start, e);
    }
  }

  /** One value of a field that is not a collection. */
  private Object single(Plan plan, Field f) throws IOException {
    return switch (f.kind()) {
      case TEXT -> text();
      case ID -> id(f.idKind());
      case ANY_ID -> anyId();
      case ENUM -> enumValue(plan.enums[f.index()]);
      case INT -> level(f.name());
      case BOOLEAN -> bool();
      case DATE, ZONE, DURATION, DECIMAL -> parsed(f.kind());
      case OBJECT -> object(plan.nested[f.index()]);
      case VERSION, TIME -> throw new IllegalStateException(f + " is read apart");
    };
  }

  /** TimelineEvent: the three fields of its time make one EventTime. */
  private void eventTime(
      Object b,
      ElementType<?, ?> type,
      Instant at,
      long atLocation,
      Object precision,
      long precisionLocation,
      Object approximate,
      long approximateLocation) {
    if (at == null) {
      if (precision != null) {
        throw failAt(
            Code.INVALID_VALUE,
            "timePrecision is only allowed together with time",
            pointer() + "/timePrecision",
            precisionLocation);
      }
      if (approximate != null) {
        throw failAt(
            Code.INVALID_VALUE,
            "approximate is only allowed together with time",
            pointer() + "/approximate",
            approximateLocation);
      }
      return;
    }
    try {
      type.setTime(
          b,
          new EventTime(
              at,
              precision == null ? TimePrecision.SECOND : (TimePrecision) precision,
              approximate != null && (Boolean) approximate));
    } catch (CastModelException e) {
      throw failAt(Code.INVALID_VALUE, e.getMessage(), pointer() + "/time", atLocation);
    }
  }

  private void version() throws IOException {
    String version = string("the format version as a string, such as \"" + FORMAT_VERSION + "\"");
    if (!isSupported(version)) {
      throw unsupportedVersion(version);
    }
    versionSeen = true;
    // "1." and at most 9 digits fit an int; a longer minor is later than any field
    String minor = version.substring(2);
    declaredMinor = minor.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(minor);
  }

  /**
   * Reads an array of objects, handing each to the builder; when the type has a key (its id), the
   * key is unique in the array. The builder checks uniqueness too, but only here is the place of
   * the repeat known.
   */
  private void objects(Plan plan, Field f, Object b) throws IOException {
    beginArray("an array of objects");
    Field key = plan.type.key();
    if (key == null) {
      while (next() != Token.END_ARRAY) {
        f.set(b, object(plan));
      }
      return;
    }
    KeySet keys = new KeySet(); // its own: object() may read a keyed list inside
    while (next() != Token.END_ARRAY) {
      long at = p.position();
      Object value = object(plan);
      Object k = key.get(value);
      if (!keys.add(k)) {
        throw failAt(
            Code.DUPLICATE_ID,
            "'"
                + abbreviate(String.valueOf(k))
                + "' is the "
                + key.name()
                + " of an earlier element of this list too; it must be unique in the list",
            pointer() + "/" + key.name(),
            at);
      }
      f.set(b, value);
    }
  }

  /**
   * Reads an array of ids, handing each to the builder's adder; a repeat is an error at its place.
   */
  private void ids(Field f, Object b) throws IOException {
    beginArray("an array of ids");
    IdKind kind = f.idKind();
    KeySet seen = idKeys; // the reader's, reused: nothing is read inside an id
    seen.clear();
    while (next() != Token.END_ARRAY) {
      ElementId id = id(kind);
      if (!seen.add(id)) {
        throw fail(Code.DUPLICATE_ID, "the id '" + id.value() + "' is listed more than once");
      }
      f.set(b, id);
    }
  }

  // ---------------------------------------------------------------- structure

  /**
   * Advances the parser, counting values and enforcing the limits the parser may not. It runs for
   * every token, so its errors are made out of line and the limits are fields.
   */
  private Token next() throws IOException {
    Token t = p.next();
    if (t == null || t == Token.END_OBJECT || t == Token.END_ARRAY) {
      return t;
    }
    if (t == Token.FIELD_NAME) {
      // (Unpaired surrogates in names: object() checks the names it does not know.)
      if (p.currentName().length() > maxStringLength) {
        throw tooLong(t);
      }
      return t;
    }
    if (t == Token.STRING) {
      int length = p.textLength();
      if (length > maxStringLength) {
        throw tooLong(t);
      }
      if (Texts.hasUnpairedSurrogate(p.textChars(), p.textOffset(), length)) {
        throw unpairedSurrogate();
      }
    } else if (t == Token.INT || t == Token.FLOAT) {
      if (p.textLength() > maxNumberLength) {
        throw tooLong(t);
      }
    } else if ((t == Token.START_OBJECT || t == Token.START_ARRAY)
        && p.depth() - baseDepth > maxNestingDepth) {
      throw fail(
          Code.NESTING_TOO_DEEP,
          "objects and arrays are nested deeper than the limit of " + maxNestingDepth);
    }
    if (++values > maxValueCount) {
      throw fail(
          Code.TOO_MANY_VALUES,
          "the document holds more values than the limit of " + maxValueCount);
    }
    if (untypedScalars) { // only YAML, whose scalars are untyped, has features JSON lacks
      String problem = p.unsupportedFeature(t);
      if (problem != null) {
        throw fail(Code.UNSUPPORTED_YAML_FEATURE, problem);
      }
    }
    return t;
  }

  /** A field name, string or number longer than its limit. */
  private CastJsonException tooLong(Token t) {
    return switch (t) {
      case FIELD_NAME ->
          fail(
              Code.STRING_TOO_LONG,
              "a field name is longer than the limit of " + maxStringLength + " characters");
      case STRING ->
          fail(
              Code.STRING_TOO_LONG,
              "a string is longer than the limit of " + maxStringLength + " characters");
      default ->
          fail(
              Code.NUMBER_TOO_LONG,
              "a number is longer than the limit of " + maxNumberLength + " characters");
    };
  }

  private CastJsonException unpairedSurrogate() {
    return fail(
        Code.INVALID_VALUE,
        "a string holds an unpaired UTF-16 surrogate (such as a lone \\uD83D), which is not Unicode"
            + " text");
  }

  private CastJsonException buildFailure(ElementType<?, ?> type, long start, CastModelException e) {
    String at = pointer();
    String detail;
    Code code;
    switch (e.code()) {
      case MISSING_ATTRIBUTE, NULL_ATTRIBUTE -> {
        code = Code.MISSING_FIELD;
        detail =
            "a "
                + type.name()
                + " needs the field(s) "
                + e.attribute()
                + ", which are missing here";
      }
      case MALFORMED_ID -> {
        code = Code.MALFORMED_ID;
        detail = e.getMessage();
      }
      case BLANK_TEXT -> {
        code = Code.BLANK_TEXT;
        detail = e.getMessage();
      }
      case DUPLICATE_ID -> {
        code = Code.DUPLICATE_ID;
        detail = e.getMessage();
      }
      default -> {
        code = Code.INVALID_VALUE;
        detail = e.getMessage();
      }
    }
    if (code != Code.MISSING_FIELD && e.attribute() != null && type.field(e.attribute()) != null) {
      at = at + "/" + e.attribute();
    }
    return new CastJsonException(code, detail, at, line(start), column(start), e);
  }

  private Map<String, ExtensionValue> extension(Map<String, ExtensionValue> ext, String name)
      throws IOException {
    Map<String, ExtensionValue> map = ext == null ? new LinkedHashMap<>() : ext;
    if (map.containsKey(name)) {
      throw fail(
          Code.DUPLICATE_KEY, "the field '" + abbreviate(name) + "' is given more than once");
    }
    map.put(name, anyValue());
    return map;
  }

  private ExtensionValue anyValue() throws IOException {
    Token t = p.current();
    switch (t) {
      case START_OBJECT:
        {
          Map<String, ExtensionValue> members = new HashMap<>();
          while (next() == Token.FIELD_NAME) {
            String name = p.currentName();
            if (Texts.hasUnpairedSurrogate(name)) {
              throw unpairedSurrogate();
            }
            next();
            if (members.containsKey(name)) {
              throw fail(
                  Code.DUPLICATE_KEY,
                  "the field '" + abbreviate(name) + "' is given more than once");
            }
            members.put(name, anyValue());
          }
          return ExtensionValue.object(members);
        }
      case START_ARRAY:
        {
          List<ExtensionValue> elements = new ArrayList<>();
          while (next() != Token.END_ARRAY) {
            elements.add(anyValue());
          }
          return ExtensionValue.array(elements);
        }
      case STRING:
        return ExtensionValue.of(p.text());
      case INT:
      case FLOAT:
        return number();
      case TRUE:
        return ExtensionValue.of(true);
      case FALSE:
        return ExtensionValue.of(false);
      case NULL:
        return ExtensionValue.ofNull();
      default:
        throw wrongType("a JSON value");
    }
  }

  private ExtensionValue number() throws IOException {
    String literal = p.text();
    try {
      return ExtensionValue.number(literal);
    } catch (CastModelException notJson) {
      // YAML spells some numbers differently (0x1F, 1_000, +1); keep the value in JSON's spelling.
      try {
        return ExtensionValue.number(p.plainNumber());
      } catch (CastModelException | NumberFormatException | IOException e) {
        throw fail(
            Code.INVALID_VALUE, "'" + abbreviate(literal) + "' is not a number JSON can represent");
      }
    }
  }

  private void beginArray(String what) {
    if (p.current() != Token.START_ARRAY) {
      throw wrongType(what);
    }
  }

  // ---------------------------------------------------------------- scalars

  private String string(String what) throws IOException {
    Token t = p.current();
    if (t == Token.STRING) {
      return p.text();
    }
    // In YAML an unquoted 1.0, 42 or true is still the text the author wrote.
    if (untypedScalars
        && (t == Token.INT || t == Token.FLOAT || t == Token.TRUE || t == Token.FALSE)) {
      return p.text();
    }
    throw wrongType(what);
  }

  private String text() throws IOException {
    String s = string("a text (a non-blank string)");
    if (s.isBlank()) {
      throw fail(
          Code.BLANK_TEXT,
          "expected a non-blank text, found "
              + (s.isEmpty() ? "an empty string" : "only white space")
              + "; leave an optional field out instead");
    }
    return s;
  }

  private ElementId id(IdKind kind) throws IOException {
    try {
      if (p.current() == Token.STRING) {
        return idTable.get(kind, p.textChars(), p.textOffset(), p.textLength());
      }
      return idTable.get(kind, string("an id (a string such as \"H-1\")"));
    } catch (CastModelException e) {
      throw fail(Code.MALFORMED_ID, e.getMessage());
    }
  }

  private String anyId() throws IOException {
    String s =
        p.current() == Token.STRING
            ? idTable.getAny(p.textChars(), p.textOffset(), p.textLength())
            : string("the id of an element (a string such as \"E-3\")");
    if (!ElementId.isValid(s)) {
      throw fail(
          Code.MALFORMED_ID,
          "'"
              + abbreviate(s)
              + "' is not a valid id: use 1 to 128 letters, digits, '.', '_', ':' or '-',"
              + " starting with a letter or digit");
    }
    return s;
  }

  private Object enumValue(EnumType<?> type) throws IOException {
    if (p.current() == Token.STRING) {
      Object value = type.get(p.textChars(), p.textOffset(), p.textLength());
      if (value != null) {
        return value;
      }
    }
    String s = string("one of " + type.allowed());
    Object value = type.get(s);
    if (value == null) {
      throw fail(
          Code.UNKNOWN_ENUM_VALUE,
          "unknown " + type.name() + " '" + abbreviate(s) + "'; expected one of " + type.allowed());
    }
    return value;
  }

  private boolean bool() {
    Token t = p.current();
    if (t == Token.TRUE) {
      return true;
    }
    if (t == Token.FALSE) {
      return false;
    }
    throw wrongType("true or false");
  }

  private int level(String name) throws IOException {
    if (p.current() != Token.INT) {
      throw wrongType("a whole number of 0 or more");
    }
    if (!p.isInt()) {
      throw fail(
          Code.INVALID_VALUE,
          name
              + " "
              + abbreviate(p.text())
              + " is out of range; expected 0 to "
              + Integer.MAX_VALUE);
    }
    int level = p.intValue();
    if (level < 0) {
      throw fail(Code.INVALID_VALUE, "expected a " + name + " of 0 or more, found " + level);
    }
    return level;
  }

  /**
   * A value written as a string (a number for a decimal) in a syntax of its own: a time, date, time
   * zone, duration or decimal. Each kind's expectation is named twice: in the wrong-type error and
   * in the error for a value of the right type that does not parse.
   */
  private Object parsed(ValueKind kind) throws IOException {
    String s;
    if (kind == ValueKind.DECIMAL) {
      Token t = p.current();
      if (t != Token.INT && t != Token.FLOAT) {
        throw wrongType("a number of 0 or more");
      }
      s = p.text();
    } else {
      s =
          string(
              kind == ValueKind.TIME
                  ? "a time such as \"2021-10-04T15:03:07Z\""
                  : kind == ValueKind.DATE
                      ? "a date such as \"2022-03-01\""
                      : kind == ValueKind.ZONE
                          ? "an IANA time zone such as \"America/Los_Angeles\""
                          : "an ISO 8601 duration such as \"PT45M\"");
    }
    Object value =
        switch (kind) {
          case TIME -> Times.parseInstant(s);
          case DATE -> Times.parseDate(s);
          case ZONE -> Times.parseZone(s);
          case DURATION -> Times.parseDuration(s);
          default -> Times.parseDecimal(s);
        };
    if (value != null) {
      return value;
    }
    String expected =
        switch (kind) {
          case TIME ->
              "an RFC 3339 time in UTC such as \"2021-10-04T15:03:07Z\" (seconds required,"
                  + " an optional fraction, 'Z' and no offset)";
          case DATE -> "a date YYYY-MM-DD such as \"2022-03-01\"";
          case ZONE -> "an IANA time zone id such as \"America/Los_Angeles\" or \"UTC\"";
          case DURATION ->
              "an ISO 8601 duration in days, hours, minutes and seconds such as"
                  + " \"PT45M\", \"PT18H\" or \"P2DT3H\"";
          default -> "a number of 0 or more in plain decimal such as 775 or 1.5";
        };
    throw fail(
        Code.INVALID_VALUE,
        "expected "
            + expected
            + ", found "
            + (kind == ValueKind.DECIMAL ? abbreviate(s) : "'" + abbreviate(s) + "'"));
  }

  // ---------------------------------------------------------------- errors

  private String pointer() {
    return p.pointer();
  }

  private CastJsonException fail(Code code, String detail) {
    return failAt(code, detail, pointer(), p.position());
  }

  private static CastJsonException failAt(Code code, String detail, String pointer, long at) {
    return new CastJsonException(code, detail, pointer, line(at), column(at), null);
  }

  /** No position: line and column -1. */
  private static final long NOWHERE = -1L;

  private static int line(long at) {
    return at == NOWHERE ? -1 : (int) (at >>> 32);
  }

  private static int column(long at) {
    return at == NOWHERE ? -1 : (int) at;
  }

  private CastJsonException wrongType(String expected) {
    return fail(Code.WRONG_TYPE, "expected " + expected + ", found " + describe(p.current()));
  }

  private String describe(Token t) {
    if (t == null) {
      return "the end of the input";
    }
    try {
      return switch (t) {
        case START_OBJECT -> "an object";
        case START_ARRAY -> "an array";
        case STRING -> "the string \"" + abbreviate(p.text()) + "\"";
        case INT, FLOAT -> "the number " + abbreviate(p.text());
        case TRUE -> "true";
        case FALSE -> "false";
        case NULL -> "null (leave an optional field out rather than writing null)";
        case EMBEDDED -> "binary data";
        case END_OBJECT -> "}";
        case END_ARRAY -> "]";
        default -> p.tokenName();
      };
    } catch (IOException e) {
      return t.name();
    }
  }

  public static String abbreviate(String s) {
    if (s.length() <= 60) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(56)) ? 56 : 57;
    return s.substring(0, end) + "...";
  }
}
