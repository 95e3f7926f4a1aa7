package dev.castkit.core;

import dev.castkit.core.internal.CastStyle;
import dev.castkit.core.internal.Checks;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a fact comes from: stated by a cited source or inferred by the analyst, and what kind of
 * source that is. Since format 1.1.
 *
 * <pre>{@code
 * Provenance stated = Provenance.builder().basis(ProvenanceBasis.STATED)
 *     .source("https://aws.amazon.com/message/41926/").sourceKind(SourceKind.OPERATOR_REPORT).build();
 * }</pre>
 */
@Value.Immutable
@CastStyle
public abstract class Provenance {
  Provenance() {}

  /**
   * Stated by a source, or inferred by the analyst.
   *
   * @return the basis
   */
  public abstract ProvenanceBasis basis();

  /**
   * The source: a URL or a document named in the references.
   *
   * @return the source, or empty
   */
  public abstract Optional<String> source();

  /**
   * What kind of source it is.
   *
   * @return the kind of source, or empty
   */
  public abstract Optional<SourceKind> sourceKind();

  /**
   * Attributes this library does not know, kept so that a round trip through the JSON format loses
   * nothing. Keys are field names; they must not be names of known attributes.
   *
   * @return the extension attributes (empty when there are none)
   */
  public abstract Map<String, ExtensionValue> extensions();

  @Value.Check
  void check() {
    Checks.extensionKeys("Provenance", extensions());
    Checks.text("Provenance", "source", source());
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

  /** Builds a {@link Provenance}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableProvenance.Builder {
    Builder() {}
  }
}
