package dev.castkit.core;

import dev.castkit.core.internal.CastStyle;
import dev.castkit.core.internal.Checks;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A group of components in a control structure: an organisation or a boundary (the company, a
 * plant, the external authorities), drawn as a box around its components. Since format 1.1. A
 * component names its group with {@link Component#group()}; groups nest with {@link #parent()}.
 *
 * <pre>{@code
 * Group aws = Group.builder().id(GroupId.of("G-aws")).name("Amazon Web Services").build();
 * }</pre>
 */
@Value.Immutable
@CastStyle
public abstract class Group {
  Group() {}

  /**
   * The id, unique within the control structure.
   *
   * @return the id
   */
  public abstract GroupId id();

  /**
   * The name of the organisation or boundary.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * A description.
   *
   * @return a description, or empty
   */
  public abstract Optional<String> description();

  /**
   * The group this one is part of.
   *
   * @return the enclosing group, or empty
   */
  public abstract Optional<GroupId> parent();

  /**
   * Attributes this library does not know, kept so that a round trip through the JSON format loses
   * nothing. Keys are field names; they must not be names of known attributes.
   *
   * @return the extension attributes (empty when there are none)
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  void check() {
    Checks.extensionKeys("Group", extensions());
    Checks.text("Group", "name", name());
    Checks.text("Group", "description", description());
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

  /** Builds a {@link Group}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableGroup.Builder {
    Builder() {}
  }
}
