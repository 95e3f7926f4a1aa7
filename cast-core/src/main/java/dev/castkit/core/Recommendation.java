package dev.castkit.core;

import dev.castkit.core.internal.CastStyle;
import dev.castkit.core.internal.Checks;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A recommendation of the improvement program (step 5): a change to the control structure, tied to
 * what it addresses, with its follow-up (owner, due date, status).
 *
 * <pre>{@code
 * Recommendation rec = Recommendation.builder().id(RecommendationId.of("REC-1"))
 *     .text("Make the capacity tool refuse to go below the minimum a subsystem needs")
 *     .addFlaw(FlawId.of("F-1")).addComponent(ComponentId.of("C-tool"))
 *     .priority(Priority.HIGH).horizon(Horizon.IMMEDIATE)
 *     .owner("storage team").due(LocalDate.parse("2017-03-31"))
 *     .status(RecommendationStatus.IMPLEMENTED).build();
 * }</pre>
 */
@Value.Immutable
@CastStyle
public abstract class Recommendation {
  Recommendation() {}

  /**
   * The id.
   *
   * @return the id
   */
  public abstract RecommendationId id();

  /**
   * The change recommended.
   *
   * @return the change recommended
   */
  public abstract String text();

  /**
   * The systemic flaws it addresses; order has no meaning.
   *
   * @return the systemic flaws it addresses; order has no meaning (empty when there are none)
   */
  public abstract Set<FlawId> flaws();

  /**
   * The contributions it addresses; order has no meaning.
   *
   * @return the contributions it addresses; order has no meaning (empty when there are none)
   */
  public abstract Set<ContributionId> contributions();

  /**
   * The links it addresses; order has no meaning.
   *
   * @return the links it addresses; order has no meaning (empty when there are none)
   */
  public abstract Set<LinkId> links();

  /**
   * The components it changes; order has no meaning.
   *
   * @return the components it changes; order has no meaning (empty when there are none)
   */
  public abstract Set<ComponentId> components();

  /**
   * How urgent it is.
   *
   * @return how urgent it is, or empty
   */
  public abstract Optional<Priority> priority();

  /**
   * Immediate or long term.
   *
   * @return immediate or long term, or empty
   */
  public abstract Optional<Horizon> horizon();

  /**
   * Who implements it.
   *
   * @return who implements it, or empty
   */
  public abstract Optional<String> owner();

  /**
   * When it is due.
   *
   * @return when it is due, or empty
   */
  public abstract Optional<LocalDate> due();

  /**
   * Its follow-up state; {@link RecommendationStatus#PROPOSED} when not set.
   *
   * @return its follow-up state; {@link RecommendationStatus#PROPOSED} when not set
   */
  @Value.Default
  public RecommendationStatus status() {
    return RecommendationStatus.PROPOSED;
  }

  /**
   * Why it was rejected, or other rationale for its status.
   *
   * @return why it was rejected, or other rationale for its status, or empty
   */
  public abstract Optional<String> rationale();

  /**
   * The id or URL of its work item in a tracker.
   *
   * @return the id or URL of its work item in a tracker, or empty
   */
  public abstract Optional<String> tracker();

  /**
   * How it was checked that it works.
   *
   * @return how it was checked that it works, or empty
   */
  public abstract Optional<String> verification();

  /**
   * Who proposed it. Since format 1.1.
   *
   * @return who proposed it, or empty
   */
  public abstract Optional<String> proposedBy();

  /**
   * Attributes this library does not know, kept so that a round trip through the JSON format loses
   * nothing. Keys are field names; they must not be names of known attributes.
   *
   * @return the extension attributes (empty when there are none)
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  void check() {
    Checks.extensionKeys("Recommendation", extensions());
    Checks.text("Recommendation", "text", text());
    Checks.text("Recommendation", "owner", owner());
    Checks.text("Recommendation", "rationale", rationale());
    Checks.text("Recommendation", "tracker", tracker());
    Checks.text("Recommendation", "verification", verification());
    Checks.text("Recommendation", "proposedBy", proposedBy());
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

  /** Builds a {@link Recommendation}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableRecommendation.Builder {
    Builder() {}
  }
}
