package dev.castkit.core;

import dev.castkit.core.internal.CastStyle;
import dev.castkit.core.internal.Checks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A safety control structure (step 2): components and the links between them. An analysis may hold
 * the structure as designed and the structure as it operated at the time of the loss; a component
 * or link present in both keeps its id in both.
 *
 * <pre>{@code
 * ControlStructure cs = ControlStructure.builder().id(ControlStructureId.of("CS-1"))
 *     .variant(StructureVariant.AS_OPERATING)
 *     .addComponent(ops).addComponent(s3).addLink(removeCapacity).addLink(feedback)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@CastStyle
public abstract class ControlStructure {
  ControlStructure() {}

  /**
   * The id.
   *
   * @return the id
   */
  public abstract ControlStructureId id();

  /**
   * As designed, or as operating at the time of the loss.
   *
   * @return as designed, or as operating at the time of the loss
   */
  public abstract StructureVariant variant();

  /**
   * A name.
   *
   * @return a name, or empty
   */
  public abstract Optional<String> name();

  /**
   * A description.
   *
   * @return a description, or empty
   */
  public abstract Optional<String> description();

  /**
   * The components.
   *
   * @return the components (empty when there are none)
   */
  public abstract List<Component> components();

  /**
   * The links between components.
   *
   * @return the links between components (empty when there are none)
   */
  public abstract List<ControlLink> links();

  /**
   * The groups of components: organisations and boundaries. Since format 1.1.
   *
   * @return the groups (empty when there are none)
   */
  public abstract List<Group> groups();

  /**
   * Attributes this library does not know, kept so that a round trip through the JSON format loses
   * nothing. Keys are field names; they must not be names of known attributes.
   *
   * @return the extension attributes (empty when there are none)
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  void check() {
    Checks.extensionKeys("ControlStructure", extensions());
    Checks.text("ControlStructure", "name", name());
    Checks.text("ControlStructure", "description", description());
    Checks.unique("ControlStructure", "components", components(), Component::id);
    Checks.unique("ControlStructure", "links", links(), ControlLink::id);
    Checks.unique("ControlStructure", "groups", groups(), Group::id);
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

  /** Builds a {@link ControlStructure}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableControlStructure.Builder {
    Builder() {}
  }
}
