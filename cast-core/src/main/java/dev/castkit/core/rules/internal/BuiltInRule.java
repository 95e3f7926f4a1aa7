package dev.castkit.core.rules.internal;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastStep;
import dev.castkit.core.rules.Rule;
import dev.castkit.core.rules.Severity;
import java.util.function.BiConsumer;

/**
 * A standard rule. It works on an {@link Index} so that one check indexes the analysis once for all
 * standard rules; used on its own, it indexes the analysis itself. Not API.
 */
public final class BuiltInRule implements Rule {
  private final String code;
  private final Severity severity;
  private final CastStep step;
  private final String title;
  private final BiConsumer<Index, Reporter> check;

  BuiltInRule(
      String code,
      Severity severity,
      CastStep step,
      String title,
      BiConsumer<Index, Reporter> check) {
    this.code = code;
    this.severity = severity;
    this.step = step;
    this.title = title;
    this.check = check;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public CastStep step() {
    return step;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public void check(CastAnalysis analysis, Reporter out) {
    if (analysis == null) {
      throw new IllegalArgumentException("rule " + code + ": the analysis must not be null");
    }
    check.accept(new Index(analysis), out);
  }

  /** Checks an analysis already indexed. */
  public void check(Index index, Reporter out) {
    check.accept(index, out);
  }

  @Override
  public String toString() {
    return code + " (" + severity + ", step " + step.number() + "): " + title;
  }
}
