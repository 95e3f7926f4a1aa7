package dev.castkit.benchmarks;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.Component;
import dev.castkit.core.ComponentAnalysis;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.Flaw;
import dev.castkit.core.TimelineEvent;

/** Counts the elements (entity values, not ids) of an analysis, the measure of its size. */
public final class Elements {
  private Elements() {}

  /**
   * The number of entity values in the analysis, the analysis itself included.
   *
   * @param a the analysis
   * @return how many elements it has
   */
  public static int count(CastAnalysis a) {
    int n = 1 + a.references().size() + (a.system().isPresent() ? 1 : 0);
    n += a.losses().size() + a.hazards().size() + a.constraints().size() + a.questions().size();
    for (TimelineEvent e : a.timeline()) {
      n += 1 + e.evidence().size();
    }
    if (a.processAnalysis().isPresent()) {
      n += 1 + a.processAnalysis().get().contextFactors().size();
    }
    for (ControlStructure cs : a.controlStructures()) {
      n += 1 + cs.links().size();
      for (Component c : cs.components()) {
        n += 1 + c.responsibilities().size() + c.processModel().size();
      }
    }
    for (ComponentAnalysis ca : a.componentAnalyses()) {
      n += 1 + ca.contributions().size() + ca.processModelFlaws().size();
      n += ca.contextFactors().size();
    }
    for (Flaw f : a.flaws()) {
      n += 1 + f.evidence().size();
    }
    return n + a.recommendations().size();
  }
}
