package dev.castkit.core.render.internal;

/**
 * One finding of the analysis rules as the report prints it, in plain strings so that the report
 * does not depend on the rules' types. Not API.
 *
 * @param code the stable code, for example {@code CAST-H001}
 * @param severity the severity, as a word
 * @param step the CAST step the finding is about, or empty
 * @param elementId the id of the element, or empty
 * @param message what is wrong
 */
public record FindingRow(
    String code, String severity, String step, String elementId, String message) {}
