package dev.castkit.core.internal.model;

import dev.castkit.core.AnalysisId;
import dev.castkit.core.CastStep;
import dev.castkit.core.ComponentId;
import dev.castkit.core.ConstraintId;
import dev.castkit.core.ContributionId;
import dev.castkit.core.ControlStructureId;
import dev.castkit.core.ElementId;
import dev.castkit.core.EventId;
import dev.castkit.core.FlawId;
import dev.castkit.core.GroupId;
import dev.castkit.core.HazardId;
import dev.castkit.core.LinkId;
import dev.castkit.core.LossId;
import dev.castkit.core.ProcessModelFlawId;
import dev.castkit.core.QuestionId;
import dev.castkit.core.RecommendationId;
import dev.castkit.core.ResponsibilityId;

/**
 * The kinds of id, listed once: one per {@link ElementId} type. Not API.
 *
 * <p>Each kind knows its id class, its checking factory ({@link #of(String)}), the noun and step
 * used in messages, and the scope in which an id of the kind names one element. The element type
 * that an id kind identifies is {@link Model#typeOf(IdKind)}.
 */
public enum IdKind {
  ANALYSIS(AnalysisId.class, "analysis", CastStep.ASSEMBLE_BASIC_INFORMATION),
  LOSS(LossId.class, "loss", CastStep.ASSEMBLE_BASIC_INFORMATION),
  HAZARD(HazardId.class, "hazard", CastStep.ASSEMBLE_BASIC_INFORMATION),
  CONSTRAINT(ConstraintId.class, "safety constraint", CastStep.ASSEMBLE_BASIC_INFORMATION),
  EVENT(EventId.class, "timeline event", CastStep.ASSEMBLE_BASIC_INFORMATION),
  QUESTION(QuestionId.class, "question", CastStep.ASSEMBLE_BASIC_INFORMATION),
  CONTROL_STRUCTURE(
      ControlStructureId.class, "control structure", CastStep.MODEL_CONTROL_STRUCTURE),
  COMPONENT(ComponentId.class, "component", CastStep.MODEL_CONTROL_STRUCTURE),
  RESPONSIBILITY(ResponsibilityId.class, "responsibility", CastStep.MODEL_CONTROL_STRUCTURE),
  LINK(LinkId.class, "link", CastStep.MODEL_CONTROL_STRUCTURE),
  GROUP(GroupId.class, "group", CastStep.MODEL_CONTROL_STRUCTURE),
  CONTRIBUTION(ContributionId.class, "contribution", CastStep.ANALYZE_COMPONENTS),
  PROCESS_MODEL_FLAW(ProcessModelFlawId.class, "process model flaw", CastStep.ANALYZE_COMPONENTS),
  FLAW(FlawId.class, "flaw", CastStep.IDENTIFY_FLAWS),
  RECOMMENDATION(RecommendationId.class, "recommendation", CastStep.CREATE_IMPROVEMENT_PROGRAM);

  /** Where an id names one element. */
  public enum Scope {
    /** One element per id in the whole analysis. */
    ANALYSIS,
    /**
     * One element per id within one control structure; the same id in several structures (the
     * structure as designed and as operating) names the same element, to be compared.
     */
    CONTROL_STRUCTURE
  }

  private final Class<? extends ElementId> type;
  private final String noun;
  private final CastStep step;

  IdKind(Class<? extends ElementId> type, String noun, CastStep step) {
    this.type = type;
    this.noun = noun;
    this.step = step;
  }

  /**
   * The id class, for example {@code HazardId.class}.
   *
   * @return the class
   */
  public Class<? extends ElementId> type() {
    return type;
  }

  /**
   * Makes an id of this kind, checking its syntax.
   *
   * @param value the id text
   * @return the id
   * @throws dev.castkit.core.CastModelException for a malformed id
   */
  public ElementId of(String value) {
    // A switch rather than a method reference per kind: 15 fewer classes spun at start-up.
    return switch (this) {
      case ANALYSIS -> AnalysisId.of(value);
      case LOSS -> LossId.of(value);
      case HAZARD -> HazardId.of(value);
      case CONSTRAINT -> ConstraintId.of(value);
      case EVENT -> EventId.of(value);
      case QUESTION -> QuestionId.of(value);
      case CONTROL_STRUCTURE -> ControlStructureId.of(value);
      case COMPONENT -> ComponentId.of(value);
      case RESPONSIBILITY -> ResponsibilityId.of(value);
      case LINK -> LinkId.of(value);
      case GROUP -> GroupId.of(value);
      case CONTRIBUTION -> ContributionId.of(value);
      case PROCESS_MODEL_FLAW -> ProcessModelFlawId.of(value);
      case FLAW -> FlawId.of(value);
      case RECOMMENDATION -> RecommendationId.of(value);
    };
  }

  /**
   * The kind of the given id.
   *
   * @param id an id
   * @return its kind
   */
  public static IdKind of(ElementId id) {
    for (IdKind k : VALUES) {
      if (k.type == id.getClass()) {
        return k;
      }
    }
    throw new IllegalArgumentException("no kind for " + id.getClass());
  }

  private static final IdKind[] VALUES = values();

  /**
   * The noun of the element in messages, for example {@code "safety constraint"}.
   *
   * @return the noun
   */
  public String noun() {
    return noun;
  }

  /**
   * The noun with a capital first letter, for example {@code "Safety constraint"}.
   *
   * @return the title
   */
  public String title() {
    return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
  }

  /**
   * The CAST step in which elements of this kind are made.
   *
   * @return the step
   */
  public CastStep step() {
    return step;
  }

  /**
   * Where an id of this kind names one element.
   *
   * @return the scope
   */
  public Scope scope() {
    return this == COMPONENT || this == RESPONSIBILITY || this == LINK || this == GROUP
        ? Scope.CONTROL_STRUCTURE
        : Scope.ANALYSIS;
  }
}
