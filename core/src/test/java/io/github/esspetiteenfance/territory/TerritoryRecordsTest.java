package io.github.esspetiteenfance.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.identifier.CodeRegion;
import io.github.esspetiteenfance.legal.Confidence;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The invariants of the territory records, checked in their compact constructors. */
class TerritoryRecordsTest {

  private static final CodeCommune NANTES = CodeCommune.of("44109");

  private static void assertRejected(
      ThrowingCallable call, io.github.esspetiteenfance.ErrorCode code) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.errorCode()).isEqualTo(code));
  }

  private static CommuneBuilder nantes() {
    return CommuneBuilder.builder()
        .code(NANTES)
        .type(CommuneType.COM)
        .name("Nantes")
        .departementCode(CodeDepartement.of("44"))
        .regionCode(CodeRegion.of("52"));
  }

  @Test
  void commune_builtWithItsBuilder_equalsTheBundledOne() {
    assertThat(nantes().build()).isEqualTo(Cog.bundled().requireCommune(NANTES));
  }

  @Test
  void commune_blankName_isRejected() {
    assertRejected(() -> nantes().name(" ").build(), CommonErrorCode.BLANK);
  }

  @Test
  void commune_currentWithParent_isRejected() {
    assertRejected(
        () -> nantes().parentCode(CodeCommune.of("44100")).build(),
        TerritoryErrorCode.COMMUNE_PARENT_UNEXPECTED);
  }

  @Test
  void commune_delegueeWithoutParent_isRejected() {
    assertRejected(
        () -> nantes().type(CommuneType.COMD).build(), TerritoryErrorCode.COMMUNE_PARENT_MISSING);
  }

  @Test
  void regionAndDepartement_blankName_isRejected() {
    assertRejected(() -> new Region(CodeRegion.of("52"), "", NANTES), CommonErrorCode.BLANK);
    assertRejected(
        () -> new Departement(CodeDepartement.of("44"), "", CodeRegion.of("52"), NANTES),
        CommonErrorCode.BLANK);
  }

  @Test
  void movement_withNeitherSide_isRejected() {
    assertRejected(
        () ->
            new CommuneMovement(
                CommuneEvent.NAME_CHANGE,
                LocalDate.of(2020, 1, 1),
                Optional.empty(),
                Optional.empty()),
        TerritoryErrorCode.MOVEMENT_EMPTY);
    assertRejected(
        () -> new CommuneMovement.Side(CommuneType.COM, NANTES, " "), CommonErrorCode.BLANK);
  }

  @Test
  void communeEvent_ofKnownCode_givesItsLabel() {
    assertThat(CommuneEvent.of(32)).isEqualTo(CommuneEvent.NEW_COMMUNE);
    assertThat(CommuneEvent.NEW_COMMUNE.label()).isEqualTo("Création de commune nouvelle");
    assertThat(CommuneEvent.NEW_COMMUNE.code()).isEqualTo(32);
    assertThat(CommuneEvent.NEW_COMMUNE.confidence()).isEqualTo(Confidence.SECONDARY);
    assertThat(CommuneEvent.DELEGATED_COMMUNE_CREATION.confidence())
        .isEqualTo(Confidence.UNCONFIRMED);
  }

  @Test
  void communeEvent_ofUnknownCode_isRejected() {
    assertRejected(() -> CommuneEvent.of(99), TerritoryErrorCode.MOVEMENT_EVENT_UNKNOWN);
  }

  @Test
  void cogVintage_blankAttribution_isRejected() {
    assertRejected(() -> new CogVintage(Year.of(2026), " "), CommonErrorCode.BLANK);
  }

  @Test
  void cogVintage_2023_namesItsSources() {
    assertThat(CogVintage.COG_2023.referenceDate()).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(CogVintage.COG_2023.attribution())
        .contains("geo.api.gouv.fr")
        .contains("La Poste")
        .contains("2023-12-29")
        .contains("Licence Ouverte");
  }

  @Test
  void communeType_onlyComIsCurrent() {
    assertThat(CommuneType.values())
        .filteredOn(CommuneType::isCurrentCommune)
        .containsExactly(CommuneType.COM);
    assertThat(CommuneType.COMD.label()).isEqualTo("commune déléguée");
  }

  @Test
  void resolution_inconsistentWithItsMethod_isRejected() {
    Commune nantes = nantes().build();
    Commune monnieres = Cog.bundled().requireCommune(CodeCommune.of("44100"));
    assertRejected(
        () ->
            new CommuneResolution(
                NANTES, ResolutionMethod.ALREADY_CURRENT, List.of(), Optional.empty(), List.of()),
        TerritoryErrorCode.RESOLUTION_INCONSISTENT);
    assertRejected(
        () ->
            new CommuneResolution(
                NANTES,
                ResolutionMethod.ALREADY_CURRENT,
                List.of(monnieres),
                Optional.empty(),
                List.of()),
        TerritoryErrorCode.RESOLUTION_INCONSISTENT);
    assertRejected(
        () ->
            new CommuneResolution(
                NANTES, ResolutionMethod.VIA_PARENT, List.of(nantes), Optional.empty(), List.of()),
        TerritoryErrorCode.RESOLUTION_INCONSISTENT);
    assertRejected(
        () ->
            new CommuneResolution(
                NANTES,
                ResolutionMethod.VIA_MOVEMENTS,
                List.of(nantes),
                Optional.empty(),
                List.of()),
        TerritoryErrorCode.RESOLUTION_INCONSISTENT);
    Commune aigueblanche = Cog.bundled().communesWithCode(CodeCommune.of("73003")).get(1);
    assertRejected(
        () ->
            new CommuneResolution(
                CodeCommune.of("73003"),
                ResolutionMethod.ALREADY_CURRENT,
                List.of(aigueblanche),
                Optional.empty(),
                List.of()),
        TerritoryErrorCode.RESOLUTION_INCONSISTENT);
  }
}
