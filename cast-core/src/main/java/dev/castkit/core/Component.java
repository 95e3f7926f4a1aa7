package dev.castkit.core;

import dev.castkit.core.internal.CastStyle;
import dev.castkit.core.internal.Checks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A component of a control structure (step 2): a controller (human, automated or an organisation),
 * a controlled process, an actuator, a sensor or something external. Level 0 is the top of the
 * structure; larger levels are lower.
 *
 * <pre>{@code
 * Component ops = Component.builder().id(ComponentId.of("C-ops")).name("Operations engineer")
 *     .kind(ComponentKind.HUMAN_CONTROLLER).level(1)
 *     .addResponsibility(Responsibility.builder().id(ResponsibilityId.of("R-1"))
 *         .text("Remove capacity only within safe limits").build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@CastStyle
public abstract class Component {
  Component() {}

  /**
   * The id.
   *
   * @return the id
   */
  public abstract ComponentId id();

  /**
   * The name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * What kind of component it is.
   *
   * @return what kind of component it is
   */
  public abstract ComponentKind kind();

  /**
   * Its level in the structure: 0 at the top, larger is lower; 0 when not set.
   *
   * @return its level in the structure: 0 at the top, larger is lower; 0 when not set
   */
  @Value.Default
  public int level() {
    return 0;
  }

  /**
   * The component this one is part of, if any.
   *
   * @return the component this one is part of, if any, or empty
   */
  public abstract Optional<ComponentId> parent();

  /**
   * A description.
   *
   * @return a description, or empty
   */
  public abstract Optional<String> description();

  /**
   * Its responsibilities.
   *
   * @return its responsibilities (empty when there are none)
   */
  public abstract List<Responsibility> responsibilities();

  /**
   * The variables of its process model.
   *
   * @return the variables of its process model (empty when there are none)
   */
  public abstract List<ProcessModelVariable> processModel();

  /**
   * The group (organisation or boundary) it belongs to. Since format 1.1.
   *
   * @return the group, or empty
   */
  public abstract Optional<GroupId> group();

  /**
   * Attributes this library does not know, kept so that a round trip through the JSON format loses
   * nothing. Keys are field names; they must not be names of known attributes.
   *
   * @return the extension attributes (empty when there are none)
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  void check() {
    Checks.extensionKeys("Component", extensions());
    Checks.text("Component", "name", name());
    Checks.notNegative("Component", "level", level());
    Checks.text("Component", "description", description());
    Checks.unique("Component", "responsibilities", responsibilities(), Responsibility::id);
    Checks.unique("Component", "processModel", processModel(), ProcessModelVariable::name);
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

  /** Builds a {@link Component}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableComponent.Builder {
    Builder() {}
  }
}
