package io.github.esspetiteenfance.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.testing.OrganizationGenerators;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small value types of the package: declarations, employer status, agrément, origin. */
class OrganizationValuesTest {

  @Test
  void declaredEssStatus_fromSirene_readsOAndNAndEmpty() {
    assertThat(DeclaredEssStatus.fromSirene("O")).isEqualTo(DeclaredEssStatus.DECLARED_ESS);
    assertThat(DeclaredEssStatus.fromSirene(" N ")).isEqualTo(DeclaredEssStatus.DECLARED_NOT_ESS);
    assertThat(DeclaredEssStatus.fromSirene("")).isEqualTo(DeclaredEssStatus.NOT_DECLARED);
    assertThat(DeclaredEssStatus.fromSirene(null)).isEqualTo(DeclaredEssStatus.NOT_DECLARED);
    assertThat(DeclaredEssStatus.DECLARED_ESS.sireneCode()).contains("O");
    assertThat(DeclaredEssStatus.NOT_DECLARED.sireneCode()).isEmpty();
    assertThatThrownBy(() -> DeclaredEssStatus.fromSirene("oui"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(OrganizationErrorCode.ESS_FLAG_INVALID));
  }

  @Test
  void declaredEssStatus_sireneCode_roundTrips() {
    for (DeclaredEssStatus s : DeclaredEssStatus.values()) {
      if (s != DeclaredEssStatus.UNKNOWN) {
        assertThat(DeclaredEssStatus.fromSirene(s.sireneCode().orElse(""))).isEqualTo(s);
      }
    }
    assertThat(DeclaredEssStatus.UNKNOWN.sireneCode()).isEmpty();
  }

  @Test
  void employerStatus_fromTranche_readsNnAsNonEmployer() {
    assertThat(EmployerStatus.fromTrancheEffectifs("NN")).isEqualTo(EmployerStatus.NON_EMPLOYER);
    assertThat(EmployerStatus.fromTrancheEffectifs("00")).isEqualTo(EmployerStatus.EMPLOYER);
    assertThat(EmployerStatus.fromTrancheEffectifs("53")).isEqualTo(EmployerStatus.EMPLOYER);
    assertThat(EmployerStatus.fromTrancheEffectifs(null)).isEqualTo(EmployerStatus.UNKNOWN);
    assertThat(EmployerStatus.fromSireneEmployer("O")).isEqualTo(EmployerStatus.EMPLOYER);
    assertThat(EmployerStatus.fromSireneEmployer("N")).isEqualTo(EmployerStatus.NON_EMPLOYER);
    assertThat(EmployerStatus.fromSireneEmployer(" ")).isEqualTo(EmployerStatus.UNKNOWN);
    for (String bad : List.of("13", "N", "1")) {
      assertThatThrownBy(() -> EmployerStatus.fromTrancheEffectifs(bad))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.errorCode()).isEqualTo(OrganizationErrorCode.EMPLOYER_INVALID));
    }
    assertThatThrownBy(() -> EmployerStatus.fromSireneEmployer("X"))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void esusAgrement_estimated_lastsFiveYearsOrTwoForYoungCompanies() {
    LocalDate granted = LocalDate.of(2024, 3, 15);
    EsusAgrement standard = EsusAgrement.estimated(granted, false);
    assertThat(standard.expiry()).isEqualTo(LocalDate.of(2029, 3, 14));
    assertThat(standard.isExpiryEstimated()).isTrue();
    assertThat(standard.expiryRule()).contains(EsusAgrement.DURATION_RULE);
    assertThat(EsusAgrement.DURATION_RULE.confidence()).isEqualTo(Confidence.UNCONFIRMED);
    assertThat(EsusAgrement.estimated(granted, true).expiry()).isEqualTo(LocalDate.of(2026, 3, 14));
    EsusAgrement read = EsusAgrement.of(granted, LocalDate.of(2029, 1, 1));
    assertThat(read.isExpiryEstimated()).isFalse();
  }

  @Test
  void esusAgrement_expiryBeforeGrant_throws() {
    assertThatThrownBy(() -> EsusAgrement.of(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.errorCode())
                    .isEqualTo(OrganizationErrorCode.ESUS_EXPIRY_BEFORE_GRANT));
  }

  @Test
  void esusAgrement_isValidOn_exactlyBetweenItsDates() {
    qt().withExamples(1000)
        .forAll(
            OrganizationGenerators.esusAgrements(),
            org.quicktheories.generators.SourceDSL.integers().between(-4000, 4000))
        .checkAssert(
            (a, offset) -> {
              LocalDate d = a.granted().plusDays(offset);
              assertThat(a.isValidOn(d))
                  .isEqualTo(!d.isBefore(a.granted()) && !d.isAfter(a.expiry()));
            });
  }

  @Test
  void origin_mergerNeedsTwoPredecessorsAndCreationNone() {
    assertThatThrownBy(() -> Origin.merger(List.of("A"), ""))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(OrganizationErrorCode.MERGER_PREDECESSORS));
    assertThatThrownBy(() -> new Origin(OriginKind.CREATION, Optional.empty(), List.of("A"), ""))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(OrganizationErrorCode.CREATION_PREDECESSORS));
    assertThatThrownBy(() -> Origin.merger(List.of("A", "A"), ""))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CommonErrorCode.DUPLICATE));
    assertThatThrownBy(() -> Origin.merger(List.of("A", " "), ""))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CommonErrorCode.BLANK));
    assertThat(Origin.creation(Year.of(2017), "Créée en 2017").year()).contains(Year.of(2017));
    assertThat(Origin.creation("").year()).isEmpty();
    assertThat(Origin.merger(Year.of(2019), List.of("A", "B"), "").year()).contains(Year.of(2019));
    assertThat(Origin.merger(List.of("A", "B"), "").year()).isEmpty();
    assertThat(Origin.merger(List.of("A", "B"), "").kind()).isEqualTo(OriginKind.MERGER);
    assertThatThrownBy(() -> Origin.creation(null, "")).isInstanceOf(NullPointerException.class);
  }

  @Test
  void membership_blankNetwork_throwsAndWithSinceKeepsTheRest() {
    assertThatThrownBy(() -> Membership.of(" ", MembershipRole.MEMBER))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CommonErrorCode.BLANK));
    Membership m =
        Membership.of("acepp", MembershipRole.MEMBER).withSince(LocalDate.of(2010, 1, 1));
    assertThat(m.network()).isEqualTo("acepp");
    assertThat(m.since()).contains(LocalDate.of(2010, 1, 1));
  }

  @Test
  void legalForm_declared_blankWording_throws() {
    assertThatThrownBy(
            () -> LegalForm.declared(EssFamily.ASSOCIATION, "", Confidence.SECONDARY, "seed"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("wording"));
    assertThatThrownBy(
            () ->
                LegalForm.declared(EssFamily.ASSOCIATION, "association", Confidence.SECONDARY, ""))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).contains("source"));
    assertThat(LegalForm.of("9220").toString()).isEqualTo("9220");
    assertThat(LegalForm.of("9220").confidence()).isEqualTo(Confidence.CONFIRMED);
  }

  @Test
  void essFamily_fourFamiliesAreEssByLegalForm() {
    assertThat(EssFamily.values())
        .filteredOn(EssFamily::isEssByLegalForm)
        .containsExactly(
            EssFamily.ASSOCIATION, EssFamily.COOPERATIVE, EssFamily.MUTUELLE, EssFamily.FONDATION);
    assertThat(EssFamily.values())
        .filteredOn(f -> !f.isEss())
        .containsExactly(EssFamily.PUBLIC_SECTOR, EssFamily.OUTSIDE_ESS);
    assertThat(EssFamily.OUTSIDE_ESS.label()).isEqualTo("Hors ESS");
  }
}
