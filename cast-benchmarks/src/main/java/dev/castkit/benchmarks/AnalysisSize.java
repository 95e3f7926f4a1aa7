package dev.castkit.benchmarks;

/**
 * The sizes the benchmarks run at. Each size is a number of "units": one team of a large
 * organisation, with its controllers, controlled process, links, timeline events, component
 * analyses, flaws and recommendations (about 42 elements per unit).
 */
public enum AnalysisSize {
  /**
   * About one real example analysis (the S3, Cloudflare and Facebook examples have 200 to 250
   * elements, 40 to 50 kB of JSON): a few hundred elements.
   */
  SMALL(6),
  /** A long incident in a big organisation: about 20,000 elements, several MB of JSON. */
  LARGE(480),
  /** Ten times {@link #LARGE}. */
  HUGE(4800);

  private final int units;

  AnalysisSize(int units) {
    this.units = units;
  }

  /**
   * The number of units (teams) of an analysis of this size.
   *
   * @return the number of units
   */
  public int units() {
    return units;
  }

  /**
   * The size named by a JMH parameter or a command-line argument, in any case.
   *
   * @param name {@code small}, {@code large} or {@code huge}
   * @return the size
   */
  public static AnalysisSize parse(String name) {
    return valueOf(name.toUpperCase(java.util.Locale.ROOT));
  }
}
