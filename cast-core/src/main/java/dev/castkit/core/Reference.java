package dev.castkit.core;

import dev.castkit.core.internal.CastStyle;
import dev.castkit.core.internal.Checks;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to the incident elsewhere: a tracker id, a post-mortem URL, a document.
 *
 * <pre>{@code
 * Reference postmortem = Reference.of(ReferenceKind.URL, "https://example.com/postmortem");
 * }</pre>
 */
@Value.Immutable
@CastStyle
public abstract class Reference {
  Reference() {}

  /**
   * What the reference points at.
   *
   * @return what the reference points at
   */
  public abstract ReferenceKind kind();

  /**
   * The URL, tracker id or document name.
   *
   * @return the URL, tracker id or document name
   */
  public abstract String value();

  /**
   * A human title.
   *
   * @return a human title, or empty
   */
  public abstract Optional<String> title();

  /**
   * Attributes this library does not know, kept so that a round trip through the JSON format loses
   * nothing. Keys are field names; they must not be names of known attributes.
   *
   * @return the extension attributes (empty when there are none)
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  void check() {
    Checks.extensionKeys("Reference", extensions());
    Checks.text("Reference", "value", value());
    Checks.text("Reference", "title", title());
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
   * Creates a Reference from its essential attributes.
   *
   * @param kind what the reference points at
   * @param value the URL, tracker id or document name
   * @return the value
   * @throws CastModelException when a value is blank or missing
   */
  public static Reference of(ReferenceKind kind, String value) {
    return builder().kind(kind).value(value).build();
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

  /** Builds a {@link Reference}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableReference.Builder {
    Builder() {}
  }
}
