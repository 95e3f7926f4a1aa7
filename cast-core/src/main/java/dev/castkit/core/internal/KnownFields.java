package dev.castkit.core.internal;

import java.util.Map;
import java.util.Set;

/**
 * The field names of each value type in the interchange format (version 1), which an extension key
 * must not take: an extension {@code "title"} on an analysis could not be written beside its title.
 * Not API.
 *
 * <p>A copy of what cast-json's {@code json/internal/Fields} lists (its test {@code
 * KnownFieldsTest} fails when the two differ). When the model's shape is described in one place in
 * cast-core, this list is to be read from that description instead.
 */
public final class KnownFields {
  private KnownFields() {}

  private static final Map<String, Set<String>> BY_TYPE =
      Map.ofEntries(
          Map.entry(
              "CastAnalysis",
              Set.of(
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
                  "recommendations")),
          Map.entry("Reference", Set.of("kind", "value", "title")),
          Map.entry(
              "AnalyzedSystem", Set.of("name", "description", "inside", "environment", "goals")),
          Map.entry("Loss", Set.of("id", "description", "category", "stakeholders", "impact")),
          Map.entry("Hazard", Set.of("id", "description", "losses", "parent")),
          Map.entry("SafetyConstraint", Set.of("id", "text", "kind", "hazards", "parent")),
          Map.entry(
              "TimelineEvent",
              Set.of(
                  "id",
                  "time",
                  "timePrecision",
                  "approximate",
                  "description",
                  "components",
                  "evidence",
                  "questions")),
          Map.entry("Evidence", Set.of("kind", "source", "excerpt")),
          Map.entry(
              "ProcessAnalysis",
              Set.of("summary", "controls", "failures", "interactions", "contextFactors")),
          Map.entry("ContextFactor", Set.of("kind", "description")),
          Map.entry("Question", Set.of("id", "text", "step", "about", "status", "answer")),
          Map.entry(
              "ControlStructure",
              Set.of("id", "variant", "name", "description", "components", "links")),
          Map.entry(
              "Component",
              Set.of(
                  "id",
                  "name",
                  "kind",
                  "level",
                  "parent",
                  "description",
                  "responsibilities",
                  "processModel")),
          Map.entry("Responsibility", Set.of("id", "text", "constraints")),
          Map.entry("ProcessModelVariable", Set.of("name", "description")),
          Map.entry(
              "ControlLink",
              Set.of("id", "kind", "source", "target", "label", "status", "description")),
          Map.entry(
              "ComponentAnalysis",
              Set.of(
                  "component",
                  "role",
                  "responsibilities",
                  "contributions",
                  "processModelFlaws",
                  "contextFactors",
                  "questions")),
          Map.entry(
              "Contribution",
              Set.of(
                  "id",
                  "kind",
                  "description",
                  "context",
                  "hazards",
                  "events",
                  "unmetResponsibilities")),
          Map.entry("ProcessModelFlaw", Set.of("id", "variable", "believed", "actual")),
          Map.entry(
              "Flaw",
              Set.of(
                  "id",
                  "category",
                  "description",
                  "components",
                  "links",
                  "evidence",
                  "noActionRationale")),
          Map.entry(
              "Recommendation",
              Set.of(
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
                  "verification")));

  /**
   * The field names of a value type.
   *
   * @param type the simple name of the type, for example {@code "Loss"}
   * @return its field names; empty for a type without fields of its own
   */
  public static Set<String> of(String type) {
    return BY_TYPE.getOrDefault(type, Set.of());
  }

  /**
   * Every type and its field names.
   *
   * @return the names by type
   */
  public static Map<String, Set<String>> all() {
    return BY_TYPE;
  }
}
