package dev.castkit.core.rules.internal;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastStep;
import dev.castkit.core.rules.Rule;
import dev.castkit.core.rules.Severity;
import java.util.function.BiConsumer;

/** A rule made of its parts by {@link Rule#of}. Not API. */
public final class SimpleRule implements Rule {
  private final String code;
  private final Severity severity;
  private final CastStep step;
  private final String title;
  private final BiConsumer<CastAnalysis, Reporter> check;

  private SimpleRule(
      String code,
      Severity severity,
      CastStep step,
      String title,
      BiConsumer<CastAnalysis, Reporter> check) {
    this.code = code;
    this.severity = severity;
    this.step = step;
    this.title = title;
    this.check = check;
  }

  /** See {@link Rule#of}. */
  public static Rule of(
      String code,
      Severity severity,
      CastStep step,
      String title,
      BiConsumer<CastAnalysis, Reporter> check) {
    RuleMeta.requireValid(code, severity, step, title);
    if (check == null) {
      throw new IllegalArgumentException("rule " + code + " needs a check");
    }
    return new SimpleRule(code, severity, step, title, check);
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
    check.accept(analysis, out);
  }

  @Override
  public String toString() {
    return code + " (" + severity + ", step " + step.number() + "): " + title;
  }
}
