package dev.castkit.core.render.internal;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.CastStep;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.ElementId;
import dev.castkit.core.EventTime;
import dev.castkit.core.ExtensionValue;
import dev.castkit.core.Revision;
import dev.castkit.core.TimePrecision;
import dev.castkit.core.diff.AnalysisDiff;
import dev.castkit.core.diff.Change;
import dev.castkit.core.diff.ChangeKind;
import dev.castkit.core.internal.model.ElementType;
import dev.castkit.core.internal.model.Field;
import dev.castkit.core.internal.model.Model;
import dev.castkit.core.internal.model.ValueKind;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the changes of an {@link AnalysisDiff} in CAST's words, one line per change, grouped by
 * the step they belong to. Driven by the model's description: the words for an element come from
 * its type and id, the words for a field from its name, and an added element names what its
 * reference fields link it to. Not API; see {@link dev.castkit.core.render.ChangeSummary}.
 */
public final class ChangeWriter {

  /** Texts longer than this many characters are shortened in a line. */
  static final int SHORT = 60;

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  /**
   * What a reference field says of an added element ("Hazard H-2 added, leads to L-1"), by {@code
   * Type.field}. A reference field not listed reads as its name in words.
   */
  private static final Map<String, String> VERBS =
      Map.ofEntries(
          Map.entry("Hazard.losses", "leads to"),
          Map.entry("Hazard.parent", "refines"),
          Map.entry("SafetyConstraint.hazards", "addresses"),
          Map.entry("SafetyConstraint.parent", "refines"),
          Map.entry("TimelineEvent.components", "involves"),
          Map.entry("TimelineEvent.questions", "raises"),
          Map.entry("TimelineEvent.after", "follows"),
          Map.entry("Question.about", "about"),
          Map.entry("Component.parent", "part of"),
          Map.entry("Component.group", "in group"),
          Map.entry("Group.parent", "part of"),
          Map.entry("Responsibility.constraints", "serves"),
          Map.entry("ControlLink.source", "from"),
          Map.entry("ControlLink.target", "to"),
          Map.entry("ComponentAnalysis.responsibilities", "lists"),
          Map.entry("ComponentAnalysis.questions", "raises"),
          Map.entry("Contribution.hazards", "contributes to"),
          Map.entry("Contribution.events", "in"),
          Map.entry("Contribution.unmetResponsibilities", "leaves unmet"),
          Map.entry("Flaw.components", "involves"),
          Map.entry("Flaw.links", "involves"),
          Map.entry("Recommendation.flaws", "addresses"),
          Map.entry("Recommendation.contributions", "addresses"),
          Map.entry("Recommendation.links", "changes"),
          Map.entry("Recommendation.components", "changes"),
          Map.entry("Milestone.event", "marked by"));

  /** How a type reads where its id kind's noun does not fit, or where it has no id. */
  private static final Map<String, String> NOUNS =
      Map.of(
          "CastAnalysis", "The analysis",
          "AnalyzedSystem", "System",
          "ComponentAnalysis", "Analysis of component");

  private static final Map<String, ElementType<?, ?>> TYPES = new HashMap<>();

  static {
    for (ElementType<?, ?> t : Model.ALL) {
      TYPES.put(t.name(), t);
    }
  }

  private final boolean md;

  private ChangeWriter(boolean md) {
    this.md = md;
  }

  /** One line of the summary, and the full texts it shortened. */
  private record Line(String text, List<String> details) {}

  /**
   * The summary of a diff.
   *
   * @param diff the diff
   * @param markdown Markdown (escaped, with the full text of shortened texts) or plain text
   * @return the summary, ending with a line break
   */
  public static String write(AnalysisDiff diff, boolean markdown) {
    return new ChangeWriter(markdown).summary(diff);
  }

  private String summary(AnalysisDiff diff) {
    StringBuilder out = new StringBuilder();
    CastAnalysis after = diff.after();
    String id = md ? code(after.id().value()) : after.id().value();
    out.append(md ? "# " : "").append("What changed in ").append(id).append('\n');
    if (!md) {
      out.append("=".repeat(("What changed in " + id).length())).append('\n');
    }
    out.append('\n');
    StringBuilder intro = new StringBuilder(text(after.title(), Integer.MAX_VALUE));
    String versions = versions(diff.before(), after);
    if (!versions.isEmpty()) {
      intro.append(": ").append(versions);
    }
    intro.append(". ").append(counts(diff.changes())).append('\n');
    out.append(intro);

    Map<Optional<CastStep>, List<Line>> groups = new LinkedHashMap<>();
    groups.put(Optional.empty(), new ArrayList<>());
    for (CastStep s : CastStep.values()) {
      groups.put(Optional.of(s), new ArrayList<>());
    }
    for (Change c : diff.changes()) {
      groups.get(c.step()).add(line(c));
    }
    for (Map.Entry<Optional<CastStep>, List<Line>> g : groups.entrySet()) {
      if (g.getValue().isEmpty()) {
        continue;
      }
      String heading =
          g.getKey().map(s -> "Step " + s.number() + ": " + s.title()).orElse("The analysis");
      out.append('\n');
      if (md) {
        out.append("## ").append(heading).append("\n\n");
      } else {
        out.append(heading).append('\n').append("-".repeat(heading.length())).append('\n');
      }
      for (Line l : g.getValue()) {
        out.append("- ").append(l.text()).append('\n');
        for (String d : l.details()) {
          out.append("  - ").append(d).append('\n');
        }
      }
    }
    return out.toString();
  }

  /** "from version 1 (2017-03-01) to version 2 (2017-03-02)", or what of it is known. */
  private String versions(CastAnalysis before, CastAnalysis after) {
    Optional<String> from = last(before);
    Optional<String> to = last(after);
    if (from.isEmpty() && to.isEmpty()) {
      return "";
    }
    return (from.map(v -> "from " + v + " ").orElse("") + to.map(v -> "to " + v).orElse(""))
        .strip();
  }

  private Optional<String> last(CastAnalysis a) {
    if (a.revisions().isEmpty()) {
      return Optional.empty();
    }
    Revision r = a.revisions().get(a.revisions().size() - 1);
    return Optional.of(
        "version "
            + text(r.version(), Integer.MAX_VALUE)
            + r.date().map(d -> " (" + d + ")").orElse(""));
  }

  private static String counts(List<Change> changes) {
    if (changes.isEmpty()) {
      return "No changes.";
    }
    Map<ChangeKind, Integer> n = new EnumMap<>(ChangeKind.class);
    for (Change c : changes) {
      n.merge(c.kind(), 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    n.forEach((k, v) -> parts.add(v + " " + k.name().toLowerCase(Locale.ROOT)));
    return changes.size()
        + (changes.size() == 1 ? " change: " : " changes: ")
        + String.join(", ", parts)
        + ".";
  }

  // ---------------------------------------------------------------- one line

  private Line line(Change c) {
    List<String> details = new ArrayList<>();
    Subject s = subject(c);
    ElementType<?, ?> type = TYPES.get(c.elementType());
    StringBuilder sb = new StringBuilder(s.words());
    String rel = s.rel();
    switch (c.kind()) {
      case ADDED, REMOVED -> {
        String verb = c.kind() == ChangeKind.ADDED ? "added" : "removed";
        Object element = c.kind() == ChangeKind.ADDED ? c.after() : c.before();
        sb.append(rel.isEmpty() ? " " + verb : ": " + rel + " " + verb);
        if (c.isExtension()) {
          sb.append(": ").append(value(null, element, "value", details));
        } else if (type != null) {
          if (c.kind() == ChangeKind.ADDED) {
            sb.append(references(type, element)).append(parts(type, element));
          }
          String label = label(type, element, details);
          if (!label.isEmpty()) {
            sb.append(": ").append(label);
          }
        }
      }
      case CHANGED -> {
        Field f = type == null || c.isExtension() ? null : type.field(c.field().orElse(""));
        boolean bare = "ControlLink".equals(c.elementType()) && "status".equals(rel);
        sb.append(": ");
        if (!bare) {
          sb.append(rel).append(' ');
        }
        sb.append(changed(f, c.before(), c.after(), details));
      }
      case REORDERED -> {
        sb.append(": ").append(rel).append(" reordered: ");
        // the keys of a list of elements in their new order, or the values of a list of values
        Field f = type == null ? null : type.field(c.field().orElse(""));
        boolean keys = f != null && f.kind() == ValueKind.OBJECT && f.elementType().key() != null;
        Collection<?> order = (Collection<?>) c.after();
        List<String> items = new ArrayList<>();
        for (Object o : order) {
          items.add(keys ? key(String.valueOf(o)) : value(f, o, "now", details));
        }
        sb.append(String.join(", ", items));
      }
    }
    return new Line(sb.toString(), details);
  }

  /** Who a change is about, and the field or part of it that changed, in words. */
  private record Subject(String words, String rel) {}

  private Subject subject(Change c) {
    String path = c.path();
    String variant =
        c.within(ControlStructure.class).map(x -> " (" + Words.of(x.variant()) + ")").orElse("");
    ElementType<?, ?> own = TYPES.get(c.elementType());
    if (own == Model.ANALYSIS) {
      return new Subject(NOUNS.get("CastAnalysis"), rel(path, c));
    }
    if (c.key().isPresent() && own != null) {
      String k = c.key().get();
      int at = path.lastIndexOf("[" + k + "]");
      String rest = at < 0 ? "" : path.substring(at + k.length() + 2);
      String of = "";
      if (own.key().kind() == ValueKind.TEXT) {
        // a name unique only within its holder (a process model variable of a component)
        Holder h = holder(c, own, at);
        if (h != null) {
          of = " of " + lowerFirst(noun(h.type(), h.key()));
        }
      }
      return new Subject(noun(own, k) + of + variant(own, variant), rel(rest, c));
    }
    Holder h = holder(c, own, path.length());
    if (h != null) {
      String rest = path.substring(h.at() + h.key().length() + 2);
      return new Subject(noun(h.type(), h.key()) + variant(h.type(), variant), rel(rest, c));
    }
    // A part of the analysis without a key (the system, the process analysis, a reference).
    int dot = firstSeparator(path);
    if (dot < 0) {
      return new Subject(NOUNS.get("CastAnalysis"), rel(path, c));
    }
    String top = path.substring(0, dot);
    Field f = Model.ANALYSIS.field(top);
    String noun =
        f != null && f.elementType() != null ? noun(f.elementType(), null) : capitalized(top);
    String rest = path.substring(dot);
    if (rest.startsWith("[")) {
      rest = rest.substring(rest.indexOf(']') + 1);
    }
    return new Subject(noun, rel(rest, c));
  }

  /** An element with a key that holds a change, and where its key stands in the change's path. */
  private record Holder(ElementType<?, ?> type, String key, int at) {}

  /**
   * The nearest element with a key that holds the change, other than one of the type {@code
   * except}, whose key stands in the path before {@code before}: the deepest in the path.
   */
  private static Holder holder(Change c, ElementType<?, ?> except, int before) {
    Holder best = null;
    for (ElementType<?, ?> t : Model.ALL) {
      if (t.key() == null || t == except || t == Model.ANALYSIS) {
        continue;
      }
      Optional<?> e = c.within(t.type());
      if (e.isEmpty()) {
        continue;
      }
      String k = keyText(t, e.get());
      int at = c.path().lastIndexOf("[" + k + "]", before - 1);
      if (at >= 0 && (best == null || at > best.at())) {
        best = new Holder(t, k, at);
      }
    }
    return best;
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static String variant(ElementType<?, ?> t, String variant) {
    return t.type() == ControlStructure.class ? "" : variant;
  }

  private static int firstSeparator(String path) {
    int dot = path.indexOf('.');
    int bracket = path.indexOf('[');
    if (dot < 0) {
      return bracket;
    }
    return bracket < 0 ? dot : Math.min(dot, bracket);
  }

  /**
   * The part of a path below its subject, in words: ".provenance.sourceKind" reads "provenance
   * source kind".
   */
  private static String rel(String rest, Change c) {
    List<String> words = new ArrayList<>();
    String[] parts = rest.replaceAll("\\[[^\\]]*\\]", "").split("\\.");
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].isEmpty()) {
        continue;
      }
      boolean last = i == parts.length - 1;
      words.add(last && c.isExtension() ? "extension " + parts[i] : words(parts[i]));
    }
    return String.join(" ", words);
  }

  /** An element by its noun and key: "Hazard `H-2`", "Milestone STARTED", "Revision 2". */
  private String noun(ElementType<?, ?> t, String key) {
    String noun = NOUNS.get(t.name());
    if (noun == null) {
      noun = t.idKind() != null ? t.idKind().title() : capitalized(words(t.name()));
    }
    if (key == null) {
      return noun;
    }
    Field k = t.key();
    boolean id = k.kind() == ValueKind.ID || k.kind() == ValueKind.ANY_ID;
    if (id) {
      return noun + " " + key(key);
    }
    return noun + " " + (key.indexOf(' ') < 0 ? text(key, SHORT) : "\"" + text(key, SHORT) + "\"");
  }

  private static String keyText(ElementType<?, ?> t, Object element) {
    Object k = unwrap(t.key().get(element));
    if (k instanceof ElementId id) {
      return id.value();
    }
    if (k instanceof Enum<?> e) {
      return e.name();
    }
    return String.valueOf(k);
  }

  /** ", leads to `L-1`, involves `C-1`, `C-2`": what an added element's references name. */
  private String references(ElementType<?, ?> t, Object element) {
    StringBuilder sb = new StringBuilder();
    String lastVerb = null;
    for (Field f : t.fields()) {
      if (f == t.key() || (f.references() == null && f.kind() != ValueKind.ANY_ID)) {
        continue;
      }
      Object v = unwrap(f.get(element));
      List<String> ids = new ArrayList<>();
      if (v instanceof Collection<?> all) {
        for (Object o : all) {
          ids.add(key(idText(o)));
        }
      } else if (v != null) {
        ids.add(key(idText(v)));
      }
      if (ids.isEmpty()) {
        continue;
      }
      String verb = VERBS.getOrDefault(t.name() + "." + f.name(), words(f.name()));
      sb.append(verb.equals(lastVerb) ? ", " : ", " + verb + " ").append(String.join(", ", ids));
      lastVerb = verb;
    }
    return sb.toString();
  }

  /** How many parts an element came with: at most this many ids are listed, else counted. */
  static final int LISTED_PARTS = 6;

  /**
   * ", with responsibilities `R-1`, `R-2`, 25 links": the parts with ids that an added element
   * holds, which the summary does not list one by one.
   */
  private String parts(ElementType<?, ?> t, Object element) {
    List<String> out = new ArrayList<>();
    for (Field f : t.fields()) {
      if (f.kind() != ValueKind.OBJECT
          || !f.shape().isCollection()
          || f.elementType().idField() == null) {
        continue;
      }
      List<?> items = (List<?>) f.get(element);
      if (items.isEmpty()) {
        continue;
      }
      String noun = words(f.name());
      if (items.size() > LISTED_PARTS) {
        out.add(items.size() + " " + noun);
        continue;
      }
      List<String> ids = new ArrayList<>();
      for (Object o : items) {
        ids.add(key(keyText(f.elementType(), o)));
      }
      out.add(noun + " " + String.join(", ", ids));
    }
    return out.isEmpty() ? "" : ", with " + String.join(", ", out);
  }

  private static String idText(Object o) {
    return o instanceof ElementId id ? id.value() : String.valueOf(o);
  }

  /**
   * What an element says in a few words: for an element with a key, its first text (a hazard's
   * description, a link's label, a component's name) or else its time; for one without, the values
   * of its required fields (a piece of evidence: its kind and source).
   */
  private String label(ElementType<?, ?> t, Object element, List<String> details) {
    if (t.key() != null) {
      for (ValueKind kind : List.of(ValueKind.TEXT, ValueKind.TIME)) {
        for (Field f : t.fields()) {
          if (f != t.key() && f.kind() == kind && !f.shape().isCollection()) {
            Object v = unwrap(f.get(element));
            if (v != null) {
              return value(f, v, words(f.name()), details);
            }
          }
        }
      }
      return "";
    }
    // An enum names what follows it ("URL" "https://..."); values after that are listed.
    StringBuilder sb = new StringBuilder();
    boolean afterEnum = false;
    for (Field f : t.fields()) {
      Object v = unwrap(f.get(element));
      if (v != null
          && f.kind() != ValueKind.OBJECT
          && f.kind() != ValueKind.VERSION
          && !f.shape().isCollection()
          && !(f.defaultValue() != null && f.defaultValue().equals(v))) {
        if (sb.length() > 0) {
          sb.append(afterEnum ? " " : ", ");
        }
        sb.append(value(f, v, words(f.name()), details));
        afterEnum = f.kind() == ValueKind.ENUM;
      }
    }
    return sb.toString();
  }

  /** "PROPOSED -> DONE"; for sets and lists what was added and removed. */
  private String changed(Field f, Object before, Object after, List<String> details) {
    if (before instanceof Collection<?> a && after instanceof Collection<?> b) {
      List<Object> added = new ArrayList<>(b);
      for (Object o : a) {
        added.remove(o);
      }
      List<Object> removed = new ArrayList<>(a);
      for (Object o : b) {
        removed.remove(o);
      }
      List<String> parts = new ArrayList<>();
      if (!added.isEmpty()) {
        parts.add("added " + values(f, added, "added", details));
      }
      if (!removed.isEmpty()) {
        parts.add("removed " + values(f, removed, "removed", details));
      }
      return parts.isEmpty() ? "reordered" : String.join("; ", parts);
    }
    if (before == null) {
      return "added: " + value(f, after, "now", details);
    }
    if (after == null) {
      return "removed: " + value(f, before, "was", details);
    }
    if (before instanceof String a && after instanceof String b && (f == null || !isId(f))) {
      String x = Escapes.oneLine(a);
      String y = Escapes.oneLine(b);
      int from = differenceStart(x, y);
      return excerpt(a, x, from, "was", details) + " -> " + excerpt(b, y, from, "now", details);
    }
    return value(f, before, "was", details) + " -> " + value(f, after, "now", details);
  }

  private static boolean isId(Field f) {
    return f.kind() == ValueKind.ID || f.kind() == ValueKind.ANY_ID;
  }

  /**
   * Where two texts that share a long start begin to differ, at a word: 0 when the shortened texts
   * would already show the difference, so that a line never reads "same…" -> "same…".
   */
  static int differenceStart(String x, String y) {
    int d = 0;
    while (d < x.length() && d < y.length() && x.charAt(d) == y.charAt(d)) {
      d++;
    }
    if (d < SHORT * 2 / 3) {
      return 0;
    }
    int space = x.lastIndexOf(' ', d - 12);
    return space < 0 ? 0 : space + 1;
  }

  /** A text from a position, shortened, "…" before it when it starts inside the text. */
  private String excerpt(String full, String one, int from, String name, List<String> details) {
    if (from == 0) {
      return quoted(full, name, details);
    }
    String tail = shorten(one.substring(from));
    if (md) {
      details.add(name + ": " + Escapes.markdown(full));
    }
    return "\"…" + (md ? Escapes.markdown(tail) : tail) + "\"";
  }

  private String values(Field f, List<Object> items, String detail, List<String> details) {
    List<String> out = new ArrayList<>();
    for (Object o : items) {
      out.add(value(f, o, detail, details));
    }
    return String.join(", ", out);
  }

  /**
   * A value as a person reads it: ids as ids, enum constants and times as the format writes them,
   * texts in quotes, shortened (in Markdown the full text follows as a detail named {@code name}).
   */
  private String value(Field f, Object v, String name, List<String> details) {
    if (v == null) {
      return "none";
    }
    if (v instanceof ElementId id) {
      return key(id.value());
    }
    if (v instanceof String s
        && f != null
        && (f.kind() == ValueKind.ID || f.kind() == ValueKind.ANY_ID)) {
      return key(s);
    }
    if (v instanceof String s) {
      return quoted(s, name, details);
    }
    if (v instanceof ExtensionValue e) {
      return e instanceof ExtensionValue.StringValue
          ? quoted(ExtensionText.of(e), name, details)
          : text(ExtensionText.of(e), SHORT);
    }
    if (v instanceof Enum<?> e) {
      return e.name();
    }
    if (v instanceof EventTime t) {
      return time(t);
    }
    if (v instanceof ZoneId z) {
      return z.getId();
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof Collection<?> all) {
      List<String> out = new ArrayList<>();
      for (Object o : all) {
        out.add(value(f, o, name, details));
      }
      return String.join(", ", out);
    }
    for (ElementType<?, ?> t : Model.ALL) {
      if (t.type().isInstance(v)) {
        return label(t, v, details);
      }
    }
    return text(String.valueOf(v), SHORT);
  }

  /** A time as the format writes it, with its precision when not to the second. */
  static String time(EventTime t) {
    String at = (t.precision() == TimePrecision.MILLISECOND ? MILLIS : SECONDS).format(t.at());
    List<String> how = new ArrayList<>();
    if (t.precision() != TimePrecision.SECOND) {
      how.add(t.precision().name());
    }
    if (t.approximate()) {
      how.add("approximate");
    }
    return how.isEmpty() ? at : at + " (" + String.join(", ", how) + ")";
  }

  private String quoted(String s, String name, List<String> details) {
    String one = Escapes.oneLine(s);
    String shortened = shorten(one);
    if (md && !shortened.equals(one)) {
      details.add(name + ": " + Escapes.markdown(s));
    }
    return "\"" + (md ? Escapes.markdown(shortened) : shortened) + "\"";
  }

  private String text(String s, int max) {
    String one = Escapes.oneLine(s);
    String t = max == Integer.MAX_VALUE ? one : shorten(one);
    return md ? Escapes.markdown(t) : t;
  }

  private String key(String id) {
    if (!md) {
      return id;
    }
    return id.indexOf('`') < 0 && !id.isBlank() ? "`" + id + "`" : Escapes.markdown(id);
  }

  private static String code(String id) {
    return "`" + id + "`";
  }

  /** At most {@link #SHORT} characters, cut at a space where there is one, then "…". */
  static String shorten(String s) {
    if (s.codePointCount(0, s.length()) <= SHORT) {
      return s;
    }
    int end = s.offsetByCodePoints(0, SHORT - 1);
    int space = s.lastIndexOf(' ', end);
    if (space > SHORT / 2) {
      end = space;
    }
    return s.substring(0, end).stripTrailing() + "…";
  }

  private static Object unwrap(Object v) {
    return v instanceof Optional<?> o ? o.orElse(null) : v;
  }

  /** "unmetResponsibilities" reads "unmet responsibilities". */
  static String words(String camel) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char ch = camel.charAt(i);
      if (Character.isUpperCase(ch) && i > 0) {
        sb.append(' ');
      }
      sb.append(Character.toLowerCase(ch));
    }
    return sb.toString();
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
