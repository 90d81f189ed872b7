package io.github.esspetiteenfance.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.identifier.CategorieJuridique;
import io.github.esspetiteenfance.legal.Confidence;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CjMappingsTest {

  @Test
  void all_hasOneMappingPerCodeOfThe2022Nomenclature() {
    List<String> codes = CjMappings.all().stream().map(CjMapping::code).toList();
    assertThat(codes).hasSize(260).doesNotHaveDuplicates().isSorted();
  }

  @Test
  void all_coversExactlyTheBundledNomenclatureWithItsLabels() {
    List<String> nomenclature =
        CategorieJuridique.all().stream().map(CategorieJuridique::toString).toList();
    List<String> mapped = CjMappings.all().stream().map(CjMapping::code).toList();
    assertThat(mapped).containsExactlyElementsOf(nomenclature);
    for (CategorieJuridique cj : CategorieJuridique.all()) {
      assertThat(CjMappings.of(cj).label()).as(cj.toString()).isEqualTo(cj.label());
    }
  }

  @Test
  void all_familyCountsMatchTheReadme() {
    Map<EssFamily, Long> byFamily =
        CjMappings.all().stream()
            .collect(
                Collectors.groupingBy(
                    CjMapping::familyByForm,
                    () -> new EnumMap<>(EssFamily.class),
                    Collectors.counting()));
    assertThat(byFamily)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                EssFamily.ASSOCIATION, 8L,
                EssFamily.COOPERATIVE, 52L,
                EssFamily.MUTUELLE, 4L,
                EssFamily.FONDATION, 1L,
                EssFamily.OTHER_NON_PROFIT, 5L,
                EssFamily.PUBLIC_SECTOR, 85L,
                EssFamily.OUTSIDE_ESS, 105L));
    assertThat(CjMappings.all().stream().filter(CjMapping::commercialCompany)).hasSize(44);
  }

  @Test
  void all_confidenceCountsMatchTheReadme() {
    Map<Confidence, Long> byConfidence =
        CjMappings.all().stream()
            .collect(Collectors.groupingBy(CjMapping::confidence, Collectors.counting()));
    assertThat(byConfidence)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                Confidence.CONFIRMED, 113L,
                Confidence.SECONDARY, 19L,
                Confidence.DERIVED, 121L,
                Confidence.UNCONFIRMED, 7L));
    assertThat(CjMappings.all().stream().filter(CjMapping::doubtful)).hasSize(20);
  }

  @Test
  void find_referenceDoubtfulCodes_areMarkedDoubtfulAndNotConfirmed() {
    for (String code :
        List.of(
            "9210", "9224", "9240", "9150", "5203", "5307", "5309", "6100", "8510", "5432", "5532",
            "8310", "8311", "9900", "9970")) {
      CjMapping mapping = CjMappings.of(code);
      assertThat(mapping.doubtful()).as(code).isTrue();
      assertThat(mapping.isConfirmed()).as(code).isFalse();
      assertThat(mapping.note()).as(code).isNotBlank();
    }
  }

  @Test
  void find_knownCodes_giveTheirFamily() {
    assertThat(CjMappings.of("9220").familyByForm()).isEqualTo(EssFamily.ASSOCIATION);
    assertThat(CjMappings.of("9230").familyByForm()).isEqualTo(EssFamily.ASSOCIATION);
    assertThat(CjMappings.of("9260").familyByForm()).isEqualTo(EssFamily.ASSOCIATION);
    assertThat(CjMappings.of("9300").familyByForm()).isEqualTo(EssFamily.FONDATION);
    assertThat(CjMappings.of("8210").familyByForm()).isEqualTo(EssFamily.MUTUELLE);
    assertThat(CjMappings.of("6411").familyByForm()).isEqualTo(EssFamily.MUTUELLE);
    assertThat(CjMappings.of("5458").familyByForm()).isEqualTo(EssFamily.COOPERATIVE);
    assertThat(CjMappings.of("6317").familyByForm()).isEqualTo(EssFamily.COOPERATIVE);
    // a bare legal category never says "ESS" for a commercial company (issue 15.7)
    assertThat(CjMappings.of("5710").familyByForm()).isEqualTo(EssFamily.OUTSIDE_ESS);
    assertThat(CjMappings.of("5710").familyByForm().isEss()).isFalse();
    assertThat(CjMappings.of("5710").commercialCompany()).isTrue();
    assertThat(CjMappings.all())
        .noneMatch(m -> m.familyByForm() == EssFamily.SOCIETE_COMMERCIALE_ESS)
        .filteredOn(CjMapping::commercialCompany)
        .allSatisfy(m -> assertThat(m.familyByForm().isEss()).isFalse());
    assertThat(CjMappings.of("7210").familyByForm()).isEqualTo(EssFamily.PUBLIC_SECTOR);
    assertThat(CjMappings.of("7361").familyByForm()).isEqualTo(EssFamily.PUBLIC_SECTOR);
    assertThat(CjMappings.of("1000").familyByForm()).isEqualTo(EssFamily.OUTSIDE_ESS);
    assertThat(CjMappings.of("9900").familyByForm()).isEqualTo(EssFamily.OTHER_NON_PROFIT);
  }

  @Test
  void find_everyLabelNamingACooperative_isMappedToCooperatives() {
    assertThat(CjMappings.all())
        .filteredOn(m -> m.label().toLowerCase(java.util.Locale.ROOT).contains("coopérative"))
        .isNotEmpty()
        .allSatisfy(
            m -> assertThat(m.familyByForm()).as(m.code()).isEqualTo(EssFamily.COOPERATIVE));
  }

  @Test
  void of_codeRemovedBefore2022_throwsNotMapped() {
    assertThatThrownBy(() -> CjMappings.of("5720"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(OrganizationErrorCode.CJ_NOT_MAPPED);
              assertThat(e.rejectedValue()).isEqualTo("5720");
            });
    assertThat(CjMappings.find("5498")).isEmpty();
  }

  @Test
  void find_anyFourDigitCode_isMappedExactlyWhenInTheNomenclature() {
    List<String> codes = CjMappings.all().stream().map(CjMapping::code).toList();
    qt().withExamples(1000)
        .forAll(integers().between(0, 9999))
        .checkAssert(
            n -> {
              String code = String.format("%04d", n);
              assertThat(CjMappings.find(code).isPresent()).isEqualTo(codes.contains(code));
              CjMappings.find(code).ifPresent(m -> assertThat(CjMappings.of(code)).isSameAs(m));
            });
  }

  @Test
  void newMapping_invalidComponents_throw() {
    assertThatThrownBy(
            () ->
                new CjMapping(
                    "92200", "x", EssFamily.ASSOCIATION, false, Confidence.DERIVED, false, "s", ""))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(OrganizationErrorCode.CJ_CODE_FORMAT));
    assertThatThrownBy(
            () ->
                new CjMapping(
                    "9220", " ", EssFamily.ASSOCIATION, false, Confidence.DERIVED, false, "s", ""))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("label"));
    assertThatThrownBy(
            () ->
                new CjMapping(
                    "9220", "x", EssFamily.ASSOCIATION, false, Confidence.DERIVED, false, "", ""))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("source"));
    for (EssFamily family : new EssFamily[] {EssFamily.SOCIETE_COMMERCIALE_ESS}) {
      assertThatThrownBy(
              () -> new CjMapping("5710", "x", family, false, Confidence.DERIVED, false, "s", ""))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.errorCode()).isEqualTo(OrganizationErrorCode.CJ_FAMILY_BY_FORM));
    }
    assertThatThrownBy(
            () ->
                new CjMapping(
                    "5710", "x", EssFamily.COOPERATIVE, true, Confidence.DERIVED, false, "s", ""))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(OrganizationErrorCode.CJ_FAMILY_BY_FORM));
  }
}
