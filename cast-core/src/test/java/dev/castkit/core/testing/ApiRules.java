package dev.castkit.core.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ArchUnit rules about castkit's public API, shared by the architecture tests of every module
 * (through cast-core's test-jar).
 *
 * <p>The API is the accessible types (public, and public all the way out) of the exported packages,
 * minus the Immutables-generated {@code Immutable*} classes, which are package-private by the
 * project's style anyway. Everything else, the {@code internal} packages above all, may change in
 * any release.
 */
public final class ApiRules {
  /** The packages the castkit modules export: exactly those of the module descriptors. */
  public static final Set<String> API_PACKAGES =
      Set.of(
          "dev.castkit.core",
          "dev.castkit.core.rules",
          "dev.castkit.core.render",
          "dev.castkit.core.diff",
          "dev.castkit.json",
          "dev.castkit.testing");

  private ApiRules() {}

  /** Whether callers can use the type: public API of castkit. */
  public static boolean isApiType(JavaClass type) {
    return API_PACKAGES.contains(type.getPackageName())
        && isAccessible(type)
        && !type.getSimpleName().startsWith("Immutable");
  }

  /** The accessible types of the exported packages. */
  public static final DescribedPredicate<JavaClass> API_TYPES =
      DescribedPredicate.describe("castkit API types", ApiRules::isApiType);

  /** {@link #apiMentionsOnlyApiTypes(DescribedPredicate)} admitting no foreign type. */
  public static ArchRule apiMentionsOnlyApiTypes() {
    return apiMentionsOnlyApiTypes(DescribedPredicate.describe("nothing else", c -> false));
  }

  /**
   * Every public or protected member of an API type (and its supertypes, interfaces and permitted
   * subclasses) mentions only API types, JDK types and what {@code alsoAllowed} admits.
   *
   * <p>One case passes by design: the nested public {@code Builder} of a value type extends the
   * package-private builder Immutables generates ({@code ImmutableHazard.Builder} for {@code
   * Hazard.Builder}). Callers can neither name, import nor cast to that class: they call its public
   * methods through the public {@code Builder}, and javadoc documents them as the {@code Builder}'s
   * own. So the rule lets that superclass through (only when it is the generated builder of the
   * same value type, in the same package) and checks the signatures of the public methods it
   * contributes like those of any other member. (Those methods are final, so javac adds no
   * visibility bridges: code that looks them up by reflection finds them declared in the
   * package-private class, and cannot invoke them without {@code setAccessible}.)
   *
   * @param alsoAllowed foreign types an API may mention (for example a Jackson supertype)
   */
  public static ArchRule apiMentionsOnlyApiTypes(
      DescribedPredicate<? super JavaClass> alsoAllowed) {
    return classes()
        .that(API_TYPES)
        .should(mentionOnlyApiTypes(alsoAllowed))
        .because(
            "a caller must never be handed a type it cannot use or that may change in any"
                + " release (internal, generated or package-private)");
  }

  private static ArchCondition<JavaClass> mentionOnlyApiTypes(
      DescribedPredicate<? super JavaClass> alsoAllowed) {
    return new ArchCondition<>(
        "mention in their signatures only API types, JDK types and "
            + alsoAllowed.getDescription()) {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        List<String> problems = new ArrayList<>();
        Optional<JavaClass> superclass = type.getRawSuperclass();
        if (superclass.isPresent()
            && !isGeneratedBuilderOf(superclass.get(), type)
            && !allowed(superclass.get(), alsoAllowed)) {
          problems.add("extends " + superclass.get().getName());
        }
        for (JavaType generic : type.getSuperclass().stream().toList()) {
          for (JavaClass involved : generic.getAllInvolvedRawTypes()) {
            if (!involved.equals(superclass.orElse(null)) && !allowed(involved, alsoAllowed)) {
              problems.add("extends ... " + involved.getName());
            }
          }
        }
        for (JavaType iface : type.getInterfaces()) {
          for (JavaClass involved : iface.getAllInvolvedRawTypes()) {
            if (!allowed(involved, alsoAllowed)) {
              problems.add("implements " + involved.getName());
            }
          }
        }
        for (JavaClass permitted : type.getPermittedSubclasses().orElse(Set.of())) {
          if (!allowed(permitted, alsoAllowed)) {
            problems.add("permits " + permitted.getName());
          }
        }
        for (JavaMember member : exposedMembers(type)) {
          for (JavaClass mentioned : mentionedBy(member)) {
            if (!allowed(mentioned, alsoAllowed)) {
              problems.add(member.getFullName() + " mentions " + mentioned.getName());
            }
          }
        }
        for (String problem : problems) {
          events.add(SimpleConditionEvent.violated(type, type.getName() + ": " + problem));
        }
        if (problems.isEmpty()) {
          events.add(SimpleConditionEvent.satisfied(type, type.getName() + " is clean"));
        }
      }
    };
  }

  /**
   * The public and protected members callers reach through the type: its own, and those of
   * non-public castkit superclasses (which reach callers through it).
   */
  private static Set<JavaMember> exposedMembers(JavaClass type) {
    Set<JavaMember> members = new LinkedHashSet<>(type.getMembers());
    Optional<JavaClass> up = type.getRawSuperclass();
    while (up.isPresent()
        && up.get().getPackageName().startsWith("dev.castkit")
        && !isAccessible(up.get())) {
      members.addAll(up.get().getMembers());
      up = up.get().getRawSuperclass();
    }
    members.removeIf(
        m ->
            !m.getModifiers().contains(JavaModifier.PUBLIC)
                && !m.getModifiers().contains(JavaModifier.PROTECTED));
    return members;
  }

  private static Set<JavaClass> mentionedBy(JavaMember member) {
    Set<JavaClass> mentioned = new LinkedHashSet<>();
    if (member instanceof JavaField field) {
      mentioned.addAll(field.getType().getAllInvolvedRawTypes());
    } else if (member instanceof JavaCodeUnit code) {
      mentioned.addAll(code.getReturnType().getAllInvolvedRawTypes());
      for (JavaType parameter : code.getParameterTypes()) {
        mentioned.addAll(parameter.getAllInvolvedRawTypes());
      }
      for (JavaType thrown : code.getThrowsClause().getTypes()) {
        mentioned.addAll(thrown.getAllInvolvedRawTypes());
      }
    }
    return mentioned;
  }

  private static boolean allowed(
      JavaClass type, DescribedPredicate<? super JavaClass> alsoAllowed) {
    JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
    return base.isPrimitive()
        || (base.getPackageName().startsWith("java.") && isAccessible(base))
        || isApiType(base)
        || alsoAllowed.test(base);
  }

  /** {@code ImmutableHazard.Builder} for {@code Hazard.Builder}: generated, same package. */
  private static boolean isGeneratedBuilderOf(JavaClass superclass, JavaClass type) {
    Optional<JavaClass> valueType = type.getEnclosingClass();
    Optional<JavaClass> generated = superclass.getEnclosingClass();
    return type.getSimpleName().equals("Builder")
        && superclass.getSimpleName().equals("Builder")
        && valueType.isPresent()
        && generated.isPresent()
        && generated.get().getPackageName().equals(valueType.get().getPackageName())
        && generated.get().getSimpleName().equals("Immutable" + valueType.get().getSimpleName())
        && !isAccessible(superclass);
  }

  private static boolean isAccessible(JavaClass type) {
    for (Optional<JavaClass> t = Optional.of(type);
        t.isPresent();
        t = t.get().getEnclosingClass()) {
      if (!t.get().getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }
}
