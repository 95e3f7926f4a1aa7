package dev.castkit.core;

import dev.castkit.core.internal.CastStyle;
import dev.castkit.core.internal.Checks;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A source of evidence for an event or a flaw: a URL, a log, a chat excerpt.
 *
 * <pre>{@code
 * Evidence chat = Evidence.builder().kind(EvidenceKind.CHAT).source("#incident-42")
 *     .excerpt("dashboard shows all green").build();
 * }</pre>
 */
@Value.Immutable
@CastStyle
public abstract class Evidence {
  Evidence() {}

  /**
   * Where the evidence comes from.
   *
   * @return where the evidence comes from
   */
  public abstract EvidenceKind kind();

  /**
   * The URL, log name, channel or document.
   *
   * @return the URL, log name, channel or document
   */
  public abstract String source();

  /**
   * The relevant excerpt, paraphrased or quoted.
   *
   * @return the relevant excerpt, paraphrased or quoted, or empty
   */
  public abstract Optional<String> excerpt();

  /**
   * Who wrote it: the author of a note, a chat message or a document. Since format 1.1.
   *
   * @return the author, or empty
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
    Checks.extensionKeys("Evidence", extensions());
    Checks.text("Evidence", "source", source());
    Checks.text("Evidence", "excerpt", excerpt());
    Checks.text("Evidence", "author", author());
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
   * Creates a Evidence from its essential attributes.
   *
   * @param kind where the evidence comes from
   * @param source the URL, log name, channel or document
   * @return the value
   * @throws CastModelException when a value is blank or missing
   */
  public static Evidence of(EvidenceKind kind, String source) {
    return builder().kind(kind).source(source).build();
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

  /** Builds a {@link Evidence}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableEvidence.Builder {
    Builder() {}
  }
}
