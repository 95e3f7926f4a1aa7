package dev.castkit.core;

import dev.castkit.core.internal.Ids;

/**
 * The id of any element of an analysis. Each kind of element has its own id type, so a {@link
 * HazardId} cannot be passed where a {@link LossId} is wanted.
 *
 * <p>Ids order naturally: runs of digits compare by value, so {@code H-2} comes before {@code
 * H-10}.
 */
public sealed interface ElementId extends Comparable<ElementId>
    permits AnalysisId,
        LossId,
        HazardId,
        ConstraintId,
        EventId,
        QuestionId,
        ControlStructureId,
        ComponentId,
        ResponsibilityId,
        LinkId,
        GroupId,
        ContributionId,
        ProcessModelFlawId,
        FlawId,
        RecommendationId {

  /**
   * Returns the id as written.
   *
   * @return the id text
   */
  String value();

  /**
   * Compares by the natural order of the id text (digit runs by value).
   *
   * @param other the other id
   * @return a negative number, zero or a positive number
   */
  @Override
  default int compareTo(ElementId other) {
    return Ids.compareNatural(value(), other.value());
  }

  /**
   * Whether {@code value} is a well-formed id of any kind.
   *
   * @param value a candidate id
   * @return true when a typed id can be made of it
   */
  static boolean isValid(String value) {
    return Ids.isValid(value);
  }
}
