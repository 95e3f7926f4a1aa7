package dev.castkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.castkit.core.CastAnalysis;
import dev.castkit.json.internal.Jackson2Tokens;
import dev.castkit.json.internal.JacksonLine;
import dev.castkit.json.internal.Limits;
import java.io.IOException;

/**
 * A Jackson databind module that reads and writes {@link CastAnalysis} values in the CAST
 * interchange format, so that analyses can sit inside a caller's own documents. Needs {@code
 * com.fasterxml.jackson.core:jackson-databind} (an optional dependency of this library).
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new CastJsonModule());
 * record Incident(String ticket, CastAnalysis analysis) {}
 * String json = mapper.writeValueAsString(new Incident("INC-42", analysis));
 * Incident back = mapper.readValue(json, Incident.class);
 * }</pre>
 *
 * <p>An embedded analysis is a complete CAST document, {@code formatVersion} included, written in
 * the same canonical field order as by {@link CastJson} (the mapper's own pretty printer decides
 * the layout). Reading is as strict and as tolerant as {@link CastJson}, with its default nesting
 * and value-count limits counted from the analysis object; the other limits are the mapper's. A
 * failure surfaces as Jackson's {@link JsonMappingException} whose cause is a {@link
 * CastJsonException}, whose pointer is the path of the offending value in the whole document.
 */
// databind is optional ("requires static"): only callers who use this class need it
@SuppressWarnings("exports")
public final class CastJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the module.
   *
   * @throws IllegalStateException when jackson-core or jackson-databind is older than 2.15 (the
   *     message names the version found)
   */
  public CastJsonModule() {
    super("castkit-json", Version.unknownVersion());
    JacksonLine.requireCore();
    JacksonLine.require(
        "com.fasterxml.jackson.core:jackson-databind",
        com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
    addSerializer(CastAnalysis.class, new AnalysisSerializer());
    addDeserializer(CastAnalysis.class, new AnalysisDeserializer());
  }

  private static final class AnalysisSerializer extends StdSerializer<CastAnalysis> {
    private static final long serialVersionUID = 1L;

    AnalysisSerializer() {
      super(CastAnalysis.class);
    }

    @Override
    public void serialize(CastAnalysis value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      try {
        Jackson2Tokens.castWriter(gen, Limits.DEFAULT.maxNestingDepth()).write(value);
      } catch (CastJsonException e) {
        throw JsonMappingException.from(provider, e.getMessage(), e);
      }
    }
  }

  private static final class AnalysisDeserializer extends StdDeserializer<CastAnalysis> {
    private static final long serialVersionUID = 1L;

    AnalysisDeserializer() {
      super(CastAnalysis.class);
    }

    @Override
    public CastAnalysis deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        return Jackson2Tokens.castReader(p, Limits.DEFAULT).readValue();
      } catch (CastJsonException e) {
        throw JsonMappingException.from(p, e.getMessage(), e);
      }
    }
  }
}
