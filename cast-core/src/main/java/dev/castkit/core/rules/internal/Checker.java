package dev.castkit.core.rules.internal;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastStep;
import dev.castkit.core.ElementId;
import dev.castkit.core.rules.Finding;
import dev.castkit.core.rules.Rule;
import dev.castkit.core.rules.Severity;
import dev.castkit.core.rules.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs configured rules over one analysis and builds the report. Not API. */
public final class Checker {
  private Checker() {}

  /** A rule to run, with the metadata read when it was added and its effective severity. */
  public record Configured(Rule rule, RuleMeta meta, Severity severity) {}

  /** Checks an analysis with the given rules. */
  public static ValidationReport check(CastAnalysis analysis, List<Configured> rules) {
    Index index = new Index(analysis);
    List<Finding> findings = new ArrayList<>();
    for (Configured c : rules) {
      Collector out = new Collector(c.meta().code(), c.severity(), c.meta().step(), findings);
      int before = findings.size();
      try {
        if (c.rule() instanceof BuiltInRule builtIn) {
          builtIn.check(index, out);
        } else {
          c.rule().check(analysis, out);
        }
      } catch (RuntimeException e) {
        // A rule that throws must not stop the others nor leave half its findings.
        findings.subList(before, findings.size()).clear();
        findings.add(
            Finding.of(
                c.meta().code(),
                Severity.ERROR,
                c.meta().step(),
                Optional.empty(),
                "Rule "
                    + c.meta().code()
                    + " ("
                    + c.meta().title()
                    + ") could not run: "
                    + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
      }
    }
    return ValidationReport.of(findings, Readiness.of(index, findings));
  }

  /** Fills in a rule's code and severity. */
  private static final class Collector implements Rule.Reporter {
    private final String code;
    private final Severity severity;
    private final CastStep step;
    private final List<Finding> out;

    Collector(String code, Severity severity, CastStep step, List<Finding> out) {
      this.code = code;
      this.severity = severity;
      this.step = step;
      this.out = out;
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
      add(inStep, Optional.of(element.value()), message);
    }

    @Override
    public void report(String message) {
      report(step, message);
    }

    @Override
    public void report(CastStep inStep, String message) {
      add(inStep, Optional.empty(), message);
    }

    private void add(CastStep inStep, Optional<String> element, String message) {
      out.add(Finding.of(code, severity, inStep, element, message));
    }
  }
}
