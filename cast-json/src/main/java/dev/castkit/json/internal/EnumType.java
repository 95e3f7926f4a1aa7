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
  private final E[] constants;
  private final char[][] names;

  EnumType(Class<E> type) {
    this.name = type.getSimpleName();
    E[] constants = type.getEnumConstants();
    this.byName = new HashMap<>(constants.length * 2);
    for (E e : constants) {
      byName.put(e.name(), e);
    }
    this.constants = constants;
    this.names = new char[constants.length][];
    for (int i = 0; i < constants.length; i++) {
      names[i] = constants[i].name().toCharArray();
    }
    this.allowed = Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
  }

  /** The constant, or null. */
  E get(String text) {
    return byName.get(text);
  }

  /**
   * The constant named by {@code chars[offset, offset + length)}, or null; a scan of the few names,
   * so that reading a value makes no string.
   */
  E get(char[] chars, int offset, int length) {
    for (int i = 0; i < names.length; i++) {
      char[] name = names[i];
      if (name.length == length && Arrays.equals(name, 0, length, chars, offset, offset + length)) {
        return constants[i];
      }
    }
    return null;
  }

  String name() {
    return name;
  }

  String allowed() {
    return allowed;
  }
}
