package dev.castkit.core.rules;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastStep;
import dev.castkit.core.rules.internal.Checker;
import dev.castkit.core.rules.internal.PhraseMatcher;
import dev.castkit.core.rules.internal.Readiness;
import dev.castkit.core.rules.internal.RuleMeta;
import dev.castkit.core.rules.internal.StandardRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The analysis rules: checks a {@link CastAnalysis} and returns a {@link ValidationReport}.
 * Immutable and thread-safe: build one and use it for every analysis.
 *
 * <pre>{@code
 * ValidationReport report = CastRules.standard().check(analysis);
 *
 * CastRules house = CastRules.builder()
 *     .disable("CAST-S002")                          // do not list broken links
 *     .severity("CAST-A002", Severity.ERROR)         // context is mandatory here
 *     .addBlameWords("dropped the ball", "sloppy work")
 *     .add(Rule.of("ACME-001", Severity.WARNING, CastStep.CREATE_IMPROVEMENT_PROGRAM,
 *         "every recommendation has an owner",
 *         (a, out) -> a.recommendations().stream()
 *             .filter(r -> r.owner().isEmpty())
 *             .forEach(r -> out.report(r.id(), "Recommendation " + r.id() + " has no owner."))))
 *     .build();
 * }</pre>
 *
 * <p>The standard rules have codes {@code CAST-<letter><number>}; {@code docs/rules.md} says what
 * each means, why CAST wants it and how to fix what it reports.
 */
public final class CastRules {
  private static final String BLAME_WORDS = "/dev/castkit/core/rules/blame-words.txt";
  private static final String FAILURE_WORDS = "/dev/castkit/core/rules/failure-words.txt";

  private final List<Checker.Configured> rules;

  private CastRules(List<Checker.Configured> rules) {
    this.rules = rules;
  }

  /** Loaded on first use; the word lists and standard rules are immutable, so they are shared. */
  private static final class Standard {
    static final List<String> BLAME = PhraseMatcher.readResource(BLAME_WORDS);
    static final List<String> FAILURE = PhraseMatcher.readResource(FAILURE_WORDS);
    static final CastRules RULES = new Builder().build();
  }

  /**
   * The standard rules with their default severities and word lists.
   *
   * @return the standard rules
   */
  public static CastRules standard() {
    return Standard.RULES;
  }

  /**
   * A builder that starts from the standard rules.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The standard blame and hindsight words and phrases ({@code CAST-W001}), as listed in the
   * resource {@code dev/castkit/core/rules/blame-words.txt}.
   *
   * @return the phrases, as written in the list
   */
  public static List<String> standardBlameWords() {
    return Standard.BLAME;
  }

  /**
   * The standard component-failure words and phrases of hazards ({@code CAST-W002}), as listed in
   * the resource {@code dev/castkit/core/rules/failure-words.txt}.
   *
   * @return the phrases, as written in the list
   */
  public static List<String> standardFailureWords() {
    return Standard.FAILURE;
  }

  /**
   * Checks an analysis. Never throws for a well-formed analysis, however incomplete: everything
   * found is a finding. A rule that throws is reported as an error finding under its code.
   *
   * @param analysis the analysis
   * @return the report
   * @throws IllegalArgumentException when {@code analysis} is null
   */
  public ValidationReport check(CastAnalysis analysis) {
    if (analysis == null) {
      throw new IllegalArgumentException("CastRules.check needs an analysis, got null");
    }
    Checker.Checked checked = Checker.check(analysis, rules);
    List<Finding> findings = new ArrayList<>(checked.findings().size());
    for (Checker.Reported f : checked.findings()) {
      findings.add(Finding.checked(f.code(), f.severity(), f.step(), f.elementId(), f.message()));
    }
    List<StepStatus> steps = new ArrayList<>(checked.steps().size());
    for (Readiness.Step s : checked.steps()) {
      steps.add(StepStatus.of(s.step(), s.begun(), s.blockers()));
    }
    return ValidationReport.of(findings, steps);
  }

  /**
   * The rules this instance runs, in code order, each reporting the severity it runs with (after
   * overrides). Disabled rules are not listed.
   *
   * @return the rules
   */
  public List<Rule> rules() {
    List<Rule> result = new ArrayList<>(rules.size());
    for (Checker.Configured c : rules) {
      result.add(new Effective(c));
    }
    return List.copyOf(result);
  }

  /**
   * Builds a {@link CastRules} from the standard rules: switch rules off, change their severity,
   * extend the word lists and add house rules. A builder is not thread-safe; what it builds is.
   */
  public static final class Builder {
    private final Set<String> disabled = new LinkedHashSet<>();
    private final Map<String, Severity> severities = new HashMap<>();
    private final List<Rule> added = new ArrayList<>();
    private final List<String> blameWords = new ArrayList<>();
    private final List<String> failureWords = new ArrayList<>();

    private Builder() {}

    /**
     * Switches a rule off: its findings are not reported.
     *
     * @param code the rule's code, for example {@code "CAST-S002"}
     * @return this builder
     * @throws IllegalArgumentException when the code is blank or has white space; an unknown code
     *     is refused by {@link #build()}
     */
    public Builder disable(String code) {
      RuleMeta.requireCode(code);
      disabled.add(code);
      return this;
    }

    /**
     * Changes the severity of a rule's findings.
     *
     * @param code the rule's code
     * @param severity the severity its findings get
     * @return this builder
     * @throws IllegalArgumentException when the code is blank or has white space, or the severity
     *     is null; an unknown code is refused by {@link #build()}
     */
    public Builder severity(String code, Severity severity) {
      RuleMeta.requireCode(code);
      if (severity == null) {
        throw new IllegalArgumentException("severity of " + code + " must not be null");
      }
      severities.put(code, severity);
      return this;
    }

    /**
     * Adds a house rule. Its code, severity, step and title are read now.
     *
     * @param rule the rule
     * @return this builder
     * @throws IllegalArgumentException when the rule is null or describes itself badly (blank code
     *     or title, null severity or step); a code already used is refused by {@link #build()}
     */
    public Builder add(Rule rule) {
      RuleMeta.of(rule);
      added.add(rule);
      return this;
    }

    /**
     * Extends the blame and hindsight word list ({@code CAST-W001}) with words or phrases, matched
     * as whole words, ignoring case.
     *
     * @param phrases the words or phrases, for example {@code "dropped the ball"}
     * @return this builder
     * @throws IllegalArgumentException when a phrase is null or holds no word
     */
    public Builder addBlameWords(String... phrases) {
      return addBlameWords(phrases == null ? null : Arrays.asList(phrases));
    }

    /**
     * Extends the blame and hindsight word list ({@code CAST-W001}) with words or phrases, matched
     * as whole words, ignoring case.
     *
     * @param phrases the words or phrases
     * @return this builder
     * @throws IllegalArgumentException when a phrase is null or holds no word
     */
    public Builder addBlameWords(Collection<String> phrases) {
      blameWords.addAll(checked(phrases));
      return this;
    }

    /**
     * Extends the list of component-failure words that a hazard should not use ({@code CAST-W002}),
     * matched as whole words, ignoring case.
     *
     * @param phrases the words or phrases, for example {@code "overheated"}
     * @return this builder
     * @throws IllegalArgumentException when a phrase is null or holds no word
     */
    public Builder addFailureWords(String... phrases) {
      return addFailureWords(phrases == null ? null : Arrays.asList(phrases));
    }

    /**
     * Extends the list of component-failure words that a hazard should not use ({@code CAST-W002}),
     * matched as whole words, ignoring case.
     *
     * @param phrases the words or phrases
     * @return this builder
     * @throws IllegalArgumentException when a phrase is null or holds no word
     */
    public Builder addFailureWords(Collection<String> phrases) {
      failureWords.addAll(checked(phrases));
      return this;
    }

    private static List<String> checked(Collection<String> phrases) {
      if (phrases == null) {
        throw new IllegalArgumentException("a word list must not be null");
      }
      List<String> copy = new ArrayList<>(phrases.size());
      for (String p : phrases) {
        copy.add(p);
      }
      PhraseMatcher.of(copy); // validates every phrase now, where the caller can see it
      return copy;
    }

    /**
     * Builds the rules.
     *
     * @return the rules
     * @throws IllegalArgumentException when a disabled or re-graded code is not the code of any
     *     rule, or two rules share a code
     */
    public CastRules build() {
      List<String> blame = new ArrayList<>(Standard.BLAME);
      blame.addAll(blameWords);
      List<String> failure = new ArrayList<>(Standard.FAILURE);
      failure.addAll(failureWords);
      List<Rule> all = new ArrayList<>();
      all.addAll(StandardRules.create(PhraseMatcher.of(blame), PhraseMatcher.of(failure)));
      all.addAll(added);
      Map<String, Checker.Configured> byCode = new HashMap<>();
      for (Rule r : all) {
        RuleMeta meta = RuleMeta.of(r);
        Severity severity = severities.getOrDefault(meta.code(), meta.severity());
        if (byCode.put(meta.code(), new Checker.Configured(r, meta, severity)) != null) {
          throw new IllegalArgumentException(
              "two rules have the code " + meta.code() + "; a house rule needs a code of its own");
        }
      }
      Set<String> unknown = new TreeSet<>(disabled);
      unknown.addAll(severities.keySet());
      unknown.removeAll(byCode.keySet());
      if (!unknown.isEmpty()) {
        throw new IllegalArgumentException(
            "no rule has the code "
                + String.join(", ", unknown)
                + "; known codes: "
                + String.join(", ", new TreeSet<>(byCode.keySet())));
      }
      List<Checker.Configured> enabled = new ArrayList<>();
      for (Checker.Configured c : byCode.values()) {
        if (!disabled.contains(c.meta().code())) {
          enabled.add(c);
        }
      }
      enabled.sort(Comparator.comparing(c -> c.meta().code()));
      return new CastRules(List.copyOf(enabled));
    }
  }

  /** A configured rule as seen from outside: the severity it runs with. */
  private static final class Effective implements Rule {
    private final Checker.Configured c;

    Effective(Checker.Configured c) {
      this.c = c;
    }

    @Override
    public String code() {
      return c.meta().code();
    }

    @Override
    public Severity severity() {
      return c.severity();
    }

    @Override
    public CastStep step() {
      return c.meta().step();
    }

    @Override
    public String title() {
      return c.meta().title();
    }

    @Override
    public void check(CastAnalysis analysis, Reporter out) {
      c.rule().check(analysis, out);
    }

    @Override
    public String toString() {
      return code() + " (" + severity() + ", step " + step().number() + "): " + title();
    }
  }
}
