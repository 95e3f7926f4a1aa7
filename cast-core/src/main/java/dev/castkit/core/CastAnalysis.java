package dev.castkit.core;

import dev.castkit.core.internal.CastStyle;
import dev.castkit.core.internal.Checks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A CAST analysis: the aggregate root that holds all five steps.
 *
 * <pre>{@code
 * CastAnalysis analysis = CastAnalysis.builder()
 *     .id(AnalysisId.of("CAST-1")).title("Object storage outage")
 *     .addLoss(loss).addHazard(hazard).addConstraint(constraint)
 *     .addTimeline(event).addControlStructure(structure)
 *     .build();
 * }</pre>
 *
 * <p>Construction checks only what makes the value meaningless (blank texts, duplicate ids inside
 * one list). Whether references resolve, and how complete the analysis is, is reported by the
 * analysis rules, so an analysis in progress can always be built.
 */
@Value.Immutable
@CastStyle
public abstract class CastAnalysis {
  CastAnalysis() {}

  /**
   * The id.
   *
   * @return the id
   */
  public abstract AnalysisId id();

  /**
   * The title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * A short summary of what happened and what was learned.
   *
   * @return a short summary of what happened and what was learned, or empty
   */
  public abstract Optional<String> summary();

  /**
   * Who wrote the analysis.
   *
   * @return who wrote the analysis (empty when there are none)
   */
  public abstract List<String> analysts();

  /**
   * References to the incident elsewhere.
   *
   * @return references to the incident elsewhere (empty when there are none)
   */
  public abstract List<Reference> references();

  /**
   * The status of the document; {@link AnalysisStatus#DRAFT} when not set.
   *
   * @return the status of the document; {@link AnalysisStatus#DRAFT} when not set
   */
  @Value.Default
  public AnalysisStatus status() {
    return AnalysisStatus.DRAFT;
  }

  /**
   * The system and its boundary (step 1).
   *
   * @return the system and its boundary (step 1), or empty
   */
  public abstract Optional<AnalyzedSystem> system();

  /**
   * The losses (step 1).
   *
   * @return the losses (step 1) (empty when there are none)
   */
  public abstract List<Loss> losses();

  /**
   * The hazards (step 1).
   *
   * @return the hazards (step 1) (empty when there are none)
   */
  public abstract List<Hazard> hazards();

  /**
   * The system-level safety constraints (step 1).
   *
   * @return the system-level safety constraints (step 1) (empty when there are none)
   */
  public abstract List<SafetyConstraint> constraints();

  /**
   * The timeline of proximal events, in order (step 1).
   *
   * @return the timeline of proximal events, in order (step 1) (empty when there are none)
   */
  public abstract List<TimelineEvent> timeline();

  /**
   * The analysis of the physical or controlled process (step 1).
   *
   * @return the analysis of the physical or controlled process (step 1), or empty
   */
  public abstract Optional<ProcessAnalysis> processAnalysis();

  /**
   * The questions raised in every step.
   *
   * @return the questions raised in every step (empty when there are none)
   */
  public abstract List<Question> questions();

  /**
   * The control structures (step 2).
   *
   * @return the control structures (step 2) (empty when there are none)
   */
  public abstract List<ControlStructure> controlStructures();

  /**
   * The analyses of each component (step 3).
   *
   * @return the analyses of each component (step 3) (empty when there are none)
   */
  public abstract List<ComponentAnalysis> componentAnalyses();

  /**
   * The systemic flaws (step 4).
   *
   * @return the systemic flaws (step 4) (empty when there are none)
   */
  public abstract List<Flaw> flaws();

  /**
   * The improvement program (step 5).
   *
   * @return the improvement program (step 5) (empty when there are none)
   */
  public abstract List<Recommendation> recommendations();

  /**
   * Attributes this library does not know, kept so that a round trip through the JSON format loses
   * nothing. Keys are field names; they must not be names of known attributes.
   *
   * @return the extension attributes (empty when there are none)
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  void check() {
    Checks.extensionKeys("CastAnalysis", extensions());
    Checks.text("CastAnalysis", "title", title());
    Checks.text("CastAnalysis", "summary", summary());
    Checks.texts("CastAnalysis", "analysts", analysts());
    Checks.unique("CastAnalysis", "losses", losses(), Loss::id);
    Checks.unique("CastAnalysis", "hazards", hazards(), Hazard::id);
    Checks.unique("CastAnalysis", "constraints", constraints(), SafetyConstraint::id);
    Checks.unique("CastAnalysis", "timeline", timeline(), TimelineEvent::id);
    Checks.unique("CastAnalysis", "questions", questions(), Question::id);
    Checks.unique("CastAnalysis", "controlStructures", controlStructures(), ControlStructure::id);
    Checks.unique(
        "CastAnalysis", "componentAnalyses", componentAnalyses(), ComponentAnalysis::component);
    Checks.unique("CastAnalysis", "flaws", flaws(), Flaw::id);
    Checks.unique("CastAnalysis", "recommendations", recommendations(), Recommendation::id);
  }

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts with every attribute of this value: the way to make a copy with
   * changes.
   *
   * @return a builder holding this value's attributes
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link CastAnalysis}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableCastAnalysis.Builder {
    Builder() {}
  }
}
