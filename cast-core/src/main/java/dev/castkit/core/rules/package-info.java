/**
 * Analysis rules: checks that turn a {@link dev.castkit.core.CastAnalysis} into an analysis a tool
 * can trust, and say how far each of the five CAST steps has come.
 *
 * <pre>{@code
 * ValidationReport report = CastRules.standard().check(analysis);
 * for (Finding f : report.findings()) {
 *   System.out.println(f.code() + " " + f.severity() + " " + f.elementId().orElse("-") + ": "
 *       + f.message());
 * }
 * report.readyFor().ifPresent(step -> System.out.println("next: step " + step.number()));
 * }</pre>
 *
 * <p>The rules never throw for a well-formed model and never refuse anything: they report. Callers
 * switch rules off, change their severity and add house rules through {@link CastRules#builder()}.
 * The codes, what they mean and how to fix what they report are listed in {@code docs/rules.md}.
 */
@NullMarked
package dev.castkit.core.rules;

import org.jspecify.annotations.NullMarked;
