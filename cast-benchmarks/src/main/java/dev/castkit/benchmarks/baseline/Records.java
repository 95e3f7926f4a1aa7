package dev.castkit.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.castkit.core.AnalysisStatus;
import dev.castkit.core.CastStep;
import dev.castkit.core.ComponentKind;
import dev.castkit.core.ConstraintKind;
import dev.castkit.core.ContextKind;
import dev.castkit.core.ContributionKind;
import dev.castkit.core.EvidenceKind;
import dev.castkit.core.FlawCategory;
import dev.castkit.core.Horizon;
import dev.castkit.core.LinkKind;
import dev.castkit.core.LinkStatus;
import dev.castkit.core.LossCategory;
import dev.castkit.core.Priority;
import dev.castkit.core.QuestionStatus;
import dev.castkit.core.RecommendationStatus;
import dev.castkit.core.ReferenceKind;
import dev.castkit.core.StructureVariant;
import dev.castkit.core.TimePrecision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The baselines' data: plain Java records of the same shape as format 1.0 of the castkit model and
 * its JSON format, what an incident tool would write instead of using castkit. The fields and
 * elements that format 1.1 added are not here: the generated analyses use none of them (see {@code
 * AnalysisGenerator}), and the records stay as they were so that the ratios compare with those
 * measured before 1.1. The castkit model still pays for them (its builders have 1.1's fields too),
 * so the ratios against these records are a little less favourable to castkit than against records
 * of 1.1's shape would be. Ids are strings, sets of ids are lists, enums are enums, times are
 * {@link Instant} and {@link LocalDate}, and attributes the tool does not know are kept in a {@code
 * Map<String, Object>} ("any" properties), as castkit keeps them. A field that castkit leaves out
 * of its JSON (an absent optional, an empty list, a default value) is {@code null} here, so both
 * sides write the same JSON and each reads what the other wrote.
 */
public final class Records {
  private Records() {}

  private static Map<String, Object> any(Map<String, Object> extensions) {
    return extensions == null ? new LinkedHashMap<>() : extensions;
  }

  /** The analysis. */
  public record Analysis(
      String formatVersion,
      String id,
      String title,
      String summary,
      List<String> analysts,
      List<Reference> references,
      AnalysisStatus status,
      SystemRecord system,
      List<Loss> losses,
      List<Hazard> hazards,
      List<Constraint> constraints,
      List<Event> timeline,
      ProcessAnalysis processAnalysis,
      List<Question> questions,
      List<ControlStructure> controlStructures,
      List<ComponentAnalysis> componentAnalyses,
      List<Flaw> flaws,
      List<Recommendation> recommendations,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {
    /** Keeps a map for unknown attributes even when there are none. */
    public Analysis {
      extensions = any(extensions);
    }
  }

  /** A reference. */
  public record Reference(
      ReferenceKind kind,
      String value,
      String title,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {
    /** Keeps a map for unknown attributes even when there are none. */
    public Reference {
      extensions = any(extensions);
    }
  }

  /** The analysed system. */
  public record SystemRecord(
      String name,
      String description,
      List<String> inside,
      List<String> environment,
      List<String> goals,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {
    /** Keeps a map for unknown attributes even when there are none. */
    public SystemRecord {
      extensions = any(extensions);
    }
  }

  /** A loss. */
  public record Loss(
      String id,
      String description,
      LossCategory category,
      List<String> stakeholders,
      String impact,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {
    /** Keeps a map for unknown attributes even when there are none. */
    public Loss {
      extensions = any(extensions);
    }
  }

  /** A hazard. */
  public record Hazard(
      String id,
      String description,
      List<String> losses,
      String parent,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {
    /** Keeps a map for unknown attributes even when there are none. */
    public Hazard {
      extensions = any(extensions);
    }
  }

  /** A safety constraint. */
  public record Constraint(
      String id,
      String text,
      ConstraintKind kind,
      List<String> hazards,
      String parent,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {
    /** Keeps a map for unknown attributes even when there are none. */
    public Constraint {
      extensions = any(extensions);
    }
  }

  /** A timeline event. */
  public record Event(
      String id,
      Instant time,
      TimePrecision timePrecision,
      Boolean approximate,
      String description,
      List<String> components,
      List<Evidence> evidence,
      List<String> questions,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {
    /** Keeps a map for unknown attributes even when there are none. */
    public Event {
      extensions = any(extensions);
    }
  }

  /** A piece of evidence. */
  public record Evidence(
      EvidenceKind kind,
      String source,
      String excerpt,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {
    /** Keeps a map for unknown attributes even when there are none. */
    public Evidence {
      extensions = any(extensions);
    }
  }

  /** The analysis of the physical or controlled process. */
  public record ProcessAnalysis(
      String summary,
      List<String> controls,
      List<String> failures,
      List<String> interactions,
      List<ContextFactor> contextFactors,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {
    /** Keeps a map for unknown attributes even when there are none. */
    public ProcessAnalysis {
      extensions = any(extensions);
    }
  }

  /** A context factor. */
  public record ContextFactor(
      ContextKind kind,
      String description,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {
    /** Keeps a map for unknown attributes even when there are none. */
    public ContextFactor {
      extensions = any(extensions);
    }
  }

  /** A question. */
  public record Question(
      String id,
      String text,
      CastStep step,
      String about,
      QuestionStatus status,
      String answer,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {
    /** Keeps a map for unknown attributes even when there are none. */
    public Question {
      extensions = any(extensions);
    }
  }

  /** A control structure. */
  public record ControlStructure(
      String id,
      StructureVariant variant,
      String name,
      String description,
      List<Component> components,
      List<Link> links,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {
    /** Keeps a map for unknown attributes even when there are none. */
    public ControlStructure {
      extensions = any(extensions);
    }
  }

  /** A component of a control structure. */
  public record Component(
      String id,
      String name,
      ComponentKind kind,
      Integer level,
      String parent,
      String description,
      List<Responsibility> responsibilities,
      List<Variable> processModel,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {
    /** Keeps a map for unknown attributes even when there are none. */
    public Component {
      extensions = any(extensions);
    }
  }

  /** A responsibility of a controller. */
  public record Responsibility(
      String id,
      String text,
      List<String> constraints,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {
    /** Keeps a map for unknown attributes even when there are none. */
    public Responsibility {
      extensions = any(extensions);
    }
  }

  /** A variable of a controller's process model. */
  public record Variable(
      String name,
      String description,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {
    /** Keeps a map for unknown attributes even when there are none. */
    public Variable {
      extensions = any(extensions);
    }
  }

  /** A control action, feedback, communication or coordination link. */
  public record Link(
      String id,
      LinkKind kind,
      String source,
      String target,
      String label,
      LinkStatus status,
      String description,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {
    /** Keeps a map for unknown attributes even when there are none. */
    public Link {
      extensions = any(extensions);
    }
  }

  /** The analysis of one component (step 3). */
  public record ComponentAnalysis(
      String component,
      String role,
      List<String> responsibilities,
      List<Contribution> contributions,
      List<ProcessModelFlaw> processModelFlaws,
      List<ContextFactor> contextFactors,
      List<String> questions,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {
    /** Keeps a map for unknown attributes even when there are none. */
    public ComponentAnalysis {
      extensions = any(extensions);
    }
  }

  /** A contribution of a component to the hazardous state. */
  public record Contribution(
      String id,
      ContributionKind kind,
      String description,
      String context,
      List<String> hazards,
      List<String> events,
      List<String> unmetResponsibilities,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {
    /** Keeps a map for unknown attributes even when there are none. */
    public Contribution {
      extensions = any(extensions);
    }
  }

  /** A flaw in a controller's process model. */
  public record ProcessModelFlaw(
      String id,
      String variable,
      String believed,
      String actual,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {
    /** Keeps a map for unknown attributes even when there are none. */
    public ProcessModelFlaw {
      extensions = any(extensions);
    }
  }

  /** A systemic flaw (step 4). */
  public record Flaw(
      String id,
      FlawCategory category,
      String description,
      List<String> components,
      List<String> links,
      List<Evidence> evidence,
      String noActionRationale,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {
    /** Keeps a map for unknown attributes even when there are none. */
    public Flaw {
      extensions = any(extensions);
    }
  }

  /** A recommendation (step 5). */
  public record Recommendation(
      String id,
      String text,
      List<String> flaws,
      List<String> contributions,
      List<String> links,
      List<String> components,
      Priority priority,
      Horizon horizon,
      String owner,
      LocalDate due,
      RecommendationStatus status,
      String rationale,
      String tracker,
      String verification,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {
    /** Keeps a map for unknown attributes even when there are none. */
    public Recommendation {
      extensions = any(extensions);
    }
  }
}
