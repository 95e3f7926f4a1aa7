package dev.castkit.benchmarks;

import dev.castkit.json.CastJson;

/** The castkit codec every benchmark and probe uses. */
public final class Codecs {
  private Codecs() {}

  /**
   * castkit's JSON codec with the default settings except two. Output is compact, as the baselines'
   * is (castkit's default is indented, which makes documents about 1.5 times larger); and the size
   * limits are raised so that the huge analysis (about 40 MB, 3 million values) is accepted. Limits
   * change no code path: the reader counts and compares the same way whatever they are.
   */
  public static final CastJson CASTKIT =
      CastJson.builder()
          .pretty(false)
          .maxDocumentLength(1L << 30)
          .maxValueCount(100_000_000L)
          .build();
}
