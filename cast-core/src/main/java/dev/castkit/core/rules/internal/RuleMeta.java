package dev.castkit.core.rules.internal;

import dev.castkit.core.CastStep;
import dev.castkit.core.internal.Ids;
import dev.castkit.core.rules.Rule;
import dev.castkit.core.rules.Severity;

/**
 * The metadata of a rule, read once when the rule is added, so that a rule whose methods change
 * their answer cannot change how it is reported. Not API.
 */
public record RuleMeta(String code, Severity severity, CastStep step, String title) {

  /** Reads and checks a rule's metadata. */
  public static RuleMeta of(Rule rule) {
    if (rule == null) {
      throw new IllegalArgumentException("a rule must not be null");
    }
    String code;
    Severity severity;
    CastStep step;
    String title;
    try {
      code = rule.code();
      severity = rule.severity();
      step = rule.step();
      title = rule.title();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "rule " + rule.getClass().getName() + " could not describe itself: " + e, e);
    }
    requireValid(code, severity, step, title);
    return new RuleMeta(code, severity, step, title);
  }

  /** Checks the parts of a rule. */
  public static void requireValid(String code, Severity severity, CastStep step, String title) {
    requireCode(code);
    if (severity == null) {
      throw new IllegalArgumentException("rule " + code + " needs a severity");
    }
    if (step == null) {
      throw new IllegalArgumentException("rule " + code + " needs a CAST step");
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("rule " + code + " needs a title");
    }
  }

  /** Checks the parts of a finding; {@code elementId} is null for the analysis as a whole. */
  public static void requireFinding(
      String code, Severity severity, CastStep step, String elementId, String message) {
    requireCode(code);
    if (severity == null) {
      throw new IllegalArgumentException("Finding " + code + " needs a severity");
    }
    if (step == null) {
      throw new IllegalArgumentException("Finding " + code + " needs a CAST step");
    }
    if (elementId != null && !Ids.isValid(elementId)) {
      throw new IllegalArgumentException(
          "Finding " + code + ": '" + elementId + "' is not a valid element id");
    }
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("Finding " + code + " needs a message");
    }
  }

  /** A code is not blank and has no white space. */
  public static void requireCode(String code) {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("a rule code must not be blank");
    }
    for (int i = 0; i < code.length(); i++) {
      if (Character.isWhitespace(code.charAt(i))) {
        throw new IllegalArgumentException(
            "rule code '" + code + "' must not contain white space (for example ACME-001)");
      }
    }
  }
}
