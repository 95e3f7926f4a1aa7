package dev.castkit.core;

import dev.castkit.core.internal.CastStyle;
import dev.castkit.core.internal.Checks;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A question raised during the analysis. The Handbook: an analysis is finished only when each
 * question is answered or recorded as unanswerable.
 *
 * <pre>{@code
 * Question q = Question.builder().id(QuestionId.of("Q-1"))
 *     .text("Why did the tool allow removing that much capacity at once?")
 *     .step(CastStep.ASSEMBLE_BASIC_INFORMATION).about("E-1").build();
 * }</pre>
 */
@Value.Immutable
@CastStyle
public abstract class Question {
  Question() {}

  /**
   * The id.
   *
   * @return the id
   */
  public abstract QuestionId id();

  /**
   * The question.
   *
   * @return the question
   */
  public abstract String text();

  /**
   * The step in which it was raised.
   *
   * @return the step in which it was raised
   */
  public abstract CastStep step();

  /**
   * The id of the element it was raised about, of any kind.
   *
   * @return the id of the element it was raised about, of any kind, or empty
   */
  public abstract Optional<String> about();

  /**
   * Whether it is settled; {@link QuestionStatus#OPEN} when not set.
   *
   * @return whether it is settled; {@link QuestionStatus#OPEN} when not set
   */
  @Value.Default
  public QuestionStatus status() {
    return QuestionStatus.OPEN;
  }

  /**
   * The answer, or why it cannot be answered.
   *
   * @return the answer, or why it cannot be answered, or empty
   */
  public abstract Optional<String> answer();

  /**
   * Attributes this library does not know, kept so that a round trip through the JSON format loses
   * nothing. Keys are field names; they must not be names of known attributes.
   *
   * @return the extension attributes (empty when there are none)
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  void check() {
    Checks.extensionKeys("Question", extensions());
    Checks.text("Question", "text", text());
    Checks.id("Question", "about", about());
    Checks.text("Question", "answer", answer());
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

  /** Builds a {@link Question}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableQuestion.Builder {
    Builder() {}
  }
}
