package dev.castkit.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import dev.castkit.core.AnalysisStatus;
import dev.castkit.core.AnalyzedSystem;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastModelException;
import dev.castkit.core.CastStep;
import dev.castkit.core.Component;
import dev.castkit.core.ComponentAnalysis;
import dev.castkit.core.ComponentKind;
import dev.castkit.core.ConstraintKind;
import dev.castkit.core.ContextFactor;
import dev.castkit.core.ContextKind;
import dev.castkit.core.Contribution;
import dev.castkit.core.ContributionKind;
import dev.castkit.core.ControlLink;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.ElementId;
import dev.castkit.core.EventTime;
import dev.castkit.core.Evidence;
import dev.castkit.core.EvidenceKind;
import dev.castkit.core.ExtensionValue;
import dev.castkit.core.Flaw;
import dev.castkit.core.FlawCategory;
import dev.castkit.core.Hazard;
import dev.castkit.core.Horizon;
import dev.castkit.core.LinkKind;
import dev.castkit.core.LinkStatus;
import dev.castkit.core.Loss;
import dev.castkit.core.LossCategory;
import dev.castkit.core.Priority;
import dev.castkit.core.ProcessAnalysis;
import dev.castkit.core.ProcessModelFlaw;
import dev.castkit.core.ProcessModelVariable;
import dev.castkit.core.Question;
import dev.castkit.core.QuestionStatus;
import dev.castkit.core.Recommendation;
import dev.castkit.core.RecommendationStatus;
import dev.castkit.core.Reference;
import dev.castkit.core.ReferenceKind;
import dev.castkit.core.Responsibility;
import dev.castkit.core.SafetyConstraint;
import dev.castkit.core.StructureVariant;
import dev.castkit.core.TimePrecision;
import dev.castkit.core.TimelineEvent;
import dev.castkit.json.CastJsonException;
import dev.castkit.json.CastJsonException.Code;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads format version 1 from a Jackson streaming parser (JSON or YAML) into a {@link
 * CastAnalysis}. Not API. One instance reads one document; it is not thread-safe.
 *
 * <p>Content errors are thrown as {@link CastJsonException} at the offending value; the parser's
 * own exceptions (syntax, limits) are left to the caller to map, since only it knows the source.
 */
public final class CastReader {
  /** The version this library writes. */
  public static final String FORMAT_VERSION = "1.0";

  private static final EnumType<AnalysisStatus> ANALYSIS_STATUS =
      new EnumType<>(AnalysisStatus.class);
  private static final EnumType<ReferenceKind> REFERENCE_KIND = new EnumType<>(ReferenceKind.class);
  private static final EnumType<LossCategory> LOSS_CATEGORY = new EnumType<>(LossCategory.class);
  private static final EnumType<ConstraintKind> CONSTRAINT_KIND =
      new EnumType<>(ConstraintKind.class);
  private static final EnumType<TimePrecision> TIME_PRECISION = new EnumType<>(TimePrecision.class);
  private static final EnumType<EvidenceKind> EVIDENCE_KIND = new EnumType<>(EvidenceKind.class);
  private static final EnumType<ContextKind> CONTEXT_KIND = new EnumType<>(ContextKind.class);
  private static final EnumType<CastStep> CAST_STEP = new EnumType<>(CastStep.class);
  private static final EnumType<QuestionStatus> QUESTION_STATUS =
      new EnumType<>(QuestionStatus.class);
  private static final EnumType<StructureVariant> STRUCTURE_VARIANT =
      new EnumType<>(StructureVariant.class);
  private static final EnumType<ComponentKind> COMPONENT_KIND = new EnumType<>(ComponentKind.class);
  private static final EnumType<LinkKind> LINK_KIND = new EnumType<>(LinkKind.class);
  private static final EnumType<LinkStatus> LINK_STATUS = new EnumType<>(LinkStatus.class);
  private static final EnumType<ContributionKind> CONTRIBUTION_KIND =
      new EnumType<>(ContributionKind.class);
  private static final EnumType<FlawCategory> FLAW_CATEGORY = new EnumType<>(FlawCategory.class);
  private static final EnumType<Priority> PRIORITY = new EnumType<>(Priority.class);
  private static final EnumType<Horizon> HORIZON = new EnumType<>(Horizon.class);
  private static final EnumType<RecommendationStatus> RECOMMENDATION_STATUS =
      new EnumType<>(RecommendationStatus.class);

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

  private final JsonParser p;
  private final Limits limits;
  private final boolean yaml;
  private int baseDepth;
  private long values;
  private boolean versionSeen;
  private final IdTable idTable;
  private final List<Object> scratch = new ArrayList<>();

  /** The index, in its object type's fields, of the name nextField(type) returned; -1 if none. */
  private int fieldIndex = -1;

  /** The JSON parser's base, whose token position is read without allocating; null for YAML. */
  private final ParserBase base;

  /**
   * Creates a reader.
   *
   * @param parser the parser, before the document (for {@link #readDocument()}) or on the analysis
   *     object's start (for {@link #readValue()})
   * @param limits the limits to enforce on top of the parser's own
   */
  public CastReader(JsonParser parser, Limits limits) {
    this(parser, limits, 0);
  }

  /**
   * Creates a reader for a document of known length.
   *
   * @param parser as for {@link #CastReader(JsonParser, Limits)}
   * @param limits the limits to enforce on top of the parser's own
   * @param documentLength the document's length in bytes or characters, or 0 when not known; it
   *     sizes the table of ids (a typical analysis has about one id per 260 bytes)
   */
  public CastReader(JsonParser parser, Limits limits, int documentLength) {
    this.p = parser;
    this.limits = limits;
    this.idTable = new IdTable(documentLength / 256);
    // Decided by name, so that JSON-only callers never load the optional YAML classes.
    String type = parser.getClass().getName();
    this.yaml =
        type.startsWith("com.fasterxml.jackson.dataformat.yaml.")
            || type.equals("dev.castkit.json.internal.YamlSupport$Parser");
    // Only jackson-core's own JSON parsers: their token position is known to agree with their
    // JsonLocation (see here()).
    this.base =
        parser instanceof ParserBase pb
                && parser.getClass().getPackageName().equals("com.fasterxml.jackson.core.json")
            ? pb
            : null;
  }

  /**
   * Reads a whole document: one analysis object and nothing after it.
   *
   * @return the analysis
   * @throws IOException from the parser (syntax errors, limits, I/O)
   * @throws CastJsonException for content errors
   */
  public CastAnalysis readDocument() throws IOException {
    baseDepth = p.getParsingContext().getNestingDepth();
    JsonToken first = next();
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
    JsonToken after = p.nextToken();
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
    baseDepth = p.getParsingContext().getNestingDepth() - 1;
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
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw wrongType("a CAST analysis object");
    }
    try {
      return analysis();
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
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        int depth = p.getParsingContext().getNestingDepth();
        if (t == JsonToken.FIELD_NAME
            && depth == baseDepth + 1
            && "formatVersion".equals(p.currentName())) {
          return p.nextToken() == JsonToken.VALUE_STRING ? p.getText() : null;
        }
        if (t == JsonToken.END_OBJECT && depth == baseDepth) {
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

  // ---------------------------------------------------------------- the object types

  private CastAnalysis analysis() throws IOException {
    long start = here();
    CastAnalysis.Builder b = CastAnalysis.builder();
    Map<String, ExtensionValue> ext = null;
    long seen = 0;
    String name;
    while ((name = nextField(Fields.ANALYSIS)) != null) {
      seen = mark(name, seen);
      switch (name) {
        case "formatVersion" -> version();
        case "id" -> b.id(id(IdTable.ANALYSIS));
        case "title" -> b.title(text());
        case "summary" -> b.summary(text());
        case "analysts" -> b.analysts(texts());
        case "references" -> list(this::reference, b::addReference);
        case "status" -> b.status(enumValue(ANALYSIS_STATUS));
        case "system" -> b.system(system());
        case "losses" -> uniqueList(this::loss, Loss::id, "id", b::addLoss);
        case "hazards" -> uniqueList(this::hazard, Hazard::id, "id", b::addHazard);
        case "constraints" ->
            uniqueList(this::constraint, SafetyConstraint::id, "id", b::addConstraint);
        case "timeline" -> uniqueList(this::event, TimelineEvent::id, "id", b::addTimeline);
        case "processAnalysis" -> b.processAnalysis(processAnalysis());
        case "questions" -> uniqueList(this::question, Question::id, "id", b::addQuestion);
        case "controlStructures" ->
            uniqueList(this::controlStructure, ControlStructure::id, "id", b::addControlStructure);
        case "componentAnalyses" ->
            uniqueList(
                this::componentAnalysis,
                ComponentAnalysis::component,
                "component",
                b::addComponentAnalysis);
        case "flaws" -> uniqueList(this::flaw, Flaw::id, "id", b::addFlaw);
        case "recommendations" ->
            uniqueList(this::recommendation, Recommendation::id, "id", b::addRecommendation);
        default -> ext = extension(ext, name);
      }
    }
    if (!versionSeen) {
      throw failAt(
          Code.MISSING_FIELD,
          "missing the required field 'formatVersion'; a CAST document declares its version, for"
              + " example \"formatVersion\": \""
              + FORMAT_VERSION
              + "\"",
          pointer(),
          start);
    }
    return build(Fields.ANALYSIS, start, b.extensions(orEmpty(ext))::build);
  }

  private void version() throws IOException {
    String version = string("the format version as a string, such as \"" + FORMAT_VERSION + "\"");
    if (!isSupported(version)) {
      throw unsupportedVersion(version);
    }
    versionSeen = true;
  }

  private Reference reference() throws IOException {
    long start = beginObject(Fields.REFERENCE);
    Reference.Builder b = Reference.builder();
    Map<String, ExtensionValue> ext = null;
    long seen = 0;
    String name;
    while ((name = nextField(Fields.REFERENCE)) != null) {
      seen = mark(name, seen);
      switch (name) {
        case "kind" -> b.kind(enumValue(REFERENCE_KIND));
        case "value" -> b.value(text());
        case "title" -> b.title(text());
        default -> ext = extension(ext, name);
      }
    }
    return build(Fields.REFERENCE, start, b.extensions(orEmpty(ext))::build);
  }

  private AnalyzedSystem system() throws IOException {
    long start = beginObject(Fields.SYSTEM);
    AnalyzedSystem.Builder b = AnalyzedSystem.builder();
    Map<String, ExtensionValue> ext = null;
    long seen = 0;
    String name;
    while ((name = nextField(Fields.SYSTEM)) != null) {
      seen = mark(name, seen);
      switch (name) {
        case "name" -> b.name(text());
        case "description" -> b.description(text());
        case "inside" -> b.inside(texts());
        case "environment" -> b.environment(texts());
        case "goals" -> b.goals(texts());
        default -> ext = extension(ext, name);
      }
    }
    return build(Fields.SYSTEM, start, b.extensions(orEmpty(ext))::build);
  }

  private Loss loss() throws IOException {
    long start = beginObject(Fields.LOSS);
    Loss.Builder b = Loss.builder();
    Map<String, ExtensionValue> ext = null;
    long seen = 0;
    String name;
    while ((name = nextField(Fields.LOSS)) != null) {
      seen = mark(name, seen);
      switch (name) {
        case "id" -> b.id(id(IdTable.LOSS));
        case "description" -> b.description(text());
        case "category" -> b.category(enumValue(LOSS_CATEGORY));
        case "stakeholders" -> b.stakeholders(texts());
        case "impact" -> b.impact(text());
        default -> ext = extension(ext, name);
      }
    }
    return build(Fields.LOSS, start, b.extensions(orEmpty(ext))::build);
  }

  private Hazard hazard() throws IOException {
    long start = beginObject(Fields.HAZARD);
    Hazard.Builder b = Hazard.builder();
    Map<String, ExtensionValue> ext = null;
    long seen = 0;
    String name;
    while ((name = nextField(Fields.HAZARD)) != null) {
      seen = mark(name, seen);
      switch (name) {
        case "id" -> b.id(id(IdTable.HAZARD));
        case "description" -> b.description(text());
        case "losses" -> ids(IdTable.LOSS, b::addLoss);
        case "parent" -> b.parent(id(IdTable.HAZARD));
        default -> ext = extension(ext, name);
      }
    }
    return build(Fields.HAZARD, start, b.extensions(orEmpty(ext))::build);
  }

  private SafetyConstraint constraint() throws IOException {
    long start = beginObject(Fields.CONSTRAINT);
    SafetyConstraint.Builder b = SafetyConstraint.builder();
    Map<String, ExtensionValue> ext = null;
    long seen = 0;
    String name;
    while ((name = nextField(Fields.CONSTRAINT)) != null) {
      seen = mark(name, seen);
      switch (name) {
        case "id" -> b.id(id(IdTable.CONSTRAINT));
        case "text" -> b.text(text());
        case "kind" -> b.kind(enumValue(CONSTRAINT_KIND));
        case "hazards" -> ids(IdTable.HAZARD, b::addHazard);
        case "parent" -> b.parent(id(IdTable.CONSTRAINT));
        default -> ext = extension(ext, name);
      }
    }
    return build(Fields.CONSTRAINT, start, b.extensions(orEmpty(ext))::build);
  }

  private TimelineEvent event() throws IOException {
    long start = beginObject(Fields.EVENT);
    TimelineEvent.Builder b = TimelineEvent.builder();
    Map<String, ExtensionValue> ext = null;
    // Where time, timePrecision and approximate were, for errors found after the object's end
    // (the pointer is made then, from the event's own: most events have no error).
    Instant at = null;
    long atLocation = NOWHERE;
    TimePrecision precision = null;
    long precisionLocation = NOWHERE;
    Boolean approximate = null;
    long approximateLocation = NOWHERE;
    long seen = 0;
    String name;
    while ((name = nextField(Fields.EVENT)) != null) {
      seen = mark(name, seen);
      switch (name) {
        case "id" -> b.id(id(IdTable.EVENT));
        case "time" -> {
          atLocation = here();
          at = time();
        }
        case "timePrecision" -> {
          precisionLocation = here();
          precision = enumValue(TIME_PRECISION);
        }
        case "approximate" -> {
          approximateLocation = here();
          approximate = bool();
        }
        case "description" -> b.description(text());
        case "components" -> ids(IdTable.COMPONENT, b::addComponent);
        case "evidence" -> list(this::evidence, b::addEvidence);
        case "questions" -> ids(IdTable.QUESTION, b::addQuestion);
        default -> ext = extension(ext, name);
      }
    }
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
    } else {
      try {
        b.time(
            new EventTime(
                at,
                precision == null ? TimePrecision.SECOND : precision,
                approximate != null && approximate));
      } catch (CastModelException e) {
        throw failAt(Code.INVALID_VALUE, e.getMessage(), pointer() + "/time", atLocation);
      }
    }
    return build(Fields.EVENT, start, b.extensions(orEmpty(ext))::build);
  }

  private Evidence evidence() throws IOException {
    long start = beginObject(Fields.EVIDENCE);
    Evidence.Builder b = Evidence.builder();
    Map<String, ExtensionValue> ext = null;
    long seen = 0;
    String name;
    while ((name = nextField(Fields.EVIDENCE)) != null) {
      seen = mark(name, seen);
      switch (name) {
        case "kind" -> b.kind(enumValue(EVIDENCE_KIND));
        case "source" -> b.source(text());
        case "excerpt" -> b.excerpt(text());
        default -> ext = extension(ext, name);
      }
    }
    return build(Fields.EVIDENCE, start, b.extensions(orEmpty(ext))::build);
  }

  private ProcessAnalysis processAnalysis() throws IOException {
    long start = beginObject(Fields.PROCESS_ANALYSIS);
    ProcessAnalysis.Builder b = ProcessAnalysis.builder();
    Map<String, ExtensionValue> ext = null;
    long seen = 0;
    String name;
    while ((name = nextField(Fields.PROCESS_ANALYSIS)) != null) {
      seen = mark(name, seen);
      switch (name) {
        case "summary" -> b.summary(text());
        case "controls" -> b.controls(texts());
        case "failures" -> b.failures(texts());
        case "interactions" -> b.interactions(texts());
        case "contextFactors" -> list(this::contextFactor, b::addContextFactor);
        default -> ext = extension(ext, name);
      }
    }
    return build(Fields.PROCESS_ANALYSIS, start, b.extensions(orEmpty(ext))::build);
  }

  private ContextFactor contextFactor() throws IOException {
    long start = beginObject(Fields.CONTEXT_FACTOR);
    ContextFactor.Builder b = ContextFactor.builder();
    Map<String, ExtensionValue> ext = null;
    long seen = 0;
    String name;
    while ((name = nextField(Fields.CONTEXT_FACTOR)) != null) {
      seen = mark(name, seen);
      switch (name) {
        case "kind" -> b.kind(enumValue(CONTEXT_KIND));
        case "description" -> b.description(text());
        default -> ext = extension(ext, name);
      }
    }
    return build(Fields.CONTEXT_FACTOR, start, b.extensions(orEmpty(ext))::build);
  }

  private Question question() throws IOException {
    long start = beginObject(Fields.QUESTION);
    Question.Builder b = Question.builder();
    Map<String, ExtensionValue> ext = null;
    long seen = 0;
    String name;
    while ((name = nextField(Fields.QUESTION)) != null) {
      seen = mark(name, seen);
      switch (name) {
        case "id" -> b.id(id(IdTable.QUESTION));
        case "text" -> b.text(text());
        case "step" -> b.step(enumValue(CAST_STEP));
        case "about" -> b.about(anyId());
        case "status" -> b.status(enumValue(QUESTION_STATUS));
        case "answer" -> b.answer(text());
        default -> ext = extension(ext, name);
      }
    }
    return build(Fields.QUESTION, start, b.extensions(orEmpty(ext))::build);
  }

  private ControlStructure controlStructure() throws IOException {
    long start = beginObject(Fields.CONTROL_STRUCTURE);
    ControlStructure.Builder b = ControlStructure.builder();
    Map<String, ExtensionValue> ext = null;
    long seen = 0;
    String name;
    while ((name = nextField(Fields.CONTROL_STRUCTURE)) != null) {
      seen = mark(name, seen);
      switch (name) {
        case "id" -> b.id(id(IdTable.STRUCTURE));
        case "variant" -> b.variant(enumValue(STRUCTURE_VARIANT));
        case "name" -> b.name(text());
        case "description" -> b.description(text());
        case "components" -> uniqueList(this::component, Component::id, "id", b::addComponent);
        case "links" -> uniqueList(this::link, ControlLink::id, "id", b::addLink);
        default -> ext = extension(ext, name);
      }
    }
    return build(Fields.CONTROL_STRUCTURE, start, b.extensions(orEmpty(ext))::build);
  }

  private Component component() throws IOException {
    long start = beginObject(Fields.COMPONENT);
    Component.Builder b = Component.builder();
    Map<String, ExtensionValue> ext = null;
    long seen = 0;
    String name;
    while ((name = nextField(Fields.COMPONENT)) != null) {
      seen = mark(name, seen);
      switch (name) {
        case "id" -> b.id(id(IdTable.COMPONENT));
        case "name" -> b.name(text());
        case "kind" -> b.kind(enumValue(COMPONENT_KIND));
        case "level" -> b.level(level());
        case "parent" -> b.parent(id(IdTable.COMPONENT));
        case "description" -> b.description(text());
        case "responsibilities" ->
            uniqueList(this::responsibility, Responsibility::id, "id", b::addResponsibility);
        case "processModel" ->
            uniqueList(
                this::processModelVariable, ProcessModelVariable::name, "name", b::addProcessModel);
        default -> ext = extension(ext, name);
      }
    }
    return build(Fields.COMPONENT, start, b.extensions(orEmpty(ext))::build);
  }

  private Responsibility responsibility() throws IOException {
    long start = beginObject(Fields.RESPONSIBILITY);
    Responsibility.Builder b = Responsibility.builder();
    Map<String, ExtensionValue> ext = null;
    long seen = 0;
    String name;
    while ((name = nextField(Fields.RESPONSIBILITY)) != null) {
      seen = mark(name, seen);
      switch (name) {
        case "id" -> b.id(id(IdTable.RESPONSIBILITY));
        case "text" -> b.text(text());
        case "constraints" -> ids(IdTable.CONSTRAINT, b::addConstraint);
        default -> ext = extension(ext, name);
      }
    }
    return build(Fields.RESPONSIBILITY, start, b.extensions(orEmpty(ext))::build);
  }

  private ProcessModelVariable processModelVariable() throws IOException {
    long start = beginObject(Fields.PROCESS_MODEL_VARIABLE);
    ProcessModelVariable.Builder b = ProcessModelVariable.builder();
    Map<String, ExtensionValue> ext = null;
    long seen = 0;
    String name;
    while ((name = nextField(Fields.PROCESS_MODEL_VARIABLE)) != null) {
      seen = mark(name, seen);
      switch (name) {
        case "name" -> b.name(text());
        case "description" -> b.description(text());
        default -> ext = extension(ext, name);
      }
    }
    return build(Fields.PROCESS_MODEL_VARIABLE, start, b.extensions(orEmpty(ext))::build);
  }

  private ControlLink link() throws IOException {
    long start = beginObject(Fields.CONTROL_LINK);
    ControlLink.Builder b = ControlLink.builder();
    Map<String, ExtensionValue> ext = null;
    long seen = 0;
    String name;
    while ((name = nextField(Fields.CONTROL_LINK)) != null) {
      seen = mark(name, seen);
      switch (name) {
        case "id" -> b.id(id(IdTable.LINK));
        case "kind" -> b.kind(enumValue(LINK_KIND));
        case "source" -> b.source(id(IdTable.COMPONENT));
        case "target" -> b.target(id(IdTable.COMPONENT));
        case "label" -> b.label(text());
        case "status" -> b.status(enumValue(LINK_STATUS));
        case "description" -> b.description(text());
        default -> ext = extension(ext, name);
      }
    }
    return build(Fields.CONTROL_LINK, start, b.extensions(orEmpty(ext))::build);
  }

  private ComponentAnalysis componentAnalysis() throws IOException {
    long start = beginObject(Fields.COMPONENT_ANALYSIS);
    ComponentAnalysis.Builder b = ComponentAnalysis.builder();
    Map<String, ExtensionValue> ext = null;
    long seen = 0;
    String name;
    while ((name = nextField(Fields.COMPONENT_ANALYSIS)) != null) {
      seen = mark(name, seen);
      switch (name) {
        case "component" -> b.component(id(IdTable.COMPONENT));
        case "role" -> b.role(text());
        case "responsibilities" -> ids(IdTable.RESPONSIBILITY, b::addResponsibility);
        case "contributions" ->
            uniqueList(this::contribution, Contribution::id, "id", b::addContribution);
        case "processModelFlaws" ->
            uniqueList(this::processModelFlaw, ProcessModelFlaw::id, "id", b::addProcessModelFlaw);
        case "contextFactors" -> list(this::contextFactor, b::addContextFactor);
        case "questions" -> ids(IdTable.QUESTION, b::addQuestion);
        default -> ext = extension(ext, name);
      }
    }
    return build(Fields.COMPONENT_ANALYSIS, start, b.extensions(orEmpty(ext))::build);
  }

  private Contribution contribution() throws IOException {
    long start = beginObject(Fields.CONTRIBUTION);
    Contribution.Builder b = Contribution.builder();
    Map<String, ExtensionValue> ext = null;
    long seen = 0;
    String name;
    while ((name = nextField(Fields.CONTRIBUTION)) != null) {
      seen = mark(name, seen);
      switch (name) {
        case "id" -> b.id(id(IdTable.CONTRIBUTION));
        case "kind" -> b.kind(enumValue(CONTRIBUTION_KIND));
        case "description" -> b.description(text());
        case "context" -> b.context(text());
        case "hazards" -> ids(IdTable.HAZARD, b::addHazard);
        case "events" -> ids(IdTable.EVENT, b::addEvent);
        case "unmetResponsibilities" -> ids(IdTable.RESPONSIBILITY, b::addUnmetResponsibility);
        default -> ext = extension(ext, name);
      }
    }
    return build(Fields.CONTRIBUTION, start, b.extensions(orEmpty(ext))::build);
  }

  private ProcessModelFlaw processModelFlaw() throws IOException {
    long start = beginObject(Fields.PROCESS_MODEL_FLAW);
    ProcessModelFlaw.Builder b = ProcessModelFlaw.builder();
    Map<String, ExtensionValue> ext = null;
    long seen = 0;
    String name;
    while ((name = nextField(Fields.PROCESS_MODEL_FLAW)) != null) {
      seen = mark(name, seen);
      switch (name) {
        case "id" -> b.id(id(IdTable.PROCESS_MODEL_FLAW));
        case "variable" -> b.variable(text());
        case "believed" -> b.believed(text());
        case "actual" -> b.actual(text());
        default -> ext = extension(ext, name);
      }
    }
    return build(Fields.PROCESS_MODEL_FLAW, start, b.extensions(orEmpty(ext))::build);
  }

  private Flaw flaw() throws IOException {
    long start = beginObject(Fields.FLAW);
    Flaw.Builder b = Flaw.builder();
    Map<String, ExtensionValue> ext = null;
    long seen = 0;
    String name;
    while ((name = nextField(Fields.FLAW)) != null) {
      seen = mark(name, seen);
      switch (name) {
        case "id" -> b.id(id(IdTable.FLAW));
        case "category" -> b.category(enumValue(FLAW_CATEGORY));
        case "description" -> b.description(text());
        case "components" -> ids(IdTable.COMPONENT, b::addComponent);
        case "links" -> ids(IdTable.LINK, b::addLink);
        case "evidence" -> list(this::evidence, b::addEvidence);
        case "noActionRationale" -> b.noActionRationale(text());
        default -> ext = extension(ext, name);
      }
    }
    return build(Fields.FLAW, start, b.extensions(orEmpty(ext))::build);
  }

  private Recommendation recommendation() throws IOException {
    long start = beginObject(Fields.RECOMMENDATION);
    Recommendation.Builder b = Recommendation.builder();
    Map<String, ExtensionValue> ext = null;
    long seen = 0;
    String name;
    while ((name = nextField(Fields.RECOMMENDATION)) != null) {
      seen = mark(name, seen);
      switch (name) {
        case "id" -> b.id(id(IdTable.RECOMMENDATION));
        case "text" -> b.text(text());
        case "flaws" -> ids(IdTable.FLAW, b::addFlaw);
        case "contributions" -> ids(IdTable.CONTRIBUTION, b::addContribution);
        case "links" -> ids(IdTable.LINK, b::addLink);
        case "components" -> ids(IdTable.COMPONENT, b::addComponent);
        case "priority" -> b.priority(enumValue(PRIORITY));
        case "horizon" -> b.horizon(enumValue(HORIZON));
        case "owner" -> b.owner(text());
        case "due" -> b.due(date());
        case "status" -> b.status(enumValue(RECOMMENDATION_STATUS));
        case "rationale" -> b.rationale(text());
        case "tracker" -> b.tracker(text());
        case "verification" -> b.verification(text());
        default -> ext = extension(ext, name);
      }
    }
    return build(Fields.RECOMMENDATION, start, b.extensions(orEmpty(ext))::build);
  }

  // ---------------------------------------------------------------- structure

  /** Advances the parser, counting values and enforcing the limits the parser may not. */
  private JsonToken next() throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      return null;
    }
    switch (t) {
      case FIELD_NAME:
        {
          String name = p.currentName();
          if (name.length() > limits.maxStringLength()) {
            throw fail(
                Code.STRING_TOO_LONG,
                "a field name is longer than the limit of "
                    + limits.maxStringLength()
                    + " characters");
          }
          // (Unpaired surrogates in names: nextField checks the names it does not know.)
          return t;
        }
      case END_OBJECT:
      case END_ARRAY:
        return t;
      case START_OBJECT:
      case START_ARRAY:
        if (p.getParsingContext().getNestingDepth() - baseDepth > limits.maxNestingDepth()) {
          throw fail(
              Code.NESTING_TOO_DEEP,
              "objects and arrays are nested deeper than the limit of " + limits.maxNestingDepth());
        }
        break;
      case VALUE_STRING:
        if (p.getTextLength() > limits.maxStringLength()) {
          throw fail(
              Code.STRING_TOO_LONG,
              "a string is longer than the limit of " + limits.maxStringLength() + " characters");
        }
        if (Texts.hasUnpairedSurrogate(
            p.getTextCharacters(), p.getTextOffset(), p.getTextLength())) {
          throw unpairedSurrogate();
        }
        break;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        if (p.getTextLength() > limits.maxNumberLength()) {
          throw fail(
              Code.NUMBER_TOO_LONG,
              "a number is longer than the limit of " + limits.maxNumberLength() + " characters");
        }
        break;
      default:
        break;
    }
    if (++values > limits.maxValueCount()) {
      throw fail(
          Code.TOO_MANY_VALUES,
          "the document holds more values than the limit of " + limits.maxValueCount());
    }
    if (yaml) {
      String problem = YamlSupport.problem(p, t);
      if (problem != null) {
        throw fail(Code.UNSUPPORTED_YAML_FEATURE, problem);
      }
    }
    return t;
  }

  private CastJsonException unpairedSurrogate() {
    return fail(
        Code.INVALID_VALUE,
        "a string holds an unpaired UTF-16 surrogate (such as a lone \\uD83D), which is not Unicode"
            + " text");
  }

  private long beginObject(Fields type) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw wrongType("a " + type.type() + " object");
    }
    return here();
  }

  /** Moves to the next field's value and returns the field's name; null at the object's end. */
  private String nextField() throws IOException {
    return nextField(null);
  }

  /**
   * The same for an object of a known type: a known name (ASCII, by definition) is not scanned for
   * unpaired surrogates, and its index is left in {@link #fieldIndex} for {@link #mark}.
   */
  private String nextField(Fields type) throws IOException {
    JsonToken t = next();
    if (t != JsonToken.FIELD_NAME) {
      return null;
    }
    String name = p.currentName();
    fieldIndex = type == null ? -1 : type.indexOf(name);
    if (fieldIndex < 0 && Texts.hasUnpairedSurrogate(name)) {
      throw unpairedSurrogate();
    }
    next();
    return name;
  }

  /** Records that the field nextField(type) returned was seen; a second time is an error. */
  private long mark(String name, long seen) {
    int i = fieldIndex;
    if (i < 0) {
      return seen;
    }
    long bit = 1L << i;
    if ((seen & bit) != 0) {
      throw fail(Code.DUPLICATE_KEY, "the field '" + name + "' is given more than once");
    }
    return seen | bit;
  }

  /** The value its builder makes, or the error for a value it refused, at the object's start. */
  private <T> T build(Fields type, long start, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (CastModelException e) {
      throw buildFailure(type, start, e);
    }
  }

  private CastJsonException buildFailure(Fields type, long start, CastModelException e) {
    String at = pointer();
    String detail;
    Code code;
    switch (e.code()) {
      case MISSING_ATTRIBUTE, NULL_ATTRIBUTE -> {
        code = Code.MISSING_FIELD;
        detail =
            "a "
                + type.type()
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
    if (code != Code.MISSING_FIELD && type.contains(e.attribute())) {
      at = at + "/" + e.attribute();
    }
    return new CastJsonException(code, detail, at, line(start), column(start), e);
  }

  private static Map<String, ExtensionValue> orEmpty(Map<String, ExtensionValue> ext) {
    return ext == null ? Collections.emptyMap() : ext;
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
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT:
        {
          Map<String, ExtensionValue> members = new HashMap<>();
          String name;
          while ((name = nextField()) != null) {
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
          while (next() != JsonToken.END_ARRAY) {
            elements.add(anyValue());
          }
          return ExtensionValue.array(elements);
        }
      case VALUE_STRING:
        return ExtensionValue.of(p.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return number();
      case VALUE_TRUE:
        return ExtensionValue.of(true);
      case VALUE_FALSE:
        return ExtensionValue.of(false);
      case VALUE_NULL:
        return ExtensionValue.ofNull();
      default:
        throw wrongType("a JSON value");
    }
  }

  private ExtensionValue number() throws IOException {
    String literal = p.getText();
    try {
      return ExtensionValue.number(literal);
    } catch (CastModelException notJson) {
      // YAML spells some numbers differently (0x1F, 1_000, +1); keep the value in JSON's spelling.
      try {
        String plain =
            switch (p.getNumberType()) {
              case INT, LONG, BIG_INTEGER -> p.getBigIntegerValue().toString();
              default -> p.getDecimalValue().toString();
            };
        return ExtensionValue.number(plain);
      } catch (CastModelException | NumberFormatException | IOException e) {
        throw fail(
            Code.INVALID_VALUE, "'" + abbreviate(literal) + "' is not a number JSON can represent");
      }
    }
  }

  @FunctionalInterface
  private interface Element<T> {
    T read() throws IOException;
  }

  private void beginArray(String what) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw wrongType(what);
    }
  }

  /** Reads an array of objects, handing each to {@code sink} (a builder's adder). */
  private <T> void list(Element<T> element, Consumer<T> sink) throws IOException {
    beginArray("an array of objects");
    while (next() != JsonToken.END_ARRAY) {
      sink.accept(element.read());
    }
  }

  /**
   * Reads an array of objects whose {@code key} is unique in the array, handing each to {@code
   * sink}. The builder checks uniqueness too, but only here is the place of the repeat known.
   */
  private <T> void uniqueList(
      Element<T> element, Function<T, Object> key, String keyField, Consumer<T> sink)
      throws IOException {
    beginArray("an array of objects");
    Set<Object> keys = new HashSet<>(64);
    while (next() != JsonToken.END_ARRAY) {
      long at = here();
      T value = element.read();
      Object k = key.apply(value);
      if (!keys.add(k)) {
        throw failAt(
            Code.DUPLICATE_ID,
            "'"
                + abbreviate(String.valueOf(k))
                + "' is the "
                + keyField
                + " of an earlier element of this list too; it must be unique in the list",
            pointer() + "/" + keyField,
            at);
      }
      sink.accept(value);
    }
  }

  // ---------------------------------------------------------------- scalars

  private String string(String what) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    // In YAML an unquoted 1.0, 42 or true is still the text the author wrote.
    if (yaml
        && (t == JsonToken.VALUE_NUMBER_INT
            || t == JsonToken.VALUE_NUMBER_FLOAT
            || t == JsonToken.VALUE_TRUE
            || t == JsonToken.VALUE_FALSE)) {
      return p.getText();
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

  private List<String> texts() throws IOException {
    beginArray("an array of texts");
    List<String> result = new ArrayList<>();
    while (next() != JsonToken.END_ARRAY) {
      result.add(text());
    }
    return result;
  }

  private <T> T id(IdTable.Kind<T> kind) throws IOException {
    try {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        return idTable.get(kind, p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      }
      return idTable.get(kind, string("an id (a string such as \"H-1\")"));
    } catch (CastModelException e) {
      throw fail(Code.MALFORMED_ID, e.getMessage());
    }
  }

  private String anyId() throws IOException {
    String s =
        p.currentToken() == JsonToken.VALUE_STRING
            ? idTable.get(IdTable.ANY, p.getTextCharacters(), p.getTextOffset(), p.getTextLength())
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

  /**
   * Reads an array of ids, handing each to {@code sink} (a builder's adder); a repeat is an error
   * at its place.
   */
  private <T extends ElementId> void ids(IdTable.Kind<T> kind, Consumer<T> sink)
      throws IOException {
    beginArray("an array of ids");
    // Most lists of ids are short: a scan of the ids so far costs less than hashing into a set,
    // which is made only for a long list (ids are shared within the document, so a repeat is
    // mostly the same instance). The scratch list is the reader's, reused.
    List<Object> sofar = scratch;
    sofar.clear();
    Set<Object> seen = null;
    while (next() != JsonToken.END_ARRAY) {
      T id = id(kind);
      boolean repeat;
      if (seen != null) {
        repeat = !seen.add(id);
      } else if (sofar.size() < 8) {
        repeat = sofar.contains(id);
        sofar.add(id);
      } else {
        seen = new HashSet<>(sofar);
        repeat = !seen.add(id);
      }
      if (repeat) {
        throw fail(Code.DUPLICATE_ID, "the id '" + id.value() + "' is listed more than once");
      }
      sink.accept(id);
    }
  }

  private <E extends Enum<E>> E enumValue(EnumType<E> type) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      E value = type.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      if (value != null) {
        return value;
      }
    }
    String s = string("one of " + type.allowed());
    E value = type.get(s);
    if (value == null) {
      throw fail(
          Code.UNKNOWN_ENUM_VALUE,
          "unknown " + type.name() + " '" + abbreviate(s) + "'; expected one of " + type.allowed());
    }
    return value;
  }

  private boolean bool() {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw wrongType("true or false");
  }

  private int level() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType("a whole number of 0 or more");
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw fail(
          Code.INVALID_VALUE,
          "level "
              + abbreviate(p.getText())
              + " is out of range; expected 0 to "
              + Integer.MAX_VALUE);
    }
    int level = p.getIntValue();
    if (level < 0) {
      throw fail(Code.INVALID_VALUE, "expected a level of 0 or more, found " + level);
    }
    return level;
  }

  private Instant time() throws IOException {
    String s = string("a time such as \"2021-10-04T15:03:07Z\"");
    Instant at = Times.parseInstant(s);
    if (at == null) {
      throw fail(
          Code.INVALID_VALUE,
          "expected an RFC 3339 time in UTC such as \"2021-10-04T15:03:07Z\" (seconds required,"
              + " an optional fraction, 'Z' and no offset), found '"
              + abbreviate(s)
              + "'");
    }
    return at;
  }

  private LocalDate date() throws IOException {
    String s = string("a date such as \"2022-03-01\"");
    LocalDate date = Times.parseDate(s);
    if (date == null) {
      throw fail(
          Code.INVALID_VALUE,
          "expected a date YYYY-MM-DD such as \"2022-03-01\", found '" + abbreviate(s) + "'");
    }
    return date;
  }

  // ---------------------------------------------------------------- errors

  private String pointer() {
    return pointerOf(p);
  }

  /**
   * The JSON pointer of the parser's current token.
   *
   * @param parser a parser
   * @return the pointer, {@code ""} at the root
   */
  public static String pointerOf(JsonParser parser) {
    JsonStreamContext context = parser.getParsingContext();
    return context == null ? "" : context.pathAsPointer().toString();
  }

  private CastJsonException fail(Code code, String detail) {
    return failAt(code, detail, pointer(), here());
  }

  private static CastJsonException failAt(Code code, String detail, String pointer, long at) {
    return new CastJsonException(code, detail, pointer, line(at), column(at), null);
  }

  /** No position: line and column -1. */
  private static final long NOWHERE = -1L;

  /**
   * The line and column of the current token, packed into a long (so that remembering where every
   * object starts, for errors found at its end, allocates nothing).
   */
  private long here() {
    if (base != null && p.currentToken() != JsonToken.FIELD_NAME) {
      // (A field name's position is kept elsewhere.) ParserBase's token column is one more than its
      // JsonLocation's (Jackson 2.x);
      // ErrorPositionTest pins the numbers for every kind of input.
      return pack(base.getTokenLineNr(), base.getTokenColumnNr() - 1);
    }
    JsonLocation at = p.currentTokenLocation();
    return at == null ? NOWHERE : pack(at.getLineNr(), at.getColumnNr());
  }

  private static long pack(int line, int column) {
    return line < 0 || column < 0 ? NOWHERE : ((long) line << 32) | column;
  }

  private static int line(long at) {
    return at == NOWHERE ? -1 : (int) (at >>> 32);
  }

  private static int column(long at) {
    return at == NOWHERE ? -1 : (int) at;
  }

  private CastJsonException wrongType(String expected) {
    return fail(Code.WRONG_TYPE, "expected " + expected + ", found " + describe(p.currentToken()));
  }

  private String describe(JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    try {
      return switch (t) {
        case START_OBJECT -> "an object";
        case START_ARRAY -> "an array";
        case VALUE_STRING -> "the string \"" + abbreviate(p.getText()) + "\"";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + abbreviate(p.getText());
        case VALUE_TRUE -> "true";
        case VALUE_FALSE -> "false";
        case VALUE_NULL -> "null (leave an optional field out rather than writing null)";
        case VALUE_EMBEDDED_OBJECT -> "binary data";
        default -> t.asString() == null ? t.name() : t.asString();
      };
    } catch (IOException e) {
      return t.name();
    }
  }

  static String abbreviate(String s) {
    if (s.length() <= 60) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(56)) ? 56 : 57;
    return s.substring(0, end) + "...";
  }
}
