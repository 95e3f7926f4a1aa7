package dev.castkit.core.render.internal;

import dev.castkit.core.AnalyzedSystem;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.Component;
import dev.castkit.core.ComponentAnalysis;
import dev.castkit.core.ComponentId;
import dev.castkit.core.ConstraintId;
import dev.castkit.core.ContextFactor;
import dev.castkit.core.Contribution;
import dev.castkit.core.ContributionEffect;
import dev.castkit.core.ControlLink;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.ElementId;
import dev.castkit.core.EventId;
import dev.castkit.core.EventKind;
import dev.castkit.core.Evidence;
import dev.castkit.core.ExtensionValue;
import dev.castkit.core.Flaw;
import dev.castkit.core.FlawCategory;
import dev.castkit.core.Group;
import dev.castkit.core.GroupId;
import dev.castkit.core.Hazard;
import dev.castkit.core.LinkId;
import dev.castkit.core.LinkStatus;
import dev.castkit.core.Loss;
import dev.castkit.core.Milestone;
import dev.castkit.core.ProcessAnalysis;
import dev.castkit.core.ProcessModelFlaw;
import dev.castkit.core.ProcessModelVariable;
import dev.castkit.core.Provenance;
import dev.castkit.core.ProvenanceBasis;
import dev.castkit.core.Quantity;
import dev.castkit.core.Question;
import dev.castkit.core.QuestionId;
import dev.castkit.core.QuestionStatus;
import dev.castkit.core.Recommendation;
import dev.castkit.core.Reference;
import dev.castkit.core.ReferenceKind;
import dev.castkit.core.Responsibility;
import dev.castkit.core.Revision;
import dev.castkit.core.SafetyConstraint;
import dev.castkit.core.Severity;
import dev.castkit.core.StructureVariant;
import dev.castkit.core.TimelineEvent;
import dev.castkit.core.internal.ReferenceGraph;
import dev.castkit.core.internal.model.ElementType;
import dev.castkit.core.internal.model.Field;
import dev.castkit.core.internal.model.Model;
import dev.castkit.core.internal.model.ValueKind;
import dev.castkit.core.render.internal.StructureView.Change;
import dev.castkit.core.render.internal.StructureView.Edge;
import dev.castkit.core.render.internal.StructureView.Node;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes the Markdown report of a whole analysis, in the order of the CAST Handbook. Every text of
 * the analysis goes through {@link Escapes#markdown(String)}; ids are written as code spans (their
 * syntax allows no backtick). Not API.
 */
public final class MarkdownWriter {
  /** How many enclosing components a "part of" line names before it stops. */
  static final int MAX_PART_OF = 12;

  private static final String NONE = "_None recorded._";

  private final CastAnalysis analysis;
  private final Highlight highlight;
  private final boolean diagrams;
  private final List<FindingRow> findings;
  private final Map<ComponentId, Component> components = new LinkedHashMap<>();
  private final Map<GroupId, Group> groups = new HashMap<>();
  // Cross-references, indexed once so that the report takes time linear in the analysis: a
  // nested scan per row made a report of a few thousand elements take minutes. Plain "referred to
  // by" comes from the analysis's reference graph; the two below are derived (responsibilities of
  // the components described, and recommendations that change a component through a link).
  private final ReferenceGraph graph;
  private final Map<ConstraintId, List<String>> responsibilitiesOfConstraint = new HashMap<>();
  private final Map<ComponentId, List<Recommendation>> recommendationsChanging = new HashMap<>();
  private final StringBuilder out = new StringBuilder();
  // Elements whose extensions the report has shown where it shows the element; the section "Other
  // extensions" lists every other element with extensions, so that none vanishes.
  private final Set<Object> extensionsShown =
      java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<List<Object>> extensionsShownById = new HashSet<>();

  private MarkdownWriter(
      CastAnalysis analysis, Highlight highlight, boolean diagrams, List<FindingRow> findings) {
    this.analysis = analysis;
    this.highlight = highlight;
    this.diagrams = diagrams;
    this.findings = findings;
    // A component in several structures is described by its version as operating.
    for (ControlStructure s : analysis.controlStructures()) {
      if (s.variant() == StructureVariant.AS_OPERATING) {
        s.components().forEach(c -> components.putIfAbsent(c.id(), c));
      }
    }
    for (ControlStructure s : analysis.controlStructures()) {
      s.components().forEach(c -> components.putIfAbsent(c.id(), c));
    }
    for (ControlStructure s : analysis.controlStructures()) {
      if (s.variant() == StructureVariant.AS_OPERATING) {
        s.groups().forEach(g -> groups.putIfAbsent(g.id(), g));
      }
    }
    for (ControlStructure s : analysis.controlStructures()) {
      s.groups().forEach(g -> groups.putIfAbsent(g.id(), g));
    }
    for (Component component : components.values()) {
      for (Responsibility r : component.responsibilities()) {
        for (ConstraintId c : r.constraints()) {
          responsibilitiesOfConstraint
              .computeIfAbsent(c, k -> new ArrayList<>())
              .add(code(r.id()) + " " + md(component.name()));
        }
      }
    }
    // A recommendation changes a component when it names it or a link to or from it.
    Map<LinkId, List<ComponentId>> linkEnds = new HashMap<>();
    for (ControlStructure s : analysis.controlStructures()) {
      for (ControlLink l : s.links()) {
        List<ComponentId> ends = linkEnds.computeIfAbsent(l.id(), k -> new ArrayList<>());
        ends.add(l.source());
        ends.add(l.target());
      }
    }
    for (Recommendation r : analysis.recommendations()) {
      Set<ComponentId> changed = new LinkedHashSet<>(r.components());
      for (LinkId l : r.links()) {
        changed.addAll(linkEnds.getOrDefault(l, List.of()));
      }
      for (ComponentId id : changed) {
        recommendationsChanging.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
      }
    }
    this.graph = ReferenceGraph.of(analysis);
  }

  /** The ids of the elements of a type that refer to the element with this id, in order. */
  private List<ElementId> referredBy(ElementId id, ElementType<?, ?> holders) {
    List<ElementId> ids = new ArrayList<>();
    for (ReferenceGraph.Ref r : graph.refsTo(id)) {
      if (r.holder().type() == holders && r.target() != null) {
        ids.add(r.holder().id());
      }
    }
    return ids;
  }

  /**
   * The report.
   *
   * @param analysis the analysis
   * @param highlight what the diagrams highlight
   * @param diagrams whether to embed Mermaid diagrams
   * @param findings the findings of the analysis rules, or null when they were not run (the section
   *     is then left out)
   * @return the Markdown text, ending with a line break
   */
  public static String write(
      CastAnalysis analysis, Highlight highlight, boolean diagrams, List<FindingRow> findings) {
    MarkdownWriter w = new MarkdownWriter(analysis, highlight, diagrams, findings);
    w.header();
    w.basicInformation();
    w.controlStructure();
    w.components();
    w.flaws();
    w.improvementProgram();
    w.openQuestions();
    w.otherExtensions();
    w.findings();
    String text = w.out.toString();
    while (text.endsWith("\n\n")) {
      text = text.substring(0, text.length() - 1);
    }
    return text;
  }

  // ---- sections

  private void header() {
    line("# " + heading(analysis.title()));
    blank();
    line("- **Analysis:** " + code(analysis.id()));
    line("- **Status:** " + Words.of(analysis.status()));
    if (!analysis.analysts().isEmpty()) {
      line("- **Analysts:** " + join(analysis.analysts(), MarkdownWriter::md));
    }
    if (analysis.severity().isPresent()) {
      Severity s = analysis.severity().get();
      line(
          "- **Severity:** "
              + md(s.label())
              + s.rank().map(r -> " (rank " + r + ")").orElse("")
              + inlineExtensions(s, s.extensions()));
    }
    if (!analysis.tags().isEmpty()) {
      line("- **Tags:** " + join(analysis.tags(), MarkdownWriter::md));
    }
    if (analysis.timeZone().isPresent()) {
      line(
          "- **Time zone:** "
              + md(analysis.timeZone().get().getId())
              + " (times are in UTC, with the local time beside them)");
    }
    blank();
    extensions("Extensions", analysis, analysis.extensions());
    if (!analysis.milestones().isEmpty()) {
      line("**Milestones**");
      blank();
      Table t = new Table("Milestone", "Time", "Event");
      for (Milestone m : analysis.milestones()) {
        Optional<ZoneId> zone = m.event().flatMap(this::event).flatMap(TimelineEvent::timeZone);
        t.row(
            Words.capitalized(m.kind()),
            m.time().map(x -> TimeText.of(x, zone.or(analysis::timeZone), true)).orElse(""),
            m.event().map(this::eventRef).orElse(""));
        t.extensions(m, Words.of(m.kind()), m.extensions());
      }
      t.write();
    }
    if (!analysis.revisions().isEmpty()) {
      line("**Revisions**");
      blank();
      Table t = new Table("Version", "Date", "Author", "What changed");
      for (Revision r : analysis.revisions()) {
        t.row(
            md(r.version()),
            r.date().map(Object::toString).orElse(""),
            r.author().map(MarkdownWriter::md).orElse(""),
            md(r.description()));
        t.extensions(r, md(r.version()), r.extensions());
      }
      t.write();
    }
    line("## Summary");
    blank();
    line(analysis.summary().map(MarkdownWriter::md).orElse(NONE));
    blank();
    if (!analysis.references().isEmpty()) {
      line("**References**");
      blank();
      for (Reference r : analysis.references()) {
        line("- " + reference(r) + inlineExtensions(r, r.extensions()));
      }
      blank();
    }
  }

  private void basicInformation() {
    line("## Step 1: Basic information");
    blank();
    line("### System and boundary");
    blank();
    if (analysis.system().isEmpty()) {
      line(NONE);
      blank();
    } else {
      AnalyzedSystem s = analysis.system().get();
      line("**System:** " + md(s.name()));
      blank();
      if (s.description().isPresent()) {
        line(md(s.description().get()));
        blank();
      }
      list("Inside the boundary", s.inside());
      list("Environment", s.environment());
      list("Goals", s.goals());
      extensions("Extensions of the system", s, s.extensions());
    }

    line("### Losses");
    blank();
    Table losses =
        new Table("Id", "Loss", "Category", "Stakeholders", "Impact", "Quantity", "Provenance")
            .optional("Quantity", "Provenance");
    for (Loss l : analysis.losses()) {
      losses.row(
          code(l.id()),
          md(l.description()),
          Words.of(l.category()),
          join(l.stakeholders(), MarkdownWriter::md),
          l.impact().map(MarkdownWriter::md).orElse(""),
          l.quantity().map(this::quantity).orElse(""),
          l.provenance().map(this::provenance).orElse(""));
      losses.extensions(l, code(l.id()), l.extensions());
    }
    losses.write();

    line("### Hazards");
    blank();
    Table hazards = new Table("Id", "Hazard", "Leads to", "Refines", "Constraints");
    for (Hazard h : analysis.hazards()) {
      List<ElementId> constraints = referredBy(h.id(), Model.CONSTRAINT);
      hazards.row(
          code(h.id()),
          md(h.description()),
          codes(h.losses()),
          h.parent().map(MarkdownWriter::code).orElse(""),
          codes(constraints));
      hazards.extensions(h, code(h.id()), h.extensions());
    }
    hazards.write();

    line("### Safety constraints");
    blank();
    Table constraints =
        new Table("Id", "Constraint", "Kind", "Hazards", "Refines", "Responsibilities");
    for (SafetyConstraint c : analysis.constraints()) {
      List<String> responsible = responsibilitiesOfConstraint.getOrDefault(c.id(), List.of());
      constraints.row(
          code(c.id()),
          md(c.text()),
          Words.of(c.kind()),
          codes(c.hazards()),
          c.parent().map(MarkdownWriter::code).orElse(""),
          String.join(", ", responsible));
      constraints.extensions(c, code(c.id()), c.extensions());
    }
    constraints.write();

    line("### Timeline");
    blank();
    boolean zoned =
        analysis.timeZone().isPresent()
            || analysis.timeline().stream().anyMatch(e -> e.timeZone().isPresent());
    Table timeline =
        new Table(
                "Id",
                zoned ? "Time" : "Time (UTC)",
                "Event",
                "Components",
                "Evidence",
                "Questions",
                "Reported by",
                "Provenance")
            .optional("Reported by", "Provenance");
    for (TimelineEvent e : analysis.timeline()) {
      timeline.row(
          code(e.id()),
          when(e, zoned),
          (e.kind() == EventKind.CONDITION ? "_Condition:_ " : "") + md(e.description()),
          join(e.components(), this::component),
          join(e.evidence(), this::evidence),
          codes(e.questions()),
          e.source().map(MarkdownWriter::md).orElse(""),
          e.provenance().map(this::provenance).orElse(""));
      timeline.extensions(e, code(e.id()), e.extensions());
    }
    timeline.write();

    if (analysis.processAnalysis().isPresent()) {
      ProcessAnalysis p = analysis.processAnalysis().get();
      line("### Physical and controlled process");
      blank();
      if (p.summary().isPresent()) {
        line(md(p.summary().get()));
        blank();
      }
      list("Controls", p.controls());
      list("Failures", p.failures());
      list("Unsafe interactions", p.interactions());
      context(p.contextFactors());
      extensions("Extensions of the process analysis", p, p.extensions());
    }
  }

  private void controlStructure() {
    line("## Step 2: Control structure");
    blank();
    if (analysis.controlStructures().isEmpty()) {
      line(NONE);
      blank();
      return;
    }
    StructureView main = StructureView.of(analysis, highlight);
    structure(main);
    for (ControlStructure s : analysis.controlStructures()) {
      if (!main.sources().contains(s)) {
        structure(StructureView.of(s, highlight));
      }
    }
  }

  private boolean highlighted() {
    return !highlight.components().isEmpty() || !highlight.links().isEmpty();
  }

  private void structure(StructureView view) {
    line("### " + heading(view.title()));
    blank();
    if (diagrams) {
      line("```mermaid");
      out.append(MermaidWriter.write(view));
      line("```");
      blank();
      line(
          "_Shapes: organization = subroutine box, human controller = rounded box, automated"
              + " controller = box, controlled process = hexagon, actuator and sensor = trapezium,"
              + " external controller = stadium, external = flag"
              + (view.clusters().isEmpty() ? "" : "; a box around components = their group")
              + ". Links: black = control action, blue = feedback, green ="
              + " communication or coordination; red dashed = missing, red with a cross ="
              + " inoperable, orange = degraded"
              + statusLegend(view)
              + (view.comparison()
                  ? "; grey dashed = only in the design (lost), purple = only in operation (added);"
                      + " a link whose status differs names both (present as designed, missing as"
                      + " operating)"
                  : "")
              + (highlighted() ? "; yellow = highlighted" : "")
              + "._");
      blank();
    }
    for (ControlStructure s : view.sources()) {
      extensions("Extensions of " + code(s.id()), s, s.extensions());
    }
    groups(view);
    Table links = new Table("Id", "Kind", "From", "To", "Label", "Status");
    for (Edge e : view.edges()) {
      ControlLink l = e.link();
      List<String> status = new ArrayList<>();
      if (!e.status().isEmpty()) {
        status.add(e.status());
      }
      if (e.change() == Change.LOST) {
        status.add("only in the design");
      } else if (e.change() == Change.ADDED) {
        status.add("only in operation");
      }
      String label = md(l.label());
      if (l.description().isPresent()) {
        label += "<br>" + md(l.description().get());
      }
      links.row(
          code(l.id()),
          Words.of(l.kind()),
          component(l.source()),
          component(l.target()),
          label,
          status.isEmpty() ? "present" : "**" + String.join(", ", status) + "**");
      links.extensions(l, code(l.id()), l.extensions());
    }
    links.write();
  }

  /** The groups of the structures drawn, each with its components; the operating one's first. */
  private void groups(StructureView view) {
    Map<GroupId, Group> groups = new LinkedHashMap<>();
    for (int i = view.sources().size() - 1; i >= 0; i--) {
      view.sources().get(i).groups().forEach(g -> groups.putIfAbsent(g.id(), g));
    }
    if (groups.isEmpty()) {
      return;
    }
    line("**Groups**");
    blank();
    for (Group g : groups.values()) {
      StringBuilder sb = new StringBuilder("- " + code(g.id()) + " " + md(g.name()));
      if (g.parent().isPresent()) {
        Group parent = groups.get(g.parent().get());
        sb.append(" (part of ")
            .append(parent == null ? "" : md(parent.name()) + " ")
            .append(code(g.parent().get()))
            .append(')');
      }
      sb.append(inlineExtensions(g, g.extensions()));
      if (g.description().isPresent()) {
        sb.append(": ").append(md(g.description().get()));
      }
      List<String> members = new ArrayList<>();
      for (Node n : view.nodes()) {
        if (n.component().isPresent() && n.component().get().group().equals(Optional.of(g.id()))) {
          members.add(component(n.id()));
        }
      }
      if (!members.isEmpty()) {
        sb.append(" · components: ").append(String.join(", ", members));
      }
      line(sb.toString());
    }
    blank();
  }

  /** The legend of the link statuses of 1.1, for those the view has (older reports unchanged). */
  private static String statusLegend(StructureView view) {
    Set<LinkStatus> statuses = new HashSet<>();
    for (Edge e : view.edges()) {
      statuses.add(e.link().status());
      e.designedStatus().ifPresent(statuses::add);
    }
    StringBuilder sb = new StringBuilder();
    if (statuses.contains(LinkStatus.DELAYED)) {
      sb.append(", orange dotted = delayed");
    }
    if (statuses.contains(LinkStatus.INCORRECT)) {
      sb.append(", crimson = incorrect (a wrong value)");
    }
    if (statuses.contains(LinkStatus.UNNOTICED)) {
      sb.append(", brown = unnoticed (present, not acted on)");
    }
    return sb.toString();
  }

  private void components() {
    line("## Step 3: Components");
    blank();
    // Order: as the diagram draws them (top level first), then components of other structures,
    // then analyses of components no structure holds.
    Set<ComponentId> order = new LinkedHashSet<>();
    Map<ComponentId, Change> change = new LinkedHashMap<>();
    for (Node n : StructureView.of(analysis, Highlight.NONE).nodes()) {
      if (n.component().isPresent()) {
        order.add(n.id());
        change.put(n.id(), n.change());
      }
    }
    for (ComponentId id : components.keySet()) {
      order.add(id);
    }
    Map<ComponentId, ComponentAnalysis> analyses = new LinkedHashMap<>();
    for (ComponentAnalysis ca : analysis.componentAnalyses()) {
      analyses.put(ca.component(), ca);
      if (!components.containsKey(ca.component())) {
        order.add(ca.component());
      }
    }
    if (order.isEmpty()) {
      line(NONE);
      blank();
      return;
    }
    for (ComponentId id : order) {
      component(
          id,
          Optional.ofNullable(components.get(id)),
          Optional.ofNullable(analyses.get(id)),
          change.getOrDefault(id, Change.UNCHANGED));
    }
  }

  private void component(
      ComponentId id,
      Optional<Component> component,
      Optional<ComponentAnalysis> ca,
      Change change) {
    line("### " + component.map(c -> heading(c.name()) + " (" + code(id) + ")").orElse(code(id)));
    blank();
    List<String> facts = new ArrayList<>();
    if (component.isPresent()) {
      Component c = component.get();
      facts.add(Words.of(c.kind()));
      facts.add("level " + c.level());
      if (c.parent().isPresent()) {
        facts.add("part of " + partOf(c));
      }
      if (c.group().isPresent()) {
        Group g = groups.get(c.group().get());
        facts.add("in group " + (g == null ? "" : md(g.name()) + " ") + code(c.group().get()));
      }
    } else {
      facts.add("not in any control structure");
    }
    if (change == Change.LOST) {
      facts.add("only in the structure as designed");
    } else if (change == Change.ADDED) {
      facts.add("only in the structure as operating");
    }
    line("_" + String.join(" · ", facts) + "_");
    blank();
    if (component.isPresent() && component.get().description().isPresent()) {
      line(md(component.get().description().get()));
      blank();
    }
    if (ca.isPresent() && ca.get().role().isPresent()) {
      line("**Role:** " + md(ca.get().role().get()));
      blank();
    }
    if (component.isPresent()) {
      extensions("Extensions", component.get(), component.get().extensions());
    }
    if (ca.isPresent()) {
      extensions("Extensions of the step-3 analysis", ca.get(), ca.get().extensions());
    }
    if (component.isPresent() && !component.get().responsibilities().isEmpty()) {
      line("**Responsibilities**");
      blank();
      for (Responsibility r : component.get().responsibilities()) {
        StringBuilder sb = new StringBuilder("- " + code(r.id()) + " " + md(r.text()));
        sb.append(inlineExtensions(r, r.extensions()));
        if (!r.constraints().isEmpty()) {
          sb.append(" (enforces ").append(codes(r.constraints())).append(')');
        }
        if (ca.isPresent() && ca.get().responsibilities().contains(r.id())) {
          sb.append(" **related to the loss**");
        }
        line(sb.toString());
      }
      blank();
    }
    if (component.isPresent() && !component.get().processModel().isEmpty()) {
      line("**Process model**");
      blank();
      for (ProcessModelVariable v : component.get().processModel()) {
        line(
            "- "
                + md(v.name())
                + v.description().map(d -> ": " + md(d)).orElse("")
                + inlineExtensions(v, v.extensions()));
      }
      blank();
    }
    if (ca.isEmpty()) {
      if (component.isEmpty() || component.get().kind().isController()) {
        line("_No step-3 analysis yet._");
        blank();
      }
    } else {
      ComponentAnalysis a = ca.get();
      contributions(a, ContributionEffect.CONTRIBUTED, "**Contributions**");
      // A contribution that limited the loss is part of the story, not a cause: its own table.
      contributions(
          a,
          ContributionEffect.LIMITED,
          "**Limited the loss** (part of the story, not causes: what kept the loss from being"
              + " worse)");
      if (!a.processModelFlaws().isEmpty()) {
        line("**Process-model flaws**");
        blank();
        Table t =
            new Table("Id", "Variable", "Believed", "Actual", "Provenance").optional("Provenance");
        for (ProcessModelFlaw f : a.processModelFlaws()) {
          t.row(
              code(f.id()),
              f.variable().map(MarkdownWriter::md).orElse(""),
              md(f.believed()),
              md(f.actual()),
              f.provenance().map(this::provenance).orElse(""));
          t.extensions(f, code(f.id()), f.extensions());
        }
        t.write();
      }
      context(a.contextFactors());
      if (!a.questions().isEmpty()) {
        line("**Questions**");
        blank();
        for (QuestionId q : a.questions()) {
          line("- " + question(q));
        }
        blank();
      }
    }
    List<Recommendation> changing = recommendationsChanging.getOrDefault(id, List.of());
    if (!changing.isEmpty()) {
      line("**Recommendations that change it**");
      blank();
      for (Recommendation r : changing) {
        line("- " + code(r.id()) + " " + md(r.text()) + " (" + Words.of(r.status()) + ")");
      }
      blank();
    }
  }

  /** The chain of enclosing components, walked iteratively and stopped at a cycle. */
  private String partOf(Component c) {
    List<String> chain = new ArrayList<>();
    Set<ComponentId> seen = new HashSet<>();
    seen.add(c.id());
    Optional<ComponentId> next = c.parent();
    while (next.isPresent()) {
      ComponentId id = next.get();
      if (!seen.add(id)) {
        chain.add(code(id) + " (a cycle)");
        break;
      }
      if (chain.size() == MAX_PART_OF) {
        chain.add("…");
        break;
      }
      chain.add(component(id));
      Component parent = components.get(id);
      next = parent == null ? Optional.empty() : parent.parent();
    }
    return String.join(" › ", chain);
  }

  private void flaws() {
    line("## Step 4: Systemic flaws");
    blank();
    if (analysis.flaws().isEmpty()) {
      line(NONE);
      blank();
      return;
    }
    for (FlawCategory category : FlawCategory.values()) {
      List<Flaw> flaws = new ArrayList<>();
      for (Flaw f : analysis.flaws()) {
        if (f.category() == category) {
          flaws.add(f);
        }
      }
      if (flaws.isEmpty()) {
        continue;
      }
      line("### " + Words.capitalized(category));
      blank();
      Table t =
          new Table("Id", "Flaw", "Components", "Links", "Evidence", "Addressed by", "Provenance")
              .optional("Provenance");
      for (Flaw f : flaws) {
        String addressed = codes(referredBy(f.id(), Model.RECOMMENDATION));
        if (f.noActionRationale().isPresent()) {
          addressed =
              (addressed.isEmpty() ? "" : addressed + "<br>")
                  + "No action: "
                  + md(f.noActionRationale().get());
        }
        t.row(
            code(f.id()),
            md(f.description()),
            join(f.components(), this::component),
            codes(f.links()),
            join(f.evidence(), this::evidence),
            addressed,
            f.provenance().map(this::provenance).orElse(""));
        t.extensions(f, code(f.id()), f.extensions());
      }
      t.write();
    }
  }

  private void improvementProgram() {
    line("## Step 5: Improvement program");
    blank();
    Table t =
        new Table(
                "Id",
                "Recommendation",
                "Addresses",
                "Priority",
                "Horizon",
                "Owner",
                "Due",
                "Status",
                "Tracker",
                "Proposed by")
            .optional("Proposed by");
    for (Recommendation r : analysis.recommendations()) {
      List<String> addresses = new ArrayList<>();
      if (!r.flaws().isEmpty()) {
        addresses.add("flaws " + codes(r.flaws()));
      }
      if (!r.contributions().isEmpty()) {
        addresses.add("contributions " + codes(r.contributions()));
      }
      if (!r.components().isEmpty()) {
        addresses.add("components " + join(r.components(), this::component));
      }
      if (!r.links().isEmpty()) {
        addresses.add("links " + codes(r.links()));
      }
      String text = md(r.text());
      if (r.rationale().isPresent()) {
        text += "<br>_Rationale:_ " + md(r.rationale().get());
      }
      if (r.verification().isPresent()) {
        text += "<br>_Verification:_ " + md(r.verification().get());
      }
      t.row(
          code(r.id()),
          text,
          String.join("; ", addresses),
          r.priority().map(Words::of).orElse(""),
          r.horizon().map(Words::of).orElse(""),
          r.owner().map(MarkdownWriter::md).orElse(""),
          r.due().map(Object::toString).orElse(""),
          Words.of(r.status()),
          r.tracker().map(MarkdownWriter::md).orElse(""),
          r.proposedBy().map(MarkdownWriter::md).orElse(""));
      t.extensions(r, code(r.id()), r.extensions());
    }
    t.write();
  }

  private void openQuestions() {
    line("## Open questions");
    blank();
    Table t = new Table("Id", "Question", "Step", "About");
    int answered = 0;
    int unanswerable = 0;
    for (Question q : analysis.questions()) {
      if (q.status() == QuestionStatus.OPEN) {
        t.row(
            code(q.id()),
            md(q.text()),
            q.step().number() + " " + q.step().title(),
            q.about().map(MarkdownWriter::code).orElse(""));
        t.extensions(q, code(q.id()), q.extensions());
      } else if (q.status() == QuestionStatus.ANSWERED) {
        answered++;
      } else {
        unanswerable++;
      }
    }
    t.write();
    if (answered + unanswerable > 0) {
      line(answered + " answered, " + unanswerable + " recorded as unanswerable.");
      blank();
    }
  }

  private void findings() {
    // FINDINGS OF THE ANALYSIS RULES: MarkdownReport.Options hands the rows in; null means the
    // rules were not run and the section is left out.
    if (findings == null) {
      return;
    }
    line("## Findings of the analysis rules");
    blank();
    Table t = new Table("Code", "Severity", "Step", "Element", "Message");
    for (FindingRow f : findings) {
      t.row(
          code(f.code()),
          md(f.severity()),
          md(f.step()),
          f.elementId().isEmpty() ? "" : code(f.elementId()),
          md(f.message()));
    }
    if (findings.isEmpty()) {
      line("_No findings._");
      blank();
    } else {
      t.write();
    }
  }

  // ---- extensions

  /** "key: value · key: value", escaped, in the order of the keys. */
  private static String extensionList(Map<String, ExtensionValue> extensions) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, ExtensionValue> e : new java.util.TreeMap<>(extensions).entrySet()) {
      parts.add(md(e.getKey()) + ": " + md(ExtensionText.of(e.getValue())));
    }
    return String.join(" · ", parts);
  }

  private void shown(Object element) {
    extensionsShown.add(element);
    Place place = Place.of(element);
    if (place != null) {
      extensionsShownById.add(place.key());
    }
  }

  /** A block of the extensions of an element shown as a section. */
  private void extensions(String title, Object element, Map<String, ExtensionValue> extensions) {
    if (extensions.isEmpty()) {
      return;
    }
    shown(element);
    line("**" + title + "**");
    blank();
    for (Map.Entry<String, ExtensionValue> e : new java.util.TreeMap<>(extensions).entrySet()) {
      line("- " + md(e.getKey()) + ": " + md(ExtensionText.of(e.getValue())));
    }
    blank();
  }

  /** The extensions of an element shown inside a line or a cell: " (key: value · ...)". */
  private String inlineExtensions(Object element, Map<String, ExtensionValue> extensions) {
    if (extensions.isEmpty()) {
      return "";
    }
    shown(element);
    return " (" + extensionList(extensions) + ")";
  }

  /**
   * Every element with extensions that the report did not show where it shows the element (an
   * answered question, the design's version of a component or link, a type the report does not know
   * yet), found by walking the description of the model.
   */
  private void otherExtensions() {
    List<String> notes = new ArrayList<>();
    Deque<Object[]> pending = new ArrayDeque<>();
    pending.push(new Object[] {Model.ANALYSIS, analysis, ""});
    List<Object[]> visit = new ArrayList<>();
    while (!pending.isEmpty()) {
      Object[] next = pending.pop();
      visit.add(next);
      ElementType<?, ?> type = (ElementType<?, ?>) next[0];
      Object element = next[1];
      String where = where(type, element, (String) next[2]);
      List<Object[]> children = new ArrayList<>();
      for (Field f : type.fields()) {
        if (f.kind() != ValueKind.OBJECT) {
          continue;
        }
        for (Object child : values(f.get(element))) {
          children.add(new Object[] {f.elementType(), child, where});
        }
      }
      for (int i = children.size() - 1; i >= 0; i--) {
        pending.push(children.get(i));
      }
    }
    for (Object[] v : visit) {
      ElementType<?, ?> type = (ElementType<?, ?>) v[0];
      Object element = v[1];
      Map<String, ExtensionValue> extensions = type.extensions(element);
      if (extensions.isEmpty() || extensionsShown.contains(element)) {
        continue;
      }
      Place place = Place.of(element);
      if (place != null && extensionsShownById.contains(place.key())) {
        continue; // the same extensions shown for the element of the same id elsewhere
      }
      notes.add("- " + where(type, element, (String) v[2]) + ": " + extensionList(extensions));
    }
    if (notes.isEmpty()) {
      return;
    }
    line("## Other extensions");
    blank();
    notes.forEach(this::line);
    blank();
  }

  /** The values of a field: none, one, or its elements. */
  private static Collection<?> values(Object value) {
    if (value instanceof Optional<?> o) {
      return o.isPresent() ? List.of(o.get()) : List.of();
    }
    if (value instanceof Collection<?> c) {
      return c;
    }
    return value == null ? List.of() : List.of(value);
  }

  /** "Question `Q-3`", or "Evidence in Event `E-2`" for an element without an id. */
  private static String where(ElementType<?, ?> type, Object element, String parent) {
    Field id = type.idField();
    if (id != null) {
      return type.name() + " " + code((ElementId) id.get(element));
    }
    return parent.isEmpty() ? type.name() : type.name() + " in " + parent;
  }

  /** An element with an id, with the extensions it has, as a key. */
  private record Place(List<Object> key) {
    static Place of(Object element) {
      for (ElementType<?, ?> type : Model.ALL) {
        if (type.type().isInstance(element) && type.idField() != null) {
          return new Place(
              List.of(type.name(), type.idField().get(element), type.extensions(element)));
        }
      }
      return null;
    }
  }

  // ---- pieces

  private void context(List<ContextFactor> factors) {
    if (factors.isEmpty()) {
      return;
    }
    line("**Context**");
    blank();
    for (ContextFactor f : factors) {
      line(
          "- _"
              + Words.of(f.kind())
              + ":_ "
              + md(f.description())
              + f.provenance().map(p -> " (" + provenance(p) + ")").orElse("")
              + inlineExtensions(f, f.extensions()));
    }
    blank();
  }

  private void list(String title, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    line("**" + title + "**");
    blank();
    for (String item : items) {
      line("- " + md(item));
    }
    blank();
  }

  private String question(QuestionId id) {
    List<ReferenceGraph.Place> found = graph.find(id);
    Question q = found.isEmpty() ? null : (Question) found.get(0).element();
    return q == null ? code(id) : code(id) + " " + md(q.text()) + " (" + Words.of(q.status()) + ")";
  }

  private String component(ComponentId id) {
    Component c = components.get(id);
    return c == null ? code(id) : md(c.name()) + " (" + code(id) + ")";
  }

  private static String reference(Reference r) {
    String title = r.title().map(MarkdownWriter::md).orElse(null);
    if (r.kind() == ReferenceKind.URL && isPlainUrl(r.value())) {
      return "[" + (title == null ? md(r.value()) : title) + "](<" + r.value() + ">)";
    }
    String value = Words.of(r.kind()) + " " + md(r.value());
    return title == null ? value : title + ": " + value;
  }

  /** A URL that can stand inside {@code <...>} as a link destination as it is. */
  private static boolean isPlainUrl(String value) {
    if (!(value.startsWith("https://") || value.startsWith("http://"))) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c == '<' || c == '>' || c == '\\' || c >= 0x7f) {
        return false;
      }
    }
    return true;
  }

  private String evidence(Evidence e) {
    return Words.of(e.kind())
        + " "
        + md(e.source())
        + e.author().map(a -> " by " + md(a)).orElse("")
        + e.excerpt().map(x -> ": “" + md(x) + "”").orElse("")
        + inlineExtensions(e, e.extensions());
  }

  /**
   * When an event happened: its time in UTC with the local time beside it (the event's zone, else
   * the analysis's), or its place relative to another event; then how long it lasted.
   */
  private String when(TimelineEvent e, boolean sayUtc) {
    List<String> parts = new ArrayList<>();
    if (e.time().isPresent()) {
      parts.add(TimeText.of(e.time().get(), e.timeZone().or(analysis::timeZone), sayUtc));
    }
    if (e.after().isPresent()) {
      String after = "after " + code(e.after().get());
      if (e.offset().isPresent()) {
        after = TimeText.duration(e.offset().get(), e.offsetApproximate()) + " " + after;
      }
      parts.add(e.time().isPresent() ? "(" + after + ")" : after);
    }
    if (e.timeZone().isPresent() && e.time().isEmpty()) {
      parts.add("(" + md(e.timeZone().get().getId()) + ")");
    }
    if (e.duration().isPresent()) {
      parts.add("lasted " + TimeText.duration(e.duration().get(), e.durationApproximate()));
    }
    if (parts.isEmpty() && e.kind() == EventKind.CONDITION) {
      parts.add("no date: held before the loss");
    }
    return String.join("<br>", parts);
  }

  private Optional<TimelineEvent> event(EventId id) {
    List<ReferenceGraph.Place> found = graph.find(id);
    return found.isEmpty() || !(found.get(0).element() instanceof TimelineEvent e)
        ? Optional.empty()
        : Optional.of(e);
  }

  /** "`E-3` The first error rates rise", or the id alone when no event has it. */
  private String eventRef(EventId id) {
    return event(id).map(e -> code(id) + " " + md(e.description())).orElse(code(id));
  }

  /** "about 400 customers", "1,500,000 USD". */
  private String quantity(Quantity q) {
    return (q.approximate() ? "about " : "")
        + TimeText.decimal(q.value())
        + " "
        + md(q.unit())
        + inlineExtensions(q, q.extensions());
  }

  /**
   * "stated in the operator's report (operator report)", "inferred by the analyst from the
   * timeline".
   */
  private String provenance(Provenance p) {
    StringBuilder sb =
        new StringBuilder(
            p.basis() == ProvenanceBasis.STATED ? "stated" : "inferred by the analyst");
    if (p.source().isPresent()) {
      sb.append(p.basis() == ProvenanceBasis.STATED ? " in " : " from ")
          .append(md(p.source().get()));
    }
    if (p.sourceKind().isPresent()) {
      sb.append(" (").append(Words.of(p.sourceKind().get())).append(')');
    }
    return sb + inlineExtensions(p, p.extensions());
  }

  private void contributions(ComponentAnalysis a, ContributionEffect effect, String title) {
    List<Contribution> these =
        a.contributions().stream().filter(c -> c.effect() == effect).toList();
    if (these.isEmpty()) {
      return;
    }
    line(title);
    blank();
    Table t =
        new Table(
                "Id",
                "Kind",
                "Unsafe control action",
                "Contribution",
                "Why it made sense",
                "Hazards",
                "Events",
                "Unmet",
                "Provenance")
            .optional("Unsafe control action", "Provenance");
    for (Contribution c : these) {
      t.row(
          code(c.id()),
          Words.of(c.kind()),
          c.unsafeControlAction().map(Words::of).orElse(""),
          md(c.description()),
          c.context().map(MarkdownWriter::md).orElse(""),
          codes(c.hazards()),
          codes(c.events()),
          codes(c.unmetResponsibilities()),
          c.provenance().map(this::provenance).orElse(""));
      t.extensions(c, code(c.id()), c.extensions());
    }
    t.write();
  }

  /** A heading is one line: line breaks in the text become spaces. */
  private static String heading(String text) {
    return Escapes.markdown(Escapes.oneLine(text));
  }

  private static String md(String text) {
    return Escapes.markdown(text);
  }

  private static String code(ElementId id) {
    return code(id.value());
  }

  private static String code(String id) {
    // Ids cannot hold a backtick; the rules' codes neither. Anything else is escaped as text.
    return id.indexOf('`') < 0 && id.indexOf('\n') < 0 && !id.isBlank()
        ? "`" + id + "`"
        : Escapes.markdown(id);
  }

  private static String codes(Collection<? extends ElementId> ids) {
    return join(ids, MarkdownWriter::code);
  }

  private static <T> String join(Collection<T> items, Function<T, String> format) {
    List<String> parts = new ArrayList<>();
    for (T item : items) {
      parts.add(format.apply(item));
    }
    return String.join(", ", parts);
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  private void blank() {
    out.append('\n');
  }

  /** A GitHub table; an empty one is written as "None recorded". */
  private final class Table {
    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> extensionNotes = new ArrayList<>();
    private final Set<String> optional = new HashSet<>();

    Table(String... header) {
      this.header = header;
    }

    /** Columns left out when no row has anything in them (the 1.1 fields most reports lack). */
    Table optional(String... columns) {
      optional.addAll(List.of(columns));
      return this;
    }

    /** Notes the extensions of the element of the last row, written in a list under the table. */
    void extensions(Object element, String id, Map<String, ExtensionValue> extensions) {
      if (extensions.isEmpty()) {
        return;
      }
      shown(element);
      extensionNotes.add("- " + id + ": " + extensionList(extensions));
    }

    void row(String... cells) {
      rows.add(cells);
    }

    void write() {
      if (rows.isEmpty()) {
        line(NONE);
        blank();
        return;
      }
      List<Integer> shown = new ArrayList<>();
      for (int i = 0; i < header.length; i++) {
        final int column = i;
        if (!optional.contains(header[i]) || rows.stream().anyMatch(r -> !r[column].isEmpty())) {
          shown.add(i);
        }
      }
      StringBuilder head = new StringBuilder("|");
      StringBuilder rule = new StringBuilder("|");
      for (int i : shown) {
        head.append(' ').append(header[i]).append(" |");
        rule.append(" --- |");
      }
      line(head.toString());
      line(rule.toString());
      for (String[] row : rows) {
        StringBuilder sb = new StringBuilder("|");
        for (int i : shown) {
          sb.append(' ').append(row[i]).append(" |");
        }
        line(sb.toString());
      }
      blank();
      if (!extensionNotes.isEmpty()) {
        line("**Extensions**");
        blank();
        extensionNotes.forEach(MarkdownWriter.this::line);
        blank();
      }
    }
  }
}
