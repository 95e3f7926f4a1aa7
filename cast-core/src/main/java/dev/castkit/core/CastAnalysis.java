package dev.castkit.core;

import dev.castkit.core.internal.CastStyle;
import dev.castkit.core.internal.Checks;
import dev.castkit.core.internal.Navigation;
import java.time.ZoneId;
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
   * The time zone the incident was lived in (an IANA id such as {@code America/Los_Angeles}), so
   * that reports show local times beside UTC; times are still stored in UTC. Since format 1.1.
   *
   * @return the time zone, or empty
   */
  public abstract Optional<ZoneId> timeZone();

  /**
   * How severe the incident was, on the embedding tool's scale. Since format 1.1.
   *
   * @return the severity, or empty
   */
  public abstract Optional<Severity> severity();

  /**
   * Tags, as incident tools keep them; order kept. Since format 1.1.
   *
   * @return the tags (empty when there are none)
   */
  public abstract List<String> tags();

  /**
   * The incident's milestones (started, detected, mitigated, resolved), each kind at most once.
   * Since format 1.1.
   *
   * @return the milestones (empty when there are none)
   */
  public abstract List<Milestone> milestones();

  /**
   * The revision history, oldest first; versions unique. Since format 1.1.
   *
   * @return the revisions (empty when there are none)
   */
  public abstract List<Revision> revisions();

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
    Checks.zone("CastAnalysis", "timeZone", timeZone());
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
    Checks.texts("CastAnalysis", "tags", tags());
    Checks.unique("CastAnalysis", "tags", tags(), t -> t);
    Checks.unique("CastAnalysis", "milestones", milestones(), Milestone::kind);
    Checks.unique("CastAnalysis", "revisions", revisions(), Revision::version);
  }

  // ---------------------------------------------------------------- navigation and editing

  /**
   * The element with this id, as the given type.
   *
   * <pre>{@code
   * Optional<Recommendation> r = analysis.find(RecommendationId.of("R-1"), Recommendation.class);
   * Optional<ControlLink> l = analysis.find(LinkId.of("CA-1"), ControlLink.class);
   * }</pre>
   *
   * <p>Each kind of id names one type: {@link LossId} a {@link Loss}, {@link HazardId} a {@link
   * Hazard}, {@link ConstraintId} a {@link SafetyConstraint}, {@link EventId} a {@link
   * TimelineEvent}, {@link QuestionId} a {@link Question}, {@link ControlStructureId} a {@link
   * ControlStructure}, {@link ComponentId} a {@link Component} (not its step-3 {@link
   * ComponentAnalysis}), {@link ResponsibilityId} a {@link Responsibility}, {@link LinkId} a {@link
   * ControlLink}, {@link ContributionId} a {@link Contribution}, {@link ProcessModelFlawId} a
   * {@link ProcessModelFlaw}, {@link FlawId} a {@link Flaw}, {@link RecommendationId} a {@link
   * Recommendation}, and {@link AnalysisId} the analysis itself. A component, responsibility or
   * link may sit in several control structures (as designed and as operating) under one id: this
   * returns the first, in the order of the analysis.
   *
   * <p>The lookups of an analysis share one index of its elements and references, built on the
   * first lookup; so do the rules when they check it.
   *
   * @param id the id
   * @param type the type of element the id names, or a supertype such as {@code Object.class}
   * @param <T> the type
   * @return the element, or empty when no element of that kind has the id
   * @throws IllegalArgumentException when an argument is null, or the id names elements of another
   *     type (a {@code HazardId} with {@code Loss.class})
   */
  public <T> Optional<T> find(ElementId id, Class<T> type) {
    return Navigation.find(this, id, type);
  }

  /**
   * The elements that refer to the element with this id, each once, in the order of the analysis:
   * the hazards that lead to a loss, the links that start or end at a component, the question that
   * is about it, and so on. An element holds a reference when one of its id fields names the id (a
   * component analysis holds its own component's id). Also answers for an id that names nothing:
   * what holds the dangling references to it.
   *
   * <pre>{@code
   * for (Object e : analysis.referrers(LinkId.of("CA-1"))) {
   *   System.out.println(e); // the flaws and recommendations that name link CA-1
   * }
   * }</pre>
   *
   * @param id the id
   * @return the elements that name it (empty when none does)
   * @throws IllegalArgumentException when {@code id} is null
   */
  public List<Object> referrers(ElementId id) {
    return Navigation.referrers(this, id);
  }

  /**
   * This analysis with the element of this id replaced by another, at the same place; everything
   * else is the same. An id unique per control structure (component, responsibility, link) is
   * replaced in every structure that has it.
   *
   * <pre>{@code
   * Recommendation r = analysis.find(RecommendationId.of("R-1"), Recommendation.class).orElseThrow();
   * CastAnalysis changed = analysis.replace(r.id(), r.toBuilder().owner("SRE team").build());
   * }</pre>
   *
   * <p>The new element may have another id: references to the old id are left as they are (the
   * rules report them if they no longer resolve).
   *
   * @param id the id of the element to replace
   * @param element the element to put in its place, of the type the id names
   * @return the changed analysis
   * @throws IllegalArgumentException when an argument is null, {@code element} is not of the type
   *     the id names, no element has the id, or the id is the analysis's own
   * @throws CastModelException when the result breaks an invariant of the model, for example two
   *     hazards with one id after a change of id
   */
  public CastAnalysis replace(ElementId id, Object element) {
    return Navigation.replace(this, id, element);
  }

  /**
   * This analysis without the element of this id (in every control structure, for a component,
   * responsibility or link); its parts go with it (a component's responsibilities, a control
   * structure's components and links). When no element has the id, the analysis is returned as it
   * is.
   *
   * <p>References to the removed element are not touched: each now names nothing, and {@code
   * CAST-I001} reports it. Nothing is dropped silently; call {@link #referrers} first to see what
   * refers to it.
   *
   * <pre>{@code
   * CastAnalysis without = analysis.remove(LinkId.of("FB-2"));
   * List<Object> dangling = analysis.referrers(LinkId.of("FB-2")); // what now names nothing
   * }</pre>
   *
   * @param id the id of the element to remove
   * @return the analysis without it
   * @throws IllegalArgumentException when {@code id} is null or is the analysis's own
   */
  public CastAnalysis remove(ElementId id) {
    return Navigation.remove(this, id);
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
