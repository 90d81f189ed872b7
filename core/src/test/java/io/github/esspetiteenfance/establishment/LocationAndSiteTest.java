package io.github.esspetiteenfance.establishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.testing.EstablishmentGenerators;
import io.github.esspetiteenfance.testing.IdentifierGenerators;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocationAndSiteTest {

  private static final CodeDepartement MAINE_ET_LOIRE = CodeDepartement.of("49");
  private static final CodeDepartement MAYENNE = CodeDepartement.of("53");
  private static final CodeDepartement SARTHE = CodeDepartement.of("72");

  @Test
  void of_commune_knowsItsDepartement() {
    Location monnieres = Location.of(CodeCommune.of("44100"));
    assertThat(monnieres.commune()).contains(CodeCommune.of("44100"));
    assertThat(monnieres.departement()).contains(CodeDepartement.of("44"));
    assertThat(monnieres.departements()).isEmpty();
    assertThat(monnieres).hasToString("44100");
  }

  @Test
  void inDepartement_mayenne_hasNoCommune() {
    Location mayenne = Location.inDepartement(MAYENNE);
    assertThat(mayenne.commune()).isEmpty();
    assertThat(mayenne.departement()).contains(MAYENNE);
    assertThat(mayenne).hasToString("dep 53");
  }

  @Test
  void inOneOf_threeDepartements_knowsNoSingleDepartement() {
    Location inalta = Location.inOneOf(SARTHE, MAINE_ET_LOIRE, MAYENNE);
    assertThat(inalta.departement()).isEmpty();
    assertThat(inalta.possibleDepartements()).containsExactly(MAINE_ET_LOIRE, MAYENNE, SARTHE);
    assertThat(inalta).hasToString("dep 49|53|72");
  }

  @Test
  void new_neitherOrBoth_throws() {
    assertThatThrownBy(() -> new Location(Optional.empty(), Set.of()))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(EstablishmentErrorCode.LOCATION_UNKNOWN));
    assertThatThrownBy(
            () ->
                new Location(
                    Optional.of(CodeCommune.of("44100")), Set.of(CodeDepartement.of("44"))))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.errorCode()).isEqualTo(EstablishmentErrorCode.LOCATION_OVERSPECIFIED));
  }

  @Test
  void location_anyGenerated_hasExactlyOneKindOfPlaceAndAPossibleDepartement() {
    qt().withExamples(1000)
        .forAll(EstablishmentGenerators.locations())
        .checkAssert(
            l -> {
              assertThat(l.commune().isPresent()).isNotEqualTo(!l.departements().isEmpty());
              assertThat(l.possibleDepartements()).isNotEmpty();
              l.commune().ifPresent(c -> assertThat(l.departement()).contains(c.departement()));
            });
  }

  @Test
  void location_ofAnyCommune_isInTheCommunesDepartement() {
    qt().withExamples(1000)
        .forAll(IdentifierGenerators.codesCommune())
        .checkAssert(
            c ->
                assertThat(Location.of(c).possibleDepartements()).containsExactly(c.departement()));
  }

  @Test
  void site_blankNameOrAddress_throws() {
    assertThatThrownBy(
            () ->
                new Site(Optional.of(" "), Location.of(CodeCommune.of("44100")), Optional.empty()))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CommonErrorCode.BLANK));
    assertThat(Site.of("Les Lutins", CodeCommune.of("44165")).commune())
        .contains(CodeCommune.of("44165"));
  }
}
