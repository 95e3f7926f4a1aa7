package dev.castkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DocsTest {
  private static final Path RULES_MD = Path.of("..", "docs", "rules.md");

  private static String docs() throws IOException {
    return Files.readString(RULES_MD);
  }

  @Test
  void everyStandardCodeHasItsSectionAndItsRowWithItsSeverity() throws IOException {
    String docs = docs();
    for (Rule r : CastRules.standard().rules()) {
      assertThat(docs).as("section of " + r.code()).contains("\n### " + r.code() + "\n");
      assertThat(docs)
          .as("table row of " + r.code())
          .contains(
              "| ["
                  + r.code()
                  + "](#"
                  + r.code().toLowerCase(java.util.Locale.ROOT)
                  + ") | "
                  + r.severity().name().toLowerCase(java.util.Locale.ROOT)
                  + " |");
      assertThat(docs).as("title of " + r.code()).contains(r.title());
    }
  }

  @Test
  void theDocsNameNoCodeThatDoesNotExist() throws IOException {
    Set<String> known = new TreeSet<>();
    CastRules.standard().rules().forEach(r -> known.add(r.code()));
    Matcher m = Pattern.compile("CAST-[A-Z]\\d{3}").matcher(docs());
    Set<String> named = new TreeSet<>();
    while (m.find()) {
      named.add(m.group());
    }
    assertThat(known).containsAll(named);
  }

  @Test
  void aBuiltInstanceRunsEveryDocumentedRuleInCodeOrder() throws IOException {
    Set<String> documented = new TreeSet<>();
    Matcher m = Pattern.compile("\n### (CAST-[A-Z]\\d{3})\n").matcher(docs());
    while (m.find()) {
      documented.add(m.group(1));
    }
    assertThat(CastRules.builder().build().rules())
        .extracting(Rule::code)
        .containsExactlyElementsOf(documented);
  }
}
