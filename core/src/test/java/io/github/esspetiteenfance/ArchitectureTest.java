package io.github.esspetiteenfance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of {@code core}, enforced rather than hoped for. */
class ArchitectureTest {

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.esspetiteenfance");
  }

  @Test
  void core_dependsOnNoJackson() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..")
        .check(core);
  }

  @Test
  void core_packagesHaveNoCycles() {
    slices().matching("io.github.esspetiteenfance.(*)..").should().beFreeOfCycles().check(core);
  }

  @Test
  void rootPackage_dependsOnNoOtherPackageOfTheLibrary() {
    noClasses()
        .that()
        .resideInAPackage("io.github.esspetiteenfance")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.esspetiteenfance.(*)..")
        .check(core);
  }

  @Test
  void diagnosticPackage_dependsOnlyOnTheRootPackageAndLegal() {
    noClasses()
        .that()
        .resideInAPackage("io.github.esspetiteenfance.diagnostic")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.esspetiteenfance.constraints..",
            "io.github.esspetiteenfance.establishment..",
            "io.github.esspetiteenfance.fee..",
            "io.github.esspetiteenfance.identifier..",
            "io.github.esspetiteenfance.indicator..",
            "io.github.esspetiteenfance.internal..",
            "io.github.esspetiteenfance.network..",
            "io.github.esspetiteenfance.organization..",
            "io.github.esspetiteenfance.psu..",
            "io.github.esspetiteenfance.regulation..",
            "io.github.esspetiteenfance.structure..",
            "io.github.esspetiteenfance.territory..",
            "io.github.esspetiteenfance.validation..")
        .check(core);
  }
}
