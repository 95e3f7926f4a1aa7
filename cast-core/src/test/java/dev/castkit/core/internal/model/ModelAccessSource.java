package dev.castkit.core.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Writes the source of {@link ModelAccess} from the description in {@link Model}: for each type, a
 * class whose {@code get} and {@code set} switch on the field's index and call the entity's
 * accessor and the builder's setter (or adder, for a list or set) by their conventional names.
 * {@code ModelAccessSourceTest} checks that the committed file is this output.
 */
final class ModelAccessSource {
  private ModelAccessSource() {}

  /** The Java source of ModelAccess. */
  static String generate() {
    List<ElementType<?, ?>> types = new ArrayList<>(Model.ALL);
    types.sort(java.util.Comparator.comparing(ElementType::name));
    TreeSet<String> imports = new TreeSet<>();
    imports.add("dev.castkit.core.ExtensionValue");
    imports.add("java.util.List");
    imports.add("java.util.Map");
    StringBuilder classes = new StringBuilder();
    StringBuilder cases = new StringBuilder();
    for (ElementType<?, ?> type : types) {
      imports.add(type.type().getName());
      String t = type.type().getSimpleName();
      String b = t + ".Builder";
      String access = t + "Access";
      cases.append("      case \"").append(type.type().getName()).append("\":\n");
      cases
          .append("        return Access.checked(type, fields, List.of(")
          .append(quotedNames(type))
          .append("), new ")
          .append(access)
          .append("());\n");
      classes
          .append("\n  private static final class ")
          .append(access)
          .append(" extends Access {\n");
      classes.append("    @Override\n    public Object newBuilder() {\n");
      classes.append("      return ").append(t).append(".builder();\n    }\n\n");
      classes.append("    @Override\n    public Object build(Object builder) {\n");
      classes.append("      return ((").append(b).append(") builder).build();\n    }\n\n");
      classes.append("    @Override\n    public Object get(Object element, int field) {\n");
      classes.append("      ").append(t).append(" e = (").append(t).append(") element;\n");
      classes.append("      switch (field) {\n");
      for (Field f : type.fields()) {
        classes.append("        case ").append(f.index()).append(": return ");
        classes.append(getter(f, imports)).append(";\n");
      }
      classes.append("        default: throw Access.noField(this, field);\n      }\n    }\n\n");
      classes.append(
          "    @Override\n    public void set(Object builder, int field, Object value) {\n");
      classes.append("      ").append(b).append(" b = (").append(b).append(") builder;\n");
      classes.append("      switch (field) {\n");
      for (Field f : type.fields()) {
        if (!f.isSettable()) {
          continue;
        }
        String valueType = valueType(f, imports);
        classes.append("        case ").append(f.index()).append(": b.").append(setter(f));
        classes.append("((").append(valueType).append(") value); return;\n");
      }
      classes.append("        default: throw Access.noField(this, field);\n      }\n    }\n\n");
      classes.append(
          "    @Override\n    public Map<String, ExtensionValue> extensions(Object element) {\n");
      classes.append("      return ((").append(t).append(") element).extensions();\n    }\n\n");
      classes.append(
          "    @Override\n    public void setExtensions(Object builder, Map<String, ExtensionValue> extensions) {\n");
      classes.append("      ((").append(b).append(") builder).extensions(extensions);\n    }\n");
      for (Field f : type.fields()) {
        if (f.kind() == ValueKind.TIME) {
          imports.add("dev.castkit.core.EventTime");
          classes.append(
              "\n    @Override\n    public void setTime(Object builder, EventTime time) {\n");
          classes
              .append("      ((")
              .append(b)
              .append(") builder).")
              .append(f.name())
              .append("(time);\n    }\n");
        }
      }
      classes.append("  }\n");
    }
    StringBuilder out = new StringBuilder();
    out.append(
        "// Generated from Model by ModelAccessSource; do not edit. After a change to Model, regenerate:\n");
    out.append(
        "// ./mvnw -pl cast-core test -Dtest=ModelAccessSourceTest -Dcastkit.updateGolden=true\n");
    out.append("package dev.castkit.core.internal.model;\n\n");
    for (String i : imports) {
      out.append("import ").append(i).append(";\n");
    }
    out.append("\n/**\n");
    out.append(
        " * The accessors of every type of {@link Model}, generated from its description: one class per\n");
    out.append(
        " * type, whose {@code get} and {@code set} switch on the field's index. No reflection and no\n");
    out.append(" * lambdas, so that nothing is spun when the model is first used. Not API.\n");
    out.append(" */\n");
    out.append("final class ModelAccess {\n  private ModelAccess() {}\n\n");
    out.append(
        "  /**\n   * The accessors of a model class, checked against the description's field names.\n   *\n");
    out.append(
        "   * @param type the model class's name\n   * @param fields the field names the description gives\n");
    out.append(
        "   * @return the accessors; failing ones for a class without generated accessors\n   */\n");
    out.append("  static Access of(String type, List<String> fields) {\n    switch (type) {\n");
    out.append(cases);
    out.append(
        "      default:\n        return Access.failing(type + \": no accessors generated\");\n    }\n  }\n");
    out.append(classes);
    out.append("}\n");
    return out.toString();
  }

  private static String quotedNames(ElementType<?, ?> type) {
    StringBuilder s = new StringBuilder();
    for (Field f : type.fields()) {
      s.append(s.length() == 0 ? "" : ", ").append('"').append(f.name()).append('"');
    }
    return s.toString();
  }

  private static String getter(Field f, TreeSet<String> imports) {
    if (f.kind() == ValueKind.VERSION) {
      return "null";
    }
    if (f.timePart) {
      String time = "e." + f.requires().name() + "()";
      if (f.kind() == ValueKind.BOOLEAN) {
        return time + ".isPresent() && " + time + ".get().approximate()";
      }
      Enum<?> d = (Enum<?>) f.defaultValue();
      imports.add(d.getDeclaringClass().getName());
      return time
          + ".isPresent() ? "
          + time
          + ".get().precision() : "
          + d.getDeclaringClass().getSimpleName()
          + "."
          + d.name();
    }
    return "e." + f.name() + "()";
  }

  private static String setter(Field f) {
    if (f.shape() == Shape.LIST || f.shape() == Shape.SET) {
      return "add" + singular(Character.toUpperCase(f.name().charAt(0)) + f.name().substring(1));
    }
    return f.name();
  }

  /** The builder's adder of one element: Immutables' depluralised name. */
  static String singular(String plural) {
    if (plural.endsWith("ies")) {
      return plural.substring(0, plural.length() - 3) + "y";
    }
    if (plural.endsWith("yses")) {
      return plural.substring(0, plural.length() - 2) + "is";
    }
    if (plural.endsWith("sses")) {
      return plural.substring(0, plural.length() - 2);
    }
    if (plural.endsWith("s")) {
      return plural.substring(0, plural.length() - 1);
    }
    return plural;
  }

  private static String valueType(Field f, TreeSet<String> imports) {
    Class<?> c =
        switch (f.kind()) {
          case TEXT, ANY_ID -> String.class;
          case ID -> f.idKind().type();
          case ENUM -> f.enumType();
          case OBJECT -> f.elementType().type();
          case DATE -> java.time.LocalDate.class;
          case ZONE -> java.time.ZoneId.class;
          case DURATION -> java.time.Duration.class;
          case DECIMAL -> java.math.BigDecimal.class;
          case INT -> Integer.class;
          case BOOLEAN -> Boolean.class;
          default ->
              throw new IllegalStateException(f + ": " + f.kind().name().toLowerCase(Locale.ROOT));
        };
    if (!c.getPackageName().equals("java.lang")) {
      imports.add(c.getName());
    }
    return c.getSimpleName();
  }
}
