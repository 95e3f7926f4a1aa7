package dev.castkit.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.castkit.core.testing.ApiRules;

/** The architecture of cast-testing, as rules over its compiled classes. */
@AnalyzeClasses(
    packages = "dev.castkit.testing",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final DescribedPredicate<JavaClass> ASSERTJ_AND_QUICKTHEORIES =
      DescribedPredicate.describe(
          "AssertJ and QuickTheories",
          c ->
              c.getPackageName().startsWith("org.assertj.core")
                  || c.getPackageName().startsWith("org.quicktheories"));

  @ArchTest
  static final ArchRule usesOnlyTheApiOfCastCore =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.castkit.core..internal..", "dev.castkit.json..")
          .because(
              "cast-testing is built on cast-core's API only, whose internal packages may change"
                  + " in any release");

  @ArchTest
  static final ArchRule needsOnlyCastCoreAssertJAndQuickTheories =
      classes()
          .should()
          .onlyDependOnClassesThat(
              DescribedPredicate.describe(
                  "the JDK, castkit, AssertJ, QuickTheories or JSpecify",
                  (JavaClass c) ->
                      c.getPackageName().startsWith("java.")
                          || c.getPackageName().startsWith("dev.castkit.")
                          || ASSERTJ_AND_QUICKTHEORIES.test(c)
                          || c.getPackageName().equals("org.jspecify.annotations")));

  @ArchTest
  static final ArchRule apiMentionsOnlyApiTypes =
      ApiRules.apiMentionsOnlyApiTypes(ASSERTJ_AND_QUICKTHEORIES);
}
