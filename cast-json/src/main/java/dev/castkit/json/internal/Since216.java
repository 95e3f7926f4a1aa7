package dev.castkit.json.internal;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.TSFBuilder;

/**
 * The calls that need Jackson 2.16. Called only when {@link
 * JacksonLine#WRITE_CONSTRAINTS_AND_NAME_LIMIT} says the line has them. Not API.
 */
final class Since216 {
  private Since216() {}

  /**
   * Names and documents: as long as castkit's own checks allow. The reader checks the length of
   * every name itself, and the facade the size of every document before it is parsed, on every
   * line; Jackson's checks (a default of 50,000 characters for names from 2.16 on) must not refuse
   * earlier or elsewhere, or 2.15 and 2.16 would report the same input differently.
   */
  static void nameAndDocumentLimits(StreamReadConstraints.Builder b, Limits limits) {
    b.maxNameLength(Factories.bufferLimit(limits)).maxDocumentLength(limits.maxDocumentLength());
  }

  /** The nesting depth of what is written (Jackson's default is 1,000 from 2.16 on). */
  static void writeConstraints(TSFBuilder<?, ?> b, Limits limits) {
    b.streamWriteConstraints(
        StreamWriteConstraints.builder().maxNestingDepth(limits.maxNestingDepth()).build());
  }
}
