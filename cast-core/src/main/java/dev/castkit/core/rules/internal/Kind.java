package dev.castkit.core.rules.internal;

import dev.castkit.core.CastStep;

/** The kinds of element that have an id, with the words and step used in messages. Not API. */
public enum Kind {
  ANALYSIS("analysis", CastStep.ASSEMBLE_BASIC_INFORMATION),
  LOSS("loss", CastStep.ASSEMBLE_BASIC_INFORMATION),
  HAZARD("hazard", CastStep.ASSEMBLE_BASIC_INFORMATION),
  CONSTRAINT("safety constraint", CastStep.ASSEMBLE_BASIC_INFORMATION),
  EVENT("timeline event", CastStep.ASSEMBLE_BASIC_INFORMATION),
  QUESTION("question", CastStep.ASSEMBLE_BASIC_INFORMATION),
  CONTROL_STRUCTURE("control structure", CastStep.MODEL_CONTROL_STRUCTURE),
  COMPONENT("component", CastStep.MODEL_CONTROL_STRUCTURE),
  RESPONSIBILITY("responsibility", CastStep.MODEL_CONTROL_STRUCTURE),
  LINK("link", CastStep.MODEL_CONTROL_STRUCTURE),
  CONTRIBUTION("contribution", CastStep.ANALYZE_COMPONENTS),
  PROCESS_MODEL_FLAW("process model flaw", CastStep.ANALYZE_COMPONENTS),
  FLAW("flaw", CastStep.IDENTIFY_FLAWS),
  RECOMMENDATION("recommendation", CastStep.CREATE_IMPROVEMENT_PROGRAM);

  private final String noun;
  private final CastStep step;

  Kind(String noun, CastStep step) {
    this.noun = noun;
    this.step = step;
  }

  /** The kind in words, lower case: "safety constraint". */
  public String noun() {
    return noun;
  }

  /** The same with a capital, to start a sentence. */
  public String title() {
    return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
  }

  /** The step elements of this kind belong to (a question says its own). */
  public CastStep step() {
    return step;
  }

  /**
   * Whether elements of this kind may appear with the same id in several control structures, as the
   * same element (the structure as designed and as operating share ids to be compared).
   */
  public boolean sharedAcrossStructures() {
    return this == COMPONENT || this == RESPONSIBILITY || this == LINK;
  }
}
