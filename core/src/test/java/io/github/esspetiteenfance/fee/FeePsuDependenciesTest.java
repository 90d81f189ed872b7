package io.github.esspetiteenfance.fee;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The {@code fee} and {@code psu} packages depend only on the root error model and {@code legal}.
 */
class FeePsuDependenciesTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.esspetiteenfance.fee", "io.github.esspetiteenfance.psu");

  @Test
  void feeAndPsu_dependOnlyOnRootLegalAndTheJdk() {
    classes()
        .that()
        .resideInAnyPackage("io.github.esspetiteenfance.fee..", "io.github.esspetiteenfance.psu..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "io.github.esspetiteenfance",
            "io.github.esspetiteenfance.legal..",
            "io.github.esspetiteenfance.fee..",
            "io.github.esspetiteenfance.psu..",
            "java..",
            "javax.annotation..",
            "org.immutables..")
        .check(CLASSES);
  }

  @Test
  void feeAndPsu_areIndependentOfEachOther() {
    noClasses()
        .that()
        .resideInAPackage("io.github.esspetiteenfance.fee..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.esspetiteenfance.psu..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage("io.github.esspetiteenfance.psu..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.esspetiteenfance.fee..")
        .check(CLASSES);
  }
}
