package dev.castkit.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Baseline (1): what a user writes instead of castkit. The {@link Records} are read and written by
 * Jackson data binding, set up the usual way: one shared {@code ObjectMapper}, the Java time module
 * with ISO-8601 strings, {@code null}s left out, and an {@code ObjectReader} and {@code
 * ObjectWriter} made once and reused (the fastest way to use data binding).
 */
public final class DataBindCodec {
  private final ObjectReader reader;
  private final ObjectWriter writer;

  /** Creates the codec and its mapper. */
  public DataBindCodec() {
    ObjectMapper mapper =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS))
            .build();
    this.reader = mapper.readerFor(Records.Analysis.class);
    this.writer = mapper.writerFor(Records.Analysis.class);
  }

  /**
   * Reads an analysis.
   *
   * @param json UTF-8 JSON
   * @return the records
   */
  public Records.Analysis read(byte[] json) {
    try {
      return reader.readValue(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes an analysis.
   *
   * @param analysis the records
   * @return UTF-8 JSON
   */
  public byte[] write(Records.Analysis analysis) {
    try {
      return writer.writeValueAsBytes(analysis);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
