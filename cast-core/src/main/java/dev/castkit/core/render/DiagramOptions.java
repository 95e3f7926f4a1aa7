package dev.castkit.core.render;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.ComponentAnalysis;
import dev.castkit.core.ComponentId;
import dev.castkit.core.Contribution;
import dev.castkit.core.ContributionId;
import dev.castkit.core.Flaw;
import dev.castkit.core.FlawId;
import dev.castkit.core.LinkId;
import dev.castkit.core.Recommendation;
import dev.castkit.core.render.internal.Highlight;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a control-structure diagram is drawn: which components and links to highlight.
 *
 * <p>A highlighted {@link Flaw} highlights the components and links it names. A highlighted {@link
 * Recommendation} highlights the components and links it names and, when a whole {@link
 * CastAnalysis} is drawn (or reported), also those of the flaws it addresses and the components
 * whose contributions it addresses.
 *
 * <pre>{@code
 * DiagramOptions options = DiagramOptions.builder().highlight(flaw).build();
 * String mermaid = MermaidDiagram.render(analysis, options);
 * }</pre>
 */
public final class DiagramOptions {
  private static final DiagramOptions DEFAULTS = new DiagramOptions(List.of(), List.of());

  private final List<Flaw> flaws;
  private final List<Recommendation> recommendations;

  private DiagramOptions(List<Flaw> flaws, List<Recommendation> recommendations) {
    this.flaws = List.copyOf(flaws);
    this.recommendations = List.copyOf(recommendations);
  }

  /**
   * The options that highlight nothing.
   *
   * @return the default options
   */
  public static DiagramOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a new builder, starting from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** What to highlight, resolved against the analysis when there is one (else null). */
  Highlight highlight(CastAnalysis analysis) {
    if (flaws.isEmpty() && recommendations.isEmpty()) {
      return Highlight.NONE;
    }
    Set<ComponentId> components = new LinkedHashSet<>();
    Set<LinkId> links = new LinkedHashSet<>();
    for (Flaw flaw : flaws) {
      components.addAll(flaw.components());
      links.addAll(flaw.links());
    }
    for (Recommendation recommendation : recommendations) {
      components.addAll(recommendation.components());
      links.addAll(recommendation.links());
      if (analysis == null) {
        continue;
      }
      for (Flaw flaw : analysis.flaws()) {
        if (recommendation.flaws().contains(flaw.id())) {
          components.addAll(flaw.components());
          links.addAll(flaw.links());
        }
      }
      Set<ContributionId> addressed = recommendation.contributions();
      for (ComponentAnalysis ca : analysis.componentAnalyses()) {
        for (Contribution contribution : ca.contributions()) {
          if (addressed.contains(contribution.id())) {
            components.add(ca.component());
          }
        }
      }
    }
    return new Highlight(components, links);
  }

  /** Builds {@link DiagramOptions}. */
  public static final class Builder {
    private final List<Flaw> flaws = new ArrayList<>();
    private final List<Recommendation> recommendations = new ArrayList<>();

    private Builder() {}

    /**
     * Highlights the components and links tied to a systemic flaw; may be called more than once.
     *
     * @param flaw the flaw
     * @return this builder
     * @throws IllegalArgumentException when {@code flaw} is null
     */
    public Builder highlight(Flaw flaw) {
      flaws.add(Arguments.notNull(flaw, "flaw"));
      return this;
    }

    /**
     * Highlights the components and links tied to a recommendation; may be called more than once.
     * Flaws and contributions it addresses are followed when a whole analysis is drawn (see {@link
     * FlawId}s in {@link Recommendation#flaws()}).
     *
     * @param recommendation the recommendation
     * @return this builder
     * @throws IllegalArgumentException when {@code recommendation} is null
     */
    public Builder highlight(Recommendation recommendation) {
      recommendations.add(Arguments.notNull(recommendation, "recommendation"));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public DiagramOptions build() {
      return new DiagramOptions(flaws, recommendations);
    }
  }
}
