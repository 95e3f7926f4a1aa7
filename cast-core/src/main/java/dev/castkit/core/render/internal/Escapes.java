package dev.castkit.core.render.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Escapes the free text of an analysis for each output format, so that no text can break the syntax
 * around it. Not API.
 *
 * <p>Every format starts from the same normalised lines: line breaks of any kind split lines, each
 * line is trimmed, tabs and control characters become spaces, and a lone surrogate (which no
 * encoder can write) becomes U+FFFD.
 */
public final class Escapes {
  private Escapes() {}

  /** The text as trimmed lines with no control character; never empty. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        lines.add(line.toString().strip());
        line.setLength(0);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        line.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        line.append('\uFFFD');
      } else if (Character.isISOControl(c) || c == '\uFEFF') {
        line.append(' ');
      } else {
        line.append(c);
      }
    }
    lines.add(line.toString().strip());
    // Leading and trailing empty lines carry nothing; blank lines inside are kept once.
    List<String> result = new ArrayList<>();
    for (String l : lines) {
      if (l.isEmpty() && (result.isEmpty() || result.get(result.size() - 1).isEmpty())) {
        continue;
      }
      result.add(l);
    }
    while (!result.isEmpty() && result.get(result.size() - 1).isEmpty()) {
      result.remove(result.size() - 1);
    }
    if (result.isEmpty()) {
      result.add("");
    }
    return result;
  }

  /**
   * The text wrapped at word boundaries into lines of at most {@code width} characters (code
   * points), joined with {@code \n}, for a diagram label that should not stretch the picture. Line
   * breaks of the text are kept; a run of spaces between two words is one break or one space; a
   * word is split only when it alone is longer than {@code width}.
   */
  public static String wrap(String text, int width) {
    if (width < 1) {
      throw new IllegalArgumentException("width must be at least 1, not " + width);
    }
    StringBuilder sb = new StringBuilder();
    for (String line : lines(text)) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      int used = 0; // code points on the current output line
      for (String word : line.split(" +")) {
        int length = word.codePointCount(0, word.length());
        if (length == 0) {
          continue;
        }
        if (used > 0 && used + 1 + length <= width) {
          sb.append(' ').append(word);
          used += 1 + length;
          continue;
        }
        if (used > 0) {
          sb.append('\n');
          used = 0;
        }
        // A word longer than a line is cut into pieces of the full width.
        int start = 0;
        int remaining = length;
        while (remaining > width) {
          int end = word.offsetByCodePoints(start, width);
          sb.append(word, start, end).append('\n');
          start = end;
          remaining -= width;
        }
        sb.append(word, start, word.length());
        used = remaining;
      }
    }
    return sb.toString();
  }

  /** The text on one line: line breaks become single spaces. */
  public static String oneLine(String text) {
    return String.join(" ", lines(text)).strip();
  }

  /**
   * Text for inside a double-quoted Mermaid label ({@code ["..."]} or {@code |"..."|}). Every
   * character Mermaid or HTML would read is written as a Mermaid entity ({@code #35;}), which
   * Mermaid turns into the character itself; lines are joined with {@code <br/>}.
   */
  public static String mermaid(String text) {
    StringBuilder sb = new StringBuilder();
    List<String> lines = lines(text);
    for (int n = 0; n < lines.size(); n++) {
      if (n > 0) {
        sb.append("<br/>");
      }
      String line = lines.get(n);
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        switch (c) {
          case '"':
            sb.append("#quot;");
            break;
          case '#':
            sb.append("#35;");
            break;
          case '&':
            sb.append("#amp;");
            break;
          case '<':
            sb.append("#lt;");
            break;
          case '>':
            sb.append("#gt;");
            break;
          case '%':
            sb.append("#37;");
            break;
          case '`':
            sb.append("#96;");
            break;
          case '\\':
            sb.append("#92;");
            break;
          case '|':
            sb.append("#124;");
            break;
          case ';':
            sb.append("#59;");
            break;
          default:
            sb.append(c);
        }
      }
    }
    return sb.toString();
  }

  /**
   * Text for inside a double-quoted Graphviz string used as a label: backslash and quote escaped,
   * {@code &} written as an entity (Graphviz decodes entities in labels), lines joined with {@code
   * \n}.
   */
  public static String dot(String text) {
    StringBuilder sb = new StringBuilder();
    List<String> lines = lines(text);
    for (int n = 0; n < lines.size(); n++) {
      if (n > 0) {
        sb.append("\\n");
      }
      String line = lines.get(n);
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        switch (c) {
          case '\\':
            sb.append("\\\\");
            break;
          case '"':
            sb.append("\\\"");
            break;
          case '&':
            sb.append("&amp;");
            break;
          default:
            sb.append(c);
        }
      }
    }
    return sb.toString();
  }

  /**
   * Inline Markdown (GitHub Flavored): every character that could start emphasis, a link, code,
   * HTML, an entity, math, strikethrough or a table cell is escaped, a leading character that could
   * start a block (heading, list, quote, rule) is escaped, and lines are joined with {@code <br>},
   * so the result stays on one line and is safe in a paragraph, a list item, a heading or a table
   * cell.
   */
  public static String markdown(String text) {
    StringBuilder sb = new StringBuilder();
    List<String> lines = lines(text);
    for (int n = 0; n < lines.size(); n++) {
      if (n > 0) {
        sb.append("<br>");
      }
      String line = lines.get(n);
      int digits = 0;
      while (digits < line.length() && Character.isDigit(line.charAt(digits))) {
        digits++;
      }
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        switch (c) {
          case '\\':
          case '`':
          case '*':
          case '_':
          case '[':
          case ']':
          case '|':
          case '~':
          case '$':
          case '!':
          case '{':
          case '}':
            sb.append('\\').append(c);
            break;
          case '<':
            sb.append("&lt;");
            break;
          case '>':
            sb.append("&gt;");
            break;
          case '&':
            sb.append("&amp;");
            break;
          case '#':
          case '-':
          case '+':
          case '=':
            // Block markers and setext underlines only count at the start of a line.
            if (i == 0) {
              sb.append('\\');
            }
            sb.append(c);
            break;
          case '.':
          case ')':
            // "1." or "1)" at the start of a line starts an ordered list.
            if (i == digits && digits > 0) {
              sb.append('\\');
            }
            sb.append(c);
            break;
          default:
            sb.append(c);
        }
      }
    }
    return sb.toString();
  }
}
