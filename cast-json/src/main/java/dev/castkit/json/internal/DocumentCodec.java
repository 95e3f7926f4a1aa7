package dev.castkit.json.internal;

import dev.castkit.core.CastAnalysis;

/**
 * Reads and writes whole documents on one version of Jackson: what {@code CastJson} asks of its
 * engine. Not API. {@link Codec} is the one on Jackson 2; cast-json-jackson3 has the one on Jackson
 * 3. Every method throws only {@link dev.castkit.json.CastJsonException}.
 */
public interface DocumentCodec {
  /** Makes the codec of a {@code CastJson}: JSON or YAML, pretty or compact, with its limits. */
  @FunctionalInterface
  interface Engine {
    /**
     * Makes a codec.
     *
     * @param yaml YAML rather than JSON
     * @param pretty indented JSON with a final line break
     * @param limits the read limits
     * @return the codec
     */
    DocumentCodec codec(boolean yaml, boolean pretty, Limits limits);
  }

  /** Reads a document held in a string. */
  CastAnalysis read(String document);

  /** Reads a JSON document held in bytes. */
  CastAnalysis read(byte[] document);

  /** Writes the analysis as UTF-8 bytes. */
  byte[] toBytes(CastAnalysis analysis);

  /** Writes the analysis as text. */
  String toText(CastAnalysis analysis);
}
