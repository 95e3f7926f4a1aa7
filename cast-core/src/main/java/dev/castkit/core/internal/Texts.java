package dev.castkit.core.internal;

/** Small text helpers for messages. Not API. */
public final class Texts {
  private Texts() {}

  /** Shortens a value for an error message, so a huge input never makes a huge message. */
  public static String abbreviate(String value) {
    return value.length() <= 60 ? value : value.substring(0, 57) + "...";
  }
}
