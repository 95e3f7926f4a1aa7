package dev.castkit.json.internal;

import com.fasterxml.jackson.core.TSFBuilder;
import com.fasterxml.jackson.core.json.JsonWriteFeature;

/**
 * The calls that need Jackson 2.18. Called only when {@link JacksonLine#COMBINES_SURROGATES} says
 * the line has them. Not API.
 */
final class Since218 {
  private Since218() {}

  /** Characters outside the BMP are written as UTF-8, not as escaped surrogate pairs. */
  static void combineSurrogates(TSFBuilder<?, ?> b) {
    b.enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
  }
}
