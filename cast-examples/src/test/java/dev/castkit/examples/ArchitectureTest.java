package dev.castkit.examples;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The examples use castkit as any caller would: through its public API only. */
@AnalyzeClasses(
    packages = "dev.castkit.examples",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule useOnlyThePublicApi =
      noClasses()
          .should()
          .dependOnClassesThat(
              resideInAnyPackage("dev.castkit..internal..")
                  .or(resideInAnyPackage("dev.castkit..").and(simpleNameStartingWith("Immutable"))))
          .because(
              "the examples show what a caller can do; internal and generated types are not API");
}
