package dev.castkit.json;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.castkit.core.testing.ApiRules;

/** The architecture of cast-json, as rules over its compiled classes. */
@AnalyzeClasses(packages = "dev.castkit.json", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule usesOnlyTheApiOfCastCore =
      noClasses()
          .should()
          .dependOnClassesThat(
              resideInAnyPackage("dev.castkit.core..internal..")
                  .and(
                      DescribedPredicate.describe(
                          "are not the model description (exported to cast-json)",
                          c -> !c.getPackageName().equals("dev.castkit.core.internal.model")))
                  .or(
                      resideInAnyPackage("dev.castkit.core..")
                          .and(simpleNameStartingWith("Immutable"))))
          .because(
              "cast-core's internal packages and generated classes may change in any release; only"
                  + " the model description is shared with cast-json");

  @ArchTest
  static final ArchRule needsOnlyJacksonAndTheJdk =
      classes()
          .should()
          .onlyDependOnClassesThat(
              resideInAnyPackage(
                      "java..", "dev.castkit..", "com.fasterxml.jackson..", "org.yaml.snakeyaml..")
                  .or(
                      DescribedPredicate.describe(
                          "JSpecify annotations",
                          c -> c.getPackageName().equals("org.jspecify.annotations"))));

  @ArchTest
  static final ArchRule theReaderAndWriterDoNotNameJackson =
      noClasses()
          .that(
              DescribedPredicate.describe(
                  "are the reader, the writer or their token interfaces",
                  (JavaClass c) ->
                      c.getName().startsWith("dev.castkit.json.internal.CastReader")
                          || c.getName().startsWith("dev.castkit.json.internal.CastWriter")
                          || c.getName().startsWith("dev.castkit.json.internal.Token")))
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..")
          .because("one reader and one writer serve every binding (Jackson2Tokens, and Jackson 3)");

  @ArchTest
  static final ArchRule onlyCastJsonModuleNamesDatabind =
      noClasses()
          .that(
              DescribedPredicate.describe(
                  "are not CastJsonModule or nested in it",
                  (JavaClass c) -> !c.getName().startsWith(CastJsonModule.class.getName())))
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.fasterxml.jackson.databind..", "com.fasterxml.jackson.annotation..")
          .because("jackson-databind is optional: JSON must work with jackson-core alone");

  @ArchTest
  static final ArchRule onlyYamlSupportNamesTheYamlLibraries =
      noClasses()
          .that(
              DescribedPredicate.describe(
                  "are not YamlSupport or nested in it",
                  (JavaClass c) ->
                      !c.getName().startsWith("dev.castkit.json.internal.YamlSupport")))
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.fasterxml.jackson.dataformat.yaml..", "org.yaml.snakeyaml..")
          .because("jackson-dataformat-yaml is optional: JSON must work without it");

  @ArchTest
  static final ArchRule apiMentionsOnlyApiTypes =
      ApiRules.apiMentionsOnlyApiTypes(
          DescribedPredicate.describe(
              "Jackson's SimpleModule (the supertype of CastJsonModule)",
              c -> c.getName().equals("com.fasterxml.jackson.databind.module.SimpleModule")));
}
