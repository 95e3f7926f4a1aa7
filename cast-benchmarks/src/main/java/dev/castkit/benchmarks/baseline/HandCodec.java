package dev.castkit.benchmarks.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import dev.castkit.core.AnalysisStatus;
import dev.castkit.core.CastStep;
import dev.castkit.core.ComponentKind;
import dev.castkit.core.ConstraintKind;
import dev.castkit.core.ContextKind;
import dev.castkit.core.ContributionKind;
import dev.castkit.core.EvidenceKind;
import dev.castkit.core.FlawCategory;
import dev.castkit.core.Horizon;
import dev.castkit.core.LinkKind;
import dev.castkit.core.LinkStatus;
import dev.castkit.core.LossCategory;
import dev.castkit.core.Priority;
import dev.castkit.core.QuestionStatus;
import dev.castkit.core.RecommendationStatus;
import dev.castkit.core.ReferenceKind;
import dev.castkit.core.StructureVariant;
import dev.castkit.core.TimePrecision;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Baseline (2), the floor: the same {@link Records} written and read by hand-coded Jackson
 * streaming code ({@code JsonGenerator} and {@code JsonParser}, one shared {@code JsonFactory}), as
 * a careful developer would write it for speed. Unknown fields are kept in the records' extension
 * maps with the same Java types data binding gives them, times use the JDK's ISO-8601 parsers and
 * formatters. Input is trusted: there is no error reporting beyond Jackson's own.
 */
public final class HandCodec {
  private final JsonFactory factory = new JsonFactory();

  /** Creates the codec. */
  public HandCodec() {}

  // ================================================================ writing

  /**
   * Writes an analysis.
   *
   * @param a the records
   * @return UTF-8 JSON
   */
  public byte[] write(Records.Analysis a) {
    try (ByteArrayBuilder out = new ByteArrayBuilder();
        JsonGenerator g = factory.createGenerator(out)) {
      analysis(g, a);
      g.flush();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void analysis(JsonGenerator g, Records.Analysis a) throws IOException {
    g.writeStartObject();
    text(g, "formatVersion", a.formatVersion());
    text(g, "id", a.id());
    text(g, "title", a.title());
    text(g, "summary", a.summary());
    texts(g, "analysts", a.analysts());
    if (a.references() != null) {
      g.writeArrayFieldStart("references");
      for (Records.Reference r : a.references()) {
        g.writeStartObject();
        g.writeStringField("kind", r.kind().name());
        text(g, "value", r.value());
        text(g, "title", r.title());
        extensions(g, r.extensions());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    name(g, "status", a.status());
    if (a.system() != null) {
      Records.SystemRecord s = a.system();
      g.writeObjectFieldStart("system");
      text(g, "name", s.name());
      text(g, "description", s.description());
      texts(g, "inside", s.inside());
      texts(g, "environment", s.environment());
      texts(g, "goals", s.goals());
      extensions(g, s.extensions());
      g.writeEndObject();
    }
    if (a.losses() != null) {
      g.writeArrayFieldStart("losses");
      for (Records.Loss l : a.losses()) {
        g.writeStartObject();
        text(g, "id", l.id());
        text(g, "description", l.description());
        name(g, "category", l.category());
        texts(g, "stakeholders", l.stakeholders());
        text(g, "impact", l.impact());
        extensions(g, l.extensions());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (a.hazards() != null) {
      g.writeArrayFieldStart("hazards");
      for (Records.Hazard h : a.hazards()) {
        g.writeStartObject();
        text(g, "id", h.id());
        text(g, "description", h.description());
        texts(g, "losses", h.losses());
        text(g, "parent", h.parent());
        extensions(g, h.extensions());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (a.constraints() != null) {
      g.writeArrayFieldStart("constraints");
      for (Records.Constraint c : a.constraints()) {
        g.writeStartObject();
        text(g, "id", c.id());
        text(g, "text", c.text());
        name(g, "kind", c.kind());
        texts(g, "hazards", c.hazards());
        text(g, "parent", c.parent());
        extensions(g, c.extensions());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (a.timeline() != null) {
      g.writeArrayFieldStart("timeline");
      for (Records.Event e : a.timeline()) {
        g.writeStartObject();
        text(g, "id", e.id());
        if (e.time() != null) {
          g.writeStringField("time", e.time().toString());
        }
        name(g, "timePrecision", e.timePrecision());
        if (e.approximate() != null) {
          g.writeBooleanField("approximate", e.approximate());
        }
        text(g, "description", e.description());
        texts(g, "components", e.components());
        evidence(g, e.evidence());
        texts(g, "questions", e.questions());
        extensions(g, e.extensions());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (a.processAnalysis() != null) {
      Records.ProcessAnalysis p = a.processAnalysis();
      g.writeObjectFieldStart("processAnalysis");
      text(g, "summary", p.summary());
      texts(g, "controls", p.controls());
      texts(g, "failures", p.failures());
      texts(g, "interactions", p.interactions());
      contextFactors(g, p.contextFactors());
      extensions(g, p.extensions());
      g.writeEndObject();
    }
    if (a.questions() != null) {
      g.writeArrayFieldStart("questions");
      for (Records.Question q : a.questions()) {
        g.writeStartObject();
        text(g, "id", q.id());
        text(g, "text", q.text());
        name(g, "step", q.step());
        text(g, "about", q.about());
        name(g, "status", q.status());
        text(g, "answer", q.answer());
        extensions(g, q.extensions());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (a.controlStructures() != null) {
      g.writeArrayFieldStart("controlStructures");
      for (Records.ControlStructure cs : a.controlStructures()) {
        structure(g, cs);
      }
      g.writeEndArray();
    }
    if (a.componentAnalyses() != null) {
      g.writeArrayFieldStart("componentAnalyses");
      for (Records.ComponentAnalysis ca : a.componentAnalyses()) {
        componentAnalysis(g, ca);
      }
      g.writeEndArray();
    }
    if (a.flaws() != null) {
      g.writeArrayFieldStart("flaws");
      for (Records.Flaw f : a.flaws()) {
        g.writeStartObject();
        text(g, "id", f.id());
        name(g, "category", f.category());
        text(g, "description", f.description());
        texts(g, "components", f.components());
        texts(g, "links", f.links());
        evidence(g, f.evidence());
        text(g, "noActionRationale", f.noActionRationale());
        extensions(g, f.extensions());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (a.recommendations() != null) {
      g.writeArrayFieldStart("recommendations");
      for (Records.Recommendation r : a.recommendations()) {
        g.writeStartObject();
        text(g, "id", r.id());
        text(g, "text", r.text());
        texts(g, "flaws", r.flaws());
        texts(g, "contributions", r.contributions());
        texts(g, "links", r.links());
        texts(g, "components", r.components());
        name(g, "priority", r.priority());
        name(g, "horizon", r.horizon());
        text(g, "owner", r.owner());
        if (r.due() != null) {
          g.writeStringField("due", r.due().toString());
        }
        name(g, "status", r.status());
        text(g, "rationale", r.rationale());
        text(g, "tracker", r.tracker());
        text(g, "verification", r.verification());
        extensions(g, r.extensions());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    extensions(g, a.extensions());
    g.writeEndObject();
  }

  private static void structure(JsonGenerator g, Records.ControlStructure cs) throws IOException {
    g.writeStartObject();
    text(g, "id", cs.id());
    name(g, "variant", cs.variant());
    text(g, "name", cs.name());
    text(g, "description", cs.description());
    if (cs.components() != null) {
      g.writeArrayFieldStart("components");
      for (Records.Component c : cs.components()) {
        g.writeStartObject();
        text(g, "id", c.id());
        text(g, "name", c.name());
        name(g, "kind", c.kind());
        if (c.level() != null) {
          g.writeNumberField("level", c.level());
        }
        text(g, "parent", c.parent());
        text(g, "description", c.description());
        if (c.responsibilities() != null) {
          g.writeArrayFieldStart("responsibilities");
          for (Records.Responsibility r : c.responsibilities()) {
            g.writeStartObject();
            text(g, "id", r.id());
            text(g, "text", r.text());
            texts(g, "constraints", r.constraints());
            extensions(g, r.extensions());
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        if (c.processModel() != null) {
          g.writeArrayFieldStart("processModel");
          for (Records.Variable v : c.processModel()) {
            g.writeStartObject();
            text(g, "name", v.name());
            text(g, "description", v.description());
            extensions(g, v.extensions());
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        extensions(g, c.extensions());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (cs.links() != null) {
      g.writeArrayFieldStart("links");
      for (Records.Link l : cs.links()) {
        g.writeStartObject();
        text(g, "id", l.id());
        name(g, "kind", l.kind());
        text(g, "source", l.source());
        text(g, "target", l.target());
        text(g, "label", l.label());
        name(g, "status", l.status());
        text(g, "description", l.description());
        extensions(g, l.extensions());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    extensions(g, cs.extensions());
    g.writeEndObject();
  }

  private static void componentAnalysis(JsonGenerator g, Records.ComponentAnalysis ca)
      throws IOException {
    g.writeStartObject();
    text(g, "component", ca.component());
    text(g, "role", ca.role());
    texts(g, "responsibilities", ca.responsibilities());
    if (ca.contributions() != null) {
      g.writeArrayFieldStart("contributions");
      for (Records.Contribution c : ca.contributions()) {
        g.writeStartObject();
        text(g, "id", c.id());
        name(g, "kind", c.kind());
        text(g, "description", c.description());
        text(g, "context", c.context());
        texts(g, "hazards", c.hazards());
        texts(g, "events", c.events());
        texts(g, "unmetResponsibilities", c.unmetResponsibilities());
        extensions(g, c.extensions());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (ca.processModelFlaws() != null) {
      g.writeArrayFieldStart("processModelFlaws");
      for (Records.ProcessModelFlaw f : ca.processModelFlaws()) {
        g.writeStartObject();
        text(g, "id", f.id());
        text(g, "variable", f.variable());
        text(g, "believed", f.believed());
        text(g, "actual", f.actual());
        extensions(g, f.extensions());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    contextFactors(g, ca.contextFactors());
    texts(g, "questions", ca.questions());
    extensions(g, ca.extensions());
    g.writeEndObject();
  }

  private static void evidence(JsonGenerator g, List<Records.Evidence> evidence)
      throws IOException {
    if (evidence == null) {
      return;
    }
    g.writeArrayFieldStart("evidence");
    for (Records.Evidence e : evidence) {
      g.writeStartObject();
      name(g, "kind", e.kind());
      text(g, "source", e.source());
      text(g, "excerpt", e.excerpt());
      extensions(g, e.extensions());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void contextFactors(JsonGenerator g, List<Records.ContextFactor> factors)
      throws IOException {
    if (factors == null) {
      return;
    }
    g.writeArrayFieldStart("contextFactors");
    for (Records.ContextFactor f : factors) {
      g.writeStartObject();
      name(g, "kind", f.kind());
      text(g, "description", f.description());
      extensions(g, f.extensions());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void text(JsonGenerator g, String field, String value) throws IOException {
    if (value != null) {
      g.writeStringField(field, value);
    }
  }

  private static void name(JsonGenerator g, String field, Enum<?> value) throws IOException {
    if (value != null) {
      g.writeStringField(field, value.name());
    }
  }

  private static void texts(JsonGenerator g, String field, List<String> values) throws IOException {
    if (values == null) {
      return;
    }
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void extensions(JsonGenerator g, Map<String, Object> extensions)
      throws IOException {
    for (Map.Entry<String, Object> e : extensions.entrySet()) {
      g.writeFieldName(e.getKey());
      value(g, e.getValue());
    }
  }

  @SuppressWarnings("unchecked")
  private static void value(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof Double d) {
      g.writeNumber(d);
    } else if (v instanceof BigInteger i) {
      g.writeNumber(i);
    } else if (v instanceof List<?> list) {
      g.writeStartArray();
      for (Object o : list) {
        value(g, o);
      }
      g.writeEndArray();
    } else {
      g.writeStartObject();
      extensions(g, (Map<String, Object>) v);
      g.writeEndObject();
    }
  }

  // ================================================================ reading

  /**
   * Reads an analysis.
   *
   * @param json UTF-8 JSON
   * @return the records
   */
  public Records.Analysis read(byte[] json) {
    try (JsonParser p = factory.createParser(json)) {
      p.nextToken();
      return analysis(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one element; the parser is on its START_OBJECT. */
  private interface ElementReader<T> {
    T read(JsonParser p) throws IOException;
  }

  private static Records.Analysis analysis(JsonParser p) throws IOException {
    String formatVersion = null;
    String id = null;
    String title = null;
    String summary = null;
    List<String> analysts = null;
    List<Records.Reference> references = null;
    AnalysisStatus status = null;
    Records.SystemRecord system = null;
    List<Records.Loss> losses = null;
    List<Records.Hazard> hazards = null;
    List<Records.Constraint> constraints = null;
    List<Records.Event> timeline = null;
    Records.ProcessAnalysis processAnalysis = null;
    List<Records.Question> questions = null;
    List<Records.ControlStructure> controlStructures = null;
    List<Records.ComponentAnalysis> componentAnalyses = null;
    List<Records.Flaw> flaws = null;
    List<Records.Recommendation> recommendations = null;
    Map<String, Object> ext = null;
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (field) {
        case "formatVersion" -> formatVersion = p.getText();
        case "id" -> id = p.getText();
        case "title" -> title = p.getText();
        case "summary" -> summary = p.getText();
        case "analysts" -> analysts = texts(p);
        case "references" -> references = list(p, HandCodec::reference);
        case "status" -> status = AnalysisStatus.valueOf(p.getText());
        case "system" -> system = system(p);
        case "losses" -> losses = list(p, HandCodec::loss);
        case "hazards" -> hazards = list(p, HandCodec::hazard);
        case "constraints" -> constraints = list(p, HandCodec::constraint);
        case "timeline" -> timeline = list(p, HandCodec::event);
        case "processAnalysis" -> processAnalysis = processAnalysis(p);
        case "questions" -> questions = list(p, HandCodec::question);
        case "controlStructures" -> controlStructures = list(p, HandCodec::structure);
        case "componentAnalyses" -> componentAnalyses = list(p, HandCodec::componentAnalysis);
        case "flaws" -> flaws = list(p, HandCodec::flaw);
        case "recommendations" -> recommendations = list(p, HandCodec::recommendation);
        default -> ext = unknown(p, t, field, ext);
      }
    }
    return new Records.Analysis(
        formatVersion,
        id,
        title,
        summary,
        analysts,
        references,
        status,
        system,
        losses,
        hazards,
        constraints,
        timeline,
        processAnalysis,
        questions,
        controlStructures,
        componentAnalyses,
        flaws,
        recommendations,
        ext);
  }

  private static Records.Reference reference(JsonParser p) throws IOException {
    ReferenceKind kind = null;
    String value = null;
    String title = null;
    Map<String, Object> ext = null;
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (field) {
        case "kind" -> kind = ReferenceKind.valueOf(p.getText());
        case "value" -> value = p.getText();
        case "title" -> title = p.getText();
        default -> ext = unknown(p, t, field, ext);
      }
    }
    return new Records.Reference(kind, value, title, ext);
  }

  private static Records.SystemRecord system(JsonParser p) throws IOException {
    String name = null;
    String description = null;
    List<String> inside = null;
    List<String> environment = null;
    List<String> goals = null;
    Map<String, Object> ext = null;
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (field) {
        case "name" -> name = p.getText();
        case "description" -> description = p.getText();
        case "inside" -> inside = texts(p);
        case "environment" -> environment = texts(p);
        case "goals" -> goals = texts(p);
        default -> ext = unknown(p, t, field, ext);
      }
    }
    return new Records.SystemRecord(name, description, inside, environment, goals, ext);
  }

  private static Records.Loss loss(JsonParser p) throws IOException {
    String id = null;
    String description = null;
    LossCategory category = null;
    List<String> stakeholders = null;
    String impact = null;
    Map<String, Object> ext = null;
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (field) {
        case "id" -> id = p.getText();
        case "description" -> description = p.getText();
        case "category" -> category = LossCategory.valueOf(p.getText());
        case "stakeholders" -> stakeholders = texts(p);
        case "impact" -> impact = p.getText();
        default -> ext = unknown(p, t, field, ext);
      }
    }
    return new Records.Loss(id, description, category, stakeholders, impact, ext);
  }

  private static Records.Hazard hazard(JsonParser p) throws IOException {
    String id = null;
    String description = null;
    List<String> losses = null;
    String parent = null;
    Map<String, Object> ext = null;
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (field) {
        case "id" -> id = p.getText();
        case "description" -> description = p.getText();
        case "losses" -> losses = texts(p);
        case "parent" -> parent = p.getText();
        default -> ext = unknown(p, t, field, ext);
      }
    }
    return new Records.Hazard(id, description, losses, parent, ext);
  }

  private static Records.Constraint constraint(JsonParser p) throws IOException {
    String id = null;
    String text = null;
    ConstraintKind kind = null;
    List<String> hazards = null;
    String parent = null;
    Map<String, Object> ext = null;
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (field) {
        case "id" -> id = p.getText();
        case "text" -> text = p.getText();
        case "kind" -> kind = ConstraintKind.valueOf(p.getText());
        case "hazards" -> hazards = texts(p);
        case "parent" -> parent = p.getText();
        default -> ext = unknown(p, t, field, ext);
      }
    }
    return new Records.Constraint(id, text, kind, hazards, parent, ext);
  }

  private static Records.Event event(JsonParser p) throws IOException {
    String id = null;
    Instant time = null;
    TimePrecision timePrecision = null;
    Boolean approximate = null;
    String description = null;
    List<String> components = null;
    List<Records.Evidence> evidence = null;
    List<String> questions = null;
    Map<String, Object> ext = null;
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (field) {
        case "id" -> id = p.getText();
        case "time" -> time = Instant.parse(p.getText());
        case "timePrecision" -> timePrecision = TimePrecision.valueOf(p.getText());
        case "approximate" -> approximate = p.getBooleanValue();
        case "description" -> description = p.getText();
        case "components" -> components = texts(p);
        case "evidence" -> evidence = list(p, HandCodec::evidence);
        case "questions" -> questions = texts(p);
        default -> ext = unknown(p, t, field, ext);
      }
    }
    return new Records.Event(
        id, time, timePrecision, approximate, description, components, evidence, questions, ext);
  }

  private static Records.Evidence evidence(JsonParser p) throws IOException {
    EvidenceKind kind = null;
    String source = null;
    String excerpt = null;
    Map<String, Object> ext = null;
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (field) {
        case "kind" -> kind = EvidenceKind.valueOf(p.getText());
        case "source" -> source = p.getText();
        case "excerpt" -> excerpt = p.getText();
        default -> ext = unknown(p, t, field, ext);
      }
    }
    return new Records.Evidence(kind, source, excerpt, ext);
  }

  private static Records.ProcessAnalysis processAnalysis(JsonParser p) throws IOException {
    String summary = null;
    List<String> controls = null;
    List<String> failures = null;
    List<String> interactions = null;
    List<Records.ContextFactor> contextFactors = null;
    Map<String, Object> ext = null;
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (field) {
        case "summary" -> summary = p.getText();
        case "controls" -> controls = texts(p);
        case "failures" -> failures = texts(p);
        case "interactions" -> interactions = texts(p);
        case "contextFactors" -> contextFactors = list(p, HandCodec::contextFactor);
        default -> ext = unknown(p, t, field, ext);
      }
    }
    return new Records.ProcessAnalysis(
        summary, controls, failures, interactions, contextFactors, ext);
  }

  private static Records.ContextFactor contextFactor(JsonParser p) throws IOException {
    ContextKind kind = null;
    String description = null;
    Map<String, Object> ext = null;
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (field) {
        case "kind" -> kind = ContextKind.valueOf(p.getText());
        case "description" -> description = p.getText();
        default -> ext = unknown(p, t, field, ext);
      }
    }
    return new Records.ContextFactor(kind, description, ext);
  }

  private static Records.Question question(JsonParser p) throws IOException {
    String id = null;
    String text = null;
    CastStep step = null;
    String about = null;
    QuestionStatus status = null;
    String answer = null;
    Map<String, Object> ext = null;
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (field) {
        case "id" -> id = p.getText();
        case "text" -> text = p.getText();
        case "step" -> step = CastStep.valueOf(p.getText());
        case "about" -> about = p.getText();
        case "status" -> status = QuestionStatus.valueOf(p.getText());
        case "answer" -> answer = p.getText();
        default -> ext = unknown(p, t, field, ext);
      }
    }
    return new Records.Question(id, text, step, about, status, answer, ext);
  }

  private static Records.ControlStructure structure(JsonParser p) throws IOException {
    String id = null;
    StructureVariant variant = null;
    String name = null;
    String description = null;
    List<Records.Component> components = null;
    List<Records.Link> links = null;
    Map<String, Object> ext = null;
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (field) {
        case "id" -> id = p.getText();
        case "variant" -> variant = StructureVariant.valueOf(p.getText());
        case "name" -> name = p.getText();
        case "description" -> description = p.getText();
        case "components" -> components = list(p, HandCodec::component);
        case "links" -> links = list(p, HandCodec::link);
        default -> ext = unknown(p, t, field, ext);
      }
    }
    return new Records.ControlStructure(id, variant, name, description, components, links, ext);
  }

  private static Records.Component component(JsonParser p) throws IOException {
    String id = null;
    String name = null;
    ComponentKind kind = null;
    Integer level = null;
    String parent = null;
    String description = null;
    List<Records.Responsibility> responsibilities = null;
    List<Records.Variable> processModel = null;
    Map<String, Object> ext = null;
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (field) {
        case "id" -> id = p.getText();
        case "name" -> name = p.getText();
        case "kind" -> kind = ComponentKind.valueOf(p.getText());
        case "level" -> level = p.getIntValue();
        case "parent" -> parent = p.getText();
        case "description" -> description = p.getText();
        case "responsibilities" -> responsibilities = list(p, HandCodec::responsibility);
        case "processModel" -> processModel = list(p, HandCodec::variable);
        default -> ext = unknown(p, t, field, ext);
      }
    }
    return new Records.Component(
        id, name, kind, level, parent, description, responsibilities, processModel, ext);
  }

  private static Records.Responsibility responsibility(JsonParser p) throws IOException {
    String id = null;
    String text = null;
    List<String> constraints = null;
    Map<String, Object> ext = null;
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (field) {
        case "id" -> id = p.getText();
        case "text" -> text = p.getText();
        case "constraints" -> constraints = texts(p);
        default -> ext = unknown(p, t, field, ext);
      }
    }
    return new Records.Responsibility(id, text, constraints, ext);
  }

  private static Records.Variable variable(JsonParser p) throws IOException {
    String name = null;
    String description = null;
    Map<String, Object> ext = null;
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (field) {
        case "name" -> name = p.getText();
        case "description" -> description = p.getText();
        default -> ext = unknown(p, t, field, ext);
      }
    }
    return new Records.Variable(name, description, ext);
  }

  private static Records.Link link(JsonParser p) throws IOException {
    String id = null;
    LinkKind kind = null;
    String source = null;
    String target = null;
    String label = null;
    LinkStatus status = null;
    String description = null;
    Map<String, Object> ext = null;
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (field) {
        case "id" -> id = p.getText();
        case "kind" -> kind = LinkKind.valueOf(p.getText());
        case "source" -> source = p.getText();
        case "target" -> target = p.getText();
        case "label" -> label = p.getText();
        case "status" -> status = LinkStatus.valueOf(p.getText());
        case "description" -> description = p.getText();
        default -> ext = unknown(p, t, field, ext);
      }
    }
    return new Records.Link(id, kind, source, target, label, status, description, ext);
  }

  private static Records.ComponentAnalysis componentAnalysis(JsonParser p) throws IOException {
    String component = null;
    String role = null;
    List<String> responsibilities = null;
    List<Records.Contribution> contributions = null;
    List<Records.ProcessModelFlaw> processModelFlaws = null;
    List<Records.ContextFactor> contextFactors = null;
    List<String> questions = null;
    Map<String, Object> ext = null;
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (field) {
        case "component" -> component = p.getText();
        case "role" -> role = p.getText();
        case "responsibilities" -> responsibilities = texts(p);
        case "contributions" -> contributions = list(p, HandCodec::contribution);
        case "processModelFlaws" -> processModelFlaws = list(p, HandCodec::processModelFlaw);
        case "contextFactors" -> contextFactors = list(p, HandCodec::contextFactor);
        case "questions" -> questions = texts(p);
        default -> ext = unknown(p, t, field, ext);
      }
    }
    return new Records.ComponentAnalysis(
        component,
        role,
        responsibilities,
        contributions,
        processModelFlaws,
        contextFactors,
        questions,
        ext);
  }

  private static Records.Contribution contribution(JsonParser p) throws IOException {
    String id = null;
    ContributionKind kind = null;
    String description = null;
    String context = null;
    List<String> hazards = null;
    List<String> events = null;
    List<String> unmet = null;
    Map<String, Object> ext = null;
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (field) {
        case "id" -> id = p.getText();
        case "kind" -> kind = ContributionKind.valueOf(p.getText());
        case "description" -> description = p.getText();
        case "context" -> context = p.getText();
        case "hazards" -> hazards = texts(p);
        case "events" -> events = texts(p);
        case "unmetResponsibilities" -> unmet = texts(p);
        default -> ext = unknown(p, t, field, ext);
      }
    }
    return new Records.Contribution(id, kind, description, context, hazards, events, unmet, ext);
  }

  private static Records.ProcessModelFlaw processModelFlaw(JsonParser p) throws IOException {
    String id = null;
    String variable = null;
    String believed = null;
    String actual = null;
    Map<String, Object> ext = null;
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (field) {
        case "id" -> id = p.getText();
        case "variable" -> variable = p.getText();
        case "believed" -> believed = p.getText();
        case "actual" -> actual = p.getText();
        default -> ext = unknown(p, t, field, ext);
      }
    }
    return new Records.ProcessModelFlaw(id, variable, believed, actual, ext);
  }

  private static Records.Flaw flaw(JsonParser p) throws IOException {
    String id = null;
    FlawCategory category = null;
    String description = null;
    List<String> components = null;
    List<String> links = null;
    List<Records.Evidence> evidence = null;
    String noActionRationale = null;
    Map<String, Object> ext = null;
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (field) {
        case "id" -> id = p.getText();
        case "category" -> category = FlawCategory.valueOf(p.getText());
        case "description" -> description = p.getText();
        case "components" -> components = texts(p);
        case "links" -> links = texts(p);
        case "evidence" -> evidence = list(p, HandCodec::evidence);
        case "noActionRationale" -> noActionRationale = p.getText();
        default -> ext = unknown(p, t, field, ext);
      }
    }
    return new Records.Flaw(
        id, category, description, components, links, evidence, noActionRationale, ext);
  }

  private static Records.Recommendation recommendation(JsonParser p) throws IOException {
    String id = null;
    String text = null;
    List<String> flaws = null;
    List<String> contributions = null;
    List<String> links = null;
    List<String> components = null;
    Priority priority = null;
    Horizon horizon = null;
    String owner = null;
    LocalDate due = null;
    RecommendationStatus status = null;
    String rationale = null;
    String tracker = null;
    String verification = null;
    Map<String, Object> ext = null;
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (field) {
        case "id" -> id = p.getText();
        case "text" -> text = p.getText();
        case "flaws" -> flaws = texts(p);
        case "contributions" -> contributions = texts(p);
        case "links" -> links = texts(p);
        case "components" -> components = texts(p);
        case "priority" -> priority = Priority.valueOf(p.getText());
        case "horizon" -> horizon = Horizon.valueOf(p.getText());
        case "owner" -> owner = p.getText();
        case "due" -> due = LocalDate.parse(p.getText());
        case "status" -> status = RecommendationStatus.valueOf(p.getText());
        case "rationale" -> rationale = p.getText();
        case "tracker" -> tracker = p.getText();
        case "verification" -> verification = p.getText();
        default -> ext = unknown(p, t, field, ext);
      }
    }
    return new Records.Recommendation(
        id,
        text,
        flaws,
        contributions,
        links,
        components,
        priority,
        horizon,
        owner,
        due,
        status,
        rationale,
        tracker,
        verification,
        ext);
  }

  // ---------------------------------------------------------------- helpers

  private static <T> List<T> list(JsonParser p, ElementReader<T> element) throws IOException {
    List<T> out = new ArrayList<>();
    while (p.nextToken() == JsonToken.START_OBJECT) {
      out.add(element.read(p));
    }
    return out;
  }

  private static List<String> texts(JsonParser p) throws IOException {
    List<String> out = new ArrayList<>();
    String s;
    while ((s = p.nextTextValue()) != null) {
      out.add(s);
    }
    return out;
  }

  private static Map<String, Object> unknown(
      JsonParser p, JsonToken t, String field, Map<String, Object> ext) throws IOException {
    Map<String, Object> out = ext == null ? new LinkedHashMap<>() : ext;
    out.put(field, value(p, t));
    return out;
  }

  private static Object value(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        return p.getNumberValue();
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      case START_ARRAY:
        {
          List<Object> out = new ArrayList<>();
          JsonToken next;
          while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
            out.add(value(p, next));
          }
          return out;
        }
      case START_OBJECT:
        {
          Map<String, Object> out = new LinkedHashMap<>();
          String name;
          while ((name = p.nextFieldName()) != null) {
            out.put(name, value(p, p.nextToken()));
          }
          return out;
        }
      default:
        throw new IOException("unexpected " + t + " at " + p.currentLocation());
    }
  }
}
