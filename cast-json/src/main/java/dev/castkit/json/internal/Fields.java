package dev.castkit.json.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The known fields of each object type of format version 1, in canonical (written) order. Not API.
 *
 * <p>The reader uses it to tell known fields from extensions and to detect a known field given
 * twice; the writer to refuse an extension key that is also a known field name; the tests to check
 * that the schema and docs/format.md name the same fields.
 */
public final class Fields {
  /** The top-level object: the analysis, with {@code formatVersion} first. */
  public static final Fields ANALYSIS =
      new Fields(
          "CastAnalysis",
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
          "recommendations");

  /** A reference to the incident elsewhere. */
  public static final Fields REFERENCE = new Fields("Reference", "kind", "value", "title");

  /** The system and its boundary ({@code system}). */
  public static final Fields SYSTEM =
      new Fields("AnalyzedSystem", "name", "description", "inside", "environment", "goals");

  /** A loss. */
  public static final Fields LOSS =
      new Fields("Loss", "id", "description", "category", "stakeholders", "impact");

  /** A hazard. */
  public static final Fields HAZARD = new Fields("Hazard", "id", "description", "losses", "parent");

  /** A system-level safety constraint. */
  public static final Fields CONSTRAINT =
      new Fields("SafetyConstraint", "id", "text", "kind", "hazards", "parent");

  /** A timeline event; its {@code EventTime} is flattened into three fields. */
  public static final Fields EVENT =
      new Fields(
          "TimelineEvent",
          "id",
          "time",
          "timePrecision",
          "approximate",
          "description",
          "components",
          "evidence",
          "questions");

  /** A piece of evidence. */
  public static final Fields EVIDENCE = new Fields("Evidence", "kind", "source", "excerpt");

  /** The analysis of the physical or controlled process. */
  public static final Fields PROCESS_ANALYSIS =
      new Fields(
          "ProcessAnalysis", "summary", "controls", "failures", "interactions", "contextFactors");

  /** A context factor. */
  public static final Fields CONTEXT_FACTOR = new Fields("ContextFactor", "kind", "description");

  /** A question. */
  public static final Fields QUESTION =
      new Fields("Question", "id", "text", "step", "about", "status", "answer");

  /** A control structure. */
  public static final Fields CONTROL_STRUCTURE =
      new Fields("ControlStructure", "id", "variant", "name", "description", "components", "links");

  /** A component of a control structure. */
  public static final Fields COMPONENT =
      new Fields(
          "Component",
          "id",
          "name",
          "kind",
          "level",
          "parent",
          "description",
          "responsibilities",
          "processModel");

  /** A responsibility of a controller. */
  public static final Fields RESPONSIBILITY =
      new Fields("Responsibility", "id", "text", "constraints");

  /** A variable of a controller's process model. */
  public static final Fields PROCESS_MODEL_VARIABLE =
      new Fields("ProcessModelVariable", "name", "description");

  /** A control action, feedback or other link. */
  public static final Fields CONTROL_LINK =
      new Fields("ControlLink", "id", "kind", "source", "target", "label", "status", "description");

  /** The step-3 analysis of one component. */
  public static final Fields COMPONENT_ANALYSIS =
      new Fields(
          "ComponentAnalysis",
          "component",
          "role",
          "responsibilities",
          "contributions",
          "processModelFlaws",
          "contextFactors",
          "questions");

  /** A contribution of a component. */
  public static final Fields CONTRIBUTION =
      new Fields(
          "Contribution",
          "id",
          "kind",
          "description",
          "context",
          "hazards",
          "events",
          "unmetResponsibilities");

  /** A flaw in a controller's process model. */
  public static final Fields PROCESS_MODEL_FLAW =
      new Fields("ProcessModelFlaw", "id", "variable", "believed", "actual");

  /** A systemic flaw (step 4). */
  public static final Fields FLAW =
      new Fields(
          "Flaw",
          "id",
          "category",
          "description",
          "components",
          "links",
          "evidence",
          "noActionRationale");

  /** A recommendation (step 5). */
  public static final Fields RECOMMENDATION =
      new Fields(
          "Recommendation",
          "id",
          "text",
          "flaws",
          "contributions",
          "links",
          "components",
          "priority",
          "horizon",
          "owner",
          "due",
          "status",
          "rationale",
          "tracker",
          "verification");

  /** Every object type, in the order docs/format.md describes them. */
  public static final List<Fields> ALL =
      List.of(
          ANALYSIS,
          REFERENCE,
          SYSTEM,
          LOSS,
          HAZARD,
          CONSTRAINT,
          EVENT,
          EVIDENCE,
          PROCESS_ANALYSIS,
          CONTEXT_FACTOR,
          QUESTION,
          CONTROL_STRUCTURE,
          COMPONENT,
          RESPONSIBILITY,
          PROCESS_MODEL_VARIABLE,
          CONTROL_LINK,
          COMPONENT_ANALYSIS,
          CONTRIBUTION,
          PROCESS_MODEL_FLAW,
          FLAW,
          RECOMMENDATION);

  private final String type;
  private final List<String> names;
  private final Map<String, Integer> index;

  private Fields(String type, String... names) {
    this.type = type;
    this.names = List.of(names);
    this.index = new HashMap<>(names.length * 2);
    for (int i = 0; i < names.length; i++) {
      index.put(names[i], i);
    }
  }

  /**
   * The model type, for example {@code "Loss"}.
   *
   * @return the simple name of the model type
   */
  public String type() {
    return type;
  }

  /**
   * The known field names, in canonical order.
   *
   * @return the names
   */
  public List<String> names() {
    return names;
  }

  /**
   * Whether {@code name} is a known field of this type.
   *
   * @param name a field name
   * @return true when known
   */
  public boolean contains(String name) {
    return index.containsKey(name);
  }

  /**
   * The position of a known field, or -1 for an unknown one.
   *
   * @param name a field name
   * @return the position in {@link #names()}, or -1
   */
  public int indexOf(String name) {
    Integer i = index.get(name);
    return i == null ? -1 : i;
  }
}
