package io.github.esspetiteenfance;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The size of core's public API: the public types (top-level and nested, generated builders
 * included) of the packages core exports in {@code module-info.java}, every package but {@code
 * internal}.
 *
 * <p>A ratchet: the bound is the count reached so far, lowered as the API shrinks (issue #14 asks
 * for at most 300).
 */
class PublicTypesTest {

  /** The most public types core may export; lower it when the count goes down. */
  static final int MAX_PUBLIC_TYPES = 289;

  /** Reads core's compiled module descriptor, next to its classes. */
  static ModuleDescriptor coreModule() throws IOException, URISyntaxException {
    Path classes =
        Path.of(Messages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  static Set<String> exportedPackages() throws IOException, URISyntaxException {
    return coreModule().exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
  }

  static List<JavaClass> publicTypes() throws IOException, URISyntaxException {
    Set<String> exported = exportedPackages();
    return classes().stream()
        .filter(c -> exported.contains(c.getPackageName()))
        .filter(PublicTypesTest::isPubliclyVisible)
        .sorted(java.util.Comparator.comparing(JavaClass::getName))
        .toList();
  }

  private static JavaClasses classes() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.esspetiteenfance");
  }

  private static boolean isPubliclyVisible(JavaClass type) {
    if (type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    Optional<JavaClass> current = Optional.of(type);
    while (current.isPresent()) {
      if (!current.get().getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
      current = current.get().getEnclosingClass();
    }
    return true;
  }

  @Test
  void moduleInfo_exportsEveryPackageButInternal() throws IOException, URISyntaxException {
    Set<String> packages =
        classes().stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
    Set<String> expected =
        packages.stream().filter(p -> !isInternal(p)).collect(Collectors.toSet());
    ModuleDescriptor module = coreModule();
    assertThat(module.name()).isEqualTo("io.github.esspetiteenfance.core");
    assertThat(exportedPackages()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(exportedPackages())
        .doesNotContain(
            "io.github.esspetiteenfance.internal",
            "io.github.esspetiteenfance.constraints.fr.internal");
  }

  @Test
  void core_exportsAtMostTheRatchetedNumberOfPublicTypes() throws IOException, URISyntaxException {
    List<JavaClass> types = publicTypes();
    System.out.println("core public types: " + types.size());
    assertThat(types).hasSizeLessThanOrEqualTo(MAX_PUBLIC_TYPES);
  }

  /** A package named {@code internal}, or inside one, is implementation support: not exported. */
  private static boolean isInternal(String packageName) {
    return packageName.equals("io.github.esspetiteenfance.internal")
        || packageName.startsWith("io.github.esspetiteenfance.internal.")
        || packageName.endsWith(".internal");
  }
}
