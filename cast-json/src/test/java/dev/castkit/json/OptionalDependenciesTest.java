package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import dev.castkit.core.CastAnalysis;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/**
 * JSON works with jackson-core alone: neither jackson-databind nor jackson-dataformat-yaml is
 * loaded unless used, and asking for YAML without it says what is missing.
 */
class OptionalDependenciesTest {

  private static URL locationOf(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }

  @Test
  void jsonNeedsOnlyJacksonCore() throws Exception {
    URL[] classPath = {
      locationOf(CastJson.class), locationOf(CastAnalysis.class), locationOf(JsonFactory.class)
    };
    try (URLClassLoader isolated =
        new URLClassLoader(classPath, ClassLoader.getPlatformClassLoader())) {
      assertThat(isolated.getResource("com/fasterxml/jackson/databind/ObjectMapper.class"))
          .isNull();
      assertThat(isolated.getResource("com/fasterxml/jackson/dataformat/yaml/YAMLFactory.class"))
          .isNull();

      Class<?> castJson = isolated.loadClass(CastJson.class.getName());
      Object standard = castJson.getMethod("standard").invoke(null);
      Method read = castJson.getMethod("read", String.class);
      Object analysis =
          read.invoke(
              standard, "{\"formatVersion\":\"1.0\",\"id\":\"CAST-1\",\"title\":\"t\",\"x\":[1]}");
      Method write = castJson.getMethod("write", isolated.loadClass(CastAnalysis.class.getName()));
      assertThat((String) write.invoke(standard, analysis))
          .isEqualTo(
              "{\n  \"formatVersion\": \"1.0\",\n  \"id\": \"CAST-1\",\n  \"title\": \"t\",\n  \"x\": [\n    1\n  ]\n}\n");

      InvocationTargetException e =
          org.assertj.core.api.Assertions.catchThrowableOfType(
              InvocationTargetException.class, () -> castJson.getMethod("yaml").invoke(null));
      assertThat(e.getCause())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("jackson-dataformat-yaml");
    }
  }
}
