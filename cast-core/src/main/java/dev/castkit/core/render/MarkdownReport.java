package dev.castkit.core.render;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.render.internal.FindingRow;
import dev.castkit.core.render.internal.MarkdownWriter;
import dev.castkit.core.rules.Finding;
import dev.castkit.core.rules.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a whole analysis as a Markdown report (GitHub Flavored Markdown), in the order of the CAST
 * Handbook: summary and references; step 1, the system and its boundary, losses, hazards and safety
 * constraints with their links both ways, the timeline and the analysis of the physical process;
 * step 2, the control structure as an embedded Mermaid diagram (the comparison of the structure as
 * designed with the structure as operating when the analysis holds both) and a table of its links;
 * step 3, one section per component with its responsibilities, contributions, process-model flaws,
 * context, questions and the recommendations that change it; step 4, the systemic flaws by
 * category; step 5, the improvement program as a table with owner, due date and status; then the
 * open questions.
 *
 * <p>Under the title: the severity, tags and time zone, and tables of the milestones and revisions.
 * Times are in UTC, as precise as they are known ("2021-10", "2008", "about" for an estimate), with
 * the local time beside them when the analysis or the event has a time zone ("2017-02-28 17:37 UTC
 * (09:37 PST)", the zone's short name from the JDK's data, the same under any default locale); the
 * timeline also gives durations, times relative to another event ("about 10 min after `E-3`"),
 * conditions, who reported an event and where each fact comes from. Quantities read "about 400
 * customers" and "1,500,000 USD". Contributions that limited the loss are listed apart from those
 * that contributed to it: they are part of the story, not causes. Columns that only format 1.1
 * fills are left out when no row has a value in them.
 *
 * <p>Extension fields (an embedder's {@code x-severity}, on the analysis or on any element) are
 * shown where their element is: a list under the element's section or table, or beside it in a line
 * or a cell; texts as written, numbers as written, arrays and objects compactly on one line. Any
 * element with extensions that the report does not show (an answered question, for example) is
 * listed under "Other extensions", so that no extension vanishes.
 *
 * <p>Output is deterministic (the same analysis gives the same text). Every text of the analysis is
 * escaped, so quotes, brackets, pipes, line breaks and Markdown or HTML syntax are shown as written
 * and never break a table. Empty sections say "None recorded"; cycles among the parents of
 * components are shown, not followed.
 *
 * <pre>{@code
 * Files.writeString(Path.of("report.md"), MarkdownReport.render(analysis));
 * }</pre>
 */
public final class MarkdownReport {
  private MarkdownReport() {}

  /**
   * Writes the report of an analysis with the default options.
   *
   * @param analysis the analysis
   * @return the Markdown text, ending with a line break
   * @throws IllegalArgumentException when {@code analysis} is null
   */
  public static String render(CastAnalysis analysis) {
    return render(analysis, Options.defaults());
  }

  /**
   * Writes the report of an analysis.
   *
   * @param analysis the analysis
   * @param options what the report holds
   * @return the Markdown text, ending with a line break
   * @throws IllegalArgumentException when an argument is null
   */
  public static String render(CastAnalysis analysis, Options options) {
    Arguments.notNull(analysis, "analysis");
    Arguments.notNull(options, "options");
    return MarkdownWriter.write(
        analysis, options.diagramOptions.highlight(analysis), options.diagrams, options.findings);
  }

  /**
   * What a {@link MarkdownReport} holds.
   *
   * <pre>{@code
   * MarkdownReport.Options options = MarkdownReport.Options.builder()
   *     .diagramOptions(DiagramOptions.builder().highlight(recommendation).build())
   *     .build();
   * }</pre>
   */
  public static final class Options {
    private static final Options DEFAULTS = builder().build();

    private final DiagramOptions diagramOptions;
    private final boolean diagrams;
    // The findings of the analysis rules, or null when they were not run (no section then).
    private final List<FindingRow> findings;

    private Options(Builder b) {
      this.diagramOptions = b.diagramOptions;
      this.diagrams = b.diagrams;
      this.findings = b.findings == null ? null : List.copyOf(b.findings);
    }

    /**
     * The default options: Mermaid diagrams embedded, nothing highlighted.
     *
     * @return the defaults
     */
    public static Options defaults() {
      return DEFAULTS;
    }

    /**
     * Returns a new builder, starting from the defaults.
     *
     * @return a builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds {@link Options}. */
    public static final class Builder {
      private DiagramOptions diagramOptions = DiagramOptions.defaults();
      private boolean diagrams = true;
      private List<FindingRow> findings;

      private Builder() {}

      /**
       * How the embedded diagrams are drawn, for example what they highlight.
       *
       * @param options the diagram options
       * @return this builder
       * @throws IllegalArgumentException when {@code options} is null
       */
      public Builder diagramOptions(DiagramOptions options) {
        this.diagramOptions = Arguments.notNull(options, "options");
        return this;
      }

      /**
       * Whether to embed the Mermaid diagrams (default true); without them the report still lists
       * every link in a table.
       *
       * @param include true to embed them
       * @return this builder
       */
      public Builder diagrams(boolean include) {
        this.diagrams = include;
        return this;
      }

      /**
       * Adds the findings of the analysis rules as the report's last section, "Findings of the
       * analysis rules" (a report with no finding says so). Without this call the section is left
       * out.
       *
       * <pre>{@code
       * ValidationReport findings = CastRules.standard().check(analysis);
       * String md = MarkdownReport.render(analysis,
       *     MarkdownReport.Options.builder().findings(findings).build());
       * }</pre>
       *
       * @param report the report of {@link dev.castkit.core.rules.CastRules#check}
       * @return this builder
       * @throws IllegalArgumentException when {@code report} is null
       */
      public Builder findings(ValidationReport report) {
        Arguments.notNull(report, "report");
        List<FindingRow> rows = new ArrayList<>(report.findings().size());
        for (Finding f : report.findings()) {
          rows.add(
              new FindingRow(
                  f.code(),
                  f.severity().name().toLowerCase(Locale.ROOT),
                  f.step().number() + " " + f.step().title(),
                  f.elementId().orElse(""),
                  f.message()));
        }
        this.findings = rows;
        return this;
      }

      /**
       * Builds the options.
       *
       * @return the options
       */
      public Options build() {
        return new Options(this);
      }
    }
  }
}
