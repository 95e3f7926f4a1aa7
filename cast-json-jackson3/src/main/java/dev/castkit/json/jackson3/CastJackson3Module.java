package dev.castkit.json.jackson3;

import dev.castkit.core.CastAnalysis;
import dev.castkit.json.CastJson;
import dev.castkit.json.CastJsonException;
import dev.castkit.json.internal.Limits;
import dev.castkit.json.jackson3.internal.Jackson3Tokens;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A Jackson 3 databind module that reads and writes {@link CastAnalysis} values in the CAST
 * interchange format inside a caller's own documents: the Jackson 3 counterpart of {@link
 * dev.castkit.json.CastJsonModule}. Needs {@code tools.jackson.core:jackson-databind} 3.
 *
 * <p>Jackson's module discovery finds it (it is listed in {@code
 * META-INF/services/tools.jackson.databind.JacksonModule} and provided by this module's {@code
 * module-info}), so either line works:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
 * JsonMapper mapper = JsonMapper.builder().addModule(new CastJackson3Module()).build();
 * record Incident(String ticket, CastAnalysis analysis) {}
 * Incident back = mapper.readValue(json, Incident.class);
 * }</pre>
 *
 * <p>An embedded analysis is a complete CAST document written in the canonical field order, and is
 * read as strictly as by {@link CastJson}, with its default nesting and value-count limits counted
 * from the analysis object. A failure surfaces as Jackson's {@link DatabindException} whose cause
 * is a {@link CastJsonException}, whose pointer, line and column are those of the offending value
 * in the whole document.
 */
// databind is optional ("requires static"): only callers who use this class need it
@SuppressWarnings("exports")
public final class CastJackson3Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public CastJackson3Module() {
    super("castkit-json-jackson3", Version.unknownVersion());
    addSerializer(CastAnalysis.class, new AnalysisSerializer());
    addDeserializer(CastAnalysis.class, new AnalysisDeserializer());
  }

  private static final class AnalysisSerializer extends StdSerializer<CastAnalysis> {
    AnalysisSerializer() {
      super(CastAnalysis.class);
    }

    @Override
    public void serialize(CastAnalysis value, JsonGenerator gen, SerializationContext context) {
      try {
        Jackson3Tokens.castWriter(gen, Limits.DEFAULT.maxNestingDepth()).write(value);
      } catch (CastJsonException e) {
        throw DatabindException.from(context, e.getMessage(), e);
      } catch (java.io.IOException e) {
        throw DatabindException.from(context, "cannot write the analysis: " + e, e);
      }
    }
  }

  private static final class AnalysisDeserializer extends StdDeserializer<CastAnalysis> {
    AnalysisDeserializer() {
      super(CastAnalysis.class);
    }

    @Override
    public CastAnalysis deserialize(JsonParser p, DeserializationContext context) {
      try {
        return Jackson3Tokens.castReader(p, Limits.DEFAULT, 0).readValue();
      } catch (CastJsonException e) {
        throw DatabindException.from(p, e.getMessage(), e);
      } catch (java.io.IOException e) {
        throw DatabindException.from(p, "cannot read the analysis: " + e, e);
      }
    }
  }
}
