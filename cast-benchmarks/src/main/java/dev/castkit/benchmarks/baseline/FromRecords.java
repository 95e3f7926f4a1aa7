package dev.castkit.benchmarks.baseline;

import dev.castkit.core.AnalysisId;
import dev.castkit.core.AnalyzedSystem;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.Component;
import dev.castkit.core.ComponentAnalysis;
import dev.castkit.core.ComponentId;
import dev.castkit.core.ConstraintId;
import dev.castkit.core.ContextFactor;
import dev.castkit.core.Contribution;
import dev.castkit.core.ContributionId;
import dev.castkit.core.ControlLink;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.ControlStructureId;
import dev.castkit.core.EventId;
import dev.castkit.core.EventTime;
import dev.castkit.core.Evidence;
import dev.castkit.core.ExtensionValue;
import dev.castkit.core.Flaw;
import dev.castkit.core.FlawId;
import dev.castkit.core.Hazard;
import dev.castkit.core.HazardId;
import dev.castkit.core.LinkId;
import dev.castkit.core.Loss;
import dev.castkit.core.LossId;
import dev.castkit.core.ProcessAnalysis;
import dev.castkit.core.ProcessModelFlaw;
import dev.castkit.core.ProcessModelFlawId;
import dev.castkit.core.ProcessModelVariable;
import dev.castkit.core.Question;
import dev.castkit.core.QuestionId;
import dev.castkit.core.Recommendation;
import dev.castkit.core.RecommendationId;
import dev.castkit.core.Reference;
import dev.castkit.core.Responsibility;
import dev.castkit.core.ResponsibilityId;
import dev.castkit.core.SafetyConstraint;
import dev.castkit.core.TimePrecision;
import dev.castkit.core.TimelineEvent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Builds a castkit analysis from the baselines' {@link Records} through the public builders: what
 * an incident tool does to turn its own data into a {@link dev.castkit.core.CastAnalysis}. Every id
 * is made anew from its string, so id syntax, blank texts and duplicates are checked as in real
 * use. The "build" benchmark measures this.
 */
public final class FromRecords {
  private FromRecords() {}

  /**
   * The castkit analysis holding the data of the records.
   *
   * @param r the records
   * @return the analysis
   */
  public static CastAnalysis analysis(Records.Analysis r) {
    CastAnalysis.Builder b =
        CastAnalysis.builder()
            .id(AnalysisId.of(r.id()))
            .title(r.title())
            .extensions(ext(r.extensions()));
    if (r.summary() != null) {
      b.summary(r.summary());
    }
    each(r.analysts(), b::addAnalyst);
    each(r.references(), x -> b.addReference(reference(x)));
    if (r.status() != null) {
      b.status(r.status());
    }
    if (r.system() != null) {
      b.system(system(r.system()));
    }
    each(r.losses(), x -> b.addLoss(loss(x)));
    each(r.hazards(), x -> b.addHazard(hazard(x)));
    each(r.constraints(), x -> b.addConstraint(constraint(x)));
    each(r.timeline(), x -> b.addTimeline(event(x)));
    if (r.processAnalysis() != null) {
      b.processAnalysis(processAnalysis(r.processAnalysis()));
    }
    each(r.questions(), x -> b.addQuestion(question(x)));
    each(r.controlStructures(), x -> b.addControlStructure(structure(x)));
    each(r.componentAnalyses(), x -> b.addComponentAnalysis(componentAnalysis(x)));
    each(r.flaws(), x -> b.addFlaw(flaw(x)));
    each(r.recommendations(), x -> b.addRecommendation(recommendation(x)));
    return b.build();
  }

  private static Reference reference(Records.Reference r) {
    Reference.Builder b =
        Reference.builder().kind(r.kind()).value(r.value()).extensions(ext(r.extensions()));
    if (r.title() != null) {
      b.title(r.title());
    }
    return b.build();
  }

  private static AnalyzedSystem system(Records.SystemRecord s) {
    AnalyzedSystem.Builder b = AnalyzedSystem.builder().name(s.name());
    if (s.description() != null) {
      b.description(s.description());
    }
    each(s.inside(), b::addInside);
    each(s.environment(), b::addEnvironment);
    each(s.goals(), b::addGoal);
    return b.extensions(ext(s.extensions())).build();
  }

  private static Loss loss(Records.Loss l) {
    Loss.Builder b =
        Loss.builder().id(LossId.of(l.id())).description(l.description()).category(l.category());
    each(l.stakeholders(), b::addStakeholder);
    if (l.impact() != null) {
      b.impact(l.impact());
    }
    return b.extensions(ext(l.extensions())).build();
  }

  private static Hazard hazard(Records.Hazard h) {
    Hazard.Builder b = Hazard.builder().id(HazardId.of(h.id())).description(h.description());
    each(h.losses(), x -> b.addLoss(LossId.of(x)));
    if (h.parent() != null) {
      b.parent(HazardId.of(h.parent()));
    }
    return b.extensions(ext(h.extensions())).build();
  }

  private static SafetyConstraint constraint(Records.Constraint c) {
    SafetyConstraint.Builder b =
        SafetyConstraint.builder().id(ConstraintId.of(c.id())).text(c.text());
    if (c.kind() != null) {
      b.kind(c.kind());
    }
    each(c.hazards(), x -> b.addHazard(HazardId.of(x)));
    if (c.parent() != null) {
      b.parent(ConstraintId.of(c.parent()));
    }
    return b.extensions(ext(c.extensions())).build();
  }

  private static TimelineEvent event(Records.Event e) {
    TimelineEvent.Builder b =
        TimelineEvent.builder().id(EventId.of(e.id())).description(e.description());
    if (e.time() != null) {
      TimePrecision precision =
          e.timePrecision() == null ? TimePrecision.SECOND : e.timePrecision();
      b.time(new EventTime(e.time(), precision, Boolean.TRUE.equals(e.approximate())));
    }
    each(e.components(), x -> b.addComponent(ComponentId.of(x)));
    each(e.evidence(), x -> b.addEvidence(evidence(x)));
    each(e.questions(), x -> b.addQuestion(QuestionId.of(x)));
    return b.extensions(ext(e.extensions())).build();
  }

  private static Evidence evidence(Records.Evidence e) {
    Evidence.Builder b = Evidence.builder().kind(e.kind()).source(e.source());
    if (e.excerpt() != null) {
      b.excerpt(e.excerpt());
    }
    return b.extensions(ext(e.extensions())).build();
  }

  private static ProcessAnalysis processAnalysis(Records.ProcessAnalysis p) {
    ProcessAnalysis.Builder b = ProcessAnalysis.builder();
    if (p.summary() != null) {
      b.summary(p.summary());
    }
    each(p.controls(), b::addControl);
    each(p.failures(), b::addFailure);
    each(p.interactions(), b::addInteraction);
    each(p.contextFactors(), x -> b.addContextFactor(contextFactor(x)));
    return b.extensions(ext(p.extensions())).build();
  }

  private static ContextFactor contextFactor(Records.ContextFactor f) {
    return ContextFactor.builder()
        .kind(f.kind())
        .description(f.description())
        .extensions(ext(f.extensions()))
        .build();
  }

  private static Question question(Records.Question q) {
    Question.Builder b = Question.builder().id(QuestionId.of(q.id())).text(q.text()).step(q.step());
    if (q.about() != null) {
      b.about(q.about());
    }
    if (q.status() != null) {
      b.status(q.status());
    }
    if (q.answer() != null) {
      b.answer(q.answer());
    }
    return b.extensions(ext(q.extensions())).build();
  }

  private static ControlStructure structure(Records.ControlStructure cs) {
    ControlStructure.Builder b =
        ControlStructure.builder().id(ControlStructureId.of(cs.id())).variant(cs.variant());
    if (cs.name() != null) {
      b.name(cs.name());
    }
    if (cs.description() != null) {
      b.description(cs.description());
    }
    each(cs.components(), x -> b.addComponent(component(x)));
    each(cs.links(), x -> b.addLink(link(x)));
    return b.extensions(ext(cs.extensions())).build();
  }

  private static Component component(Records.Component c) {
    Component.Builder b =
        Component.builder().id(ComponentId.of(c.id())).name(c.name()).kind(c.kind());
    if (c.level() != null) {
      b.level(c.level());
    }
    if (c.parent() != null) {
      b.parent(ComponentId.of(c.parent()));
    }
    if (c.description() != null) {
      b.description(c.description());
    }
    each(c.responsibilities(), x -> b.addResponsibility(responsibility(x)));
    each(c.processModel(), x -> b.addProcessModel(variable(x)));
    return b.extensions(ext(c.extensions())).build();
  }

  private static Responsibility responsibility(Records.Responsibility r) {
    Responsibility.Builder b =
        Responsibility.builder().id(ResponsibilityId.of(r.id())).text(r.text());
    each(r.constraints(), x -> b.addConstraint(ConstraintId.of(x)));
    return b.extensions(ext(r.extensions())).build();
  }

  private static ProcessModelVariable variable(Records.Variable v) {
    ProcessModelVariable.Builder b = ProcessModelVariable.builder().name(v.name());
    if (v.description() != null) {
      b.description(v.description());
    }
    return b.extensions(ext(v.extensions())).build();
  }

  private static ControlLink link(Records.Link l) {
    ControlLink.Builder b =
        ControlLink.builder()
            .id(LinkId.of(l.id()))
            .kind(l.kind())
            .source(ComponentId.of(l.source()))
            .target(ComponentId.of(l.target()))
            .label(l.label());
    if (l.status() != null) {
      b.status(l.status());
    }
    if (l.description() != null) {
      b.description(l.description());
    }
    return b.extensions(ext(l.extensions())).build();
  }

  private static ComponentAnalysis componentAnalysis(Records.ComponentAnalysis ca) {
    ComponentAnalysis.Builder b =
        ComponentAnalysis.builder().component(ComponentId.of(ca.component()));
    if (ca.role() != null) {
      b.role(ca.role());
    }
    each(ca.responsibilities(), x -> b.addResponsibility(ResponsibilityId.of(x)));
    each(ca.contributions(), x -> b.addContribution(contribution(x)));
    each(ca.processModelFlaws(), x -> b.addProcessModelFlaw(processModelFlaw(x)));
    each(ca.contextFactors(), x -> b.addContextFactor(contextFactor(x)));
    each(ca.questions(), x -> b.addQuestion(QuestionId.of(x)));
    return b.extensions(ext(ca.extensions())).build();
  }

  private static Contribution contribution(Records.Contribution c) {
    Contribution.Builder b =
        Contribution.builder()
            .id(ContributionId.of(c.id()))
            .kind(c.kind())
            .description(c.description());
    if (c.context() != null) {
      b.context(c.context());
    }
    each(c.hazards(), x -> b.addHazard(HazardId.of(x)));
    each(c.events(), x -> b.addEvent(EventId.of(x)));
    each(c.unmetResponsibilities(), x -> b.addUnmetResponsibility(ResponsibilityId.of(x)));
    return b.extensions(ext(c.extensions())).build();
  }

  private static ProcessModelFlaw processModelFlaw(Records.ProcessModelFlaw f) {
    ProcessModelFlaw.Builder b =
        ProcessModelFlaw.builder()
            .id(ProcessModelFlawId.of(f.id()))
            .believed(f.believed())
            .actual(f.actual());
    if (f.variable() != null) {
      b.variable(f.variable());
    }
    return b.extensions(ext(f.extensions())).build();
  }

  private static Flaw flaw(Records.Flaw f) {
    Flaw.Builder b =
        Flaw.builder().id(FlawId.of(f.id())).category(f.category()).description(f.description());
    each(f.components(), x -> b.addComponent(ComponentId.of(x)));
    each(f.links(), x -> b.addLink(LinkId.of(x)));
    each(f.evidence(), x -> b.addEvidence(evidence(x)));
    if (f.noActionRationale() != null) {
      b.noActionRationale(f.noActionRationale());
    }
    return b.extensions(ext(f.extensions())).build();
  }

  private static Recommendation recommendation(Records.Recommendation r) {
    Recommendation.Builder b =
        Recommendation.builder().id(RecommendationId.of(r.id())).text(r.text());
    each(r.flaws(), x -> b.addFlaw(FlawId.of(x)));
    each(r.contributions(), x -> b.addContribution(ContributionId.of(x)));
    each(r.links(), x -> b.addLink(LinkId.of(x)));
    each(r.components(), x -> b.addComponent(ComponentId.of(x)));
    if (r.priority() != null) {
      b.priority(r.priority());
    }
    if (r.horizon() != null) {
      b.horizon(r.horizon());
    }
    if (r.owner() != null) {
      b.owner(r.owner());
    }
    if (r.due() != null) {
      b.due(r.due());
    }
    if (r.status() != null) {
      b.status(r.status());
    }
    if (r.rationale() != null) {
      b.rationale(r.rationale());
    }
    if (r.tracker() != null) {
      b.tracker(r.tracker());
    }
    if (r.verification() != null) {
      b.verification(r.verification());
    }
    return b.extensions(ext(r.extensions())).build();
  }

  // ---------------------------------------------------------------- helpers

  private static <T> void each(List<T> values, Consumer<T> f) {
    if (values != null) {
      for (T v : values) {
        f.accept(v);
      }
    }
  }

  private static Map<String, ExtensionValue> ext(Map<String, Object> extensions) {
    if (extensions.isEmpty()) {
      return Map.of();
    }
    Map<String, ExtensionValue> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : extensions.entrySet()) {
      out.put(e.getKey(), value(e.getValue()));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static ExtensionValue value(Object v) {
    if (v == null) {
      return ExtensionValue.ofNull();
    } else if (v instanceof String s) {
      return ExtensionValue.of(s);
    } else if (v instanceof Boolean b) {
      return ExtensionValue.of(b);
    } else if (v instanceof Double d) {
      return ExtensionValue.number(BigDecimal.valueOf(d).toString());
    } else if (v instanceof Number n) {
      return ExtensionValue.number(n.toString());
    } else if (v instanceof List<?> list) {
      List<ExtensionValue> out = new ArrayList<>(list.size());
      for (Object o : list) {
        out.add(value(o));
      }
      return ExtensionValue.array(out);
    } else {
      return ExtensionValue.object(ext((Map<String, Object>) v));
    }
  }
}
