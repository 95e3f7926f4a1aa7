package dev.castkit.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.TSFBuilder;

/**
 * Configured Jackson factories, the same on every Jackson 2 line from 2.15 on ({@link
 * JacksonLine}). Not API.
 */
final class Factories {
  private Factories() {}

  /**
   * What Jackson may buffer of one string or name: castkit checks their lengths itself, so Jackson
   * is only held to the document limit.
   */
  static int bufferLimit(Limits limits) {
    return (int)
        Math.min(Integer.MAX_VALUE, Math.max(limits.maxStringLength(), limits.maxDocumentLength()));
  }

  static StreamReadConstraints readConstraints(Limits limits) {
    StreamReadConstraints.Builder b =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            // CastReader checks the length of every string and name itself. Jackson's check also
            // ran on the buffer of a number being read, so a number longer than the string limit
            // was reported as STRING_TOO_LONG from text input and as NUMBER_TOO_LONG from bytes.
            .maxStringLength(bufferLimit(limits))
            .maxNumberLength(limits.maxNumberLength());
    if (JacksonLine.WRITE_CONSTRAINTS_AND_NAME_LIMIT) {
      Since216.nameAndDocumentLimits(b, limits);
    }
    return b.build();
  }

  /** The write limits and features every factory shares, on every line that has them. */
  static void configure(TSFBuilder<?, ?> b, Limits limits) {
    b.streamReadConstraints(readConstraints(limits));
    b.disable(StreamReadFeature.AUTO_CLOSE_SOURCE);
    b.disable(StreamWriteFeature.AUTO_CLOSE_TARGET);
    if (JacksonLine.WRITE_CONSTRAINTS_AND_NAME_LIMIT) {
      Since216.writeConstraints(b, limits);
    }
  }

  static JsonFactory json(Limits limits) {
    TSFBuilder<?, ?> b = JsonFactory.builder();
    configure(b, limits);
    // No STRICT_DUPLICATE_DETECTION: CastReader finds a key given twice itself (a bit per known
    // field, the map of extensions for the others), at the same place, and Jackson's detector
    // hashed every name of every object again (8 to 12% of reading).
    if (JacksonLine.COMBINES_SURROGATES) {
      // Before 2.18, Codec.toBytes writes text and encodes it itself, to the same bytes.
      Since218.combineSurrogates(b);
    }
    return (JsonFactory) b.build();
  }

  /**
   * JSON without Jackson's shared table of field names: each name is decoded where it stands, so no
   * arrangement of names can overflow a table. Its byte parser decodes names leniently (an invalid
   * UTF-8 sequence becomes U+FFFD), so callers check the bytes first.
   */
  static JsonFactory jsonWithPlainNames(Limits limits) {
    return json(limits).rebuild().disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build();
  }

  /** Two-space indent, "\n" line ends on every platform, {@code "key": value}, {@code []}. */
  static CanonicalPrinter prettyPrinter() {
    return new CanonicalPrinter();
  }
}
