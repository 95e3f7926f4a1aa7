package dev.castkit.core.internal;

import dev.castkit.core.internal.model.ElementType;
import dev.castkit.core.internal.model.Model;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The field names of each value type in the interchange format, which an extension key must not
 * take: an extension {@code "title"} on an analysis could not be written beside its title. Read
 * from the model's description ({@link Model}), so a new field is refused as a key with no change
 * here. Not API.
 */
public final class KnownFields {
  private KnownFields() {}

  /** Built on first use: the description refers to the entity types, whose build() calls here. */
  private static final class ByType {
    static final Map<String, Set<String>> MAP = build();

    private static Map<String, Set<String>> build() {
      Map<String, Set<String>> m = new HashMap<>();
      for (ElementType<?, ?> t : Model.ALL) {
        // Only the fields of 1.0: a key that names a field 1.1 added is a plain extension key
        // of a document written as 1.0 (writers refuse it in a document written as 1.1).
        Set<String> names = new java.util.HashSet<>();
        for (dev.castkit.core.internal.model.Field f : t.fields()) {
          if (f.since() == 0) {
            names.add(f.name());
          }
        }
        m.put(t.type().getSimpleName(), Set.copyOf(names));
      }
      return Map.copyOf(m);
    }
  }

  /**
   * The field names of a value type.
   *
   * @param type the simple name of the type, for example {@code "Loss"}
   * @return its field names; empty for a type without fields of its own
   */
  public static Set<String> of(String type) {
    return ByType.MAP.getOrDefault(type, Set.of());
  }

  /**
   * Every type and its field names.
   *
   * @return the names by type
   */
  public static Map<String, Set<String>> all() {
    return ByType.MAP;
  }
}
