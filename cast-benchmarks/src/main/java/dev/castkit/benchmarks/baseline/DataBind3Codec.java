package dev.castkit.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson 3 data binding of the same records as {@link DataBindCodec}: the baseline castkit on
 * Jackson 3 is compared with. Jackson 3 reads and writes java.time values itself, as ISO strings.
 */
public final class DataBind3Codec {
  private final ObjectReader reader;
  private final ObjectWriter writer;

  public DataBind3Codec() {
    JsonMapper mapper =
        JsonMapper.builder()
            .changeDefaultPropertyInclusion(
                v ->
                    JsonInclude.Value.construct(
                        JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS))
            .build();
    this.reader = mapper.readerFor(Records.Analysis.class);
    this.writer = mapper.writerFor(Records.Analysis.class);
  }

  public Records.Analysis read(byte[] json) {
    return reader.readValue(json);
  }

  public byte[] write(Records.Analysis analysis) {
    return writer.writeValueAsBytes(analysis);
  }
}
