package dev.castkit.json;

import static org.quicktheories.generators.SourceDSL.integers;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.ExtensionValue;
import dev.castkit.testing.CastGenerators;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;

/**
 * Generators of text that YAML readers are likely to take for something else: the words and number
 * spellings YAML 1.1 and 1.2 resolve differently, every character SnakeYAML or YAML 1.1 treats as a
 * line break, control characters, indicators, escapes, and the private-use characters the reader
 * itself uses while scanning. Strings are concatenations of one to six such pieces, so that each
 * piece also appears at the start, the end and next to every other.
 */
final class YamlHostileText {
  private YamlHostileText() {}

  static final List<String> PIECES =
      List.of(
          "\u0085",
          "\u2028",
          "\u2029",
          "\r",
          "\n",
          "\r\n",
          "\n\n",
          "\t",
          " ",
          "  ",
          ":",
          ": ",
          " #",
          "#",
          "-",
          "- ",
          "? ",
          "<<",
          "=",
          "~",
          "null",
          "Null",
          "NULL",
          "yes",
          "No",
          "on",
          "OFF",
          "y",
          "n",
          "Y",
          "true",
          "FALSE",
          "010",
          "0777",
          "0o17",
          "0x1F",
          "0b101",
          "1_000",
          "08",
          "1:20",
          "12:30:00",
          "190:20:30.15",
          "2021-10-04",
          "2001-12-14 21:59:43.10 -5",
          ".inf",
          "-.Inf",
          ".NaN",
          "1e5",
          "1.5E3",
          "+1",
          "-0",
          "0",
          "1.",
          ".5",
          "é",
          "😀",
          "\uFEFF",
          "\u0000",
          "\u0007",
          "\u001B",
          "\u007F",
          "\u0080",
          "\u009F",
          "\u00A0",
          "'",
          "\"",
          "\\",
          "\\N",
          "\\u0085",
          "\\uE000",
          "|",
          ">",
          "!",
          "!!str",
          "&a",
          "*a",
          "%",
          "@",
          "`",
          "[",
          "]",
          "{",
          "}",
          ",",
          "a",
          "word",
          "\uE000",
          "\uE001",
          "\uE002",
          "\uFFFD",
          "---",
          "...",
          "İı");

  /** One to six pieces; possibly empty or blank. */
  static Gen<String> strings() {
    return in -> {
      int n = integers().between(1, 6).generate(in);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        sb.append(PIECES.get(integers().between(0, PIECES.size() - 1).generate(in)));
      }
      return sb.toString();
    };
  }

  /** JSON number literals, some of which YAML 1.1 reads differently when written plain. */
  static final List<String> NUMBERS =
      List.of(
          "0",
          "-0",
          "7",
          "-12",
          "1.50",
          "0.5",
          "1e5",
          "1E+5",
          "-3.5e-8",
          "1.5E3",
          "2.5e+10",
          "123456789012345678901234567890",
          "-0.0",
          "10",
          "1e0");

  /**
   * Generated analyses (CastGenerators, awkward text) with hostile strings put in the title, the
   * summary, extension keys and values at the top level, and nested in an extension object and
   * array, and with number literals in extensions.
   */
  static Gen<CastAnalysis> analyses() {
    Gen<CastAnalysis> base = CastGenerators.analysesWithAwkwardText();
    Gen<String> text = strings();
    return in -> {
      CastAnalysis a = base.generate(in);
      String s1 = text.generate(in);
      String s2 = text.generate(in);
      String s3 = text.generate(in);
      Map<String, ExtensionValue> ext = new LinkedHashMap<>(a.extensions());
      ext.put("x-" + s1, ExtensionValue.of(s2));
      if (!s3.isEmpty() && !isField(s3)) {
        ext.put(s3, ExtensionValue.of(s1));
      }
      Map<String, ExtensionValue> nested = new LinkedHashMap<>();
      nested.put(s2, ExtensionValue.of(s3));
      nested.put(
          "n",
          ExtensionValue.number(
              NUMBERS.get(integers().between(0, NUMBERS.size() - 1).generate(in))));
      List<ExtensionValue> items = new ArrayList<>();
      items.add(ExtensionValue.of(s1));
      items.add(ExtensionValue.of(s3));
      items.add(ExtensionValue.object(nested));
      ext.put("x-nested", ExtensionValue.array(items));
      return a.toBuilder().title("t" + s1).summary("s" + s2 + s3).extensions(ext).build();
    };
  }

  private static boolean isField(String key) {
    return List.of(
            "formatVersion",
            "id",
            "title",
            "summary",
            "analysts",
            "references",
            "status",
            "system",
            "losses",
            "hazards",
            "constraints",
            "timeline",
            "processAnalysis",
            "questions",
            "controlStructures",
            "componentAnalyses",
            "flaws",
            "recommendations")
        .contains(key);
  }
}
