package dev.castkit.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;
import dev.castkit.core.AnalysisStatus;
import dev.castkit.core.AnalyzedSystem;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.Component;
import dev.castkit.core.ComponentAnalysis;
import dev.castkit.core.ConstraintKind;
import dev.castkit.core.ContextFactor;
import dev.castkit.core.Contribution;
import dev.castkit.core.ControlLink;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.ElementId;
import dev.castkit.core.EventTime;
import dev.castkit.core.Evidence;
import dev.castkit.core.ExtensionValue;
import dev.castkit.core.Flaw;
import dev.castkit.core.Hazard;
import dev.castkit.core.LinkStatus;
import dev.castkit.core.Loss;
import dev.castkit.core.ProcessAnalysis;
import dev.castkit.core.ProcessModelFlaw;
import dev.castkit.core.ProcessModelVariable;
import dev.castkit.core.Question;
import dev.castkit.core.QuestionStatus;
import dev.castkit.core.Recommendation;
import dev.castkit.core.RecommendationStatus;
import dev.castkit.core.Reference;
import dev.castkit.core.Responsibility;
import dev.castkit.core.SafetyConstraint;
import dev.castkit.core.TimePrecision;
import dev.castkit.core.TimelineEvent;
import dev.castkit.json.CastJsonException;
import dev.castkit.json.CastJsonException.Code;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a {@link CastAnalysis} as canonical format version 1 to a Jackson generator (JSON or
 * YAML). Not API. Not thread-safe; one instance writes one analysis.
 *
 * <p>Canonical: fields in {@link Fields} order, absent optionals, empty collections and default
 * values left out, sets of ids in the ids' natural order, extension keys sorted.
 */
public final class CastWriter {
  private final JsonGenerator g;
  private final int maxDepth;
  private int baseDepth;

  /**
   * Creates a writer.
   *
   * @param generator the generator, positioned where a value may be written
   * @param maxNestingDepth the deepest nesting of objects and arrays to write
   */
  public CastWriter(JsonGenerator generator, int maxNestingDepth) {
    this.g = generator;
    this.maxDepth = maxNestingDepth;
  }

  /**
   * Writes the analysis as one object.
   *
   * @param a the analysis
   * @throws IOException from the generator
   * @throws CastJsonException when the analysis cannot be written in the format
   */
  public void write(CastAnalysis a) throws IOException {
    baseDepth = g.getOutputContext().getNestingDepth();
    g.writeStartObject();
    field("formatVersion", CastReader.FORMAT_VERSION);
    field("id", a.id().value());
    field("title", a.title());
    optional("summary", a.summary());
    texts("analysts", a.analysts());
    if (!a.references().isEmpty()) {
      g.writeArrayFieldStart("references");
      for (Reference r : a.references()) {
        reference(r);
      }
      g.writeEndArray();
    }
    if (a.status() != AnalysisStatus.DRAFT) {
      field("status", a.status().name());
    }
    if (a.system().isPresent()) {
      g.writeFieldName("system");
      system(a.system().get());
    }
    if (!a.losses().isEmpty()) {
      g.writeArrayFieldStart("losses");
      for (Loss l : a.losses()) {
        loss(l);
      }
      g.writeEndArray();
    }
    if (!a.hazards().isEmpty()) {
      g.writeArrayFieldStart("hazards");
      for (Hazard h : a.hazards()) {
        hazard(h);
      }
      g.writeEndArray();
    }
    if (!a.constraints().isEmpty()) {
      g.writeArrayFieldStart("constraints");
      for (SafetyConstraint c : a.constraints()) {
        constraint(c);
      }
      g.writeEndArray();
    }
    if (!a.timeline().isEmpty()) {
      g.writeArrayFieldStart("timeline");
      for (TimelineEvent e : a.timeline()) {
        event(e);
      }
      g.writeEndArray();
    }
    if (a.processAnalysis().isPresent()) {
      g.writeFieldName("processAnalysis");
      processAnalysis(a.processAnalysis().get());
    }
    if (!a.questions().isEmpty()) {
      g.writeArrayFieldStart("questions");
      for (Question q : a.questions()) {
        question(q);
      }
      g.writeEndArray();
    }
    if (!a.controlStructures().isEmpty()) {
      g.writeArrayFieldStart("controlStructures");
      for (ControlStructure cs : a.controlStructures()) {
        controlStructure(cs);
      }
      g.writeEndArray();
    }
    if (!a.componentAnalyses().isEmpty()) {
      g.writeArrayFieldStart("componentAnalyses");
      for (ComponentAnalysis ca : a.componentAnalyses()) {
        componentAnalysis(ca);
      }
      g.writeEndArray();
    }
    if (!a.flaws().isEmpty()) {
      g.writeArrayFieldStart("flaws");
      for (Flaw f : a.flaws()) {
        flaw(f);
      }
      g.writeEndArray();
    }
    if (!a.recommendations().isEmpty()) {
      g.writeArrayFieldStart("recommendations");
      for (Recommendation r : a.recommendations()) {
        recommendation(r);
      }
      g.writeEndArray();
    }
    extensions(Fields.ANALYSIS, a.extensions());
    g.writeEndObject();
  }

  private void reference(Reference r) throws IOException {
    g.writeStartObject();
    field("kind", r.kind().name());
    field("value", r.value());
    optional("title", r.title());
    extensions(Fields.REFERENCE, r.extensions());
    g.writeEndObject();
  }

  private void system(AnalyzedSystem s) throws IOException {
    g.writeStartObject();
    field("name", s.name());
    optional("description", s.description());
    texts("inside", s.inside());
    texts("environment", s.environment());
    texts("goals", s.goals());
    extensions(Fields.SYSTEM, s.extensions());
    g.writeEndObject();
  }

  private void loss(Loss l) throws IOException {
    g.writeStartObject();
    field("id", l.id().value());
    field("description", l.description());
    field("category", l.category().name());
    texts("stakeholders", l.stakeholders());
    optional("impact", l.impact());
    extensions(Fields.LOSS, l.extensions());
    g.writeEndObject();
  }

  private void hazard(Hazard h) throws IOException {
    g.writeStartObject();
    field("id", h.id().value());
    field("description", h.description());
    ids("losses", h.losses());
    optionalId("parent", h.parent());
    extensions(Fields.HAZARD, h.extensions());
    g.writeEndObject();
  }

  private void constraint(SafetyConstraint c) throws IOException {
    g.writeStartObject();
    field("id", c.id().value());
    field("text", c.text());
    if (c.kind() != ConstraintKind.PREVENT) {
      field("kind", c.kind().name());
    }
    ids("hazards", c.hazards());
    optionalId("parent", c.parent());
    extensions(Fields.CONSTRAINT, c.extensions());
    g.writeEndObject();
  }

  private void event(TimelineEvent e) throws IOException {
    g.writeStartObject();
    field("id", e.id().value());
    if (e.time().isPresent()) {
      EventTime time = e.time().get();
      if (!Times.writable(time.at())) {
        throw invalid(
            "time",
            "the time " + time.at() + " is outside the years 0000 to 9999 the format allows");
      }
      field("time", Times.format(time.at(), time.precision() == TimePrecision.MILLISECOND));
      if (time.precision() != TimePrecision.SECOND) {
        field("timePrecision", time.precision().name());
      }
      if (time.approximate()) {
        g.writeBooleanField("approximate", true);
      }
    }
    field("description", e.description());
    ids("components", e.components());
    if (!e.evidence().isEmpty()) {
      g.writeArrayFieldStart("evidence");
      for (Evidence ev : e.evidence()) {
        evidence(ev);
      }
      g.writeEndArray();
    }
    ids("questions", e.questions());
    extensions(Fields.EVENT, e.extensions());
    g.writeEndObject();
  }

  private void evidence(Evidence e) throws IOException {
    g.writeStartObject();
    field("kind", e.kind().name());
    field("source", e.source());
    optional("excerpt", e.excerpt());
    extensions(Fields.EVIDENCE, e.extensions());
    g.writeEndObject();
  }

  private void processAnalysis(ProcessAnalysis pa) throws IOException {
    g.writeStartObject();
    optional("summary", pa.summary());
    texts("controls", pa.controls());
    texts("failures", pa.failures());
    texts("interactions", pa.interactions());
    contextFactors(pa.contextFactors());
    extensions(Fields.PROCESS_ANALYSIS, pa.extensions());
    g.writeEndObject();
  }

  private void contextFactors(List<ContextFactor> factors) throws IOException {
    if (factors.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("contextFactors");
    for (ContextFactor f : factors) {
      g.writeStartObject();
      field("kind", f.kind().name());
      field("description", f.description());
      extensions(Fields.CONTEXT_FACTOR, f.extensions());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void question(Question q) throws IOException {
    g.writeStartObject();
    field("id", q.id().value());
    field("text", q.text());
    field("step", q.step().name());
    optional("about", q.about());
    if (q.status() != QuestionStatus.OPEN) {
      field("status", q.status().name());
    }
    optional("answer", q.answer());
    extensions(Fields.QUESTION, q.extensions());
    g.writeEndObject();
  }

  private void controlStructure(ControlStructure cs) throws IOException {
    g.writeStartObject();
    field("id", cs.id().value());
    field("variant", cs.variant().name());
    optional("name", cs.name());
    optional("description", cs.description());
    if (!cs.components().isEmpty()) {
      g.writeArrayFieldStart("components");
      for (Component c : cs.components()) {
        component(c);
      }
      g.writeEndArray();
    }
    if (!cs.links().isEmpty()) {
      g.writeArrayFieldStart("links");
      for (ControlLink l : cs.links()) {
        link(l);
      }
      g.writeEndArray();
    }
    extensions(Fields.CONTROL_STRUCTURE, cs.extensions());
    g.writeEndObject();
  }

  private void component(Component c) throws IOException {
    g.writeStartObject();
    field("id", c.id().value());
    field("name", c.name());
    field("kind", c.kind().name());
    if (c.level() != 0) {
      g.writeNumberField("level", c.level());
    }
    optionalId("parent", c.parent());
    optional("description", c.description());
    if (!c.responsibilities().isEmpty()) {
      g.writeArrayFieldStart("responsibilities");
      for (Responsibility r : c.responsibilities()) {
        g.writeStartObject();
        field("id", r.id().value());
        field("text", r.text());
        ids("constraints", r.constraints());
        extensions(Fields.RESPONSIBILITY, r.extensions());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!c.processModel().isEmpty()) {
      g.writeArrayFieldStart("processModel");
      for (ProcessModelVariable v : c.processModel()) {
        g.writeStartObject();
        field("name", v.name());
        optional("description", v.description());
        extensions(Fields.PROCESS_MODEL_VARIABLE, v.extensions());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    extensions(Fields.COMPONENT, c.extensions());
    g.writeEndObject();
  }

  private void link(ControlLink l) throws IOException {
    g.writeStartObject();
    field("id", l.id().value());
    field("kind", l.kind().name());
    field("source", l.source().value());
    field("target", l.target().value());
    field("label", l.label());
    if (l.status() != LinkStatus.PRESENT) {
      field("status", l.status().name());
    }
    optional("description", l.description());
    extensions(Fields.CONTROL_LINK, l.extensions());
    g.writeEndObject();
  }

  private void componentAnalysis(ComponentAnalysis ca) throws IOException {
    g.writeStartObject();
    field("component", ca.component().value());
    optional("role", ca.role());
    ids("responsibilities", ca.responsibilities());
    if (!ca.contributions().isEmpty()) {
      g.writeArrayFieldStart("contributions");
      for (Contribution c : ca.contributions()) {
        contribution(c);
      }
      g.writeEndArray();
    }
    if (!ca.processModelFlaws().isEmpty()) {
      g.writeArrayFieldStart("processModelFlaws");
      for (ProcessModelFlaw f : ca.processModelFlaws()) {
        g.writeStartObject();
        field("id", f.id().value());
        optional("variable", f.variable());
        field("believed", f.believed());
        field("actual", f.actual());
        extensions(Fields.PROCESS_MODEL_FLAW, f.extensions());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    contextFactors(ca.contextFactors());
    ids("questions", ca.questions());
    extensions(Fields.COMPONENT_ANALYSIS, ca.extensions());
    g.writeEndObject();
  }

  private void contribution(Contribution c) throws IOException {
    g.writeStartObject();
    field("id", c.id().value());
    field("kind", c.kind().name());
    field("description", c.description());
    optional("context", c.context());
    ids("hazards", c.hazards());
    ids("events", c.events());
    ids("unmetResponsibilities", c.unmetResponsibilities());
    extensions(Fields.CONTRIBUTION, c.extensions());
    g.writeEndObject();
  }

  private void flaw(Flaw f) throws IOException {
    g.writeStartObject();
    field("id", f.id().value());
    field("category", f.category().name());
    field("description", f.description());
    ids("components", f.components());
    ids("links", f.links());
    if (!f.evidence().isEmpty()) {
      g.writeArrayFieldStart("evidence");
      for (Evidence e : f.evidence()) {
        evidence(e);
      }
      g.writeEndArray();
    }
    optional("noActionRationale", f.noActionRationale());
    extensions(Fields.FLAW, f.extensions());
    g.writeEndObject();
  }

  private void recommendation(Recommendation r) throws IOException {
    g.writeStartObject();
    field("id", r.id().value());
    field("text", r.text());
    ids("flaws", r.flaws());
    ids("contributions", r.contributions());
    ids("links", r.links());
    ids("components", r.components());
    if (r.priority().isPresent()) {
      field("priority", r.priority().get().name());
    }
    if (r.horizon().isPresent()) {
      field("horizon", r.horizon().get().name());
    }
    optional("owner", r.owner());
    if (r.due().isPresent()) {
      LocalDate due = r.due().get();
      if (!Times.writable(due)) {
        throw invalid("due", "the date " + due + " is outside the years 0000 to 9999");
      }
      field("due", Times.format(due));
    }
    if (r.status() != RecommendationStatus.PROPOSED) {
      field("status", r.status().name());
    }
    optional("rationale", r.rationale());
    optional("tracker", r.tracker());
    optional("verification", r.verification());
    extensions(Fields.RECOMMENDATION, r.extensions());
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- helpers

  private void field(String name, String value) throws IOException {
    g.writeFieldName(name);
    string(value);
  }

  private void name(String name) throws IOException {
    if (Texts.hasUnpairedSurrogate(name)) {
      throw unpaired(objectPointer().appendProperty(name));
    }
    g.writeFieldName(name);
  }

  private void string(String value) throws IOException {
    if (Texts.hasUnpairedSurrogate(value)) {
      throw unpaired(here());
    }
    g.writeString(value);
  }

  private static CastJsonException unpaired(JsonPointer at) {
    return new CastJsonException(
        Code.INVALID_VALUE,
        "a text holds an unpaired UTF-16 surrogate, which is not Unicode text and cannot be"
            + " written as UTF-8",
        at.toString(),
        CastJsonException.UNKNOWN_POSITION,
        CastJsonException.UNKNOWN_POSITION,
        null);
  }

  private void optional(String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      field(name, value.get());
    }
  }

  private void optionalId(String name, Optional<? extends ElementId> value) throws IOException {
    if (value.isPresent()) {
      field(name, value.get().value());
    }
  }

  private void texts(String name, List<String> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (String v : values) {
      string(v);
    }
    g.writeEndArray();
  }

  private void ids(String name, Set<? extends ElementId> ids) throws IOException {
    if (ids.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    if (ids.size() == 1) {
      // most sets hold one id: nothing to sort
      g.writeString(ids.iterator().next().value());
    } else {
      ElementId[] sorted = ids.toArray(new ElementId[0]);
      Arrays.sort(sorted);
      for (ElementId id : sorted) {
        g.writeString(id.value());
      }
    }
    g.writeEndArray();
  }

  private void extensions(Fields type, Map<String, ExtensionValue> extensions) throws IOException {
    if (extensions.isEmpty()) {
      return;
    }
    String[] keys = extensions.keySet().toArray(new String[0]);
    Arrays.sort(keys);
    for (String key : keys) {
      if (type.contains(key)) {
        throw new CastJsonException(
            Code.EXTENSION_KEY_CONFLICT,
            "the extension key '"
                + CastReader.abbreviate(key)
                + "' of a "
                + type.type()
                + " is also the name of a known field; rename the extension (for example with an"
                + " \"x-\" prefix)",
            objectPointer().appendProperty(key).toString(),
            CastJsonException.UNKNOWN_POSITION,
            CastJsonException.UNKNOWN_POSITION,
            null);
      }
      name(key);
      value(extensions.get(key));
    }
  }

  private void value(ExtensionValue v) throws IOException {
    if (v instanceof ExtensionValue.StringValue s) {
      string(s.value());
    } else if (v instanceof ExtensionValue.NumberValue n) {
      g.writeNumber(n.literal());
    } else if (v instanceof ExtensionValue.BooleanValue b) {
      g.writeBoolean(b.value());
    } else if (v instanceof ExtensionValue.NullValue) {
      g.writeNull();
    } else if (v instanceof ExtensionValue.ArrayValue a) {
      checkDepth();
      g.writeStartArray();
      for (ExtensionValue e : a.elements()) {
        value(e);
      }
      g.writeEndArray();
    } else {
      ExtensionValue.ObjectValue o = (ExtensionValue.ObjectValue) v;
      checkDepth();
      g.writeStartObject();
      for (Map.Entry<String, ExtensionValue> e : o.members().entrySet()) {
        name(e.getKey());
        value(e.getValue());
      }
      g.writeEndObject();
    }
  }

  private void checkDepth() {
    if (g.getOutputContext().getNestingDepth() - baseDepth + 1 > maxDepth) {
      throw new CastJsonException(
          Code.NESTING_TOO_DEEP,
          "an extension value is nested deeper than the limit of " + maxDepth,
          here().toString(),
          CastJsonException.UNKNOWN_POSITION,
          CastJsonException.UNKNOWN_POSITION,
          null);
    }
  }

  private CastJsonException invalid(String field, String detail) {
    return new CastJsonException(
        Code.INVALID_VALUE,
        detail,
        objectPointer().appendProperty(field).toString(),
        CastJsonException.UNKNOWN_POSITION,
        CastJsonException.UNKNOWN_POSITION,
        null);
  }

  /** Where the next value goes. */
  private JsonPointer here() {
    return g.getOutputContext().pathAsPointer();
  }

  /** The object being written (its context's own current name is that of its last field). */
  private JsonPointer objectPointer() {
    JsonStreamContext parent = g.getOutputContext().getParent();
    return parent == null ? JsonPointer.empty() : parent.pathAsPointer();
  }
}
