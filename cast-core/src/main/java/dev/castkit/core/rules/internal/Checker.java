package dev.castkit.core.rules.internal;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastStep;
import dev.castkit.core.ElementId;
import dev.castkit.core.rules.Rule;
import dev.castkit.core.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs configured rules over one analysis. Every rule, standard or house, is called the same way:
 * {@link Rule#check} with the analysis and a reporter; the standard rules find the shared {@link
 * Index} through the reporter. {@code CastRules} turns the result into a report. Not API.
 */
public final class Checker {
  private Checker() {}

  /** A rule to run, with the metadata read when it was added and its effective severity. */
  public record Configured(Rule rule, RuleMeta meta, Severity severity) {}

  /** One finding as reported, already checked; {@code elementId} is null for the analysis. */
  public record Reported(
      String code, Severity severity, CastStep step, String elementId, String message) {}

  /** What a check found: the findings in the order reported, and the status of each step. */
  public record Checked(List<Reported> findings, List<Readiness.Step> steps) {}

  /** Checks an analysis with the given rules. */
  public static Checked check(CastAnalysis analysis, List<Configured> rules) {
    Index index = new Index(analysis);
    List<Reported> findings = new ArrayList<>();
    for (Configured c : rules) {
      Collector out =
          new Collector(index, c.meta().code(), c.severity(), c.meta().step(), findings);
      int before = findings.size();
      try {
        c.rule().check(analysis, out);
      } catch (RuntimeException e) {
        // A rule that throws must not stop the others nor leave half its findings.
        findings.subList(before, findings.size()).clear();
        findings.add(
            new Reported(
                c.meta().code(),
                Severity.ERROR,
                c.meta().step(),
                null,
                "Rule "
                    + c.meta().code()
                    + " ("
                    + c.meta().title()
                    + ") could not run: "
                    + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
      }
    }
    return new Checked(findings, Readiness.of(index, findings));
  }

  /** Fills in a rule's code and severity, and offers the shared index. */
  private static final class Collector implements Rule.Reporter, Index.Shared {
    private final Index index;
    private final String code;
    private final Severity severity;
    private final CastStep step;
    private final List<Reported> out;

    Collector(Index index, String code, Severity severity, CastStep step, List<Reported> out) {
      this.index = index;
      this.code = code;
      this.severity = severity;
      this.step = step;
      this.out = out;
    }

    @Override
    public Index index() {
      return index;
    }

    @Override
    public void report(ElementId element, String message) {
      report(step, element, message);
    }

    @Override
    public void report(CastStep inStep, ElementId element, String message) {
      if (element == null) {
        throw new IllegalArgumentException(
            "rule " + code + " reported a finding about a null element; use report(message)");
      }
      add(inStep, element.value(), message);
    }

    @Override
    public void report(String message) {
      report(step, message);
    }

    @Override
    public void report(CastStep inStep, String message) {
      add(inStep, null, message);
    }

    private void add(CastStep inStep, String element, String message) {
      RuleMeta.requireFinding(code, severity, inStep, element, message);
      out.add(new Reported(code, severity, inStep, element, message));
    }
  }
}
