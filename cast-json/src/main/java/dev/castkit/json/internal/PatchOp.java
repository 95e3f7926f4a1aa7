package dev.castkit.json.internal;

import dev.castkit.json.CastJson;
import dev.castkit.json.CastJsonException;
import dev.castkit.json.CastJsonException.Code;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One operation of an RFC 6902 JSON Patch, read, written and applied to a {@link JsonTree}. Not
 * API. Immutable: the value it holds is copied into each document it is applied to.
 */
public final class PatchOp {
  /** The six operations of RFC 6902. */
  public enum Kind {
    /** Adds a member, inserts an array item, or replaces the whole document. */
    ADD,
    /** Removes a member or an array item. */
    REMOVE,
    /** Replaces a value that exists. */
    REPLACE,
    /** Removes the value at {@code from} and adds it at {@code path}. */
    MOVE,
    /** Adds a copy of the value at {@code from} at {@code path}. */
    COPY,
    /** Checks that the value at {@code path} equals the value given. */
    TEST;

    /** The name in a patch document: {@code "add"} and so on. */
    String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    boolean hasFrom() {
      return this == MOVE || this == COPY;
    }

    boolean hasValue() {
      return this == ADD || this == REPLACE || this == TEST;
    }
  }

  private final Kind kind;
  private final Pointer path;
  private final Pointer from;
  private final Object value;

  /** The line and column of its path, from and value where it was read; empty when made here. */
  private final Map<String, long[]> places;

  private PatchOp(Kind kind, Pointer path, Pointer from, Object value, Map<String, long[]> places) {
    this.kind = kind;
    this.path = path;
    this.from = from;
    this.value = value;
    this.places = places;
  }

  static PatchOp add(Pointer path, Object value) {
    return new PatchOp(Kind.ADD, path, null, JsonTree.copy(value), Map.of());
  }

  static PatchOp remove(Pointer path) {
    return new PatchOp(Kind.REMOVE, path, null, null, Map.of());
  }

  static PatchOp replace(Pointer path, Object value) {
    return new PatchOp(Kind.REPLACE, path, null, JsonTree.copy(value), Map.of());
  }

  static PatchOp move(Pointer from, Pointer path) {
    return new PatchOp(Kind.MOVE, path, from, null, Map.of());
  }

  /**
   * The operation.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Where it acts.
   *
   * @return the path
   */
  public Pointer path() {
    return path;
  }

  // -------------------------------------------------------------------- reading and writing

  /**
   * Reads an RFC 6902 document.
   *
   * @param json the document
   * @return its operations
   * @throws CastJsonException when it is not a JSON Patch, at the offending value
   */
  public static List<PatchOp> readAll(String json) {
    // where each operation and each of its members is, for the errors below and when applying
    Map<String, long[]> places = new HashMap<>();
    Object tree =
        JsonTree.parse(
            json,
            "JSON Patch",
            (value, pointer, line, column) -> {
              if (depth(pointer) <= 2) {
                places.put(pointer, new long[] {line, column});
              }
            });
    if (!(tree instanceof List<?> items)) {
      throw located(
          Code.WRONG_TYPE,
          "a JSON Patch is an array of operations; found " + JsonTree.typeOf(tree),
          "",
          places);
    }
    List<PatchOp> ops = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      ops.add(read(items.get(i), "/" + i, places));
    }
    return List.copyOf(ops);
  }

  private static int depth(String pointer) {
    int n = 0;
    for (int i = 0; i < pointer.length() && n <= 2; i++) {
      if (pointer.charAt(i) == '/') {
        n++;
      }
    }
    return n;
  }

  @SuppressWarnings("unchecked")
  private static PatchOp read(Object item, String at, Map<String, long[]> places) {
    if (!(item instanceof Map<?, ?>)) {
      throw located(
          Code.WRONG_TYPE, "an operation is an object; found " + JsonTree.typeOf(item), at, places);
    }
    Map<String, Object> members = (Map<String, Object>) item;
    String opName = text(members, "op", at, places);
    Kind kind = null;
    for (Kind k : Kind.values()) {
      if (k.jsonName().equals(opName)) {
        kind = k;
      }
    }
    if (kind == null) {
      throw located(
          Code.UNKNOWN_ENUM_VALUE,
          "unknown operation \""
              + CastReader.abbreviate(opName)
              + "\"; expected one of add, remove, replace, move, copy, test",
          at + "/op",
          places);
    }
    Pointer path = pointer(members, "path", at, places);
    Pointer from = kind.hasFrom() ? pointer(members, "from", at, places) : null;
    Object value = null;
    if (kind.hasValue()) {
      if (!members.containsKey("value")) {
        throw located(
            Code.MISSING_FIELD,
            "the operation " + kind.jsonName() + " needs a \"value\"",
            at,
            places);
      }
      value = members.get("value");
    }
    if (kind == Kind.MOVE && path.isStrictlyInside(from)) {
      throw located(
          Code.INVALID_VALUE,
          "a value cannot be moved into itself: \"" + path + "\" is inside \"" + from + "\"",
          at + "/path",
          places);
    }
    Map<String, long[]> own = new HashMap<>();
    for (String member : List.of("path", "from", "value")) {
      long[] place = places.get(at + "/" + member);
      if (place != null) {
        own.put(member, place);
      }
    }
    // members other than op, path, from and value are ignored, as RFC 6902 says
    return new PatchOp(kind, path, from, value, Map.copyOf(own));
  }

  private static String text(
      Map<String, Object> members, String name, String at, Map<String, long[]> places) {
    Object v = members.get(name);
    if (v == null) {
      throw located(Code.MISSING_FIELD, "an operation needs \"" + name + "\"", at, places);
    }
    if (!(v instanceof String s)) {
      throw located(
          Code.WRONG_TYPE,
          "\"" + name + "\" is a string; found " + JsonTree.typeOf(v),
          at + "/" + name,
          places);
    }
    return s;
  }

  private static Pointer pointer(
      Map<String, Object> members, String name, String at, Map<String, long[]> places) {
    String text = text(members, name, at, places);
    try {
      return Pointer.parse(text);
    } catch (IllegalArgumentException e) {
      throw located(Code.INVALID_VALUE, e.getMessage(), at + "/" + name, places);
    }
  }

  private static CastJsonException located(
      Code code, String detail, String at, Map<String, long[]> places) {
    long[] place = places.getOrDefault(at, new long[] {-1, -1});
    return new CastJsonException(code, detail, at, (int) place[0], (int) place[1], null);
  }

  /**
   * The operation as a JSON object: op, from, path, value.
   *
   * @return the tree
   */
  public Map<String, Object> toTree() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("op", kind.jsonName());
    if (from != null) {
      tree.put("from", from.toString());
    }
    tree.put("path", path.toString());
    if (value != null) {
      tree.put("value", value);
    }
    return tree;
  }

  // -------------------------------------------------------------------- applying

  /** Why an operation cannot be applied, before it is placed. */
  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final Code code;
    final String member;

    Failure(Code code, String member, String detail) {
      super(detail, null, false, false);
      this.code = code;
      this.member = member;
    }
  }

  /**
   * Applies operations in order to a document, changing it.
   *
   * @param operations the operations
   * @param root the document, which the caller owns
   * @return the document (a new one when an operation replaced the whole document)
   * @throws CastJsonException when an operation cannot be applied, or would make the document
   *     deeper than {@link JsonTree#MAX_DEPTH} or copy more than the value limit in all
   */
  public static Object applyAll(List<PatchOp> operations, Object root) {
    // copies are the one way a patch can make a document larger than itself and the patch
    long[] copyBudget = {CastJson.DEFAULT_MAX_VALUE_COUNT};
    Object document = root;
    for (int i = 0; i < operations.size(); i++) {
      document = operations.get(i).applyTo(document, i, copyBudget);
    }
    return document;
  }

  private Object applyTo(Object root, int index, long[] copyBudget) {
    try {
      return switch (kind) {
        case ADD -> add(root, path, JsonTree.copy(value), "path");
        case REMOVE -> {
          remove(root, path, "path");
          yield root;
        }
        case REPLACE -> {
          if (path.tokens().isEmpty()) {
            yield JsonTree.copy(value);
          }
          get(root, path, "path");
          yield set(root, path, JsonTree.copy(value));
        }
        case MOVE -> {
          Object moved = get(root, from, "from");
          if (from.equals(path)) {
            yield root;
          }
          remove(root, from, "from");
          yield add(root, path, moved, "path");
        }
        case COPY -> {
          Object copied = get(root, from, "from");
          copyBudget[0] -= JsonTree.count(copied, copyBudget[0] + 1);
          if (copyBudget[0] < 0) {
            throw new Failure(
                Code.TOO_MANY_VALUES,
                "from",
                "the patch copies more than "
                    + CastJson.DEFAULT_MAX_VALUE_COUNT
                    + " values in all");
          }
          yield add(root, path, JsonTree.copy(copied), "path");
        }
        case TEST -> {
          Object found = get(root, path, "path");
          if (!JsonTree.sameValue(found, value)) {
            throw new Failure(
                Code.PATCH_TEST_FAILED,
                "value",
                "the value at \""
                    + path
                    + "\" is "
                    + abbreviated(found)
                    + ", not "
                    + abbreviated(value));
          }
          yield root;
        }
      };
    } catch (Failure f) {
      throw new CastJsonException(
          f.code,
          "operation "
              + index
              + " ("
              + kind.jsonName()
              + (from == null ? "" : " from \"" + CastReader.abbreviate(from.toString()) + "\"")
              + " at \""
              + CastReader.abbreviate(path.toString())
              + "\") cannot be applied: "
              + f.getMessage(),
          "/" + index + "/" + f.member,
          (int) places.getOrDefault(f.member, NOWHERE)[0],
          (int) places.getOrDefault(f.member, NOWHERE)[1],
          null);
    }
  }

  private static final long[] NOWHERE = {-1, -1};

  private static String abbreviated(Object value) {
    String json = JsonTree.write(value).strip();
    return json.length() <= 80 ? json : json.substring(0, 77) + "...";
  }

  /** The value a pointer names, which must exist. */
  @SuppressWarnings("unchecked")
  private static Object get(Object root, Pointer pointer, String member) {
    Object at = root;
    List<String> tokens = pointer.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (at instanceof Map<?, ?> map) {
        if (!map.containsKey(token)) {
          throw new Failure(
              Code.PATCH_TARGET_NOT_FOUND,
              member,
              "\""
                  + pointer.prefix(i + 1)
                  + "\" names no value: the object has no \""
                  + token
                  + "\"");
        }
        at = map.get(token);
      } else if (at instanceof List<?> list) {
        at = list.get(index(list, token, false, pointer, i + 1, member));
      } else {
        throw new Failure(
            Code.PATCH_TARGET_NOT_FOUND,
            member,
            "\"" + pointer.prefix(i) + "\" is " + JsonTree.typeOf(at) + ", not an object or array");
      }
    }
    return at;
  }

  /** The container holding a pointer's last token, which must exist. */
  private static Object parent(Object root, Pointer pointer, String member) {
    Pointer parent = parentOf(pointer);
    Object container = get(root, parent, member);
    if (!(container instanceof Map) && !(container instanceof List)) {
      throw new Failure(
          Code.PATCH_TARGET_NOT_FOUND,
          member,
          "\"" + parent + "\" is " + JsonTree.typeOf(container) + ", not an object or array");
    }
    return container;
  }

  /**
   * The index a token names in a list; the item is the first {@code length} tokens of a pointer.
   */
  private static int index(
      List<?> list, String token, boolean adding, Pointer pointer, int length, String member) {
    int max = adding ? list.size() : list.size() - 1;
    if (adding && token.equals("-")) {
      return list.size();
    }
    boolean digits =
        !token.isEmpty()
            && token.length() <= 9
            && token.chars().allMatch(c -> c >= '0' && c <= '9')
            && (token.length() == 1 || token.charAt(0) != '0');
    int index = digits ? Integer.parseInt(token) : -1;
    if (index < 0 || index > max) {
      throw new Failure(
          Code.PATCH_TARGET_NOT_FOUND,
          member,
          "\""
              + pointer.prefix(length)
              + "\" names no "
              + (adding ? "place" : "item")
              + ": the array has "
              + list.size()
              + (list.size() == 1 ? " item" : " items")
              + (digits || token.equals("-") ? "" : " and \"" + token + "\" is not an index"));
    }
    return index;
  }

  /** Keeps every document no deeper than a reader reads at most, so no walk can overflow. */
  private static void checkDepth(Pointer pointer, Object value, String member) {
    if (pointer.tokens().size() + JsonTree.depth(value) > JsonTree.MAX_DEPTH) {
      throw new Failure(
          Code.NESTING_TOO_DEEP,
          member,
          "the document would nest objects and arrays deeper than " + JsonTree.MAX_DEPTH);
    }
  }

  @SuppressWarnings("unchecked")
  private static Object add(Object root, Pointer pointer, Object value, String member) {
    checkDepth(pointer, value, member);
    if (pointer.tokens().isEmpty()) {
      return value;
    }
    Object container = parent(root, pointer, member);
    String last = pointer.tokens().get(pointer.tokens().size() - 1);
    if (container instanceof Map<?, ?> map) {
      ((Map<String, Object>) map).put(last, value);
    } else {
      List<Object> list = (List<Object>) container;
      list.add(index(list, last, true, pointer, pointer.tokens().size(), member), value);
    }
    return root;
  }

  @SuppressWarnings("unchecked")
  private static Object set(Object root, Pointer pointer, Object value) {
    checkDepth(pointer, value, "path");
    Object container = parent(root, pointer, "path");
    String last = pointer.tokens().get(pointer.tokens().size() - 1);
    if (container instanceof Map<?, ?> map) {
      ((Map<String, Object>) map).put(last, value);
    } else {
      List<Object> list = (List<Object>) container;
      list.set(index(list, last, false, pointer, pointer.tokens().size(), "path"), value);
    }
    return root;
  }

  private static void remove(Object root, Pointer pointer, String member) {
    if (pointer.tokens().isEmpty()) {
      throw new Failure(
          Code.PATCH_TARGET_NOT_FOUND, member, "the whole document cannot be removed");
    }
    get(root, pointer, member);
    Object container = parent(root, pointer, member);
    String last = pointer.tokens().get(pointer.tokens().size() - 1);
    if (container instanceof Map<?, ?> map) {
      map.remove(last);
    } else {
      List<?> list = (List<?>) container;
      list.remove(index(list, last, false, pointer, pointer.tokens().size(), member));
    }
  }

  private static Pointer parentOf(Pointer pointer) {
    return pointer.prefix(pointer.tokens().size() - 1);
  }

  // -------------------------------------------------------------------- value semantics

  /** Equal when the operation, pointers and value are; where it was read does not count. */
  @Override
  public boolean equals(Object o) {
    return o instanceof PatchOp p
        && p.kind == kind
        && p.path.equals(path)
        && Objects.equals(p.from, from)
        && Objects.equals(p.value, value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, path, from, value);
  }

  @Override
  public String toString() {
    return JsonTree.write(toTree()).strip();
  }
}
