package dev.castkit.json.internal;

import com.fasterxml.jackson.core.JsonLocation;

/**
 * A YAML number whose value readers disagree on ({@code 010}), met where a number is read. Thrown
 * through the parser's number accessors, unchecked so that nothing on the way mistakes it for an
 * unreadable number; {@link Codec} turns it into a located {@code INVALID_VALUE}. Not API.
 */
final class YamlNumberException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient JsonLocation location;

  YamlNumberException(String message, JsonLocation location) {
    super(message, null, false, false);
    this.location = location;
  }

  /** Where the number starts. */
  JsonLocation location() {
    return location;
  }
}
