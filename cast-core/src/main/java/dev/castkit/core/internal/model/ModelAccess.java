// Generated from Model by ModelAccessSource; do not edit. After a change to Model, regenerate:
// ./mvnw -pl cast-core test -Dtest=ModelAccessSourceTest -Dcastkit.updateGolden=true
package dev.castkit.core.internal.model;

import dev.castkit.core.AnalysisId;
import dev.castkit.core.AnalysisStatus;
import dev.castkit.core.AnalyzedSystem;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastStep;
import dev.castkit.core.Component;
import dev.castkit.core.ComponentAnalysis;
import dev.castkit.core.ComponentId;
import dev.castkit.core.ComponentKind;
import dev.castkit.core.ConstraintId;
import dev.castkit.core.ConstraintKind;
import dev.castkit.core.ContextFactor;
import dev.castkit.core.ContextKind;
import dev.castkit.core.Contribution;
import dev.castkit.core.ContributionEffect;
import dev.castkit.core.ContributionId;
import dev.castkit.core.ContributionKind;
import dev.castkit.core.ControlLink;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.ControlStructureId;
import dev.castkit.core.EventId;
import dev.castkit.core.EventKind;
import dev.castkit.core.EventTime;
import dev.castkit.core.Evidence;
import dev.castkit.core.EvidenceKind;
import dev.castkit.core.ExtensionValue;
import dev.castkit.core.Flaw;
import dev.castkit.core.FlawCategory;
import dev.castkit.core.FlawId;
import dev.castkit.core.Group;
import dev.castkit.core.GroupId;
import dev.castkit.core.Hazard;
import dev.castkit.core.HazardId;
import dev.castkit.core.Horizon;
import dev.castkit.core.LinkId;
import dev.castkit.core.LinkKind;
import dev.castkit.core.LinkStatus;
import dev.castkit.core.Loss;
import dev.castkit.core.LossCategory;
import dev.castkit.core.LossId;
import dev.castkit.core.Milestone;
import dev.castkit.core.MilestoneKind;
import dev.castkit.core.Priority;
import dev.castkit.core.ProcessAnalysis;
import dev.castkit.core.ProcessModelFlaw;
import dev.castkit.core.ProcessModelFlawId;
import dev.castkit.core.ProcessModelVariable;
import dev.castkit.core.Provenance;
import dev.castkit.core.ProvenanceBasis;
import dev.castkit.core.Quantity;
import dev.castkit.core.Question;
import dev.castkit.core.QuestionId;
import dev.castkit.core.QuestionStatus;
import dev.castkit.core.Recommendation;
import dev.castkit.core.RecommendationId;
import dev.castkit.core.RecommendationStatus;
import dev.castkit.core.Reference;
import dev.castkit.core.ReferenceKind;
import dev.castkit.core.Responsibility;
import dev.castkit.core.ResponsibilityId;
import dev.castkit.core.Revision;
import dev.castkit.core.SafetyConstraint;
import dev.castkit.core.Severity;
import dev.castkit.core.SourceKind;
import dev.castkit.core.StructureVariant;
import dev.castkit.core.TimePrecision;
import dev.castkit.core.TimelineEvent;
import dev.castkit.core.UnsafeControlActionType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The accessors of every type of {@link Model}, generated from its description: one class per
 * type, whose {@code get} and {@code set} switch on the field's index. No reflection and no
 * lambdas, so that nothing is spun when the model is first used. Not API.
 */
final class ModelAccess {
  private ModelAccess() {}

  /**
   * The accessors of a model class, checked against the description's field names.
   *
   * @param type the model class's name
   * @param fields the field names the description gives
   * @return the accessors; failing ones for a class without generated accessors
   */
  static Access of(String type, List<String> fields) {
    switch (type) {
      case "dev.castkit.core.AnalyzedSystem":
        return Access.checked(type, fields, List.of("name", "description", "inside", "environment", "goals"), new AnalyzedSystemAccess());
      case "dev.castkit.core.CastAnalysis":
        return Access.checked(type, fields, List.of("formatVersion", "id", "title", "summary", "analysts", "references", "status", "severity", "tags", "timeZone", "milestones", "revisions", "system", "losses", "hazards", "constraints", "timeline", "processAnalysis", "questions", "controlStructures", "componentAnalyses", "flaws", "recommendations"), new CastAnalysisAccess());
      case "dev.castkit.core.Component":
        return Access.checked(type, fields, List.of("id", "name", "kind", "level", "parent", "group", "description", "responsibilities", "processModel"), new ComponentAccess());
      case "dev.castkit.core.ComponentAnalysis":
        return Access.checked(type, fields, List.of("component", "role", "responsibilities", "contributions", "processModelFlaws", "contextFactors", "questions"), new ComponentAnalysisAccess());
      case "dev.castkit.core.ContextFactor":
        return Access.checked(type, fields, List.of("kind", "description", "provenance"), new ContextFactorAccess());
      case "dev.castkit.core.Contribution":
        return Access.checked(type, fields, List.of("id", "kind", "unsafeControlAction", "effect", "description", "context", "hazards", "events", "unmetResponsibilities", "provenance"), new ContributionAccess());
      case "dev.castkit.core.ControlLink":
        return Access.checked(type, fields, List.of("id", "kind", "source", "target", "label", "status", "description"), new ControlLinkAccess());
      case "dev.castkit.core.ControlStructure":
        return Access.checked(type, fields, List.of("id", "variant", "name", "description", "groups", "components", "links"), new ControlStructureAccess());
      case "dev.castkit.core.Evidence":
        return Access.checked(type, fields, List.of("kind", "source", "author", "excerpt"), new EvidenceAccess());
      case "dev.castkit.core.Flaw":
        return Access.checked(type, fields, List.of("id", "category", "description", "components", "links", "evidence", "noActionRationale", "provenance"), new FlawAccess());
      case "dev.castkit.core.Group":
        return Access.checked(type, fields, List.of("id", "name", "description", "parent"), new GroupAccess());
      case "dev.castkit.core.Hazard":
        return Access.checked(type, fields, List.of("id", "description", "losses", "parent"), new HazardAccess());
      case "dev.castkit.core.Loss":
        return Access.checked(type, fields, List.of("id", "description", "category", "stakeholders", "impact", "quantity", "provenance"), new LossAccess());
      case "dev.castkit.core.Milestone":
        return Access.checked(type, fields, List.of("kind", "time", "timePrecision", "approximate", "event"), new MilestoneAccess());
      case "dev.castkit.core.ProcessAnalysis":
        return Access.checked(type, fields, List.of("summary", "controls", "failures", "interactions", "contextFactors"), new ProcessAnalysisAccess());
      case "dev.castkit.core.ProcessModelFlaw":
        return Access.checked(type, fields, List.of("id", "variable", "believed", "actual", "provenance"), new ProcessModelFlawAccess());
      case "dev.castkit.core.ProcessModelVariable":
        return Access.checked(type, fields, List.of("name", "description"), new ProcessModelVariableAccess());
      case "dev.castkit.core.Provenance":
        return Access.checked(type, fields, List.of("basis", "source", "sourceKind"), new ProvenanceAccess());
      case "dev.castkit.core.Quantity":
        return Access.checked(type, fields, List.of("value", "unit", "approximate"), new QuantityAccess());
      case "dev.castkit.core.Question":
        return Access.checked(type, fields, List.of("id", "text", "step", "about", "status", "answer"), new QuestionAccess());
      case "dev.castkit.core.Recommendation":
        return Access.checked(type, fields, List.of("id", "text", "flaws", "contributions", "links", "components", "priority", "horizon", "owner", "due", "status", "rationale", "tracker", "verification", "proposedBy"), new RecommendationAccess());
      case "dev.castkit.core.Reference":
        return Access.checked(type, fields, List.of("kind", "value", "title"), new ReferenceAccess());
      case "dev.castkit.core.Responsibility":
        return Access.checked(type, fields, List.of("id", "text", "constraints"), new ResponsibilityAccess());
      case "dev.castkit.core.Revision":
        return Access.checked(type, fields, List.of("version", "date", "description", "author"), new RevisionAccess());
      case "dev.castkit.core.SafetyConstraint":
        return Access.checked(type, fields, List.of("id", "text", "kind", "hazards", "parent"), new SafetyConstraintAccess());
      case "dev.castkit.core.Severity":
        return Access.checked(type, fields, List.of("label", "rank"), new SeverityAccess());
      case "dev.castkit.core.TimelineEvent":
        return Access.checked(type, fields, List.of("id", "kind", "time", "timePrecision", "approximate", "timeZone", "duration", "durationApproximate", "after", "offset", "offsetApproximate", "description", "components", "evidence", "questions", "source", "provenance"), new TimelineEventAccess());
      default:
        return Access.failing(type + ": no accessors generated");
    }
  }

  private static final class AnalyzedSystemAccess extends Access {
    @Override
    public Object newBuilder() {
      return AnalyzedSystem.builder();
    }

    @Override
    public Object build(Object builder) {
      return ((AnalyzedSystem.Builder) builder).build();
    }

    @Override
    public Object get(Object element, int field) {
      AnalyzedSystem e = (AnalyzedSystem) element;
      switch (field) {
        case 0: return e.name();
        case 1: return e.description();
        case 2: return e.inside();
        case 3: return e.environment();
        case 4: return e.goals();
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public void set(Object builder, int field, Object value) {
      AnalyzedSystem.Builder b = (AnalyzedSystem.Builder) builder;
      switch (field) {
        case 0: b.name((String) value); return;
        case 1: b.description((String) value); return;
        case 2: b.addInside((String) value); return;
        case 3: b.addEnvironment((String) value); return;
        case 4: b.addGoal((String) value); return;
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public Map<String, ExtensionValue> extensions(Object element) {
      return ((AnalyzedSystem) element).extensions();
    }

    @Override
    public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {
      ((AnalyzedSystem.Builder) builder).extensions(extensions);
    }
  }

  private static final class CastAnalysisAccess extends Access {
    @Override
    public Object newBuilder() {
      return CastAnalysis.builder();
    }

    @Override
    public Object build(Object builder) {
      return ((CastAnalysis.Builder) builder).build();
    }

    @Override
    public Object get(Object element, int field) {
      CastAnalysis e = (CastAnalysis) element;
      switch (field) {
        case 0: return null;
        case 1: return e.id();
        case 2: return e.title();
        case 3: return e.summary();
        case 4: return e.analysts();
        case 5: return e.references();
        case 6: return e.status();
        case 7: return e.severity();
        case 8: return e.tags();
        case 9: return e.timeZone();
        case 10: return e.milestones();
        case 11: return e.revisions();
        case 12: return e.system();
        case 13: return e.losses();
        case 14: return e.hazards();
        case 15: return e.constraints();
        case 16: return e.timeline();
        case 17: return e.processAnalysis();
        case 18: return e.questions();
        case 19: return e.controlStructures();
        case 20: return e.componentAnalyses();
        case 21: return e.flaws();
        case 22: return e.recommendations();
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public void set(Object builder, int field, Object value) {
      CastAnalysis.Builder b = (CastAnalysis.Builder) builder;
      switch (field) {
        case 1: b.id((AnalysisId) value); return;
        case 2: b.title((String) value); return;
        case 3: b.summary((String) value); return;
        case 4: b.addAnalyst((String) value); return;
        case 5: b.addReference((Reference) value); return;
        case 6: b.status((AnalysisStatus) value); return;
        case 7: b.severity((Severity) value); return;
        case 8: b.addTag((String) value); return;
        case 9: b.timeZone((ZoneId) value); return;
        case 10: b.addMilestone((Milestone) value); return;
        case 11: b.addRevision((Revision) value); return;
        case 12: b.system((AnalyzedSystem) value); return;
        case 13: b.addLoss((Loss) value); return;
        case 14: b.addHazard((Hazard) value); return;
        case 15: b.addConstraint((SafetyConstraint) value); return;
        case 16: b.addTimeline((TimelineEvent) value); return;
        case 17: b.processAnalysis((ProcessAnalysis) value); return;
        case 18: b.addQuestion((Question) value); return;
        case 19: b.addControlStructure((ControlStructure) value); return;
        case 20: b.addComponentAnalysis((ComponentAnalysis) value); return;
        case 21: b.addFlaw((Flaw) value); return;
        case 22: b.addRecommendation((Recommendation) value); return;
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public Map<String, ExtensionValue> extensions(Object element) {
      return ((CastAnalysis) element).extensions();
    }

    @Override
    public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {
      ((CastAnalysis.Builder) builder).extensions(extensions);
    }
  }

  private static final class ComponentAccess extends Access {
    @Override
    public Object newBuilder() {
      return Component.builder();
    }

    @Override
    public Object build(Object builder) {
      return ((Component.Builder) builder).build();
    }

    @Override
    public Object get(Object element, int field) {
      Component e = (Component) element;
      switch (field) {
        case 0: return e.id();
        case 1: return e.name();
        case 2: return e.kind();
        case 3: return e.level();
        case 4: return e.parent();
        case 5: return e.group();
        case 6: return e.description();
        case 7: return e.responsibilities();
        case 8: return e.processModel();
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public void set(Object builder, int field, Object value) {
      Component.Builder b = (Component.Builder) builder;
      switch (field) {
        case 0: b.id((ComponentId) value); return;
        case 1: b.name((String) value); return;
        case 2: b.kind((ComponentKind) value); return;
        case 3: b.level((Integer) value); return;
        case 4: b.parent((ComponentId) value); return;
        case 5: b.group((GroupId) value); return;
        case 6: b.description((String) value); return;
        case 7: b.addResponsibility((Responsibility) value); return;
        case 8: b.addProcessModel((ProcessModelVariable) value); return;
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public Map<String, ExtensionValue> extensions(Object element) {
      return ((Component) element).extensions();
    }

    @Override
    public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {
      ((Component.Builder) builder).extensions(extensions);
    }
  }

  private static final class ComponentAnalysisAccess extends Access {
    @Override
    public Object newBuilder() {
      return ComponentAnalysis.builder();
    }

    @Override
    public Object build(Object builder) {
      return ((ComponentAnalysis.Builder) builder).build();
    }

    @Override
    public Object get(Object element, int field) {
      ComponentAnalysis e = (ComponentAnalysis) element;
      switch (field) {
        case 0: return e.component();
        case 1: return e.role();
        case 2: return e.responsibilities();
        case 3: return e.contributions();
        case 4: return e.processModelFlaws();
        case 5: return e.contextFactors();
        case 6: return e.questions();
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public void set(Object builder, int field, Object value) {
      ComponentAnalysis.Builder b = (ComponentAnalysis.Builder) builder;
      switch (field) {
        case 0: b.component((ComponentId) value); return;
        case 1: b.role((String) value); return;
        case 2: b.addResponsibility((ResponsibilityId) value); return;
        case 3: b.addContribution((Contribution) value); return;
        case 4: b.addProcessModelFlaw((ProcessModelFlaw) value); return;
        case 5: b.addContextFactor((ContextFactor) value); return;
        case 6: b.addQuestion((QuestionId) value); return;
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public Map<String, ExtensionValue> extensions(Object element) {
      return ((ComponentAnalysis) element).extensions();
    }

    @Override
    public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {
      ((ComponentAnalysis.Builder) builder).extensions(extensions);
    }
  }

  private static final class ContextFactorAccess extends Access {
    @Override
    public Object newBuilder() {
      return ContextFactor.builder();
    }

    @Override
    public Object build(Object builder) {
      return ((ContextFactor.Builder) builder).build();
    }

    @Override
    public Object get(Object element, int field) {
      ContextFactor e = (ContextFactor) element;
      switch (field) {
        case 0: return e.kind();
        case 1: return e.description();
        case 2: return e.provenance();
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public void set(Object builder, int field, Object value) {
      ContextFactor.Builder b = (ContextFactor.Builder) builder;
      switch (field) {
        case 0: b.kind((ContextKind) value); return;
        case 1: b.description((String) value); return;
        case 2: b.provenance((Provenance) value); return;
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public Map<String, ExtensionValue> extensions(Object element) {
      return ((ContextFactor) element).extensions();
    }

    @Override
    public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {
      ((ContextFactor.Builder) builder).extensions(extensions);
    }
  }

  private static final class ContributionAccess extends Access {
    @Override
    public Object newBuilder() {
      return Contribution.builder();
    }

    @Override
    public Object build(Object builder) {
      return ((Contribution.Builder) builder).build();
    }

    @Override
    public Object get(Object element, int field) {
      Contribution e = (Contribution) element;
      switch (field) {
        case 0: return e.id();
        case 1: return e.kind();
        case 2: return e.unsafeControlAction();
        case 3: return e.effect();
        case 4: return e.description();
        case 5: return e.context();
        case 6: return e.hazards();
        case 7: return e.events();
        case 8: return e.unmetResponsibilities();
        case 9: return e.provenance();
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public void set(Object builder, int field, Object value) {
      Contribution.Builder b = (Contribution.Builder) builder;
      switch (field) {
        case 0: b.id((ContributionId) value); return;
        case 1: b.kind((ContributionKind) value); return;
        case 2: b.unsafeControlAction((UnsafeControlActionType) value); return;
        case 3: b.effect((ContributionEffect) value); return;
        case 4: b.description((String) value); return;
        case 5: b.context((String) value); return;
        case 6: b.addHazard((HazardId) value); return;
        case 7: b.addEvent((EventId) value); return;
        case 8: b.addUnmetResponsibility((ResponsibilityId) value); return;
        case 9: b.provenance((Provenance) value); return;
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public Map<String, ExtensionValue> extensions(Object element) {
      return ((Contribution) element).extensions();
    }

    @Override
    public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {
      ((Contribution.Builder) builder).extensions(extensions);
    }
  }

  private static final class ControlLinkAccess extends Access {
    @Override
    public Object newBuilder() {
      return ControlLink.builder();
    }

    @Override
    public Object build(Object builder) {
      return ((ControlLink.Builder) builder).build();
    }

    @Override
    public Object get(Object element, int field) {
      ControlLink e = (ControlLink) element;
      switch (field) {
        case 0: return e.id();
        case 1: return e.kind();
        case 2: return e.source();
        case 3: return e.target();
        case 4: return e.label();
        case 5: return e.status();
        case 6: return e.description();
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public void set(Object builder, int field, Object value) {
      ControlLink.Builder b = (ControlLink.Builder) builder;
      switch (field) {
        case 0: b.id((LinkId) value); return;
        case 1: b.kind((LinkKind) value); return;
        case 2: b.source((ComponentId) value); return;
        case 3: b.target((ComponentId) value); return;
        case 4: b.label((String) value); return;
        case 5: b.status((LinkStatus) value); return;
        case 6: b.description((String) value); return;
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public Map<String, ExtensionValue> extensions(Object element) {
      return ((ControlLink) element).extensions();
    }

    @Override
    public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {
      ((ControlLink.Builder) builder).extensions(extensions);
    }
  }

  private static final class ControlStructureAccess extends Access {
    @Override
    public Object newBuilder() {
      return ControlStructure.builder();
    }

    @Override
    public Object build(Object builder) {
      return ((ControlStructure.Builder) builder).build();
    }

    @Override
    public Object get(Object element, int field) {
      ControlStructure e = (ControlStructure) element;
      switch (field) {
        case 0: return e.id();
        case 1: return e.variant();
        case 2: return e.name();
        case 3: return e.description();
        case 4: return e.groups();
        case 5: return e.components();
        case 6: return e.links();
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public void set(Object builder, int field, Object value) {
      ControlStructure.Builder b = (ControlStructure.Builder) builder;
      switch (field) {
        case 0: b.id((ControlStructureId) value); return;
        case 1: b.variant((StructureVariant) value); return;
        case 2: b.name((String) value); return;
        case 3: b.description((String) value); return;
        case 4: b.addGroup((Group) value); return;
        case 5: b.addComponent((Component) value); return;
        case 6: b.addLink((ControlLink) value); return;
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public Map<String, ExtensionValue> extensions(Object element) {
      return ((ControlStructure) element).extensions();
    }

    @Override
    public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {
      ((ControlStructure.Builder) builder).extensions(extensions);
    }
  }

  private static final class EvidenceAccess extends Access {
    @Override
    public Object newBuilder() {
      return Evidence.builder();
    }

    @Override
    public Object build(Object builder) {
      return ((Evidence.Builder) builder).build();
    }

    @Override
    public Object get(Object element, int field) {
      Evidence e = (Evidence) element;
      switch (field) {
        case 0: return e.kind();
        case 1: return e.source();
        case 2: return e.author();
        case 3: return e.excerpt();
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public void set(Object builder, int field, Object value) {
      Evidence.Builder b = (Evidence.Builder) builder;
      switch (field) {
        case 0: b.kind((EvidenceKind) value); return;
        case 1: b.source((String) value); return;
        case 2: b.author((String) value); return;
        case 3: b.excerpt((String) value); return;
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public Map<String, ExtensionValue> extensions(Object element) {
      return ((Evidence) element).extensions();
    }

    @Override
    public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {
      ((Evidence.Builder) builder).extensions(extensions);
    }
  }

  private static final class FlawAccess extends Access {
    @Override
    public Object newBuilder() {
      return Flaw.builder();
    }

    @Override
    public Object build(Object builder) {
      return ((Flaw.Builder) builder).build();
    }

    @Override
    public Object get(Object element, int field) {
      Flaw e = (Flaw) element;
      switch (field) {
        case 0: return e.id();
        case 1: return e.category();
        case 2: return e.description();
        case 3: return e.components();
        case 4: return e.links();
        case 5: return e.evidence();
        case 6: return e.noActionRationale();
        case 7: return e.provenance();
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public void set(Object builder, int field, Object value) {
      Flaw.Builder b = (Flaw.Builder) builder;
      switch (field) {
        case 0: b.id((FlawId) value); return;
        case 1: b.category((FlawCategory) value); return;
        case 2: b.description((String) value); return;
        case 3: b.addComponent((ComponentId) value); return;
        case 4: b.addLink((LinkId) value); return;
        case 5: b.addEvidence((Evidence) value); return;
        case 6: b.noActionRationale((String) value); return;
        case 7: b.provenance((Provenance) value); return;
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public Map<String, ExtensionValue> extensions(Object element) {
      return ((Flaw) element).extensions();
    }

    @Override
    public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {
      ((Flaw.Builder) builder).extensions(extensions);
    }
  }

  private static final class GroupAccess extends Access {
    @Override
    public Object newBuilder() {
      return Group.builder();
    }

    @Override
    public Object build(Object builder) {
      return ((Group.Builder) builder).build();
    }

    @Override
    public Object get(Object element, int field) {
      Group e = (Group) element;
      switch (field) {
        case 0: return e.id();
        case 1: return e.name();
        case 2: return e.description();
        case 3: return e.parent();
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public void set(Object builder, int field, Object value) {
      Group.Builder b = (Group.Builder) builder;
      switch (field) {
        case 0: b.id((GroupId) value); return;
        case 1: b.name((String) value); return;
        case 2: b.description((String) value); return;
        case 3: b.parent((GroupId) value); return;
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public Map<String, ExtensionValue> extensions(Object element) {
      return ((Group) element).extensions();
    }

    @Override
    public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {
      ((Group.Builder) builder).extensions(extensions);
    }
  }

  private static final class HazardAccess extends Access {
    @Override
    public Object newBuilder() {
      return Hazard.builder();
    }

    @Override
    public Object build(Object builder) {
      return ((Hazard.Builder) builder).build();
    }

    @Override
    public Object get(Object element, int field) {
      Hazard e = (Hazard) element;
      switch (field) {
        case 0: return e.id();
        case 1: return e.description();
        case 2: return e.losses();
        case 3: return e.parent();
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public void set(Object builder, int field, Object value) {
      Hazard.Builder b = (Hazard.Builder) builder;
      switch (field) {
        case 0: b.id((HazardId) value); return;
        case 1: b.description((String) value); return;
        case 2: b.addLoss((LossId) value); return;
        case 3: b.parent((HazardId) value); return;
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public Map<String, ExtensionValue> extensions(Object element) {
      return ((Hazard) element).extensions();
    }

    @Override
    public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {
      ((Hazard.Builder) builder).extensions(extensions);
    }
  }

  private static final class LossAccess extends Access {
    @Override
    public Object newBuilder() {
      return Loss.builder();
    }

    @Override
    public Object build(Object builder) {
      return ((Loss.Builder) builder).build();
    }

    @Override
    public Object get(Object element, int field) {
      Loss e = (Loss) element;
      switch (field) {
        case 0: return e.id();
        case 1: return e.description();
        case 2: return e.category();
        case 3: return e.stakeholders();
        case 4: return e.impact();
        case 5: return e.quantity();
        case 6: return e.provenance();
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public void set(Object builder, int field, Object value) {
      Loss.Builder b = (Loss.Builder) builder;
      switch (field) {
        case 0: b.id((LossId) value); return;
        case 1: b.description((String) value); return;
        case 2: b.category((LossCategory) value); return;
        case 3: b.addStakeholder((String) value); return;
        case 4: b.impact((String) value); return;
        case 5: b.quantity((Quantity) value); return;
        case 6: b.provenance((Provenance) value); return;
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public Map<String, ExtensionValue> extensions(Object element) {
      return ((Loss) element).extensions();
    }

    @Override
    public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {
      ((Loss.Builder) builder).extensions(extensions);
    }
  }

  private static final class MilestoneAccess extends Access {
    @Override
    public Object newBuilder() {
      return Milestone.builder();
    }

    @Override
    public Object build(Object builder) {
      return ((Milestone.Builder) builder).build();
    }

    @Override
    public Object get(Object element, int field) {
      Milestone e = (Milestone) element;
      switch (field) {
        case 0: return e.kind();
        case 1: return e.time();
        case 2: return e.time().isPresent() ? e.time().get().precision() : TimePrecision.SECOND;
        case 3: return e.time().isPresent() && e.time().get().approximate();
        case 4: return e.event();
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public void set(Object builder, int field, Object value) {
      Milestone.Builder b = (Milestone.Builder) builder;
      switch (field) {
        case 0: b.kind((MilestoneKind) value); return;
        case 4: b.event((EventId) value); return;
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public Map<String, ExtensionValue> extensions(Object element) {
      return ((Milestone) element).extensions();
    }

    @Override
    public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {
      ((Milestone.Builder) builder).extensions(extensions);
    }

    @Override
    public void setTime(Object builder, EventTime time) {
      ((Milestone.Builder) builder).time(time);
    }
  }

  private static final class ProcessAnalysisAccess extends Access {
    @Override
    public Object newBuilder() {
      return ProcessAnalysis.builder();
    }

    @Override
    public Object build(Object builder) {
      return ((ProcessAnalysis.Builder) builder).build();
    }

    @Override
    public Object get(Object element, int field) {
      ProcessAnalysis e = (ProcessAnalysis) element;
      switch (field) {
        case 0: return e.summary();
        case 1: return e.controls();
        case 2: return e.failures();
        case 3: return e.interactions();
        case 4: return e.contextFactors();
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public void set(Object builder, int field, Object value) {
      ProcessAnalysis.Builder b = (ProcessAnalysis.Builder) builder;
      switch (field) {
        case 0: b.summary((String) value); return;
        case 1: b.addControl((String) value); return;
        case 2: b.addFailure((String) value); return;
        case 3: b.addInteraction((String) value); return;
        case 4: b.addContextFactor((ContextFactor) value); return;
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public Map<String, ExtensionValue> extensions(Object element) {
      return ((ProcessAnalysis) element).extensions();
    }

    @Override
    public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {
      ((ProcessAnalysis.Builder) builder).extensions(extensions);
    }
  }

  private static final class ProcessModelFlawAccess extends Access {
    @Override
    public Object newBuilder() {
      return ProcessModelFlaw.builder();
    }

    @Override
    public Object build(Object builder) {
      return ((ProcessModelFlaw.Builder) builder).build();
    }

    @Override
    public Object get(Object element, int field) {
      ProcessModelFlaw e = (ProcessModelFlaw) element;
      switch (field) {
        case 0: return e.id();
        case 1: return e.variable();
        case 2: return e.believed();
        case 3: return e.actual();
        case 4: return e.provenance();
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public void set(Object builder, int field, Object value) {
      ProcessModelFlaw.Builder b = (ProcessModelFlaw.Builder) builder;
      switch (field) {
        case 0: b.id((ProcessModelFlawId) value); return;
        case 1: b.variable((String) value); return;
        case 2: b.believed((String) value); return;
        case 3: b.actual((String) value); return;
        case 4: b.provenance((Provenance) value); return;
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public Map<String, ExtensionValue> extensions(Object element) {
      return ((ProcessModelFlaw) element).extensions();
    }

    @Override
    public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {
      ((ProcessModelFlaw.Builder) builder).extensions(extensions);
    }
  }

  private static final class ProcessModelVariableAccess extends Access {
    @Override
    public Object newBuilder() {
      return ProcessModelVariable.builder();
    }

    @Override
    public Object build(Object builder) {
      return ((ProcessModelVariable.Builder) builder).build();
    }

    @Override
    public Object get(Object element, int field) {
      ProcessModelVariable e = (ProcessModelVariable) element;
      switch (field) {
        case 0: return e.name();
        case 1: return e.description();
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public void set(Object builder, int field, Object value) {
      ProcessModelVariable.Builder b = (ProcessModelVariable.Builder) builder;
      switch (field) {
        case 0: b.name((String) value); return;
        case 1: b.description((String) value); return;
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public Map<String, ExtensionValue> extensions(Object element) {
      return ((ProcessModelVariable) element).extensions();
    }

    @Override
    public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {
      ((ProcessModelVariable.Builder) builder).extensions(extensions);
    }
  }

  private static final class ProvenanceAccess extends Access {
    @Override
    public Object newBuilder() {
      return Provenance.builder();
    }

    @Override
    public Object build(Object builder) {
      return ((Provenance.Builder) builder).build();
    }

    @Override
    public Object get(Object element, int field) {
      Provenance e = (Provenance) element;
      switch (field) {
        case 0: return e.basis();
        case 1: return e.source();
        case 2: return e.sourceKind();
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public void set(Object builder, int field, Object value) {
      Provenance.Builder b = (Provenance.Builder) builder;
      switch (field) {
        case 0: b.basis((ProvenanceBasis) value); return;
        case 1: b.source((String) value); return;
        case 2: b.sourceKind((SourceKind) value); return;
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public Map<String, ExtensionValue> extensions(Object element) {
      return ((Provenance) element).extensions();
    }

    @Override
    public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {
      ((Provenance.Builder) builder).extensions(extensions);
    }
  }

  private static final class QuantityAccess extends Access {
    @Override
    public Object newBuilder() {
      return Quantity.builder();
    }

    @Override
    public Object build(Object builder) {
      return ((Quantity.Builder) builder).build();
    }

    @Override
    public Object get(Object element, int field) {
      Quantity e = (Quantity) element;
      switch (field) {
        case 0: return e.value();
        case 1: return e.unit();
        case 2: return e.approximate();
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public void set(Object builder, int field, Object value) {
      Quantity.Builder b = (Quantity.Builder) builder;
      switch (field) {
        case 0: b.value((BigDecimal) value); return;
        case 1: b.unit((String) value); return;
        case 2: b.approximate((Boolean) value); return;
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public Map<String, ExtensionValue> extensions(Object element) {
      return ((Quantity) element).extensions();
    }

    @Override
    public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {
      ((Quantity.Builder) builder).extensions(extensions);
    }
  }

  private static final class QuestionAccess extends Access {
    @Override
    public Object newBuilder() {
      return Question.builder();
    }

    @Override
    public Object build(Object builder) {
      return ((Question.Builder) builder).build();
    }

    @Override
    public Object get(Object element, int field) {
      Question e = (Question) element;
      switch (field) {
        case 0: return e.id();
        case 1: return e.text();
        case 2: return e.step();
        case 3: return e.about();
        case 4: return e.status();
        case 5: return e.answer();
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public void set(Object builder, int field, Object value) {
      Question.Builder b = (Question.Builder) builder;
      switch (field) {
        case 0: b.id((QuestionId) value); return;
        case 1: b.text((String) value); return;
        case 2: b.step((CastStep) value); return;
        case 3: b.about((String) value); return;
        case 4: b.status((QuestionStatus) value); return;
        case 5: b.answer((String) value); return;
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public Map<String, ExtensionValue> extensions(Object element) {
      return ((Question) element).extensions();
    }

    @Override
    public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {
      ((Question.Builder) builder).extensions(extensions);
    }
  }

  private static final class RecommendationAccess extends Access {
    @Override
    public Object newBuilder() {
      return Recommendation.builder();
    }

    @Override
    public Object build(Object builder) {
      return ((Recommendation.Builder) builder).build();
    }

    @Override
    public Object get(Object element, int field) {
      Recommendation e = (Recommendation) element;
      switch (field) {
        case 0: return e.id();
        case 1: return e.text();
        case 2: return e.flaws();
        case 3: return e.contributions();
        case 4: return e.links();
        case 5: return e.components();
        case 6: return e.priority();
        case 7: return e.horizon();
        case 8: return e.owner();
        case 9: return e.due();
        case 10: return e.status();
        case 11: return e.rationale();
        case 12: return e.tracker();
        case 13: return e.verification();
        case 14: return e.proposedBy();
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public void set(Object builder, int field, Object value) {
      Recommendation.Builder b = (Recommendation.Builder) builder;
      switch (field) {
        case 0: b.id((RecommendationId) value); return;
        case 1: b.text((String) value); return;
        case 2: b.addFlaw((FlawId) value); return;
        case 3: b.addContribution((ContributionId) value); return;
        case 4: b.addLink((LinkId) value); return;
        case 5: b.addComponent((ComponentId) value); return;
        case 6: b.priority((Priority) value); return;
        case 7: b.horizon((Horizon) value); return;
        case 8: b.owner((String) value); return;
        case 9: b.due((LocalDate) value); return;
        case 10: b.status((RecommendationStatus) value); return;
        case 11: b.rationale((String) value); return;
        case 12: b.tracker((String) value); return;
        case 13: b.verification((String) value); return;
        case 14: b.proposedBy((String) value); return;
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public Map<String, ExtensionValue> extensions(Object element) {
      return ((Recommendation) element).extensions();
    }

    @Override
    public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {
      ((Recommendation.Builder) builder).extensions(extensions);
    }
  }

  private static final class ReferenceAccess extends Access {
    @Override
    public Object newBuilder() {
      return Reference.builder();
    }

    @Override
    public Object build(Object builder) {
      return ((Reference.Builder) builder).build();
    }

    @Override
    public Object get(Object element, int field) {
      Reference e = (Reference) element;
      switch (field) {
        case 0: return e.kind();
        case 1: return e.value();
        case 2: return e.title();
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public void set(Object builder, int field, Object value) {
      Reference.Builder b = (Reference.Builder) builder;
      switch (field) {
        case 0: b.kind((ReferenceKind) value); return;
        case 1: b.value((String) value); return;
        case 2: b.title((String) value); return;
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public Map<String, ExtensionValue> extensions(Object element) {
      return ((Reference) element).extensions();
    }

    @Override
    public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {
      ((Reference.Builder) builder).extensions(extensions);
    }
  }

  private static final class ResponsibilityAccess extends Access {
    @Override
    public Object newBuilder() {
      return Responsibility.builder();
    }

    @Override
    public Object build(Object builder) {
      return ((Responsibility.Builder) builder).build();
    }

    @Override
    public Object get(Object element, int field) {
      Responsibility e = (Responsibility) element;
      switch (field) {
        case 0: return e.id();
        case 1: return e.text();
        case 2: return e.constraints();
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public void set(Object builder, int field, Object value) {
      Responsibility.Builder b = (Responsibility.Builder) builder;
      switch (field) {
        case 0: b.id((ResponsibilityId) value); return;
        case 1: b.text((String) value); return;
        case 2: b.addConstraint((ConstraintId) value); return;
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public Map<String, ExtensionValue> extensions(Object element) {
      return ((Responsibility) element).extensions();
    }

    @Override
    public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {
      ((Responsibility.Builder) builder).extensions(extensions);
    }
  }

  private static final class RevisionAccess extends Access {
    @Override
    public Object newBuilder() {
      return Revision.builder();
    }

    @Override
    public Object build(Object builder) {
      return ((Revision.Builder) builder).build();
    }

    @Override
    public Object get(Object element, int field) {
      Revision e = (Revision) element;
      switch (field) {
        case 0: return e.version();
        case 1: return e.date();
        case 2: return e.description();
        case 3: return e.author();
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public void set(Object builder, int field, Object value) {
      Revision.Builder b = (Revision.Builder) builder;
      switch (field) {
        case 0: b.version((String) value); return;
        case 1: b.date((LocalDate) value); return;
        case 2: b.description((String) value); return;
        case 3: b.author((String) value); return;
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public Map<String, ExtensionValue> extensions(Object element) {
      return ((Revision) element).extensions();
    }

    @Override
    public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {
      ((Revision.Builder) builder).extensions(extensions);
    }
  }

  private static final class SafetyConstraintAccess extends Access {
    @Override
    public Object newBuilder() {
      return SafetyConstraint.builder();
    }

    @Override
    public Object build(Object builder) {
      return ((SafetyConstraint.Builder) builder).build();
    }

    @Override
    public Object get(Object element, int field) {
      SafetyConstraint e = (SafetyConstraint) element;
      switch (field) {
        case 0: return e.id();
        case 1: return e.text();
        case 2: return e.kind();
        case 3: return e.hazards();
        case 4: return e.parent();
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public void set(Object builder, int field, Object value) {
      SafetyConstraint.Builder b = (SafetyConstraint.Builder) builder;
      switch (field) {
        case 0: b.id((ConstraintId) value); return;
        case 1: b.text((String) value); return;
        case 2: b.kind((ConstraintKind) value); return;
        case 3: b.addHazard((HazardId) value); return;
        case 4: b.parent((ConstraintId) value); return;
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public Map<String, ExtensionValue> extensions(Object element) {
      return ((SafetyConstraint) element).extensions();
    }

    @Override
    public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {
      ((SafetyConstraint.Builder) builder).extensions(extensions);
    }
  }

  private static final class SeverityAccess extends Access {
    @Override
    public Object newBuilder() {
      return Severity.builder();
    }

    @Override
    public Object build(Object builder) {
      return ((Severity.Builder) builder).build();
    }

    @Override
    public Object get(Object element, int field) {
      Severity e = (Severity) element;
      switch (field) {
        case 0: return e.label();
        case 1: return e.rank();
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public void set(Object builder, int field, Object value) {
      Severity.Builder b = (Severity.Builder) builder;
      switch (field) {
        case 0: b.label((String) value); return;
        case 1: b.rank((Integer) value); return;
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public Map<String, ExtensionValue> extensions(Object element) {
      return ((Severity) element).extensions();
    }

    @Override
    public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {
      ((Severity.Builder) builder).extensions(extensions);
    }
  }

  private static final class TimelineEventAccess extends Access {
    @Override
    public Object newBuilder() {
      return TimelineEvent.builder();
    }

    @Override
    public Object build(Object builder) {
      return ((TimelineEvent.Builder) builder).build();
    }

    @Override
    public Object get(Object element, int field) {
      TimelineEvent e = (TimelineEvent) element;
      switch (field) {
        case 0: return e.id();
        case 1: return e.kind();
        case 2: return e.time();
        case 3: return e.time().isPresent() ? e.time().get().precision() : TimePrecision.SECOND;
        case 4: return e.time().isPresent() && e.time().get().approximate();
        case 5: return e.timeZone();
        case 6: return e.duration();
        case 7: return e.durationApproximate();
        case 8: return e.after();
        case 9: return e.offset();
        case 10: return e.offsetApproximate();
        case 11: return e.description();
        case 12: return e.components();
        case 13: return e.evidence();
        case 14: return e.questions();
        case 15: return e.source();
        case 16: return e.provenance();
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public void set(Object builder, int field, Object value) {
      TimelineEvent.Builder b = (TimelineEvent.Builder) builder;
      switch (field) {
        case 0: b.id((EventId) value); return;
        case 1: b.kind((EventKind) value); return;
        case 5: b.timeZone((ZoneId) value); return;
        case 6: b.duration((Duration) value); return;
        case 7: b.durationApproximate((Boolean) value); return;
        case 8: b.after((EventId) value); return;
        case 9: b.offset((Duration) value); return;
        case 10: b.offsetApproximate((Boolean) value); return;
        case 11: b.description((String) value); return;
        case 12: b.addComponent((ComponentId) value); return;
        case 13: b.addEvidence((Evidence) value); return;
        case 14: b.addQuestion((QuestionId) value); return;
        case 15: b.source((String) value); return;
        case 16: b.provenance((Provenance) value); return;
        default: throw Access.noField(this, field);
      }
    }

    @Override
    public Map<String, ExtensionValue> extensions(Object element) {
      return ((TimelineEvent) element).extensions();
    }

    @Override
    public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {
      ((TimelineEvent.Builder) builder).extensions(extensions);
    }

    @Override
    public void setTime(Object builder, EventTime time) {
      ((TimelineEvent.Builder) builder).time(time);
    }
  }
}
