package dev.castkit.examples;

import dev.castkit.core.CastAnalysis;
import java.util.List;

/**
 * The example analyses of real, public outages, each written with the public model API only.
 *
 * <pre>{@code
 * for (CastAnalysis analysis : Examples.all()) {
 *   System.out.println(analysis.id() + ": " + analysis.title());
 * }
 * }</pre>
 */
public final class Examples {
  private Examples() {}

  /**
   * Returns the three example analyses, oldest outage first: {@link S3Outage2017}, {@link
   * Cloudflare2019} and {@link Facebook2021}.
   *
   * @return the analyses, newly built
   */
  public static List<CastAnalysis> all() {
    return List.of(S3Outage2017.analysis(), Cloudflare2019.analysis(), Facebook2021.analysis());
  }
}
