package dev.castkit.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/** Configured Jackson factories and the canonical pretty printer. Not API. */
final class Factories {
  private Factories() {}

  static StreamReadConstraints readConstraints(Limits limits) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        // CastReader checks the length of every string itself. Jackson's check also ran on the
        // buffer of a number being read, so a number longer than the string limit was reported as
        // STRING_TOO_LONG from text input and as NUMBER_TOO_LONG from bytes. The document limit
        // still bounds what is buffered.
        .maxStringLength(
            (int)
                Math.min(
                    Integer.MAX_VALUE,
                    Math.max(limits.maxStringLength(), limits.maxDocumentLength())))
        .maxNameLength(limits.maxStringLength())
        .maxNumberLength(limits.maxNumberLength())
        .maxDocumentLength(limits.maxDocumentLength())
        .build();
  }

  static StreamWriteConstraints writeConstraints(Limits limits) {
    return StreamWriteConstraints.builder().maxNestingDepth(limits.maxNestingDepth()).build();
  }

  static JsonFactory json(Limits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(readConstraints(limits))
        .streamWriteConstraints(writeConstraints(limits))
        // No STRICT_DUPLICATE_DETECTION: CastReader finds a key given twice itself (a bit per known
        // field, the map of extensions for the others), at the same place, and Jackson's detector
        // hashed every name of every object again (8 to 12% of reading).
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // Characters outside the BMP are written as UTF-8, not as escaped surrogate pairs.
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .build();
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
  static DefaultPrettyPrinter prettyPrinter() {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}
