package dev.castkit.json.jackson3;

import dev.castkit.json.CastJson;
import dev.castkit.json.internal.Engines;
import dev.castkit.json.jackson3.internal.Jackson3Codec;

/**
 * The CAST interchange format on Jackson 3 ({@code tools.jackson}): the entry point for
 * applications whose Jackson is 3 (Spring Boot 4). It gives ordinary {@link CastJson} instances,
 * with the same API, the same reader and writer, the same error codes, JSON pointers, lines,
 * columns and limits, and the same canonical bytes as {@link CastJson#standard()} on Jackson 2;
 * only the parser and generator underneath are Jackson 3's.
 *
 * <pre>{@code
 * CastJson json = CastJackson3.standard();
 * CastAnalysis analysis = json.read(Path.of("outage.cast.json"));
 * byte[] canonical = json.toBytes(analysis);
 * CastJson yaml = CastJackson3.yaml(); // needs tools.jackson.dataformat:jackson-dataformat-yaml
 * CastJson strict = CastJackson3.builder().maxDocumentLength(1 << 20).build();
 * }</pre>
 *
 * <p>For analyses inside a caller's own documents, {@link CastJackson3Module} plugs the same codec
 * into a {@code JsonMapper}.
 */
public final class CastJackson3 {
  private CastJackson3() {}

  /**
   * JSON, pretty, default limits: {@link CastJson#standard()} on Jackson 3.
   *
   * @return the shared instance
   */
  public static CastJson standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final CastJson INSTANCE = builder().build();
  }

  /**
   * YAML, default limits: {@link CastJson#yaml()} on Jackson 3.
   *
   * @return a YAML instance
   * @throws IllegalStateException when jackson-dataformat-yaml 3 is not on the class path
   */
  public static CastJson yaml() {
    return builder().format(CastJson.Format.YAML).build();
  }

  /**
   * A builder with the defaults of {@link CastJson#builder()}, whose instances run on Jackson 3
   * (and whose {@link CastJson#toBuilder()} stays on Jackson 3).
   *
   * @return a new builder
   */
  public static CastJson.Builder builder() {
    return Engines.builder(Jackson3Codec.ENGINE);
  }
}
