package dev.castkit.core;

import dev.castkit.core.internal.CastStyle;
import dev.castkit.core.internal.Checks;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One revision of the analysis: the analysis is a living document, revised as more is known. Since
 * format 1.1.
 *
 * <pre>{@code
 * Revision full = Revision.builder().version("2").date(LocalDate.parse("2017-03-02"))
 *     .description("Full report after the public summary").build();
 * }</pre>
 */
@Value.Immutable
@CastStyle
public abstract class Revision {
  Revision() {}

  /**
   * The version, unique among the revisions: {@code 1}, {@code 2}, {@code 2024-05-draft}.
   *
   * @return the version
   */
  public abstract String version();

  /**
   * When it was published or written.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> date();

  /**
   * What changed: "preliminary report", "full report after review".
   *
   * @return what changed
   */
  public abstract String description();

  /**
   * Who made it.
   *
   * @return who made it, or empty
   */
  public abstract Optional<String> author();

  /**
   * Attributes this library does not know, kept so that a round trip through the JSON format loses
   * nothing. Keys are field names; they must not be names of known attributes.
   *
   * @return the extension attributes (empty when there are none)
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  void check() {
    Checks.extensionKeys("Revision", extensions());
    Checks.text("Revision", "version", version());
    Checks.text("Revision", "description", description());
    Checks.text("Revision", "author", author());
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

  /** Builds a {@link Revision}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableRevision.Builder {
    Builder() {}
  }
}
