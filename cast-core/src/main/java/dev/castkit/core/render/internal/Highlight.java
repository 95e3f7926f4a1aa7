package dev.castkit.core.render.internal;

import dev.castkit.core.ComponentId;
import dev.castkit.core.LinkId;
import java.util.Set;

/**
 * The components and links a diagram draws highlighted. Not API.
 *
 * @param components the components to highlight
 * @param links the links to highlight
 */
public record Highlight(Set<ComponentId> components, Set<LinkId> links) {
  /** Nothing highlighted. */
  public static final Highlight NONE = new Highlight(Set.of(), Set.of());

  /** Copies the sets. */
  public Highlight {
    components = Set.copyOf(components);
    links = Set.copyOf(links);
  }
}
