package dev.castkit.core;

import dev.castkit.core.internal.CastStyle;
import dev.castkit.core.internal.Checks;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A link between two components of a control structure (step 2): a control action, feedback,
 * communication or coordination. A link that was missing, inoperable or degraded at the time of the
 * loss says so in its status.
 *
 * <pre>{@code
 * ControlLink feedback = ControlLink.builder().id(LinkId.of("FB-1")).kind(LinkKind.FEEDBACK)
 *     .source(ComponentId.of("C-s3")).target(ComponentId.of("C-ops"))
 *     .label("capacity remaining after removal").status(LinkStatus.MISSING).build();
 * }</pre>
 */
@Value.Immutable
@CastStyle
public abstract class ControlLink {
  ControlLink() {}

  /**
   * The id.
   *
   * @return the id
   */
  public abstract LinkId id();

  /**
   * What travels along it.
   *
   * @return what travels along it
   */
  public abstract LinkKind kind();

  /**
   * Where it starts: the controller for a control action.
   *
   * @return where it starts: the controller for a control action
   */
  public abstract ComponentId source();

  /**
   * Where it ends: the controller for feedback.
   *
   * @return where it ends: the controller for feedback
   */
  public abstract ComponentId target();

  /**
   * What the action or feedback is.
   *
   * @return what the action or feedback is
   */
  public abstract String label();

  /**
   * Whether it worked at the time; {@link LinkStatus#PRESENT} when not set.
   *
   * @return whether it worked at the time; {@link LinkStatus#PRESENT} when not set
   */
  @Value.Default
  public LinkStatus status() {
    return LinkStatus.PRESENT;
  }

  /**
   * More about it.
   *
   * @return more about it, or empty
   */
  public abstract Optional<String> description();

  /**
   * Attributes this library does not know, kept so that a round trip through the JSON format loses
   * nothing. Keys are field names; they must not be names of known attributes.
   *
   * @return the extension attributes (empty when there are none)
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  void check() {
    Checks.extensionKeys("ControlLink", extensions());
    Checks.text("ControlLink", "label", label());
    Checks.text("ControlLink", "description", description());
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

  /** Builds a {@link ControlLink}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableControlLink.Builder {
    Builder() {}
  }
}
