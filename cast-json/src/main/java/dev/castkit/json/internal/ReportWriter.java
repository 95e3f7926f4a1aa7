package dev.castkit.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.castkit.core.CastStep;
import dev.castkit.core.rules.Finding;
import dev.castkit.core.rules.Severity;
import dev.castkit.core.rules.StepStatus;
import dev.castkit.core.rules.ValidationReport;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;

/** Writes a {@link ValidationReport} as JSON (validation-report-1.0.schema.json). Not API. */
public final class ReportWriter {
  /** The version of the report format. */
  public static final String REPORT_VERSION = "1.0";

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private ReportWriter() {}

  /** Writes the report to {@code out}, pretty (two-space indent, "\n") with a final "\n". */
  public static void write(ValidationReport report, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(Factories.prettyPrinter());
      g.writeStartObject();
      g.writeStringField("reportVersion", REPORT_VERSION);
      g.writeBooleanField("hasErrors", report.hasErrors());
      Optional<CastStep> ready = report.readyFor();
      if (ready.isPresent()) {
        g.writeStringField("readyFor", ready.get().name());
      }
      g.writeObjectFieldStart("counts");
      for (Severity s : Severity.values()) {
        g.writeNumberField(s.name().toLowerCase(Locale.ROOT), report.count(s));
      }
      g.writeEndObject();
      g.writeArrayFieldStart("steps");
      for (StepStatus s : report.steps()) {
        g.writeStartObject();
        g.writeStringField("step", s.step().name());
        g.writeNumberField("number", s.step().number());
        g.writeBooleanField("begun", s.begun());
        g.writeBooleanField("complete", s.complete());
        g.writeArrayFieldStart("blockers");
        for (String b : s.blockers()) {
          g.writeString(wellFormed(b));
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("findings");
      for (Finding f : report.findings()) {
        g.writeStartObject();
        g.writeStringField("code", wellFormed(f.code()));
        g.writeStringField("severity", f.severity().name());
        g.writeStringField("step", f.step().name());
        if (f.elementId().isPresent()) {
          g.writeStringField("elementId", wellFormed(f.elementId().get()));
        }
        g.writeStringField("message", wellFormed(f.message()));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  /**
   * The text with each lone surrogate replaced by U+FFFD: a message may quote a text of the
   * analysis, and JSON text must be well-formed Unicode.
   */
  static String wellFormed(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean lone;
      if (Character.isHighSurrogate(c)) {
        lone = i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        if (!lone) {
          if (sb != null) {
            sb.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        lone = Character.isLowSurrogate(c);
      }
      if (lone && sb == null) {
        sb = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (sb != null) {
        sb.append(lone ? '\uFFFD' : c);
      }
    }
    return sb == null ? s : sb.toString();
  }
}
