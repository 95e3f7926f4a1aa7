package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.json.internal.Fields;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The model refuses an extension key equal to a field name (cast-core's {@code KnownFields}); the
 * writer knows the fields from {@link Fields}. The two lists must name the same fields, or a key
 * would pass {@code build()} and be refused only when written (or refused though it could be).
 */
class KnownFieldsTest {
  @Test
  void theModelRefusesExactlyTheFieldNamesTheFormatHas() throws ReflectiveOperationException {
    // cast-core does not export its internal package to this module's compiler; the tests run on
    // the class path, where it is readable
    Object known =
        Class.forName("dev.castkit.core.internal.KnownFields").getMethod("all").invoke(null);
    Map<String, Set<String>> format = new LinkedHashMap<>();
    for (Fields f : Fields.ALL) {
      format.put(f.type(), Set.copyOf(f.names()));
    }
    assertThat(known).isEqualTo(format);
  }
}
