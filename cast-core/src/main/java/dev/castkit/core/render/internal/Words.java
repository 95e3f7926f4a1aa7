package dev.castkit.core.render.internal;

import dev.castkit.core.UnsafeControlActionType;
import java.util.Locale;

/** How enum constants read in a report or a diagram. Not API. */
public final class Words {
  private Words() {}

  /** {@code HUMAN_CONTROLLER} reads "human controller". */
  public static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** STPA's four types of unsafe control action, as STPA words them. */
  public static String of(UnsafeControlActionType type) {
    return switch (type) {
      case NOT_PROVIDED -> "not provided";
      case PROVIDED_UNSAFE -> "provided, causing a hazard";
      case WRONG_TIMING_OR_ORDER -> "too early, too late or out of order";
      case WRONG_DURATION -> "stopped too soon or applied too long";
    };
  }

  /** {@code SAFETY_CULTURE} reads "Safety culture". */
  public static String capitalized(Enum<?> value) {
    String words = of(value);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
