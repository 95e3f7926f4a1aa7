package dev.castkit.core;

import dev.castkit.core.internal.CastStyle;
import dev.castkit.core.internal.Checks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The step-3 analysis of one component: its responsibilities related to the loss, its
 * contributions, the flaws in its process model, the context that made its behaviour make sense,
 * and the questions it raises.
 *
 * <pre>{@code
 * ComponentAnalysis a = ComponentAnalysis.builder().component(ComponentId.of("C-ops"))
 *     .role("Ran the command that removed the capacity")
 *     .addResponsibility(ResponsibilityId.of("R-1")).addContribution(c).addProcessModelFlaw(f)
 *     .addContextFactor(ContextFactor.of(ContextKind.INFORMATIONAL, "No capacity view")).build();
 * }</pre>
 */
@Value.Immutable
@CastStyle
public abstract class ComponentAnalysis {
  ComponentAnalysis() {}

  /**
   * The component analysed.
   *
   * @return the component analysed
   */
  public abstract ComponentId component();

  /**
   * A summary of its role in the loss.
   *
   * @return a summary of its role in the loss, or empty
   */
  public abstract Optional<String> role();

  /**
   * Its responsibilities related to the loss; order has no meaning.
   *
   * @return its responsibilities related to the loss; order has no meaning (empty when there are
   *     none)
   */
  public abstract Set<ResponsibilityId> responsibilities();

  /**
   * What it did, did not do or decided.
   *
   * @return what it did, did not do or decided (empty when there are none)
   */
  public abstract List<Contribution> contributions();

  /**
   * Flaws in its process model.
   *
   * @return flaws in its process model (empty when there are none)
   */
  public abstract List<ProcessModelFlaw> processModelFlaws();

  /**
   * The context of its behaviour.
   *
   * @return the context of its behaviour (empty when there are none)
   */
  public abstract List<ContextFactor> contextFactors();

  /**
   * The questions its analysis raises; order has no meaning.
   *
   * @return the questions its analysis raises; order has no meaning (empty when there are none)
   */
  public abstract Set<QuestionId> questions();

  /**
   * Attributes this library does not know, kept so that a round trip through the JSON format loses
   * nothing. Keys are field names; they must not be names of known attributes.
   *
   * @return the extension attributes (empty when there are none)
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  void check() {
    Checks.extensionKeys("ComponentAnalysis", extensions());
    Checks.text("ComponentAnalysis", "role", role());
    Checks.unique("ComponentAnalysis", "contributions", contributions(), Contribution::id);
    Checks.unique(
        "ComponentAnalysis", "processModelFlaws", processModelFlaws(), ProcessModelFlaw::id);
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

  /** Builds a {@link ComponentAnalysis}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableComponentAnalysis.Builder {
    Builder() {}
  }
}
