package dev.castkit.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.testing.RenderSamples;
import org.junit.jupiter.api.Test;

/**
 * A text that begins a line with a number and "." or ")" would start an ordered list in the report,
 * which renumbers, indents and detaches it from its paragraph; the marker is escaped, and only
 * where it is a marker.
 */
class MarkdownListMarkersTest {
  private static String reportWithSummary(String summary) {
    CastAnalysis a = RenderSamples.empty().toBuilder().summary(summary).build();
    return MarkdownReport.render(a);
  }

  @Test
  void numberAndDotOrParenthesisAtTheStartOfALineAreEscaped() {
    String md = reportWithSummary("1. first\n2) second\n10. tenth");
    assertThat(md).contains("1\\. first<br>2\\) second<br>10\\. tenth");
    assertThat(md).doesNotContainPattern("(?m)^\\d+[.)] first");
  }

  @Test
  void theSameCharactersElsewhereAreLeftAlone() {
    String md = reportWithSummary("Version 1. then 2) and 3.5 at 1.2");
    assertThat(md).contains("Version 1. then 2) and 3.5 at 1.2");
    assertThat(reportWithSummary("1x. and 2.")).contains("1x. and 2.");
  }
}
