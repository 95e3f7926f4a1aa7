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
              Reference.Builder.class,
              "reference",
              "A reference to the incident elsewhere.")
          .enumeration("kind", ReferenceKind.class, "What the reference is.")
          .text("value", "The URL, ticket key or document name.")
          .optionalText("title", "A title for the reference.")
          .extensions()
          .done();

  /** The system and its boundary ({@code system}). */
  public static final ElementType<AnalyzedSystem, AnalyzedSystem.Builder> SYSTEM =
      define(
              AnalyzedSystem.class,
              AnalyzedSystem.Builder.class,
              "system",
              "The system analysed and its boundary (step 1).")
          .text("name", "The name of the system.")
          .optionalText("description", "A description of the system.")
          .texts("inside", "What is inside the system boundary.")
          .texts(
              "environment", "What is outside the boundary: the environment the system works in.")
          .texts("goals", "The goals the system serves.")
          .extensions()
          .done();

  /** Where a fact comes from. Since 1.1. */
  public static final ElementType<Provenance, Provenance.Builder> PROVENANCE =
      define(
              Provenance.class,
              Provenance.Builder.class,
              "provenance",
              "Where a fact comes from: stated by a cited source or inferred by the analyst.")
          .enumeration(
              "basis", ProvenanceBasis.class, "Stated by a source, or inferred by the analyst.")
          .optionalText("source", "The source: a URL, or a document named in the references.")
          .optionalEnum("sourceKind", SourceKind.class, "What kind of source it is.")
          .extensions()
          .done();

  /** How much was lost. Since 1.1. */
  public static final ElementType<Quantity, Quantity.Builder> QUANTITY =
      define(
              Quantity.class,
              Quantity.Builder.class,
              "quantity",
              "How much was lost: an amount and its currency, or a count and what is counted.")
          .decimal("value", "The number, 0 or more, in plain decimal without trailing zeros.")
          .text("unit", "The currency (ISO 4217, such as USD) or what is counted (users, records).")
          .defaultedBoolean("approximate", false, "Whether the value is an estimate.")
          .extensions()
          .done();

  /** A group of components. Since 1.1. */
  public static final ElementType<Group, Group.Builder> GROUP =
      define(
              Group.class,
              Group.Builder.class,
              "group",
              "An organisation or boundary that groups components of a control structure.")
          .id(IdKind.GROUP, "The group's id, for example G-1.")
          .text("name", "The name of the organisation or boundary.")
          .optionalText("description", "A description.")
          .optionalRef("parent", IdKind.GROUP, "The id of the group this one is part of.")
          .extensions()
          .done();

  /** The severity of the incident. Since 1.1. */
  public static final ElementType<Severity, Severity.Builder> SEVERITY =
      define(
              Severity.class,
              Severity.Builder.class,
              "severity",
              "How severe the incident was, on the embedding tool's own scale.")
          .text("label", "The label, for example SEV-1.")
          .optionalInt("rank", 1, "The rank on the tool's scale, 1 or more.")
          .extensions()
          .done();

  /** A milestone of the incident. Since 1.1. */
  public static final ElementType<Milestone, Milestone.Builder> MILESTONE =
      define(
              Milestone.class,
              Milestone.Builder.class,
              "milestone",
              "A milestone of the incident: started, detected, mitigated or resolved.")
          .enumeration("kind", MilestoneKind.class, "Which milestone; each kind at most once.")
          .time("time", "When it was reached.")
          .timePrecision(
              "timePrecision",
              "time",
              TimePrecision.SECOND,
              "How precisely the time is known; only with time.")
          .timeApproximate(
              "approximate", "time", "Whether the time is an estimate; only with time.")
          .optionalRef("event", IdKind.EVENT, "The id of the timeline event that marks it.")
          .key("kind")
          .extensions()
          .done();

  /** A revision of the analysis. Since 1.1. */
  public static final ElementType<Revision, Revision.Builder> REVISION =
      define(
              Revision.class,
              Revision.Builder.class,
              "revision",
              "A revision of the analysis: the analysis is a living document.")
          .text("version", "The version; unique.")
          .optionalDate("date", "When it was published.")
          .text("description", "What changed: preliminary report, full report after review.")
          .optionalText("author", "Who made it.")
          .key("version")
          .extensions()
          .done();

  /** A loss. */
  public static final ElementType<Loss, Loss.Builder> LOSS =
      define(
              Loss.class,
              Loss.Builder.class,
              "loss",
              "An unplanned, unacceptable outcome for some stakeholder (step 1).")
          .id(IdKind.LOSS, "The loss's id, for example L-1.")
          .text("description", "What was lost.")
          .enumeration("category", LossCategory.class, "The kind of loss.")
          .texts("stakeholders", "Who suffered the loss.")
          .optionalText("impact", "How large the loss was.")
          .object(
              "quantity",
              QUANTITY,
              "How much was lost: an amount and currency, or a count and what is counted.")
          .since(1)
          .object(
              "provenance",
              PROVENANCE,
              "Where it comes from: stated by a source or inferred, and the kind of source.")
          .since(1)
          .extensions()
          .done();

  /** A hazard. */
  public static final ElementType<Hazard, Hazard.Builder> HAZARD =
      define(
              Hazard.class,
              Hazard.Builder.class,
              "hazard",
              "A system state that, with conditions in the environment, can lead to a loss (step"
                  + " 1).")
          .id(IdKind.HAZARD, "The hazard's id, for example H-1.")
          .text("description", "The hazardous system state.")
          .refs("losses", IdKind.LOSS, "The ids of the losses the hazard can lead to.")
          .optionalRef("parent", IdKind.HAZARD, "The id of the hazard this one refines.")
          .extensions()
          .done();

  /** A system-level safety constraint. */
  public static final ElementType<SafetyConstraint, SafetyConstraint.Builder> CONSTRAINT =
      define(
              SafetyConstraint.class,
              SafetyConstraint.Builder.class,
              "constraint",
              "A system-level safety constraint (step 1).")
          .id(IdKind.CONSTRAINT, "The constraint's id, for example SC-1 or SC-1.a.")
          .text("text", "What must hold.")
          .defaultedEnum(
              "kind",
              ConstraintKind.PREVENT,
              "Whether it prevents the hazard, mitigates its effect or makes the response"
                  + " effective.")
          .refs("hazards", IdKind.HAZARD, "The ids of the hazards it addresses.")
          .optionalRef("parent", IdKind.CONSTRAINT, "The id of the constraint this one refines.")
          .extensions()
          .done();

  /** A piece of evidence. */
  public static final ElementType<Evidence, Evidence.Builder> EVIDENCE =
      define(Evidence.class, Evidence.Builder.class, "evidence", "A piece of evidence.")
          .enumeration("kind", EvidenceKind.class, "The kind of evidence.")
          .text("source", "Where the evidence is.")
          .optionalText("author", "Who wrote it: the author of a note, a message or a document.")
          .since(1)
          .optionalText("excerpt", "The relevant excerpt.")
          .extensions()
          .done();

  /** A timeline event; its {@code EventTime} is three fields: time, timePrecision, approximate. */
  public static final ElementType<TimelineEvent, TimelineEvent.Builder> EVENT =
      define(
              TimelineEvent.class,
              TimelineEvent.Builder.class,
              "event",
              "A proximal event of the timeline (step 1).")
          .id(IdKind.EVENT, "The event's id, for example E-1.")
          .defaultedEnum(
              "kind",
              EventKind.EVENT,
              "An event, or a condition that held over a time (a latent flaw).")
          .since(1)
          .time("time", "When it happened.")
          .timePrecision(
              "timePrecision",
              "time",
              TimePrecision.SECOND,
              "How precisely the time is known; only with time. A time must not be more precise"
                  + " than this (at MINUTE its seconds are 00).")
          .timeApproximate(
              "approximate", "time", "Whether the time is an estimate; only with time.")
          .optionalZone(
              "timeZone",
              "The IANA time zone where it was lived, when it differs from the analysis's.")
          .since(1)
          .optionalDuration("duration", "How long it lasted, in ISO 8601 (PT45M); more than zero.")
          .since(1)
          .defaultedBoolean(
              "durationApproximate",
              false,
              "Whether the duration is an estimate; only with duration.")
          .since(1)
          .requires("duration")
          .optionalRef(
              "after",
              IdKind.EVENT,
              "The id of the event this one is known to follow, when its time is known only relative to"
                  + " it.")
          .since(1)
          .optionalDuration(
              "offset",
              "How long after that event it happened, in ISO 8601 (PT10M); only with after.")
          .since(1)
          .requires("after")
          .defaultedBoolean(
              "offsetApproximate", false, "Whether the offset is an estimate; only with offset.")
          .since(1)
          .requires("offset")
          .text("description", "What happened, stated without conclusions or blame.")
          .refs("components", IdKind.COMPONENT, "The ids of the components involved.")
          .objects("evidence", EVIDENCE, "The evidence for the event.")
          .refs("questions", IdKind.QUESTION, "The ids of the questions the event raises.")
          .optionalText(
              "source", "Who or what reported it: a person, a monitoring system, a status page.")
          .since(1)
          .object(
              "provenance",
              PROVENANCE,
              "Where it comes from: stated by a source or inferred, and the kind of source.")
          .since(1)
          .extensions()
          .done();

  /** A context factor. */
  public static final ElementType<ContextFactor, ContextFactor.Builder> CONTEXT_FACTOR =
      define(
              ContextFactor.class,
              ContextFactor.Builder.class,
              "contextFactor",
              "Context that made behaviour make sense at the time.")
          .enumeration("kind", ContextKind.class, "The kind of context.")
          .text("description", "The context.")
          .object(
              "provenance",
              PROVENANCE,
              "Where it comes from: stated by a source or inferred, and the kind of source.")
          .since(1)
          .extensions()
          .done();

  /** The analysis of the physical or controlled process. */
  public static final ElementType<ProcessAnalysis, ProcessAnalysis.Builder> PROCESS_ANALYSIS =
      define(
              ProcessAnalysis.class,
              ProcessAnalysis.Builder.class,
              "processAnalysis",
              "The analysis of the physical or controlled process (step 1).")
          .optionalText("summary", "A summary.")
          .texts("controls", "The controls of the process.")
          .texts("failures", "The failures in the process.")
          .texts("interactions", "Unsafe interactions within the process.")
          .objects("contextFactors", CONTEXT_FACTOR, "The context of the process.")
          .extensions()
          .done();

  /** A question. */
  public static final ElementType<Question, Question.Builder> QUESTION =
      define(Question.class, Question.Builder.class, "question", "A question raised in any step.")
          .id(IdKind.QUESTION, "The question's id, for example Q-1.")
          .text("text", "The question.")
          .enumeration("step", CastStep.class, "The step that raised it.")
          .optionalAnyId("about", "The id of the element the question is about, of any kind.")
          .defaultedEnum("status", QuestionStatus.OPEN, "Whether it is answered.")
          .optionalText("answer", "The answer, or why it cannot be answered.")
          .extensions()
          .done();

  /** A responsibility of a controller. */
  public static final ElementType<Responsibility, Responsibility.Builder> RESPONSIBILITY =
      define(
              Responsibility.class,
              Responsibility.Builder.class,
              "responsibility",
              "A responsibility of a controller (step 2).")
          .id(IdKind.RESPONSIBILITY, "The responsibility's id, for example R-1.1.")
          .text("text", "The responsibility.")
          .refs("constraints", IdKind.CONSTRAINT, "The ids of the safety constraints it enforces.")
          .extensions()
          .done();

  /** A variable of a controller's process model. */
  public static final ElementType<ProcessModelVariable, ProcessModelVariable.Builder>
      PROCESS_MODEL_VARIABLE =
          define(
                  ProcessModelVariable.class,
                  ProcessModelVariable.Builder.class,
                  "processModelVariable",
                  "A variable of a controller's process model.")
              .text("name", "The name of the variable.")
              .optionalText("description", "A description.")
              .key("name")
              .extensions()
              .done();

  /** A component of a control structure. */
  public static final ElementType<Component, Component.Builder> COMPONENT =
      define(
              Component.class,
              Component.Builder.class,
              "component",
              "A controller, controlled process, actuator, sensor or external component (step 2).")
          .id(IdKind.COMPONENT, "The component's id, for example C-1.")
          .text("name", "The name.")
          .enumeration("kind", ComponentKind.class, "The kind of component.")
          .defaultedInt("level", 0, "The level in the hierarchy, 0 at the top.")
          .optionalRef("parent", IdKind.COMPONENT, "The id of the component this one is part of.")
          .optionalRef(
              "group",
              IdKind.GROUP,
              "The id of the group (organisation or boundary) it belongs to.")
          .since(1)
          .optionalText("description", "A description.")
          .objects("responsibilities", RESPONSIBILITY, "The responsibilities of a controller.")
          .objects(
              "processModel",
              PROCESS_MODEL_VARIABLE,
              "The variables of a controller's process model; names unique within the component.")
          .extensions()
          .done();

  /** A control action, feedback or other link. */
  public static final ElementType<ControlLink, ControlLink.Builder> CONTROL_LINK =
      define(
              ControlLink.class,
              ControlLink.Builder.class,
              "controlLink",
              "A control action, feedback, communication or coordination link (step 2).")
          .id(IdKind.LINK, "The link's id, for example CA-1.")
          .enumeration("kind", LinkKind.class, "The kind of link.")
          .ref("source", IdKind.COMPONENT, "The id of the component it comes from.")
          .ref("target", IdKind.COMPONENT, "The id of the component it goes to.")
          .text("label", "What is sent, for example the command or the signal.")
          .defaultedEnum("status", LinkStatus.PRESENT, "Whether the link worked at the time.")
          .optionalText("description", "A description.")
          .extensions()
          .done();

  /** A control structure. */
  public static final ElementType<ControlStructure, ControlStructure.Builder> CONTROL_STRUCTURE =
      define(
              ControlStructure.class,
              ControlStructure.Builder.class,
              "controlStructure",
              "A safety control structure, as designed or as it operated (step 2).")
          .id(IdKind.CONTROL_STRUCTURE, "The structure's id, for example CS-1.")
          .enumeration(
              "variant",
              StructureVariant.class,
              "As designed, or as it actually operated at the time of the loss.")
          .optionalText("name", "A name.")
          .optionalText("description", "A description.")
          .objects("groups", GROUP, "The groups of components: organisations and boundaries.")
          .since(1)
          .objects("components", COMPONENT, "The controllers and controlled processes.")
          .objects("links", CONTROL_LINK, "The control actions, feedback and other links.")
          .extensions()
          .done();

  /** A contribution of a component. */
  public static final ElementType<Contribution, Contribution.Builder> CONTRIBUTION =
      define(
              Contribution.class,
              Contribution.Builder.class,
              "contribution",
              "An action, inaction or decision that contributed to the hazardous state (step 3).")
          .id(IdKind.CONTRIBUTION, "The contribution's id, for example CT-1.")
          .enumeration("kind", ContributionKind.class, "Action, inaction or decision.")
          .optionalEnum(
              "unsafeControlAction",
              UnsafeControlActionType.class,
              "How the control action was unsafe, in STPA's four types.")
          .since(1)
          .defaultedEnum(
              "effect",
              ContributionEffect.CONTRIBUTED,
              "Whether it contributed to the loss or limited it.")
          .since(1)
          .text("description", "What happened.")
          .optionalText("context", "Why it made sense at the time.")
          .refs("hazards", IdKind.HAZARD, "The ids of the hazards it contributed to.")
          .refs("events", IdKind.EVENT, "The ids of the timeline events it relates to.")
          .refs(
              "unmetResponsibilities",
              IdKind.RESPONSIBILITY,
              "The ids of the responsibilities left unmet.")
          .object(
              "provenance",
              PROVENANCE,
              "Where it comes from: stated by a source or inferred, and the kind of source.")
          .since(1)
          .extensions()
          .done();

  /** A flaw in a controller's process model. */
  public static final ElementType<ProcessModelFlaw, ProcessModelFlaw.Builder> PROCESS_MODEL_FLAW =
      define(
              ProcessModelFlaw.class,
              ProcessModelFlaw.Builder.class,
              "processModelFlaw",
              "A difference between what a controller believed and what was so (step 3).")
          .id(IdKind.PROCESS_MODEL_FLAW, "The flaw's id, for example PMF-1.")
          .optionalText("variable", "The name of the process model variable concerned.")
          .text("believed", "What the controller believed.")
          .text("actual", "What was actually so.")
          .object(
              "provenance",
              PROVENANCE,
              "Where it comes from: stated by a source or inferred, and the kind of source.")
          .since(1)
          .extensions()
          .done();

  /** The step-3 analysis of one component. */
  public static final ElementType<ComponentAnalysis, ComponentAnalysis.Builder> COMPONENT_ANALYSIS =
      define(
              ComponentAnalysis.class,
              ComponentAnalysis.Builder.class,
              "componentAnalysis",
              "The analysis of one component in the loss (step 3); unique by component within the"
                  + " analysis.")
          .ref("component", IdKind.COMPONENT, "The id of the component analysed.")
          .optionalText("role", "Its role in the loss.")
          .refs(
              "responsibilities",
              IdKind.RESPONSIBILITY,
              "The ids of its responsibilities related to the loss.")
          .objects("contributions", CONTRIBUTION, "What it did, did not do, or decided.")
          .objects("processModelFlaws", PROCESS_MODEL_FLAW, "Flaws in its process model.")
          .objects(
              "contextFactors", CONTEXT_FACTOR, "The context that made its behaviour make sense.")
          .refs("questions", IdKind.QUESTION, "The ids of the questions raised.")
          .key("component")
          .extensions()
          .done();

  /** A systemic flaw (step 4). */
  public static final ElementType<Flaw, Flaw.Builder> FLAW =
      define(
              Flaw.class,
              Flaw.Builder.class,
              "flaw",
              "A systemic flaw of the control structure (step 4).")
          .id(IdKind.FLAW, "The flaw's id, for example F-1.")
          .enumeration("category", FlawCategory.class, "The systemic factor.")
          .text("description", "The flaw.")
          .refs("components", IdKind.COMPONENT, "The ids of the components concerned.")
          .refs("links", IdKind.LINK, "The ids of the links concerned.")
          .objects("evidence", EVIDENCE, "The evidence for the flaw.")
          .optionalText("noActionRationale", "Why no recommendation addresses the flaw.")
          .object(
              "provenance",
              PROVENANCE,
              "Where it comes from: stated by a source or inferred, and the kind of source.")
          .since(1)
          .extensions()
          .done();

  /** A recommendation (step 5). */
  public static final ElementType<Recommendation, Recommendation.Builder> RECOMMENDATION =
      define(
              Recommendation.class,
              Recommendation.Builder.class,
              "recommendation",
              "A recommendation of the improvement program (step 5).")
          .id(IdKind.RECOMMENDATION, "The recommendation's id, for example REC-1.")
          .text("text", "What to change.")
          .refs("flaws", IdKind.FLAW, "The ids of the flaws it addresses.")
          .refs("contributions", IdKind.CONTRIBUTION, "The ids of the contributions it addresses.")
          .refs("links", IdKind.LINK, "The ids of the links it changes.")
          .refs("components", IdKind.COMPONENT, "The ids of the components it changes.")
          .optionalEnum("priority", Priority.class, "Its priority.")
          .optionalEnum("horizon", Horizon.class, "Immediate or long term.")
          .optionalText("owner", "Who implements it.")
          .optionalDate("due", "When it is due.")
          .defaultedEnum("status", RecommendationStatus.PROPOSED, "Where it stands.")
          .optionalText("rationale", "Why it was chosen, or rejected.")
          .optionalText("tracker", "The ticket that tracks it.")
          .optionalText("verification", "How its effect was checked.")
          .optionalText("proposedBy", "Who proposed it.")
          .since(1)
          .extensions()
          .done();

  /** The analysis: the document's top-level object, {@code formatVersion} first. */
  public static final ElementType<CastAnalysis, CastAnalysis.Builder> ANALYSIS =
      define(
              CastAnalysis.class,
              CastAnalysis.Builder.class,
              "analysis",
              "A CAST analysis: the aggregate root holding the five steps.")
          .version(
              "The format version: \"1.1\", or \"1.0\" for a document that uses nothing 1.1 added;"
                  + " readers of version 1 read any 1.x.")
          .id(IdKind.ANALYSIS, "The analysis's id, for example CAST-1.")
          .text("title", "The title.")
          .optionalText("summary", "A short summary of what happened and what was learned.")
          .texts("analysts", "Who wrote the analysis.")
          .objects("references", REFERENCE, "References to the incident elsewhere.")
          .defaultedEnum("status", AnalysisStatus.DRAFT, "The status of the document.")
          .object(
              "severity", SEVERITY, "How severe the incident was, on the embedding tool's scale.")
          .since(1)
          .texts("tags", "Tags; no tag twice.")
          .since(1)
          .optionalZone(
              "timeZone",
              "The IANA time zone the incident was lived in, for local times beside UTC.")
          .since(1)
          .objects(
              "milestones",
              MILESTONE,
              "The incident's milestones: started, detected, mitigated, resolved; each kind once.")
          .since(1)
          .objects("revisions", REVISION, "The revision history, oldest first; versions unique.")
          .since(1)
          .object("system", SYSTEM, "The system and its boundary (step 1).")
          .objects("losses", LOSS, "The losses (step 1).")
          .objects("hazards", HAZARD, "The hazards (step 1).")
          .objects("constraints", CONSTRAINT, "The system-level safety constraints (step 1).")
          .objects("timeline", EVENT, "The timeline of proximal events, in order (step 1).")
          .object(
              "processAnalysis",
              PROCESS_ANALYSIS,
              "The analysis of the physical or controlled process (step 1).")
          .objects("questions", QUESTION, "The questions raised in every step.")
          .objects("controlStructures", CONTROL_STRUCTURE, "The control structures (step 2).")
          .objects(
              "componentAnalyses", COMPONENT_ANALYSIS, "The analyses of each component (step 3).")
          .objects("flaws", FLAW, "The systemic flaws (step 4).")
          .objects("recommendations", RECOMMENDATION, "The improvement program (step 5).")
          .extensions()
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

  /** How many fields the types of {@link #ALL} have together: the bound of {@link Field#number}. */
  public static final int FIELD_COUNT;

  static {
    int number = 0;
    for (ElementType<?, ?> t : ALL) {
      for (Field f : t.fields()) {
        f.number = number++;
      }
      t.versioned = versioned(t);
      if (t.idKind() != null) {
        BY_ID_KIND.put(t.idKind(), t);
      }
    }
    FIELD_COUNT = number;
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
