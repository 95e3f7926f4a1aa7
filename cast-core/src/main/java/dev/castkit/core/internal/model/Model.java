package dev.castkit.core.internal.model;

import static dev.castkit.core.internal.model.ElementType.define;

import dev.castkit.core.AnalysisStatus;
import dev.castkit.core.AnalyzedSystem;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastStep;
import dev.castkit.core.Component;
import dev.castkit.core.ComponentAnalysis;
import dev.castkit.core.ComponentKind;
import dev.castkit.core.ConstraintKind;
import dev.castkit.core.ContextFactor;
import dev.castkit.core.ContextKind;
import dev.castkit.core.Contribution;
import dev.castkit.core.ContributionEffect;
import dev.castkit.core.ContributionKind;
import dev.castkit.core.ControlLink;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.EventKind;
import dev.castkit.core.Evidence;
import dev.castkit.core.EvidenceKind;
import dev.castkit.core.Flaw;
import dev.castkit.core.FlawCategory;
import dev.castkit.core.Group;
import dev.castkit.core.Hazard;
import dev.castkit.core.Horizon;
import dev.castkit.core.LinkKind;
import dev.castkit.core.LinkStatus;
import dev.castkit.core.Loss;
import dev.castkit.core.LossCategory;
import dev.castkit.core.Milestone;
import dev.castkit.core.MilestoneKind;
import dev.castkit.core.Priority;
import dev.castkit.core.ProcessAnalysis;
import dev.castkit.core.ProcessModelFlaw;
import dev.castkit.core.ProcessModelVariable;
import dev.castkit.core.Provenance;
import dev.castkit.core.ProvenanceBasis;
import dev.castkit.core.Quantity;
import dev.castkit.core.Question;
import dev.castkit.core.QuestionStatus;
import dev.castkit.core.Recommendation;
import dev.castkit.core.RecommendationStatus;
import dev.castkit.core.Reference;
import dev.castkit.core.ReferenceKind;
import dev.castkit.core.Responsibility;
import dev.castkit.core.Revision;
import dev.castkit.core.SafetyConstraint;
import dev.castkit.core.Severity;
import dev.castkit.core.SourceKind;
import dev.castkit.core.StructureVariant;
import dev.castkit.core.TimePrecision;
import dev.castkit.core.TimelineEvent;
import dev.castkit.core.UnsafeControlActionType;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The description of every element type of the model, in the canonical field order of format
 * version 1. Not API. See the package documentation for how to add a field.
 */
public final class Model {
  private Model() {}

  /** A reference to the incident elsewhere. */
  public static final ElementType<Reference, Reference.Builder> REFERENCE =
      define(
              Reference.class,
              "reference",
              Reference::builder,
              Reference.Builder::build,
              "A reference to the incident elsewhere.")
          .enumeration(
              "kind",
              ReferenceKind.class,
              Reference::kind,
              Reference.Builder::kind,
              "What the reference is.")
          .text(
              "value",
              Reference::value,
              Reference.Builder::value,
              "The URL, ticket key or document name.")
          .optionalText(
              "title", Reference::title, Reference.Builder::title, "A title for the reference.")
          .extensions(Reference::extensions, Reference.Builder::extensions)
          .done();

  /** The system and its boundary ({@code system}). */
  public static final ElementType<AnalyzedSystem, AnalyzedSystem.Builder> SYSTEM =
      define(
              AnalyzedSystem.class,
              "system",
              AnalyzedSystem::builder,
              AnalyzedSystem.Builder::build,
              "The system analysed and its boundary (step 1).")
          .text(
              "name", AnalyzedSystem::name, AnalyzedSystem.Builder::name, "The name of the system.")
          .optionalText(
              "description",
              AnalyzedSystem::description,
              AnalyzedSystem.Builder::description,
              "A description of the system.")
          .texts(
              "inside",
              AnalyzedSystem::inside,
              AnalyzedSystem.Builder::addInside,
              "What is inside the system boundary.")
          .texts(
              "environment",
              AnalyzedSystem::environment,
              AnalyzedSystem.Builder::addEnvironment,
              "What is outside the boundary: the environment the system works in.")
          .texts(
              "goals",
              AnalyzedSystem::goals,
              AnalyzedSystem.Builder::addGoal,
              "The goals the system serves.")
          .extensions(AnalyzedSystem::extensions, AnalyzedSystem.Builder::extensions)
          .done();

  /** Where a fact comes from. Since 1.1. */
  public static final ElementType<Provenance, Provenance.Builder> PROVENANCE =
      define(
              Provenance.class,
              "provenance",
              Provenance::builder,
              Provenance.Builder::build,
              "Where a fact comes from: stated by a cited source or inferred by the analyst.")
          .enumeration(
              "basis",
              ProvenanceBasis.class,
              Provenance::basis,
              Provenance.Builder::basis,
              "Stated by a source, or inferred by the analyst.")
          .optionalText(
              "source",
              Provenance::source,
              Provenance.Builder::source,
              "The source: a URL, or a document named in the references.")
          .optionalEnum(
              "sourceKind",
              SourceKind.class,
              Provenance::sourceKind,
              Provenance.Builder::sourceKind,
              "What kind of source it is.")
          .extensions(Provenance::extensions, Provenance.Builder::extensions)
          .done();

  /** How much was lost. Since 1.1. */
  public static final ElementType<Quantity, Quantity.Builder> QUANTITY =
      define(
              Quantity.class,
              "quantity",
              Quantity::builder,
              Quantity.Builder::build,
              "How much was lost: an amount and its currency, or a count and what is counted.")
          .decimal(
              "value",
              Quantity::value,
              Quantity.Builder::value,
              "The number, 0 or more, in plain decimal without trailing zeros.")
          .text(
              "unit",
              Quantity::unit,
              Quantity.Builder::unit,
              "The currency (ISO 4217, such as USD) or what is counted (users, records).")
          .defaultedBoolean(
              "approximate",
              false,
              Quantity::approximate,
              Quantity.Builder::approximate,
              "Whether the value is an estimate.")
          .extensions(Quantity::extensions, Quantity.Builder::extensions)
          .done();

  /** A group of components. Since 1.1. */
  public static final ElementType<Group, Group.Builder> GROUP =
      define(
              Group.class,
              "group",
              Group::builder,
              Group.Builder::build,
              "An organisation or boundary that groups components of a control structure.")
          .id(IdKind.GROUP, Group::id, Group.Builder::id, "The group's id, for example G-1.")
          .text(
              "name", Group::name, Group.Builder::name, "The name of the organisation or boundary.")
          .optionalText(
              "description", Group::description, Group.Builder::description, "A description.")
          .optionalRef(
              "parent",
              IdKind.GROUP,
              Group::parent,
              Group.Builder::parent,
              "The id of the group this one is part of.")
          .extensions(Group::extensions, Group.Builder::extensions)
          .done();

  /** The severity of the incident. Since 1.1. */
  public static final ElementType<Severity, Severity.Builder> SEVERITY =
      define(
              Severity.class,
              "severity",
              Severity::builder,
              Severity.Builder::build,
              "How severe the incident was, on the embedding tool's own scale.")
          .text("label", Severity::label, Severity.Builder::label, "The label, for example SEV-1.")
          .optionalInt(
              "rank",
              1,
              Severity::rank,
              Severity.Builder::rank,
              "The rank on the tool's scale, 1 or more.")
          .extensions(Severity::extensions, Severity.Builder::extensions)
          .done();

  /** A milestone of the incident. Since 1.1. */
  public static final ElementType<Milestone, Milestone.Builder> MILESTONE =
      define(
              Milestone.class,
              "milestone",
              Milestone::builder,
              Milestone.Builder::build,
              "A milestone of the incident: started, detected, mitigated or resolved.")
          .enumeration(
              "kind",
              MilestoneKind.class,
              Milestone::kind,
              Milestone.Builder::kind,
              "Which milestone; each kind at most once.")
          .time("time", Milestone::time, Milestone.Builder::time, "When it was reached.")
          .timePrecision(
              "timePrecision",
              "time",
              TimePrecision.SECOND,
              m -> m.time().isPresent() ? m.time().get().precision() : TimePrecision.SECOND,
              "How precisely the time is known; only with time.")
          .timeApproximate(
              "approximate",
              "time",
              m -> m.time().isPresent() && m.time().get().approximate(),
              "Whether the time is an estimate; only with time.")
          .optionalRef(
              "event",
              IdKind.EVENT,
              Milestone::event,
              Milestone.Builder::event,
              "The id of the timeline event that marks it.")
          .key("kind")
          .extensions(Milestone::extensions, Milestone.Builder::extensions)
          .done();

  /** A revision of the analysis. Since 1.1. */
  public static final ElementType<Revision, Revision.Builder> REVISION =
      define(
              Revision.class,
              "revision",
              Revision::builder,
              Revision.Builder::build,
              "A revision of the analysis: the analysis is a living document.")
          .text("version", Revision::version, Revision.Builder::version, "The version; unique.")
          .optionalDate("date", Revision::date, Revision.Builder::date, "When it was published.")
          .text(
              "description",
              Revision::description,
              Revision.Builder::description,
              "What changed: preliminary report, full report after review.")
          .optionalText("author", Revision::author, Revision.Builder::author, "Who made it.")
          .key("version")
          .extensions(Revision::extensions, Revision.Builder::extensions)
          .done();

  /** A loss. */
  public static final ElementType<Loss, Loss.Builder> LOSS =
      define(
              Loss.class,
              "loss",
              Loss::builder,
              Loss.Builder::build,
              "An unplanned, unacceptable outcome for some stakeholder (step 1).")
          .id(IdKind.LOSS, Loss::id, Loss.Builder::id, "The loss's id, for example L-1.")
          .text("description", Loss::description, Loss.Builder::description, "What was lost.")
          .enumeration(
              "category",
              LossCategory.class,
              Loss::category,
              Loss.Builder::category,
              "The kind of loss.")
          .texts(
              "stakeholders",
              Loss::stakeholders,
              Loss.Builder::addStakeholder,
              "Who suffered the loss.")
          .optionalText("impact", Loss::impact, Loss.Builder::impact, "How large the loss was.")
          .object(
              "quantity",
              QUANTITY,
              Loss::quantity,
              Loss.Builder::quantity,
              "How much was lost: an amount and currency, or a count and what is counted.")
          .since(1)
          .object(
              "provenance",
              PROVENANCE,
              Loss::provenance,
              Loss.Builder::provenance,
              "Where it comes from: stated by a source or inferred, and the kind of source.")
          .since(1)
          .extensions(Loss::extensions, Loss.Builder::extensions)
          .done();

  /** A hazard. */
  public static final ElementType<Hazard, Hazard.Builder> HAZARD =
      define(
              Hazard.class,
              "hazard",
              Hazard::builder,
              Hazard.Builder::build,
              "A system state that, with conditions in the environment, can lead to a loss (step"
                  + " 1).")
          .id(IdKind.HAZARD, Hazard::id, Hazard.Builder::id, "The hazard's id, for example H-1.")
          .text(
              "description",
              Hazard::description,
              Hazard.Builder::description,
              "The hazardous system state.")
          .refs(
              "losses",
              IdKind.LOSS,
              Hazard::losses,
              Hazard.Builder::addLoss,
              "The ids of the losses the hazard can lead to.")
          .optionalRef(
              "parent",
              IdKind.HAZARD,
              Hazard::parent,
              Hazard.Builder::parent,
              "The id of the hazard this one refines.")
          .extensions(Hazard::extensions, Hazard.Builder::extensions)
          .done();

  /** A system-level safety constraint. */
  public static final ElementType<SafetyConstraint, SafetyConstraint.Builder> CONSTRAINT =
      define(
              SafetyConstraint.class,
              "constraint",
              SafetyConstraint::builder,
              SafetyConstraint.Builder::build,
              "A system-level safety constraint (step 1).")
          .id(
              IdKind.CONSTRAINT,
              SafetyConstraint::id,
              SafetyConstraint.Builder::id,
              "The constraint's id, for example SC-1 or SC-1.a.")
          .text("text", SafetyConstraint::text, SafetyConstraint.Builder::text, "What must hold.")
          .defaultedEnum(
              "kind",
              ConstraintKind.PREVENT,
              SafetyConstraint::kind,
              SafetyConstraint.Builder::kind,
              "Whether it prevents the hazard, mitigates its effect or makes the response"
                  + " effective.")
          .refs(
              "hazards",
              IdKind.HAZARD,
              SafetyConstraint::hazards,
              SafetyConstraint.Builder::addHazard,
              "The ids of the hazards it addresses.")
          .optionalRef(
              "parent",
              IdKind.CONSTRAINT,
              SafetyConstraint::parent,
              SafetyConstraint.Builder::parent,
              "The id of the constraint this one refines.")
          .extensions(SafetyConstraint::extensions, SafetyConstraint.Builder::extensions)
          .done();

  /** A piece of evidence. */
  public static final ElementType<Evidence, Evidence.Builder> EVIDENCE =
      define(
              Evidence.class,
              "evidence",
              Evidence::builder,
              Evidence.Builder::build,
              "A piece of evidence.")
          .enumeration(
              "kind",
              EvidenceKind.class,
              Evidence::kind,
              Evidence.Builder::kind,
              "The kind of evidence.")
          .text("source", Evidence::source, Evidence.Builder::source, "Where the evidence is.")
          .optionalText(
              "author",
              Evidence::author,
              Evidence.Builder::author,
              "Who wrote it: the author of a note, a message or a document.")
          .since(1)
          .optionalText(
              "excerpt", Evidence::excerpt, Evidence.Builder::excerpt, "The relevant excerpt.")
          .extensions(Evidence::extensions, Evidence.Builder::extensions)
          .done();

  /** A timeline event; its {@code EventTime} is three fields: time, timePrecision, approximate. */
  public static final ElementType<TimelineEvent, TimelineEvent.Builder> EVENT =
      define(
              TimelineEvent.class,
              "event",
              TimelineEvent::builder,
              TimelineEvent.Builder::build,
              "A proximal event of the timeline (step 1).")
          .id(
              IdKind.EVENT,
              TimelineEvent::id,
              TimelineEvent.Builder::id,
              "The event's id, for example E-1.")
          .defaultedEnum(
              "kind",
              EventKind.EVENT,
              TimelineEvent::kind,
              TimelineEvent.Builder::kind,
              "An event, or a condition that held over a time (a latent flaw).")
          .since(1)
          .time("time", TimelineEvent::time, TimelineEvent.Builder::time, "When it happened.")
          .timePrecision(
              "timePrecision",
              "time",
              TimePrecision.SECOND,
              e -> e.time().isPresent() ? e.time().get().precision() : TimePrecision.SECOND,
              "How precisely the time is known; only with time. A time must not be more precise"
                  + " than this (at MINUTE its seconds are 00).")
          .timeApproximate(
              "approximate",
              "time",
              e -> e.time().isPresent() && e.time().get().approximate(),
              "Whether the time is an estimate; only with time.")
          .optionalZone(
              "timeZone",
              TimelineEvent::timeZone,
              TimelineEvent.Builder::timeZone,
              "The IANA time zone where it was lived, when it differs from the analysis's.")
          .since(1)
          .optionalDuration(
              "duration",
              TimelineEvent::duration,
              TimelineEvent.Builder::duration,
              "How long it lasted, in ISO 8601 (PT45M); more than zero.")
          .since(1)
          .defaultedBoolean(
              "durationApproximate",
              false,
              TimelineEvent::durationApproximate,
              TimelineEvent.Builder::durationApproximate,
              "Whether the duration is an estimate; only with duration.")
          .since(1)
          .requires("duration")
          .optionalRef(
              "after",
              IdKind.EVENT,
              TimelineEvent::after,
              TimelineEvent.Builder::after,
              "The id of the event this one is known to follow, when its time is known only relative to"
                  + " it.")
          .since(1)
          .optionalDuration(
              "offset",
              TimelineEvent::offset,
              TimelineEvent.Builder::offset,
              "How long after that event it happened, in ISO 8601 (PT10M); only with after.")
          .since(1)
          .requires("after")
          .defaultedBoolean(
              "offsetApproximate",
              false,
              TimelineEvent::offsetApproximate,
              TimelineEvent.Builder::offsetApproximate,
              "Whether the offset is an estimate; only with offset.")
          .since(1)
          .requires("offset")
          .text(
              "description",
              TimelineEvent::description,
              TimelineEvent.Builder::description,
              "What happened, stated without conclusions or blame.")
          .refs(
              "components",
              IdKind.COMPONENT,
              TimelineEvent::components,
              TimelineEvent.Builder::addComponent,
              "The ids of the components involved.")
          .objects(
              "evidence",
              EVIDENCE,
              TimelineEvent::evidence,
              TimelineEvent.Builder::addEvidence,
              "The evidence for the event.")
          .refs(
              "questions",
              IdKind.QUESTION,
              TimelineEvent::questions,
              TimelineEvent.Builder::addQuestion,
              "The ids of the questions the event raises.")
          .optionalText(
              "source",
              TimelineEvent::source,
              TimelineEvent.Builder::source,
              "Who or what reported it: a person, a monitoring system, a status page.")
          .since(1)
          .object(
              "provenance",
              PROVENANCE,
              TimelineEvent::provenance,
              TimelineEvent.Builder::provenance,
              "Where it comes from: stated by a source or inferred, and the kind of source.")
          .since(1)
          .extensions(TimelineEvent::extensions, TimelineEvent.Builder::extensions)
          .done();

  /** A context factor. */
  public static final ElementType<ContextFactor, ContextFactor.Builder> CONTEXT_FACTOR =
      define(
              ContextFactor.class,
              "contextFactor",
              ContextFactor::builder,
              ContextFactor.Builder::build,
              "Context that made behaviour make sense at the time.")
          .enumeration(
              "kind",
              ContextKind.class,
              ContextFactor::kind,
              ContextFactor.Builder::kind,
              "The kind of context.")
          .text(
              "description",
              ContextFactor::description,
              ContextFactor.Builder::description,
              "The context.")
          .object(
              "provenance",
              PROVENANCE,
              ContextFactor::provenance,
              ContextFactor.Builder::provenance,
              "Where it comes from: stated by a source or inferred, and the kind of source.")
          .since(1)
          .extensions(ContextFactor::extensions, ContextFactor.Builder::extensions)
          .done();

  /** The analysis of the physical or controlled process. */
  public static final ElementType<ProcessAnalysis, ProcessAnalysis.Builder> PROCESS_ANALYSIS =
      define(
              ProcessAnalysis.class,
              "processAnalysis",
              ProcessAnalysis::builder,
              ProcessAnalysis.Builder::build,
              "The analysis of the physical or controlled process (step 1).")
          .optionalText(
              "summary", ProcessAnalysis::summary, ProcessAnalysis.Builder::summary, "A summary.")
          .texts(
              "controls",
              ProcessAnalysis::controls,
              ProcessAnalysis.Builder::addControl,
              "The controls of the process.")
          .texts(
              "failures",
              ProcessAnalysis::failures,
              ProcessAnalysis.Builder::addFailure,
              "The failures in the process.")
          .texts(
              "interactions",
              ProcessAnalysis::interactions,
              ProcessAnalysis.Builder::addInteraction,
              "Unsafe interactions within the process.")
          .objects(
              "contextFactors",
              CONTEXT_FACTOR,
              ProcessAnalysis::contextFactors,
              ProcessAnalysis.Builder::addContextFactor,
              "The context of the process.")
          .extensions(ProcessAnalysis::extensions, ProcessAnalysis.Builder::extensions)
          .done();

  /** A question. */
  public static final ElementType<Question, Question.Builder> QUESTION =
      define(
              Question.class,
              "question",
              Question::builder,
              Question.Builder::build,
              "A question raised in any step.")
          .id(
              IdKind.QUESTION,
              Question::id,
              Question.Builder::id,
              "The question's id, for example Q-1.")
          .text("text", Question::text, Question.Builder::text, "The question.")
          .enumeration(
              "step",
              CastStep.class,
              Question::step,
              Question.Builder::step,
              "The step that raised it.")
          .optionalAnyId(
              "about",
              Question::about,
              Question.Builder::about,
              "The id of the element the question is about, of any kind.")
          .defaultedEnum(
              "status",
              QuestionStatus.OPEN,
              Question::status,
              Question.Builder::status,
              "Whether it is answered.")
          .optionalText(
              "answer",
              Question::answer,
              Question.Builder::answer,
              "The answer, or why it cannot be answered.")
          .extensions(Question::extensions, Question.Builder::extensions)
          .done();

  /** A responsibility of a controller. */
  public static final ElementType<Responsibility, Responsibility.Builder> RESPONSIBILITY =
      define(
              Responsibility.class,
              "responsibility",
              Responsibility::builder,
              Responsibility.Builder::build,
              "A responsibility of a controller (step 2).")
          .id(
              IdKind.RESPONSIBILITY,
              Responsibility::id,
              Responsibility.Builder::id,
              "The responsibility's id, for example R-1.1.")
          .text("text", Responsibility::text, Responsibility.Builder::text, "The responsibility.")
          .refs(
              "constraints",
              IdKind.CONSTRAINT,
              Responsibility::constraints,
              Responsibility.Builder::addConstraint,
              "The ids of the safety constraints it enforces.")
          .extensions(Responsibility::extensions, Responsibility.Builder::extensions)
          .done();

  /** A variable of a controller's process model. */
  public static final ElementType<ProcessModelVariable, ProcessModelVariable.Builder>
      PROCESS_MODEL_VARIABLE =
          define(
                  ProcessModelVariable.class,
                  "processModelVariable",
                  ProcessModelVariable::builder,
                  ProcessModelVariable.Builder::build,
                  "A variable of a controller's process model.")
              .text(
                  "name",
                  ProcessModelVariable::name,
                  ProcessModelVariable.Builder::name,
                  "The name of the variable.")
              .optionalText(
                  "description",
                  ProcessModelVariable::description,
                  ProcessModelVariable.Builder::description,
                  "A description.")
              .key("name")
              .extensions(
                  ProcessModelVariable::extensions, ProcessModelVariable.Builder::extensions)
              .done();

  /** A component of a control structure. */
  public static final ElementType<Component, Component.Builder> COMPONENT =
      define(
              Component.class,
              "component",
              Component::builder,
              Component.Builder::build,
              "A controller, controlled process, actuator, sensor or external component (step 2).")
          .id(
              IdKind.COMPONENT,
              Component::id,
              Component.Builder::id,
              "The component's id, for example C-1.")
          .text("name", Component::name, Component.Builder::name, "The name.")
          .enumeration(
              "kind",
              ComponentKind.class,
              Component::kind,
              Component.Builder::kind,
              "The kind of component.")
          .defaultedInt(
              "level",
              0,
              Component::level,
              Component.Builder::level,
              "The level in the hierarchy, 0 at the top.")
          .optionalRef(
              "parent",
              IdKind.COMPONENT,
              Component::parent,
              Component.Builder::parent,
              "The id of the component this one is part of.")
          .optionalRef(
              "group",
              IdKind.GROUP,
              Component::group,
              Component.Builder::group,
              "The id of the group (organisation or boundary) it belongs to.")
          .since(1)
          .optionalText(
              "description",
              Component::description,
              Component.Builder::description,
              "A description.")
          .objects(
              "responsibilities",
              RESPONSIBILITY,
              Component::responsibilities,
              Component.Builder::addResponsibility,
              "The responsibilities of a controller.")
          .objects(
              "processModel",
              PROCESS_MODEL_VARIABLE,
              Component::processModel,
              Component.Builder::addProcessModel,
              "The variables of a controller's process model; names unique within the component.")
          .extensions(Component::extensions, Component.Builder::extensions)
          .done();

  /** A control action, feedback or other link. */
  public static final ElementType<ControlLink, ControlLink.Builder> CONTROL_LINK =
      define(
              ControlLink.class,
              "controlLink",
              ControlLink::builder,
              ControlLink.Builder::build,
              "A control action, feedback, communication or coordination link (step 2).")
          .id(
              IdKind.LINK,
              ControlLink::id,
              ControlLink.Builder::id,
              "The link's id, for example CA-1.")
          .enumeration(
              "kind",
              LinkKind.class,
              ControlLink::kind,
              ControlLink.Builder::kind,
              "The kind of link.")
          .ref(
              "source",
              IdKind.COMPONENT,
              ControlLink::source,
              ControlLink.Builder::source,
              "The id of the component it comes from.")
          .ref(
              "target",
              IdKind.COMPONENT,
              ControlLink::target,
              ControlLink.Builder::target,
              "The id of the component it goes to.")
          .text(
              "label",
              ControlLink::label,
              ControlLink.Builder::label,
              "What is sent, for example the command or the signal.")
          .defaultedEnum(
              "status",
              LinkStatus.PRESENT,
              ControlLink::status,
              ControlLink.Builder::status,
              "Whether the link worked at the time.")
          .optionalText(
              "description",
              ControlLink::description,
              ControlLink.Builder::description,
              "A description.")
          .extensions(ControlLink::extensions, ControlLink.Builder::extensions)
          .done();

  /** A control structure. */
  public static final ElementType<ControlStructure, ControlStructure.Builder> CONTROL_STRUCTURE =
      define(
              ControlStructure.class,
              "controlStructure",
              ControlStructure::builder,
              ControlStructure.Builder::build,
              "A safety control structure, as designed or as it operated (step 2).")
          .id(
              IdKind.CONTROL_STRUCTURE,
              ControlStructure::id,
              ControlStructure.Builder::id,
              "The structure's id, for example CS-1.")
          .enumeration(
              "variant",
              StructureVariant.class,
              ControlStructure::variant,
              ControlStructure.Builder::variant,
              "As designed, or as it actually operated at the time of the loss.")
          .optionalText("name", ControlStructure::name, ControlStructure.Builder::name, "A name.")
          .optionalText(
              "description",
              ControlStructure::description,
              ControlStructure.Builder::description,
              "A description.")
          .objects(
              "groups",
              GROUP,
              ControlStructure::groups,
              ControlStructure.Builder::addGroup,
              "The groups of components: organisations and boundaries.")
          .since(1)
          .objects(
              "components",
              COMPONENT,
              ControlStructure::components,
              ControlStructure.Builder::addComponent,
              "The controllers and controlled processes.")
          .objects(
              "links",
              CONTROL_LINK,
              ControlStructure::links,
              ControlStructure.Builder::addLink,
              "The control actions, feedback and other links.")
          .extensions(ControlStructure::extensions, ControlStructure.Builder::extensions)
          .done();

  /** A contribution of a component. */
  public static final ElementType<Contribution, Contribution.Builder> CONTRIBUTION =
      define(
              Contribution.class,
              "contribution",
              Contribution::builder,
              Contribution.Builder::build,
              "An action, inaction or decision that contributed to the hazardous state (step 3).")
          .id(
              IdKind.CONTRIBUTION,
              Contribution::id,
              Contribution.Builder::id,
              "The contribution's id, for example CT-1.")
          .enumeration(
              "kind",
              ContributionKind.class,
              Contribution::kind,
              Contribution.Builder::kind,
              "Action, inaction or decision.")
          .optionalEnum(
              "unsafeControlAction",
              UnsafeControlActionType.class,
              Contribution::unsafeControlAction,
              Contribution.Builder::unsafeControlAction,
              "How the control action was unsafe, in STPA's four types.")
          .since(1)
          .defaultedEnum(
              "effect",
              ContributionEffect.CONTRIBUTED,
              Contribution::effect,
              Contribution.Builder::effect,
              "Whether it contributed to the loss or limited it.")
          .since(1)
          .text(
              "description",
              Contribution::description,
              Contribution.Builder::description,
              "What happened.")
          .optionalText(
              "context",
              Contribution::context,
              Contribution.Builder::context,
              "Why it made sense at the time.")
          .refs(
              "hazards",
              IdKind.HAZARD,
              Contribution::hazards,
              Contribution.Builder::addHazard,
              "The ids of the hazards it contributed to.")
          .refs(
              "events",
              IdKind.EVENT,
              Contribution::events,
              Contribution.Builder::addEvent,
              "The ids of the timeline events it relates to.")
          .refs(
              "unmetResponsibilities",
              IdKind.RESPONSIBILITY,
              Contribution::unmetResponsibilities,
              Contribution.Builder::addUnmetResponsibility,
              "The ids of the responsibilities left unmet.")
          .object(
              "provenance",
              PROVENANCE,
              Contribution::provenance,
              Contribution.Builder::provenance,
              "Where it comes from: stated by a source or inferred, and the kind of source.")
          .since(1)
          .extensions(Contribution::extensions, Contribution.Builder::extensions)
          .done();

  /** A flaw in a controller's process model. */
  public static final ElementType<ProcessModelFlaw, ProcessModelFlaw.Builder> PROCESS_MODEL_FLAW =
      define(
              ProcessModelFlaw.class,
              "processModelFlaw",
              ProcessModelFlaw::builder,
              ProcessModelFlaw.Builder::build,
              "A difference between what a controller believed and what was so (step 3).")
          .id(
              IdKind.PROCESS_MODEL_FLAW,
              ProcessModelFlaw::id,
              ProcessModelFlaw.Builder::id,
              "The flaw's id, for example PMF-1.")
          .optionalText(
              "variable",
              ProcessModelFlaw::variable,
              ProcessModelFlaw.Builder::variable,
              "The name of the process model variable concerned.")
          .text(
              "believed",
              ProcessModelFlaw::believed,
              ProcessModelFlaw.Builder::believed,
              "What the controller believed.")
          .text(
              "actual",
              ProcessModelFlaw::actual,
              ProcessModelFlaw.Builder::actual,
              "What was actually so.")
          .object(
              "provenance",
              PROVENANCE,
              ProcessModelFlaw::provenance,
              ProcessModelFlaw.Builder::provenance,
              "Where it comes from: stated by a source or inferred, and the kind of source.")
          .since(1)
          .extensions(ProcessModelFlaw::extensions, ProcessModelFlaw.Builder::extensions)
          .done();

  /** The step-3 analysis of one component. */
  public static final ElementType<ComponentAnalysis, ComponentAnalysis.Builder> COMPONENT_ANALYSIS =
      define(
              ComponentAnalysis.class,
              "componentAnalysis",
              ComponentAnalysis::builder,
              ComponentAnalysis.Builder::build,
              "The analysis of one component in the loss (step 3); unique by component within the"
                  + " analysis.")
          .ref(
              "component",
              IdKind.COMPONENT,
              ComponentAnalysis::component,
              ComponentAnalysis.Builder::component,
              "The id of the component analysed.")
          .optionalText(
              "role",
              ComponentAnalysis::role,
              ComponentAnalysis.Builder::role,
              "Its role in the loss.")
          .refs(
              "responsibilities",
              IdKind.RESPONSIBILITY,
              ComponentAnalysis::responsibilities,
              ComponentAnalysis.Builder::addResponsibility,
              "The ids of its responsibilities related to the loss.")
          .objects(
              "contributions",
              CONTRIBUTION,
              ComponentAnalysis::contributions,
              ComponentAnalysis.Builder::addContribution,
              "What it did, did not do, or decided.")
          .objects(
              "processModelFlaws",
              PROCESS_MODEL_FLAW,
              ComponentAnalysis::processModelFlaws,
              ComponentAnalysis.Builder::addProcessModelFlaw,
              "Flaws in its process model.")
          .objects(
              "contextFactors",
              CONTEXT_FACTOR,
              ComponentAnalysis::contextFactors,
              ComponentAnalysis.Builder::addContextFactor,
              "The context that made its behaviour make sense.")
          .refs(
              "questions",
              IdKind.QUESTION,
              ComponentAnalysis::questions,
              ComponentAnalysis.Builder::addQuestion,
              "The ids of the questions raised.")
          .key("component")
          .extensions(ComponentAnalysis::extensions, ComponentAnalysis.Builder::extensions)
          .done();

  /** A systemic flaw (step 4). */
  public static final ElementType<Flaw, Flaw.Builder> FLAW =
      define(
              Flaw.class,
              "flaw",
              Flaw::builder,
              Flaw.Builder::build,
              "A systemic flaw of the control structure (step 4).")
          .id(IdKind.FLAW, Flaw::id, Flaw.Builder::id, "The flaw's id, for example F-1.")
          .enumeration(
              "category",
              FlawCategory.class,
              Flaw::category,
              Flaw.Builder::category,
              "The systemic factor.")
          .text("description", Flaw::description, Flaw.Builder::description, "The flaw.")
          .refs(
              "components",
              IdKind.COMPONENT,
              Flaw::components,
              Flaw.Builder::addComponent,
              "The ids of the components concerned.")
          .refs(
              "links",
              IdKind.LINK,
              Flaw::links,
              Flaw.Builder::addLink,
              "The ids of the links concerned.")
          .objects(
              "evidence",
              EVIDENCE,
              Flaw::evidence,
              Flaw.Builder::addEvidence,
              "The evidence for the flaw.")
          .optionalText(
              "noActionRationale",
              Flaw::noActionRationale,
              Flaw.Builder::noActionRationale,
              "Why no recommendation addresses the flaw.")
          .object(
              "provenance",
              PROVENANCE,
              Flaw::provenance,
              Flaw.Builder::provenance,
              "Where it comes from: stated by a source or inferred, and the kind of source.")
          .since(1)
          .extensions(Flaw::extensions, Flaw.Builder::extensions)
          .done();

  /** A recommendation (step 5). */
  public static final ElementType<Recommendation, Recommendation.Builder> RECOMMENDATION =
      define(
              Recommendation.class,
              "recommendation",
              Recommendation::builder,
              Recommendation.Builder::build,
              "A recommendation of the improvement program (step 5).")
          .id(
              IdKind.RECOMMENDATION,
              Recommendation::id,
              Recommendation.Builder::id,
              "The recommendation's id, for example REC-1.")
          .text("text", Recommendation::text, Recommendation.Builder::text, "What to change.")
          .refs(
              "flaws",
              IdKind.FLAW,
              Recommendation::flaws,
              Recommendation.Builder::addFlaw,
              "The ids of the flaws it addresses.")
          .refs(
              "contributions",
              IdKind.CONTRIBUTION,
              Recommendation::contributions,
              Recommendation.Builder::addContribution,
              "The ids of the contributions it addresses.")
          .refs(
              "links",
              IdKind.LINK,
              Recommendation::links,
              Recommendation.Builder::addLink,
              "The ids of the links it changes.")
          .refs(
              "components",
              IdKind.COMPONENT,
              Recommendation::components,
              Recommendation.Builder::addComponent,
              "The ids of the components it changes.")
          .optionalEnum(
              "priority",
              Priority.class,
              Recommendation::priority,
              Recommendation.Builder::priority,
              "Its priority.")
          .optionalEnum(
              "horizon",
              Horizon.class,
              Recommendation::horizon,
              Recommendation.Builder::horizon,
              "Immediate or long term.")
          .optionalText(
              "owner", Recommendation::owner, Recommendation.Builder::owner, "Who implements it.")
          .optionalDate("due", Recommendation::due, Recommendation.Builder::due, "When it is due.")
          .defaultedEnum(
              "status",
              RecommendationStatus.PROPOSED,
              Recommendation::status,
              Recommendation.Builder::status,
              "Where it stands.")
          .optionalText(
              "rationale",
              Recommendation::rationale,
              Recommendation.Builder::rationale,
              "Why it was chosen, or rejected.")
          .optionalText(
              "tracker",
              Recommendation::tracker,
              Recommendation.Builder::tracker,
              "The ticket that tracks it.")
          .optionalText(
              "verification",
              Recommendation::verification,
              Recommendation.Builder::verification,
              "How its effect was checked.")
          .optionalText(
              "proposedBy",
              Recommendation::proposedBy,
              Recommendation.Builder::proposedBy,
              "Who proposed it.")
          .since(1)
          .extensions(Recommendation::extensions, Recommendation.Builder::extensions)
          .done();

  /** The analysis: the document's top-level object, {@code formatVersion} first. */
  public static final ElementType<CastAnalysis, CastAnalysis.Builder> ANALYSIS =
      define(
              CastAnalysis.class,
              "analysis",
              CastAnalysis::builder,
              CastAnalysis.Builder::build,
              "A CAST analysis: the aggregate root holding the five steps.")
          .version(
              "The format version: \"1.1\", or \"1.0\" for a document that uses nothing 1.1 added;"
                  + " readers of version 1 read any 1.x.")
          .id(
              IdKind.ANALYSIS,
              CastAnalysis::id,
              CastAnalysis.Builder::id,
              "The analysis's id, for example CAST-1.")
          .text("title", CastAnalysis::title, CastAnalysis.Builder::title, "The title.")
          .optionalText(
              "summary",
              CastAnalysis::summary,
              CastAnalysis.Builder::summary,
              "A short summary of what happened and what was learned.")
          .texts(
              "analysts",
              CastAnalysis::analysts,
              CastAnalysis.Builder::addAnalyst,
              "Who wrote the analysis.")
          .objects(
              "references",
              REFERENCE,
              CastAnalysis::references,
              CastAnalysis.Builder::addReference,
              "References to the incident elsewhere.")
          .defaultedEnum(
              "status",
              AnalysisStatus.DRAFT,
              CastAnalysis::status,
              CastAnalysis.Builder::status,
              "The status of the document.")
          .object(
              "severity",
              SEVERITY,
              CastAnalysis::severity,
              CastAnalysis.Builder::severity,
              "How severe the incident was, on the embedding tool's scale.")
          .since(1)
          .texts("tags", CastAnalysis::tags, CastAnalysis.Builder::addTag, "Tags; no tag twice.")
          .since(1)
          .optionalZone(
              "timeZone",
              CastAnalysis::timeZone,
              CastAnalysis.Builder::timeZone,
              "The IANA time zone the incident was lived in, for local times beside UTC.")
          .since(1)
          .objects(
              "milestones",
              MILESTONE,
              CastAnalysis::milestones,
              CastAnalysis.Builder::addMilestone,
              "The incident's milestones: started, detected, mitigated, resolved; each kind once.")
          .since(1)
          .objects(
              "revisions",
              REVISION,
              CastAnalysis::revisions,
              CastAnalysis.Builder::addRevision,
              "The revision history, oldest first; versions unique.")
          .since(1)
          .object(
              "system",
              SYSTEM,
              CastAnalysis::system,
              CastAnalysis.Builder::system,
              "The system and its boundary (step 1).")
          .objects(
              "losses",
              LOSS,
              CastAnalysis::losses,
              CastAnalysis.Builder::addLoss,
              "The losses (step 1).")
          .objects(
              "hazards",
              HAZARD,
              CastAnalysis::hazards,
              CastAnalysis.Builder::addHazard,
              "The hazards (step 1).")
          .objects(
              "constraints",
              CONSTRAINT,
              CastAnalysis::constraints,
              CastAnalysis.Builder::addConstraint,
              "The system-level safety constraints (step 1).")
          .objects(
              "timeline",
              EVENT,
              CastAnalysis::timeline,
              CastAnalysis.Builder::addTimeline,
              "The timeline of proximal events, in order (step 1).")
          .object(
              "processAnalysis",
              PROCESS_ANALYSIS,
              CastAnalysis::processAnalysis,
              CastAnalysis.Builder::processAnalysis,
              "The analysis of the physical or controlled process (step 1).")
          .objects(
              "questions",
              QUESTION,
              CastAnalysis::questions,
              CastAnalysis.Builder::addQuestion,
              "The questions raised in every step.")
          .objects(
              "controlStructures",
              CONTROL_STRUCTURE,
              CastAnalysis::controlStructures,
              CastAnalysis.Builder::addControlStructure,
              "The control structures (step 2).")
          .objects(
              "componentAnalyses",
              COMPONENT_ANALYSIS,
              CastAnalysis::componentAnalyses,
              CastAnalysis.Builder::addComponentAnalysis,
              "The analyses of each component (step 3).")
          .objects(
              "flaws",
              FLAW,
              CastAnalysis::flaws,
              CastAnalysis.Builder::addFlaw,
              "The systemic flaws (step 4).")
          .objects(
              "recommendations",
              RECOMMENDATION,
              CastAnalysis::recommendations,
              CastAnalysis.Builder::addRecommendation,
              "The improvement program (step 5).")
          .extensions(CastAnalysis::extensions, CastAnalysis.Builder::extensions)
          .done();

  /** The enum constants that format 1.1 added; every other constant is in 1.0. */
  public static final Set<Enum<?>> ADDED_IN_1_1 =
      Set.of(
          TimePrecision.MONTH,
          TimePrecision.YEAR,
          LinkStatus.DELAYED,
          LinkStatus.INCORRECT,
          LinkStatus.UNNOTICED,
          ComponentKind.EXTERNAL_CONTROLLER,
          LossCategory.PROPERTY,
          LossCategory.ENVIRONMENT,
          FlawCategory.INTERFACE_DESIGN,
          FlawCategory.HUMAN_MACHINE_INTERFACE,
          ReferenceKind.CHAT);

  /**
   * The minor version of format 1 that an enum constant needs.
   *
   * @param constant a constant of an enum of the model
   * @return 1 for a constant 1.1 added, else 0
   */
  public static int since(Enum<?> constant) {
    return ADDED_IN_1_1.contains(constant) ? 1 : 0;
  }

  /**
   * The lowest minor version of format 1 that can hold the analysis: 0 when it uses nothing that
   * 1.1 added (so that it is written as a 1.0 document, byte for byte as before), else 1.
   *
   * @param analysis the analysis
   * @return 0 or 1
   */
  public static int minorVersionNeeded(CastAnalysis analysis) {
    return needs(ANALYSIS, analysis);
  }

  /**
   * The fields of a type that can make an element need 1.1: those 1.1 added, enums with constants
   * 1.1 added, and nested objects. The walk reads no other field (texts, ids, dates). Computed once
   * per type when this class is initialised (which publishes it safely) and kept on the type.
   */
  private static Field[] versioned(ElementType<?, ?> type) {
    List<Field> list = new java.util.ArrayList<>();
    for (Field f : type.fields()) {
      boolean newConstants =
          f.enumType() != null
              && ADDED_IN_1_1.stream().anyMatch(c -> c.getDeclaringClass() == f.enumType());
      if (f.since() > 0 || newConstants || f.kind() == ValueKind.OBJECT) {
        list.add(f);
      }
    }
    return list.toArray(new Field[0]);
  }

  private static int needs(ElementType<?, ?> type, Object element) {
    for (Field f : type.versioned) {
      Object value = f.get(element);
      switch (f.shape()) {
        case OPTIONAL -> {
          Optional<?> o = (Optional<?>) value;
          if (o.isPresent() && (f.since() > 0 || needsValue(f, o.get()) > 0)) {
            return 1;
          }
        }
        case DEFAULTED -> {
          if (!value.equals(f.defaultValue()) && (f.since() > 0 || needsValue(f, value) > 0)) {
            return 1;
          }
        }
        case REQUIRED -> {
          if (needsValue(f, value) > 0) {
            return 1;
          }
        }
        case LIST, SET -> {
          Collection<?> c = (Collection<?>) value;
          if (!c.isEmpty()) {
            if (f.since() > 0) {
              return 1;
            }
            if (f.kind() == ValueKind.OBJECT) {
              for (Object e : c) {
                if (needs(f.elementType(), e) > 0) {
                  return 1;
                }
              }
            }
          }
        }
      }
    }
    return 0;
  }

  private static int needsValue(Field f, Object value) {
    return switch (f.kind()) {
      case ENUM -> since((Enum<?>) value);
      case OBJECT -> needs(f.elementType(), value);
      default -> 0;
    };
  }

  /** Every element type: the analysis first, then in the order docs/format.md describes them. */
  public static final List<ElementType<?, ?>> ALL =
      List.of(
          ANALYSIS,
          REFERENCE,
          SEVERITY,
          MILESTONE,
          REVISION,
          SYSTEM,
          LOSS,
          QUANTITY,
          PROVENANCE,
          HAZARD,
          CONSTRAINT,
          EVENT,
          EVIDENCE,
          PROCESS_ANALYSIS,
          CONTEXT_FACTOR,
          QUESTION,
          CONTROL_STRUCTURE,
          GROUP,
          COMPONENT,
          RESPONSIBILITY,
          PROCESS_MODEL_VARIABLE,
          CONTROL_LINK,
          COMPONENT_ANALYSIS,
          CONTRIBUTION,
          PROCESS_MODEL_FLAW,
          FLAW,
          RECOMMENDATION);

  private static final Map<IdKind, ElementType<?, ?>> BY_ID_KIND = new EnumMap<>(IdKind.class);

  static {
    for (ElementType<?, ?> t : ALL) {
      t.versioned = versioned(t);
      if (t.idKind() != null) {
        BY_ID_KIND.put(t.idKind(), t);
      }
    }
  }

  /**
   * The element type whose own id is of the given kind.
   *
   * @param kind an id kind
   * @return the type, for example {@link #HAZARD} for {@link IdKind#HAZARD}
   */
  public static ElementType<?, ?> typeOf(IdKind kind) {
    return BY_ID_KIND.get(kind);
  }
}
