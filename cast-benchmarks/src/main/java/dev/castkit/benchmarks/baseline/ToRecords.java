package dev.castkit.benchmarks.baseline;

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
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns a castkit analysis into the baselines' {@link Records}, so that both sides of a benchmark
 * handle the same data. Mirrors castkit's JSON format: absent optionals, empty lists and default
 * values become {@code null}, sets of ids become lists in the ids' natural order, extension
 * attributes become maps sorted by key holding what Jackson data binding makes of JSON ({@code
 * Integer}, {@code Long}, {@code BigInteger}, {@code Double}, {@code String}, {@code Boolean},
 * {@code null}, {@code List}, {@code Map}).
 */
public final class ToRecords {
  private ToRecords() {}

  /** The format version castkit writes, copied into the records so that their JSON matches. */
  public static final String FORMAT_VERSION = "1.0";

  /**
   * The records of an analysis.
   *
   * @param a the analysis
   * @return the same data as plain records
   */
  public static Records.Analysis of(CastAnalysis a) {
    return new Records.Analysis(
        FORMAT_VERSION,
        a.id().value(),
        a.title(),
        a.summary().orElse(null),
        texts(a.analysts()),
        list(a.references(), ToRecords::reference),
        a.status() == AnalysisStatus.DRAFT ? null : a.status(),
        a.system().map(ToRecords::system).orElse(null),
        list(a.losses(), ToRecords::loss),
        list(a.hazards(), ToRecords::hazard),
        list(a.constraints(), ToRecords::constraint),
        list(a.timeline(), ToRecords::event),
        a.processAnalysis().map(ToRecords::processAnalysis).orElse(null),
        list(a.questions(), ToRecords::question),
        list(a.controlStructures(), ToRecords::structure),
        list(a.componentAnalyses(), ToRecords::componentAnalysis),
        list(a.flaws(), ToRecords::flaw),
        list(a.recommendations(), ToRecords::recommendation),
        extensions(a.extensions()));
  }

  private static Records.Reference reference(Reference r) {
    return new Records.Reference(
        r.kind(), r.value(), r.title().orElse(null), extensions(r.extensions()));
  }

  private static Records.SystemRecord system(AnalyzedSystem s) {
    return new Records.SystemRecord(
        s.name(),
        s.description().orElse(null),
        texts(s.inside()),
        texts(s.environment()),
        texts(s.goals()),
        extensions(s.extensions()));
  }

  private static Records.Loss loss(Loss l) {
    return new Records.Loss(
        l.id().value(),
        l.description(),
        l.category(),
        texts(l.stakeholders()),
        l.impact().orElse(null),
        extensions(l.extensions()));
  }

  private static Records.Hazard hazard(Hazard h) {
    return new Records.Hazard(
        h.id().value(),
        h.description(),
        ids(h.losses()),
        id(h.parent()),
        extensions(h.extensions()));
  }

  private static Records.Constraint constraint(SafetyConstraint c) {
    return new Records.Constraint(
        c.id().value(),
        c.text(),
        c.kind() == ConstraintKind.PREVENT ? null : c.kind(),
        ids(c.hazards()),
        id(c.parent()),
        extensions(c.extensions()));
  }

  private static Records.Event event(TimelineEvent e) {
    EventTime t = e.time().orElse(null);
    return new Records.Event(
        e.id().value(),
        t == null ? null : t.at(),
        t == null || t.precision() == TimePrecision.SECOND ? null : t.precision(),
        t != null && t.approximate() ? Boolean.TRUE : null,
        e.description(),
        ids(e.components()),
        list(e.evidence(), ToRecords::evidence),
        ids(e.questions()),
        extensions(e.extensions()));
  }

  private static Records.Evidence evidence(Evidence e) {
    return new Records.Evidence(
        e.kind(), e.source(), e.excerpt().orElse(null), extensions(e.extensions()));
  }

  private static Records.ProcessAnalysis processAnalysis(ProcessAnalysis p) {
    return new Records.ProcessAnalysis(
        p.summary().orElse(null),
        texts(p.controls()),
        texts(p.failures()),
        texts(p.interactions()),
        list(p.contextFactors(), ToRecords::contextFactor),
        extensions(p.extensions()));
  }

  private static Records.ContextFactor contextFactor(ContextFactor f) {
    return new Records.ContextFactor(f.kind(), f.description(), extensions(f.extensions()));
  }

  private static Records.Question question(Question q) {
    return new Records.Question(
        q.id().value(),
        q.text(),
        q.step(),
        q.about().orElse(null),
        q.status() == QuestionStatus.OPEN ? null : q.status(),
        q.answer().orElse(null),
        extensions(q.extensions()));
  }

  private static Records.ControlStructure structure(ControlStructure cs) {
    return new Records.ControlStructure(
        cs.id().value(),
        cs.variant(),
        cs.name().orElse(null),
        cs.description().orElse(null),
        list(cs.components(), ToRecords::component),
        list(cs.links(), ToRecords::link),
        extensions(cs.extensions()));
  }

  private static Records.Component component(Component c) {
    return new Records.Component(
        c.id().value(),
        c.name(),
        c.kind(),
        c.level() == 0 ? null : c.level(),
        id(c.parent()),
        c.description().orElse(null),
        list(c.responsibilities(), ToRecords::responsibility),
        list(c.processModel(), ToRecords::variable),
        extensions(c.extensions()));
  }

  private static Records.Responsibility responsibility(Responsibility r) {
    return new Records.Responsibility(
        r.id().value(), r.text(), ids(r.constraints()), extensions(r.extensions()));
  }

  private static Records.Variable variable(ProcessModelVariable v) {
    return new Records.Variable(v.name(), v.description().orElse(null), extensions(v.extensions()));
  }

  private static Records.Link link(ControlLink l) {
    return new Records.Link(
        l.id().value(),
        l.kind(),
        l.source().value(),
        l.target().value(),
        l.label(),
        l.status() == LinkStatus.PRESENT ? null : l.status(),
        l.description().orElse(null),
        extensions(l.extensions()));
  }

  private static Records.ComponentAnalysis componentAnalysis(ComponentAnalysis ca) {
    return new Records.ComponentAnalysis(
        ca.component().value(),
        ca.role().orElse(null),
        ids(ca.responsibilities()),
        list(ca.contributions(), ToRecords::contribution),
        list(ca.processModelFlaws(), ToRecords::processModelFlaw),
        list(ca.contextFactors(), ToRecords::contextFactor),
        ids(ca.questions()),
        extensions(ca.extensions()));
  }

  private static Records.Contribution contribution(Contribution c) {
    return new Records.Contribution(
        c.id().value(),
        c.kind(),
        c.description(),
        c.context().orElse(null),
        ids(c.hazards()),
        ids(c.events()),
        ids(c.unmetResponsibilities()),
        extensions(c.extensions()));
  }

  private static Records.ProcessModelFlaw processModelFlaw(ProcessModelFlaw f) {
    return new Records.ProcessModelFlaw(
        f.id().value(),
        f.variable().orElse(null),
        f.believed(),
        f.actual(),
        extensions(f.extensions()));
  }

  private static Records.Flaw flaw(Flaw f) {
    return new Records.Flaw(
        f.id().value(),
        f.category(),
        f.description(),
        ids(f.components()),
        ids(f.links()),
        list(f.evidence(), ToRecords::evidence),
        f.noActionRationale().orElse(null),
        extensions(f.extensions()));
  }

  private static Records.Recommendation recommendation(Recommendation r) {
    return new Records.Recommendation(
        r.id().value(),
        r.text(),
        ids(r.flaws()),
        ids(r.contributions()),
        ids(r.links()),
        ids(r.components()),
        r.priority().orElse(null),
        r.horizon().orElse(null),
        r.owner().orElse(null),
        r.due().orElse(null),
        r.status() == RecommendationStatus.PROPOSED ? null : r.status(),
        r.rationale().orElse(null),
        r.tracker().orElse(null),
        r.verification().orElse(null),
        extensions(r.extensions()));
  }

  // ---------------------------------------------------------------- helpers

  private static <T, R> List<R> list(List<T> values, Function<T, R> f) {
    if (values.isEmpty()) {
      return null;
    }
    List<R> out = new ArrayList<>(values.size());
    for (T v : values) {
      out.add(f.apply(v));
    }
    return out;
  }

  private static List<String> texts(List<String> values) {
    return values.isEmpty() ? null : new ArrayList<>(values);
  }

  private static List<String> ids(Set<? extends ElementId> ids) {
    if (ids.isEmpty()) {
      return null;
    }
    ElementId[] sorted = ids.toArray(new ElementId[0]);
    Arrays.sort(sorted);
    List<String> out = new ArrayList<>(sorted.length);
    for (ElementId id : sorted) {
      out.add(id.value());
    }
    return out;
  }

  private static String id(Optional<? extends ElementId> id) {
    return id.isPresent() ? id.get().value() : null;
  }

  /**
   * The extension attributes as plain Java values, sorted by key.
   *
   * @param extensions castkit's extension attributes
   * @return a mutable map sorted by key
   */
  public static Map<String, Object> extensions(Map<String, ExtensionValue> extensions) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, ExtensionValue> e : new TreeMap<>(extensions).entrySet()) {
      out.put(e.getKey(), value(e.getValue()));
    }
    return out;
  }

  private static Object value(ExtensionValue v) {
    if (v instanceof ExtensionValue.StringValue s) {
      return s.value();
    } else if (v instanceof ExtensionValue.BooleanValue b) {
      return b.value();
    } else if (v instanceof ExtensionValue.NullValue) {
      return null;
    } else if (v instanceof ExtensionValue.NumberValue n) {
      return number(n.literal());
    } else if (v instanceof ExtensionValue.ArrayValue a) {
      List<Object> out = new ArrayList<>(a.elements().size());
      for (ExtensionValue e : a.elements()) {
        out.add(value(e));
      }
      return out;
    } else {
      return extensions(((ExtensionValue.ObjectValue) v).members());
    }
  }

  /** What Jackson's default data binding makes of a JSON number. */
  static Object number(String literal) {
    if (literal.indexOf('.') < 0 && literal.indexOf('e') < 0 && literal.indexOf('E') < 0) {
      BigInteger i = new BigInteger(literal);
      if (i.bitLength() < 32) {
        return i.intValue();
      } else if (i.bitLength() < 64) {
        return i.longValue();
      }
      return i;
    }
    return new BigDecimal(literal).doubleValue();
  }
}
