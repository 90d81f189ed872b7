package io.github.esspetiteenfance.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden cases of the other identifiers: valid and invalid texts from the project reference
 * (sections 3, 4 and 5) with the expected canonical form or violation code.
 */
class IdentifierGoldenTest {

  static Stream<Arguments> valid() {
    return Stream.of(
        Arguments.of("W751515517", "W751515517", (Function<String, Object>) RnaNumber::of),
        Arguments.of("W423002206", "W423002206", (Function<String, Object>) RnaNumber::of),
        Arguments.of("W2D1234567", "W2D1234567", (Function<String, Object>) RnaNumber::of),
        Arguments.of("00013", "00013", (Function<String, Object>) Nic::of),
        Arguments.of("88.91A", "88.91A", (Function<String, Object>) CodeNaf::of),
        Arguments.of("8891A", "88.91A", (Function<String, Object>) CodeNaf::of),
        Arguments.of("88.91G", "88.91G", (Function<String, Object>) CodeNaf::of),
        Arguments.of("94.99Z", "94.99Z", (Function<String, Object>) CodeNaf::of),
        Arguments.of("5458", "5458", (Function<String, Object>) CategorieJuridique::of),
        Arguments.of("9220", "9220", (Function<String, Object>) CategorieJuridique::of),
        Arguments.of("44100", "44100", (Function<String, Object>) CodeCommune::of),
        Arguments.of("2A004", "2A004", (Function<String, Object>) CodeCommune::of),
        Arguments.of("97105", "97105", (Function<String, Object>) CodeCommune::of),
        Arguments.of("44109", "44109", (Function<String, Object>) CodeCommune::of),
        Arguments.of("44", "44", (Function<String, Object>) CodeDepartement::of),
        Arguments.of("2B", "2B", (Function<String, Object>) CodeDepartement::of),
        Arguments.of("976", "976", (Function<String, Object>) CodeDepartement::of),
        Arguments.of("01", "01", (Function<String, Object>) CodeDepartement::of),
        Arguments.of("52", "52", (Function<String, Object>) CodeRegion::of),
        Arguments.of("06", "06", (Function<String, Object>) CodeRegion::of),
        Arguments.of("44690", "44690", (Function<String, Object>) CodePostal::of),
        Arguments.of("44 000", "44000", (Function<String, Object>) CodePostal::of),
        Arguments.of("440000057", "440000057", (Function<String, Object>) FinessNumber::of),
        Arguments.of("2A0000016", "2A0000016", (Function<String, Object>) FinessNumber::of),
        Arguments.of("970100012", "970100012", (Function<String, Object>) FinessNumber::of),
        Arguments.of("980500012", "980500012", (Function<String, Object>) FinessNumber::of));
  }

  @ParameterizedTest
  @MethodSource("valid")
  void of_valid_canonicalForm(String text, String canonical, Function<String, Object> of) {
    Object value = of.apply(text);
    assertThat(value.toString()).isEqualTo(canonical);
    assertThat(of.apply(value.toString())).isEqualTo(value).hasSameHashCodeAs(value);
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of(
            "W75151551", "identifier.rna.length", (Function<String, Object>) RnaNumber::of),
        Arguments.of(
            "X751515517", "identifier.rna.prefix", (Function<String, Object>) RnaNumber::of),
        Arguments.of(
            "w751515517", "identifier.rna.prefix", (Function<String, Object>) RnaNumber::of),
        Arguments.of(
            "W75151551a", "identifier.rna.characters", (Function<String, Object>) RnaNumber::of),
        Arguments.of("0013", "identifier.nic.length", (Function<String, Object>) Nic::of),
        Arguments.of("0001A", "identifier.nic.digits", (Function<String, Object>) Nic::of),
        Arguments.of("88.91", "identifier.naf.format", (Function<String, Object>) CodeNaf::of),
        Arguments.of("88.91a", "identifier.naf.format", (Function<String, Object>) CodeNaf::of),
        Arguments.of("889.1A", "identifier.naf.format", (Function<String, Object>) CodeNaf::of),
        Arguments.of("88-91A", "identifier.naf.format", (Function<String, Object>) CodeNaf::of),
        Arguments.of(
            "5498",
            "identifier.categorie-juridique.unknown",
            (Function<String, Object>) CategorieJuridique::of),
        Arguments.of(
            "1234",
            "identifier.categorie-juridique.unknown",
            (Function<String, Object>) CategorieJuridique::of),
        Arguments.of(
            "922",
            "identifier.categorie-juridique.format",
            (Function<String, Object>) CategorieJuridique::of),
        Arguments.of(
            "20004",
            "identifier.code-commune.departement",
            (Function<String, Object>) CodeCommune::of),
        Arguments.of(
            "97501",
            "identifier.code-commune.departement",
            (Function<String, Object>) CodeCommune::of),
        Arguments.of(
            "44000", "identifier.code-commune.number", (Function<String, Object>) CodeCommune::of),
        Arguments.of(
            "2C004", "identifier.code-commune.format", (Function<String, Object>) CodeCommune::of),
        Arguments.of(
            "4410", "identifier.code-commune.format", (Function<String, Object>) CodeCommune::of),
        Arguments.of(
            "20",
            "identifier.code-departement.unknown",
            (Function<String, Object>) CodeDepartement::of),
        Arguments.of(
            "975",
            "identifier.code-departement.unknown",
            (Function<String, Object>) CodeDepartement::of),
        Arguments.of(
            "977",
            "identifier.code-departement.unknown",
            (Function<String, Object>) CodeDepartement::of),
        Arguments.of(
            "978",
            "identifier.code-departement.unknown",
            (Function<String, Object>) CodeDepartement::of),
        Arguments.of(
            "00",
            "identifier.code-departement.unknown",
            (Function<String, Object>) CodeDepartement::of),
        Arguments.of(
            "2C",
            "identifier.code-departement.format",
            (Function<String, Object>) CodeDepartement::of),
        Arguments.of(
            "5",
            "identifier.code-departement.format",
            (Function<String, Object>) CodeDepartement::of),
        Arguments.of(
            "521", "identifier.code-region.format", (Function<String, Object>) CodeRegion::of),
        Arguments.of(
            "4469", "identifier.code-postal.format", (Function<String, Object>) CodePostal::of),
        Arguments.of(
            "4469O", "identifier.code-postal.format", (Function<String, Object>) CodePostal::of),
        Arguments.of(
            "44000005", "identifier.finess.length", (Function<String, Object>) FinessNumber::of),
        Arguments.of(
            "200000057",
            "identifier.finess.departement",
            (Function<String, Object>) FinessNumber::of),
        Arguments.of(
            "970600012",
            "identifier.finess.departement",
            (Function<String, Object>) FinessNumber::of),
        Arguments.of(
            "44000005X", "identifier.finess.digits", (Function<String, Object>) FinessNumber::of));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void of_invalid_throwsWithCode(String text, String code, Function<String, Object> of) {
    assertThatExceptionOfType(InvalidIdentifierException.class)
        .isThrownBy(() -> of.apply(text))
        .satisfies(
            e -> {
              assertThat(e.code()).isEqualTo(code);
              assertThat(e.input()).isEqualTo(text);
              assertThat(e.violation().code()).startsWith("identifier.");
            });
  }

  @Test
  void categorieJuridique_labelsAndAll() {
    assertThat(CategorieJuridique.of("5458").label())
        .isEqualTo("SARL coopérative de production (SCOP)");
    assertThat(CategorieJuridique.of("9220").label()).isEqualTo("Association déclarée");
    assertThat(CategorieJuridique.of("9230").label())
        .isEqualTo("Association déclarée, reconnue d'utilité publique");
    assertThat(CategorieJuridique.all()).hasSize(260);
    assertThat(CategorieJuridique.all().get(0).toString()).isEqualTo("0000");
    assertThat(CategorieJuridique.of("9220")).isSameAs(CategorieJuridique.of("9220"));
  }

  @Test
  void codeNaf_nomenclature() {
    assertThat(CodeNaf.of("88.91A").nomenclature()).isEqualTo(NafNomenclature.NAF_REV2);
    assertThat(CodeNaf.of("94.99Z").nomenclature()).isEqualTo(NafNomenclature.NAF_REV2);
    assertThat(CodeNaf.of("47.11F").nomenclature()).isEqualTo(NafNomenclature.NAF_REV2);
    assertThat(CodeNaf.of("88.91G").nomenclature()).isEqualTo(NafNomenclature.NAF_2025);
    assertThat(CodeNaf.of("88.91H").nomenclature()).isEqualTo(NafNomenclature.NAF_2025);
    assertThat(CodeNaf.of("94.99Y").nomenclature()).isEqualTo(NafNomenclature.NAF_2025);
    assertThat(CodeNaf.of("88.91A").division()).isEqualTo("88");
  }

  @Test
  void codeCommune_departement() {
    assertThat(CodeCommune.of("44100").departement()).isEqualTo(CodeDepartement.of("44"));
    assertThat(CodeCommune.of("2A004").departement()).isEqualTo(CodeDepartement.of("2A"));
    assertThat(CodeCommune.of("97105").departement()).isEqualTo(CodeDepartement.of("971"));
    assertThat(CodeDepartement.of("971").isOverseas()).isTrue();
    assertThat(CodeDepartement.of("44").isOverseas()).isFalse();
  }

  @Test
  void rna_allDigitsFlag() {
    assertThat(RnaNumber.of("W751515517").isAllDigits()).isTrue();
    assertThat(RnaNumber.of("W2D1234567").isAllDigits()).isFalse();
  }

  @Test
  void finess_structureOnly() {
    FinessNumber finess = FinessNumber.of("440000057");
    assertThat(finess.isCheckKeyVerified()).isFalse();
    assertThat(finess.departement()).contains(CodeDepartement.of("44"));
    assertThat(FinessNumber.of("2A0000016").departement()).contains(CodeDepartement.of("2A"));
    assertThat(FinessNumber.of("970100012").departement()).contains(CodeDepartement.of("971"));
    assertThat(FinessNumber.of("980500012").departement()).contains(CodeDepartement.of("976"));
    assertThat(FinessNumber.of("970500012").departement()).isEmpty();
  }

  @Test
  void isValid_null_falseForEveryType() {
    Stream<Predicate<String>> checks =
        Stream.of(
            Siren::isValid,
            Siret::isValid,
            Nic::isValid,
            RnaNumber::isValid,
            CodeNaf::isValid,
            CategorieJuridique::isValid,
            CodeCommune::isValid,
            CodeDepartement::isValid,
            CodeRegion::isValid,
            CodePostal::isValid,
            FinessNumber::isValid);
    assertThat(checks).allSatisfy(check -> assertThat(check.test(null)).isFalse());
  }
}
