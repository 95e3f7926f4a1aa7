package dev.castkit.core;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.castkit.core.testing.ApiRules;

/** The architecture of cast-core, as rules over its compiled classes. */
@AnalyzeClasses(
    packages = "dev.castkit.core",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.Shipped.class})
class ArchitectureTest {

  /**
   * The classes cast-core's jar ships: all but {@code CastStyle}, a source-retention annotation
   * read only by the Immutables processor (its class file would name Immutables' enums).
   */
  static final class Shipped implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("dev/castkit/core/internal/CastStyle.class");
    }
  }

  /** Annotations read by the compiler and the annotation processor; absent at run time. */
  private static final DescribedPredicate<JavaClass> COMPILE_TIME_ANNOTATIONS =
      DescribedPredicate.describe(
          "Immutables or JSpecify annotations",
          c ->
              c.isAnnotation()
                  && (c.getPackageName().startsWith("org.immutables.value")
                      || c.getPackageName().equals("org.jspecify.annotations")));

  @ArchTest
  static final ArchRule needsNothingButTheJdk =
      classes()
          .should()
          .onlyDependOnClassesThat(
              resideInAnyPackage("java..", "dev.castkit.core..").or(COMPILE_TIME_ANNOTATIONS))
          .because("cast-core has no runtime dependency: an incident tool embeds it as it is");

  @ArchTest static final ArchRule apiMentionsOnlyApiTypes = ApiRules.apiMentionsOnlyApiTypes();

  @ArchTest
  static final ArchRule theModelKnowsNothingOfRulesOrRendering =
      noClasses()
          .that()
          .resideInAnyPackage("dev.castkit.core", "dev.castkit.core.internal")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.castkit.core.rules..", "dev.castkit.core.render..")
          .because("data flows one way: model, then rules, then reports");

  @ArchTest
  static final ArchRule rulesDoNotRender =
      noClasses()
          .that()
          .resideInAPackage("dev.castkit.core.rules..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.castkit.core.render..");

  @ArchTest
  static final ArchRule ruleInternalsServeOnlyTheRules =
      classes()
          .that()
          .resideInAPackage("dev.castkit.core.rules.internal..")
          .should()
          .onlyHaveDependentClassesThat()
          .resideInAPackage("dev.castkit.core.rules..");

  @ArchTest
  static final ArchRule renderInternalsServeOnlyTheRenderers =
      classes()
          .that()
          .resideInAPackage("dev.castkit.core.render.internal..")
          .should()
          .onlyHaveDependentClassesThat()
          .resideInAPackage("dev.castkit.core.render..");
}
