package dev.castkit.core.rules.internal;

import dev.castkit.core.rules.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The standard {@code CAST-*} rules, gathered from their families. Each family is one file named
 * after the section of docs/rules.md it implements, with each rule declared above its check:
 *
 * <ul>
 *   <li>{@link IntegrityRules}: CAST-I (references, unique ids, parent cycles)
 *   <li>{@link HazardRules}: CAST-H (hazards, losses and safety constraints)
 *   <li>{@link TimelineRules}: CAST-T (the timeline)
 *   <li>{@link StructureRules}: CAST-S (the control structure)
 *   <li>{@link ComponentAnalysisRules}: CAST-A (step-3 component analyses)
 *   <li>{@link ProgramRules}: CAST-P (the improvement program)
 *   <li>{@link QuestionRules}: CAST-Q (questions)
 *   <li>{@link WordingRules}: CAST-W (blame, hindsight and failure wording)
 *   <li>{@link StepOrderRules}: CAST-O (the order of the steps)
 * </ul>
 *
 * <p>Each check reads the shared {@link Index}, walks every list once and looks up references in
 * hash maps, so a check is linear in the size of the analysis. Parent chains are walked iteratively
 * with a visited set, so cycles and deep chains are safe. Messages never depend on the order of
 * elements in their lists. Not API.
 */
public final class StandardRules {
  private StandardRules() {}

  /** The standard rules, in code order, with the given word lists. */
  public static List<Rule> create(PhraseMatcher blameWords, PhraseMatcher failureWords) {
    List<Rule> rules = new ArrayList<>();
    rules.addAll(IntegrityRules.all());
    rules.addAll(HazardRules.all());
    rules.addAll(TimelineRules.all());
    rules.addAll(StructureRules.all());
    rules.addAll(ComponentAnalysisRules.all());
    rules.addAll(ProgramRules.all());
    rules.addAll(QuestionRules.all());
    rules.addAll(WordingRules.all(blameWords, failureWords));
    rules.addAll(StepOrderRules.all());
    rules.sort(Comparator.comparing(Rule::code));
    return List.copyOf(rules);
  }
}
