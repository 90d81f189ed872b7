package io.github.esspetiteenfance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.esspetiteenfance.establishment.Establishment;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every public record of the core artifact has a JSON mapping (it can be written and read back by
 * the strict reader), except the few listed here with the reason they are not wire types. A new
 * record of core that the format cannot read fails this test.
 */
class EveryRecordIsMappedTest {

  /** The records that are deliberately not part of the format, and why. */
  private static final Map<String, String> NOT_MAPPED =
      Map.of(
          "io.github.esspetiteenfance.legal.Dated",
          "generic value holder: read it with a concrete type, e.g. Dated<BigDecimal>",
          "io.github.esspetiteenfance.validation.Problem",
          "diagnostic of the caller's own objects: its rejected value may be any object",
          "io.github.esspetiteenfance.validation.ValidationReport",
          "diagnostic of the caller's own objects: holds the object validated");

  private static boolean inCoreArtifact(Class<?> c) {
    return c.getProtectionDomain()
        .getCodeSource()
        .getLocation()
        .equals(Establishment.class.getProtectionDomain().getCodeSource().getLocation());
  }

  @Test
  void everyPublicRecordOfCore_hasAJsonMapping() {
    List<Class<?>> records =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.esspetiteenfance")
                .stream()
                .map(JavaClass::reflect)
                .filter(c -> c.isRecord() && Modifier.isPublic(c.getModifiers()))
                .filter(EveryRecordIsMappedTest::inCoreArtifact)
                .filter(c -> !c.getPackageName().endsWith(".internal"))
                .toList();
    List<String> unmapped = new ArrayList<>();
    for (Class<?> c : records) {
      try {
        EssJsonReader.of(JsonModel.standard(), JsonLimits.defaults(), c);
      } catch (IllegalStateException e) {
        unmapped.add(c.getName());
      }
    }
    assertThat(records).as("public records of core").hasSizeGreaterThan(120);
    assertThat(unmapped).containsExactlyInAnyOrderElementsOf(NOT_MAPPED.keySet());
  }

  @Test
  void dated_isReadWithAConcreteType() {
    io.github.esspetiteenfance.legal.Dated<java.math.BigDecimal> dated =
        new io.github.esspetiteenfance.legal.Dated<>(
            new java.math.BigDecimal("0.0619"), Fixtures.CIRCULAIRE);
    EssJsonReader<io.github.esspetiteenfance.legal.Dated<java.math.BigDecimal>> reader =
        EssJsonReader.of(
            JsonModel.standard(),
            JsonLimits.defaults(),
            new com.fasterxml.jackson.core.type.TypeReference<
                io.github.esspetiteenfance.legal.Dated<java.math.BigDecimal>>() {}.getType());
    assertThat(reader.read(EssJson.encode(dated))).isEqualTo(dated);
  }
}
