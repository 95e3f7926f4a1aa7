package dev.castkit.json;

import dev.castkit.core.rules.ValidationReport;
import dev.castkit.json.internal.ReportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A {@link ValidationReport} as JSON, for tools that show findings in their own UI or check them in
 * a pipeline. The format is described by the JSON Schema {@link #SCHEMA_RESOURCE} in this jar.
 *
 * <pre>{@code
 * ValidationReport report = CastRules.standard().check(analysis);
 * String json = ValidationReportJson.write(report);
 * }</pre>
 *
 * gives
 *
 * <pre>{@code
 * {
 *   "reportVersion": "1.0",
 *   "hasErrors": true,
 *   "readyFor": "ASSEMBLE_BASIC_INFORMATION",
 *   "counts": {"error": 1, "warning": 1, "info": 0},
 *   "steps": [
 *     {"step": "ASSEMBLE_BASIC_INFORMATION", "number": 1, "begun": true, "complete": false,
 *      "blockers": ["1 error in this step: CAST-H001", "1 warning in this step: CAST-H004"]},
 *     ...
 *   ],
 *   "findings": [
 *     {"code": "CAST-H001", "severity": "ERROR", "step": "ASSEMBLE_BASIC_INFORMATION",
 *      "elementId": "H-2", "message": "Hazard H-2 leads to no loss ..."},
 *     ...
 *   ]
 * }
 * }</pre>
 *
 * <p>Fields come in that order, findings and steps in the report's order; {@code readyFor} is
 * absent when all five steps are complete, {@code elementId} when a finding concerns the whole
 * analysis. Severities and steps are the names of {@link dev.castkit.core.rules.Severity} and
 * {@link dev.castkit.core.CastStep}. Written pretty: two-space indent, {@code \n} line ends and a
 * final {@code \n}, in UTF-8. A lone surrogate in a message (quoted from the analysis) is written
 * as U+FFFD, since JSON text must be well-formed Unicode. Reading a report back is not offered.
 *
 * <p>Thread-safe: every method is static and keeps no state.
 */
public final class ValidationReportJson {
  /** The class-path resource of the report's JSON Schema (draft 2020-12). */
  public static final String SCHEMA_RESOURCE = "dev/castkit/json/validation-report-1.0.schema.json";

  /** The version of the report format this class writes, the value of {@code reportVersion}. */
  public static final String REPORT_VERSION = ReportWriter.REPORT_VERSION;

  private ValidationReportJson() {}

  /**
   * The report as JSON text.
   *
   * @param report the report
   * @return the JSON, ending with a line end
   * @throws IllegalArgumentException when {@code report} is null
   */
  public static String write(ValidationReport report) {
    StringWriter out = new StringWriter();
    try {
      ReportWriter.write(required(report), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not throw
    }
    return out.toString();
  }

  /**
   * Writes the report as JSON to a character stream, which stays open.
   *
   * @param report the report
   * @param out where to write
   * @throws IllegalArgumentException when an argument is null
   * @throws UncheckedIOException when {@code out} cannot be written to
   */
  public static void write(ValidationReport report, Writer out) {
    if (out == null) {
      throw new IllegalArgumentException("ValidationReportJson.write needs a Writer, got null");
    }
    try {
      ReportWriter.write(required(report), out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the validation report: " + e.getMessage(), e);
    }
  }

  /**
   * Writes the report as UTF-8 JSON to a byte stream, which stays open.
   *
   * @param report the report
   * @param out where to write
   * @throws IllegalArgumentException when an argument is null
   * @throws UncheckedIOException when {@code out} cannot be written to
   */
  public static void write(ValidationReport report, OutputStream out) {
    if (out == null) {
      throw new IllegalArgumentException(
          "ValidationReportJson.write needs an OutputStream, got null");
    }
    write(report, new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  private static ValidationReport required(ValidationReport report) {
    if (report == null) {
      throw new IllegalArgumentException("ValidationReportJson.write needs a report, got null");
    }
    return report;
  }
}
