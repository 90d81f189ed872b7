package io.github.esspetiteenfance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of {@code core}, enforced rather than hoped for: among them the package
 * table of {@code CONTRIBUTING.md}, read from the file and checked as an ArchUnit layered rule.
 */
class ArchitectureTest {

  private static final String BASE = "io.github.esspetiteenfance";

  /** A row of the table: {@code | `package` | what | may depend on |}, or the root row. */
  private static final Pattern ROW =
      Pattern.compile("^\\| (?:`([a-z.]+)`|\\(root\\)) \\|.*\\| ([^|]+) \\|$");

  /**
   * Reads the table of {@code CONTRIBUTING.md}: each package of core (relative name, {@code ""} for
   * the root) and the packages it may depend on besides itself, the root and {@code internal}.
   */
  static Map<String, List<String>> contributingTable() throws IOException {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("CONTRIBUTING.md"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("CONTRIBUTING.md above the working directory").isNotNull();
    Map<String, List<String>> table = new LinkedHashMap<>();
    boolean inTable = false;
    for (String line : Files.readAllLines(dir.resolve("CONTRIBUTING.md"))) {
      if (line.startsWith("| package (core)")) {
        inTable = true;
      } else if (inTable && !line.startsWith("|")) {
        break;
      } else if (inTable && !line.startsWith("|---")) {
        Matcher m = ROW.matcher(line);
        assertThat(m.matches()).as("table row: %s", line).isTrue();
        String name = m.group(1) == null ? "" : m.group(1);
        String deps = m.group(2).trim();
        table.put(
            name,
            deps.equals("\u2014")
                ? List.of()
                : Arrays.stream(deps.split(",")).map(String::trim).toList());
      }
    }
    return table;
  }

  private static String layer(String name) {
    return name.isEmpty() ? "(root)" : name;
  }

  private static String packageOf(String name) {
    return name.isEmpty() ? BASE : BASE + "." + name;
  }

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
  void everyPackageOfCore_isInTheContributingTable() throws IOException {
    Set<String> documented = contributingTable().keySet();
    Set<String> actual = new TreeSet<>();
    for (JavaClass c : core) {
      String name = c.getPackageName();
      actual.add(name.equals(BASE) ? "" : name.substring(BASE.length() + 1));
    }
    assertThat(documented)
        .as("CONTRIBUTING.md's package table lists exactly the packages of core")
        .containsExactlyInAnyOrderElementsOf(actual);
  }

  @Test
  void packages_dependOnlyOnWhatTheContributingTableAllows() throws IOException {
    Map<String, List<String>> table = contributingTable();
    LayeredArchitecture rule = layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (String name : table.keySet()) {
      rule = rule.layer(layer(name)).definedBy(packageOf(name));
    }
    for (Map.Entry<String, List<String>> row : table.entrySet()) {
      String name = row.getKey();
      List<String> allowed = new ArrayList<>();
      if (!name.isEmpty()) {
        allowed.add(layer(""));
        if (!name.equals("internal")) {
          allowed.add("internal");
        }
      }
      for (String dependency : row.getValue()) {
        assertThat(table)
            .as("%s may depend on %s, not in the table", name, dependency)
            .containsKey(dependency);
        allowed.add(dependency);
      }
      rule =
          allowed.isEmpty()
              ? rule.whereLayer(layer(name)).mayNotAccessAnyLayer()
              : rule.whereLayer(layer(name)).mayOnlyAccessLayers(allowed.toArray(String[]::new));
    }
    rule.check(core);
  }

  @Test
  void contributingTable_rootAndInternalAndLegal_dependOnNothingElse() throws IOException {
    Map<String, List<String>> table = contributingTable();
    assertThat(table.get("")).isEmpty();
    assertThat(table.get("internal")).isEmpty();
    assertThat(table.keySet().stream().collect(Collectors.toSet()))
        .contains("identifier", "constraints.fr", "indicator");
  }
}
