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
import java.util.function.Function;

/**
 * The kinds of id, listed once: one per {@link ElementId} type. Not API.
 *
 * <p>Each kind knows its id class, its checking factory, the noun and step used in messages, and
 * the scope in which an id of the kind names one element. The element type that an id kind
 * identifies is {@link Model#typeOf(IdKind)}.
 */
public enum IdKind {
  ANALYSIS(AnalysisId.class, AnalysisId::of, "analysis", CastStep.ASSEMBLE_BASIC_INFORMATION),
  LOSS(LossId.class, LossId::of, "loss", CastStep.ASSEMBLE_BASIC_INFORMATION),
  HAZARD(HazardId.class, HazardId::of, "hazard", CastStep.ASSEMBLE_BASIC_INFORMATION),
  CONSTRAINT(
      ConstraintId.class,
      ConstraintId::of,
      "safety constraint",
      CastStep.ASSEMBLE_BASIC_INFORMATION),
  EVENT(EventId.class, EventId::of, "timeline event", CastStep.ASSEMBLE_BASIC_INFORMATION),
  QUESTION(QuestionId.class, QuestionId::of, "question", CastStep.ASSEMBLE_BASIC_INFORMATION),
  CONTROL_STRUCTURE(
      ControlStructureId.class,
      ControlStructureId::of,
      "control structure",
      CastStep.MODEL_CONTROL_STRUCTURE),
  COMPONENT(ComponentId.class, ComponentId::of, "component", CastStep.MODEL_CONTROL_STRUCTURE),
  RESPONSIBILITY(
      ResponsibilityId.class,
      ResponsibilityId::of,
      "responsibility",
      CastStep.MODEL_CONTROL_STRUCTURE),
  LINK(LinkId.class, LinkId::of, "link", CastStep.MODEL_CONTROL_STRUCTURE),
  GROUP(GroupId.class, GroupId::of, "group", CastStep.MODEL_CONTROL_STRUCTURE),
  CONTRIBUTION(
      ContributionId.class, ContributionId::of, "contribution", CastStep.ANALYZE_COMPONENTS),
  PROCESS_MODEL_FLAW(
      ProcessModelFlawId.class,
      ProcessModelFlawId::of,
      "process model flaw",
      CastStep.ANALYZE_COMPONENTS),
  FLAW(FlawId.class, FlawId::of, "flaw", CastStep.IDENTIFY_FLAWS),
  RECOMMENDATION(
      RecommendationId.class,
      RecommendationId::of,
      "recommendation",
      CastStep.CREATE_IMPROVEMENT_PROGRAM);

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
  private final Function<String, ? extends ElementId> factory;
  private final String noun;
  private final CastStep step;

  <T extends ElementId> IdKind(
      Class<T> type, Function<String, T> factory, String noun, CastStep step) {
    this.type = type;
    this.factory = factory;
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
    return factory.apply(value);
  }

  /**
   * The factory itself (a method reference such as {@code HazardId::of}), for callers that keep it.
   *
   * @return the factory
   */
  public Function<String, ? extends ElementId> factory() {
    return factory;
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
