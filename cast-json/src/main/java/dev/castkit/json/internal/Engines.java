package dev.castkit.json.internal;

import dev.castkit.json.CastJson;
import java.util.function.Function;

/**
 * How a binding outside this module (cast-json-jackson3) gets a {@link CastJson.Builder} whose
 * instances read and write through its own {@link DocumentCodec.Engine}. Not API: the package is
 * exported to that module only.
 */
public final class Engines {
  private Engines() {}

  private static volatile Function<DocumentCodec.Engine, CastJson.Builder> builders;

  /**
   * Called once, by {@code CastJson}'s class initialisation; later calls are ignored.
   *
   * @param factory makes a builder on an engine
   */
  public static synchronized void register(
      Function<DocumentCodec.Engine, CastJson.Builder> factory) {
    if (builders == null) {
      builders = factory;
    }
  }

  /**
   * A builder with the default settings of {@link CastJson#builder()}, on another engine.
   *
   * @param engine the engine
   * @return the builder
   */
  public static CastJson.Builder builder(DocumentCodec.Engine engine) {
    CastJson.builder(); // initialises CastJson, which registers
    return builders.apply(engine);
  }
}
