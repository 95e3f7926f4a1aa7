package dev.castkit.examples;

import dev.castkit.core.CastAnalysis;
import dev.castkit.json.CastJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The example analyses of real, public outages. Each is a YAML file in this package ({@code
 * dev/castkit/examples/CAST-2017-02-28-S3.cast.yaml} and so on, in the jar and in {@code
 * cast-examples/src/main/resources}), written as a person writes an analysis by hand and read here
 * through {@link CastJson#yaml()}: the files are the single source of the examples, and every test
 * and the demo read them. {@link BuilderExample} shows the same model built with the Java API.
 *
 * <pre>{@code
 * for (CastAnalysis analysis : Examples.all()) {
 *   System.out.println(analysis.id() + ": " + analysis.title());
 * }
 * }</pre>
 */
public final class Examples {
  private Examples() {}

  /** The class-path resources of the examples, oldest outage first. */
  public static final List<String> RESOURCES =
      List.of(
          "dev/castkit/examples/CAST-2017-02-28-S3.cast.yaml",
          "dev/castkit/examples/CAST-2019-07-02-CLOUDFLARE.cast.yaml",
          "dev/castkit/examples/CAST-2021-10-04-FACEBOOK.cast.yaml");

  /**
   * The class-path resource of the first draft of the S3 example: what an analyst could know and
   * write on 1 March 2017, the day after the outage and before AWS published its summary. It has
   * the id of {@code CAST-2017-02-28-S3} and is its revision 1; the example in {@link #all()} is
   * revision 2. It is not one of {@link #all()}: it shows how an analysis is revised.
   *
   * <pre>{@code
   * CastAnalysis draft = Examples.read(Examples.S3_FIRST_DRAFT);
   * CastAnalysis revised = Examples.all().get(0);
   * System.out.print(ChangeSummary.text(AnalysisDiff.between(draft, revised)));
   * }</pre>
   */
  public static final String S3_FIRST_DRAFT =
      "dev/castkit/examples/revisions/CAST-2017-02-28-S3.2017-03-01.cast.yaml";

  /**
   * Returns the three example analyses, oldest outage first: the Amazon S3 disruption of 28
   * February 2017, the Cloudflare outage of 2 July 2019 and the Facebook outage of 4 October 2021.
   *
   * @return the analyses, read once and shared (they are immutable)
   * @throws IllegalStateException when a file is missing from the class path
   * @throws dev.castkit.json.CastJsonException when a file does not read as an analysis
   */
  public static List<CastAnalysis> all() {
    return Loaded.ALL;
  }

  /**
   * Reads one example file from the class path.
   *
   * @param resource the resource name, one of {@link #RESOURCES} or {@link #S3_FIRST_DRAFT}
   * @return the analysis
   * @throws IllegalStateException when the resource is missing
   * @throws dev.castkit.json.CastJsonException when it does not read as an analysis
   */
  public static CastAnalysis read(String resource) {
    try (InputStream in = Examples.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("example " + resource + " is not on the class path");
      }
      return CastJson.yaml().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read example " + resource, e);
    }
  }

  /** Read on first use, so that a class that only names {@link Examples} costs nothing. */
  private static final class Loaded {
    static final List<CastAnalysis> ALL = RESOURCES.stream().map(Examples::read).toList();
  }
}
