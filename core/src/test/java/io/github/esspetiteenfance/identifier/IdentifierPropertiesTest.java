package io.github.esspetiteenfance.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.testing.IdentifierGenerators;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Property-based tests of every identifier, with QuickTheories (1000 examples each).
 *
 * <p>What is asserted, precisely:
 *
 * <ul>
 *   <li>every generated valid value is accepted by {@code isValid} and round-trips through {@code
 *       of(x.toString())}, also when spaces are inserted;
 *   <li>SIREN: every single-digit substitution (9 positions × 9 other digits) is rejected, since
 *       Luhn detects all single-digit substitutions;
 *   <li>SIRET outside La Poste: every single-digit substitution (14 × 9) is rejected;
 *   <li>SIRET of La Poste (other than the head office): a substitution in the SIREN part is
 *       rejected; a substitution in the NIC part is accepted exactly when the digit changes by 5
 *       (the digit sum stays a multiple of 5) or when the result is the head office {@code
 *       35600000000048}; the mod-5 rule cannot detect changes by 5;
 *   <li>for arbitrary and near-valid strings, {@code of} throws nothing but {@link
 *       InvalidIdentifierException}, {@code isValid} never throws, and {@code isValid(s)} is true
 *       exactly when {@code of(s)} does not throw.
 * </ul>
 */
class IdentifierPropertiesTest {

  private static final int EXAMPLES = 1000;

  // ---------------------------------------------------------------- valid values round-trip

  @Test
  void siren_generated_validAndRoundTrips() {
    roundTrips(IdentifierGenerators.sirens(), Siren::of, Siren::isValid);
  }

  @Test
  void siret_generated_validAndRoundTrips() {
    roundTrips(IdentifierGenerators.sirets(), Siret::of, Siret::isValid);
  }

  @Test
  void siret_laPoste_validAndRoundTrips() {
    roundTrips(IdentifierGenerators.laPosteSirets(), Siret::of, Siret::isValid);
    qt().withExamples(EXAMPLES)
        .forAll(IdentifierGenerators.laPosteSirets())
        .check(
            siret ->
                siret.isLaPoste()
                    && Luhn.digitSum(siret.toString()) % 5 == 0
                    && Siret.of(siret.siren(), siret.nic()).equals(siret));
  }

  @Test
  void siret_sirenAndNic_recompose() {
    qt().withExamples(EXAMPLES)
        .forAll(IdentifierGenerators.sirets())
        .check(
            siret ->
                Siret.of(siret.siren(), siret.nic()).equals(siret)
                    && siret.toString().equals(siret.siren() + siret.nic().toString()));
  }

  @Test
  void nic_generated_validAndRoundTrips() {
    roundTrips(IdentifierGenerators.nics(), Nic::of, Nic::isValid);
  }

  @Test
  void rna_generated_validAndRoundTrips() {
    roundTrips(IdentifierGenerators.rnaNumbers(), RnaNumber::of, RnaNumber::isValid);
  }

  @Test
  void codeNaf_generated_validAndRoundTrips() {
    roundTrips(IdentifierGenerators.codesNaf(), CodeNaf::of, CodeNaf::isValid);
    qt().withExamples(EXAMPLES)
        .forAll(IdentifierGenerators.codesNaf())
        .check(naf -> CodeNaf.of(naf.toString().replace(".", "")).equals(naf));
  }

  @Test
  void categorieJuridique_generated_validAndRoundTrips() {
    roundTrips(
        IdentifierGenerators.categoriesJuridiques(),
        CategorieJuridique::of,
        CategorieJuridique::isValid);
  }

  @Test
  void codeCommune_generated_validAndRoundTrips() {
    roundTrips(IdentifierGenerators.codesCommune(), CodeCommune::of, CodeCommune::isValid);
    qt().withExamples(EXAMPLES)
        .forAll(IdentifierGenerators.codesCommune())
        .check(commune -> commune.toString().startsWith(commune.departement().toString()));
  }

  @Test
  void codeDepartement_generated_validAndRoundTrips() {
    roundTrips(
        IdentifierGenerators.codesDepartement(), CodeDepartement::of, CodeDepartement::isValid);
  }

  @Test
  void codeRegion_generated_validAndRoundTrips() {
    roundTrips(IdentifierGenerators.codesRegion(), CodeRegion::of, CodeRegion::isValid);
  }

  @Test
  void codePostal_generated_validAndRoundTrips() {
    roundTrips(IdentifierGenerators.codesPostaux(), CodePostal::of, CodePostal::isValid);
  }

  @Test
  void finess_generated_validAndRoundTrips() {
    roundTrips(IdentifierGenerators.finessNumbers(), FinessNumber::of, FinessNumber::isValid);
  }

  private static <T> void roundTrips(
      Gen<T> values, Function<String, T> of, Predicate<String> isValid) {
    qt().withExamples(EXAMPLES)
        .forAll(values, SourceDSL.integers().between(0, 20))
        .check(
            (value, spaceAt) -> {
              String text = value.toString();
              int at = Math.min(spaceAt, text.length());
              String spaced =
                  " " + text.substring(0, at) + " \u00A0" + text.substring(at) + "\u202F";
              return isValid.test(text)
                  && of.apply(text).equals(value)
                  && of.apply(text).toString().equals(text)
                  && isValid.test(spaced)
                  && of.apply(spaced).equals(value);
            });
  }

  // ---------------------------------------------------------------- single-digit substitutions

  @Test
  void siren_everySingleDigitSubstitution_rejected() {
    qt().withExamples(EXAMPLES)
        .forAll(IdentifierGenerators.sirens())
        .check(
            siren ->
                substitutions(siren.toString(), 0, 9).stream()
                    .noneMatch(s -> Siren.isValid(s.text())));
  }

  @Test
  void siret_everySingleDigitSubstitution_rejected() {
    qt().withExamples(EXAMPLES)
        .forAll(IdentifierGenerators.sirets())
        .check(
            siret ->
                substitutions(siret.toString(), 0, 14).stream()
                    .noneMatch(s -> Siret.isValid(s.text())));
  }

  @Test
  void siret_laPosteSubstitutions_followTheMod5Rule() {
    qt().withExamples(EXAMPLES)
        .forAll(IdentifierGenerators.laPosteSirets())
        .check(
            siret ->
                substitutions(siret.toString(), 0, 9).stream()
                        .noneMatch(s -> Siret.isValid(s.text()))
                    && substitutions(siret.toString(), 9, 14).stream()
                        .allMatch(
                            s ->
                                Siret.isValid(s.text())
                                    == (Math.abs(s.delta()) == 5
                                        || s.text().equals(SiretAlgorithm.LA_POSTE_HEAD_OFFICE))));
  }

  @Test
  void siret_laPosteHeadOffice_nicSubstitutionAcceptedOnlyIfDigitSumMultipleOf5() {
    String headOffice = SiretAlgorithm.LA_POSTE_HEAD_OFFICE;
    List<Substitution> all = substitutions(headOffice, 0, 14);
    assertThat(all).hasSize(14 * 9);
    for (Substitution s : all) {
      boolean expected = s.position() >= 9 && Luhn.digitSum(s.text()) % 5 == 0;
      assertThat(Siret.isValid(s.text())).as(s.text()).isEqualTo(expected);
    }
  }

  /** A text with one digit replaced by another, and the signed change of that digit. */
  record Substitution(String text, int position, int delta) {}

  private static List<Substitution> substitutions(String digits, int from, int to) {
    List<Substitution> result = new java.util.ArrayList<>();
    char[] chars = digits.toCharArray();
    for (int i = from; i < to; i++) {
      char original = chars[i];
      for (char d = '0'; d <= '9'; d++) {
        if (d != original) {
          chars[i] = d;
          result.add(new Substitution(new String(chars), i, d - original));
        }
      }
      chars[i] = original;
    }
    return result;
  }

  // ---------------------------------------------------------------- arbitrary strings

  private static Gen<String> anyText() {
    return IdentifierGenerators.identifierLikeTexts();
  }

  @Test
  void anyText_siren_ofAndIsValidAgree() {
    agree(Siren::of, Siren::isValid);
  }

  @Test
  void anyText_siret_ofAndIsValidAgree() {
    agree(Siret::of, Siret::isValid);
  }

  @Test
  void anyText_nic_ofAndIsValidAgree() {
    agree(Nic::of, Nic::isValid);
  }

  @Test
  void anyText_rna_ofAndIsValidAgree() {
    agree(RnaNumber::of, RnaNumber::isValid);
  }

  @Test
  void anyText_codeNaf_ofAndIsValidAgree() {
    agree(CodeNaf::of, CodeNaf::isValid);
  }

  @Test
  void anyText_categorieJuridique_ofAndIsValidAgree() {
    agree(CategorieJuridique::of, CategorieJuridique::isValid);
  }

  @Test
  void anyText_codeCommune_ofAndIsValidAgree() {
    agree(CodeCommune::of, CodeCommune::isValid);
  }

  @Test
  void anyText_codeDepartement_ofAndIsValidAgree() {
    agree(CodeDepartement::of, CodeDepartement::isValid);
  }

  @Test
  void anyText_codeRegion_ofAndIsValidAgree() {
    agree(CodeRegion::of, CodeRegion::isValid);
  }

  @Test
  void anyText_codePostal_ofAndIsValidAgree() {
    agree(CodePostal::of, CodePostal::isValid);
  }

  @Test
  void anyText_finess_ofAndIsValidAgree() {
    agree(FinessNumber::of, FinessNumber::isValid);
  }

  /**
   * Checks that {@code of} throws only {@link InvalidIdentifierException}, that {@code isValid}
   * never throws, and that both agree; also that an accepted text round-trips.
   */
  private static void agree(Function<String, ?> of, Predicate<String> isValid) {
    qt().withExamples(EXAMPLES)
        .forAll(anyText())
        .check(
            text -> {
              boolean valid = isValid.test(text);
              Object value;
              try {
                value = of.apply(text);
              } catch (InvalidIdentifierException e) {
                return !valid && e.input().equals(text) && !e.getMessage().isEmpty();
              }
              return valid && of.apply(value.toString()).equals(value);
            });
  }
}
