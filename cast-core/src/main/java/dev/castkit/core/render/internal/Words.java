package dev.castkit.core.render.internal;

import java.util.Locale;

/** How enum constants read in a report or a diagram. Not API. */
public final class Words {
  private Words() {}

  /** {@code HUMAN_CONTROLLER} reads "human controller". */
  public static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** {@code SAFETY_CULTURE} reads "Safety culture". */
  public static String capitalized(Enum<?> value) {
    String words = of(value);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
