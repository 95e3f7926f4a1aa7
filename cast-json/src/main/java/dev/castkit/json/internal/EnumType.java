package dev.castkit.json.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Looks up the constants of one enum by name and lists them in errors. Not API. */
final class EnumType<E extends Enum<E>> {
  private final String name;
  private final Map<String, E> byName;
  private final String allowed;

  EnumType(Class<E> type) {
    this.name = type.getSimpleName();
    E[] constants = type.getEnumConstants();
    this.byName = new HashMap<>(constants.length * 2);
    for (E e : constants) {
      byName.put(e.name(), e);
    }
    this.allowed = Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
  }

  /** The constant, or null. */
  E get(String text) {
    return byName.get(text);
  }

  String name() {
    return name;
  }

  String allowed() {
    return allowed;
  }
}
