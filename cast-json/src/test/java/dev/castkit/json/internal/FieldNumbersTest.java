package dev.castkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.core.internal.model.ElementType;
import dev.castkit.core.internal.model.Field;
import dev.castkit.core.internal.model.Model;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The writer writes the model's field names from a table indexed by {@link Field#number()} (each
 * binding encodes them once): every field has its own number and its own name under it.
 */
class FieldNumbersTest {

  @Test
  void everyFieldOfTheModelHasItsOwnNumberAndItsNameUnderIt() {
    Set<Integer> numbers = new HashSet<>();
    int next = 0;
    for (ElementType<?, ?> type : Model.ALL) {
      for (Field f : type.fields()) {
        assertThat(f.number()).as("%s", f).isEqualTo(next++);
        assertThat(numbers.add(f.number())).isTrue();
        assertThat(TokenWriter.MODEL_NAMES.get(f.number())).as("%s", f).isEqualTo(f.name());
      }
    }
    assertThat(Model.FIELD_COUNT).isEqualTo(next);
    assertThat(TokenWriter.MODEL_NAMES).hasSize(next);
  }
}
