package io.github.esspetiteenfance.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.identifier.CodeRegion;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.organization.EssFamily;
import io.github.esspetiteenfance.organization.SpecificStatus;
import io.github.esspetiteenfance.territory.Cog;
import io.github.esspetiteenfance.territory.Departement;
import io.github.esspetiteenfance.territory.Region;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class NetworkTest {

  private static final Region PDL = Cog.bundled().requireRegion(CodeRegion.of("52"));
  private static final Region BRETAGNE = Cog.bundled().requireRegion(CodeRegion.of("53"));
  private static final Departement VENDEE =
      Cog.bundled().requireDepartement(CodeDepartement.of("85"));
  private static final Citation SOURCE = new Citation("test", Confidence.SECONDARY);

  private static NetworkBuilder base() {
    return NetworkBuilder.builder()
        .key("test-network")
        .name("Réseau test")
        .legalStatus(
            new NetworkLegalStatus(EssFamily.ASSOCIATION, List.of(), Confidence.UNCONFIRMED, ""))
        .territory(PDL)
        .level(NetworkLevel.REGIONAL)
        .addFederates(MemberKind.ASSOCIATION)
        .source(SOURCE)
        .note("");
  }

  private static NetworkFigure figure(
      FigureKind kind, Quantity q, io.github.esspetiteenfance.territory.Territory scope) {
    return NetworkFigureBuilder.builder()
        .kind(kind)
        .quantity(q)
        .scope(scope)
        .wording("w")
        .source(SOURCE)
        .build();
  }

  private static void assertCode(ThrowingCallable call, io.github.esspetiteenfance.ErrorCode code) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.errorCode()).isEqualTo(code));
  }

  @Test
  void builder_regionalNetworkWithDepartementalFigure_isValid() {
    Network n = base().addFigures(figure(FigureKind.MEMBERS, Quantity.exact(3), VENDEE)).build();
    assertThat(n.figures(FigureKind.MEMBERS)).hasSize(1);
    assertThat(n.figure(FigureKind.MEMBERS, VENDEE)).isPresent();
    assertThat(n.figure(FigureKind.MEMBERS, PDL)).isEmpty();
  }

  @Test
  void builder_levelNotMatchingTerritory_throws() {
    assertCode(() -> base().territory(VENDEE).build(), NetworkErrorCode.LEVEL_TERRITORY_MISMATCH);
    assertCode(
        () -> base().level(NetworkLevel.NATIONAL).build(),
        NetworkErrorCode.LEVEL_TERRITORY_MISMATCH);
  }

  @Test
  void builder_figureOutsideTheTerritory_throws() {
    assertCode(
        () -> base().addFigures(figure(FigureKind.MEMBERS, Quantity.exact(3), BRETAGNE)).build(),
        NetworkErrorCode.FIGURE_OUTSIDE_TERRITORY);
  }

  @Test
  void builder_sameFigureTwice_throws() {
    assertCode(
        () ->
            base()
                .addFigures(
                    figure(FigureKind.MEMBERS, Quantity.exact(3), PDL),
                    figure(FigureKind.MEMBERS, Quantity.exact(4), PDL))
                .build(),
        CommonErrorCode.DUPLICATE);
  }

  @Test
  void builder_badKeyBlankNameOrNothingFederated_throw() {
    assertCode(() -> base().key("Test Network").build(), NetworkErrorCode.KEY_FORMAT);
    assertCode(() -> base().name(" ").build(), CommonErrorCode.BLANK);
    assertCode(() -> base().acronym(Optional.of("")).build(), CommonErrorCode.BLANK);
    assertCode(() -> base().federates(List.of()).build(), NetworkErrorCode.NOTHING_FEDERATED);
    assertCode(
        () -> base().addFederates(MemberKind.ASSOCIATION).build(), CommonErrorCode.DUPLICATE);
  }

  @Test
  void legalStatus_statusOfAnotherFamily_throws() {
    assertCode(
        () ->
            new NetworkLegalStatus(
                EssFamily.ASSOCIATION, List.of(SpecificStatus.SCOP), Confidence.SECONDARY, ""),
        NetworkErrorCode.STATUS_FAMILY_MISMATCH);
    assertCode(
        () ->
            new NetworkLegalStatus(
                EssFamily.ASSOCIATION,
                List.of(SpecificStatus.ASSOCIATION_RUP, SpecificStatus.ASSOCIATION_RUP),
                Confidence.SECONDARY,
                ""),
        CommonErrorCode.DUPLICATE);
  }

  @Test
  void citationAndFigure_blankText_throw() {
    assertCode(() -> new Citation(" ", Confidence.SECONDARY), CommonErrorCode.BLANK);
    assertCode(
        () ->
            NetworkFigureBuilder.builder()
                .kind(FigureKind.MEMBERS)
                .quantity(Quantity.exact(1))
                .scope(PDL)
                .wording("")
                .source(SOURCE)
                .build(),
        CommonErrorCode.BLANK);
  }

  @Test
  void labels_areFrench() {
    assertThat(MemberKind.PARENT_RUN_CRECHE.label()).isEqualTo("crèches parentales");
    assertThat(FigureKind.VOLUNTEERS.label()).isEqualTo("bénévoles");
    assertThat(Qualifier.NEARLY.french()).isEqualTo("près de");
    assertThat(NetworkLevel.DEPARTEMENTAL.territoryLevel())
        .isEqualTo(io.github.esspetiteenfance.territory.TerritoryLevel.DEPARTEMENT);
  }

  @Test
  void message_figureKindsAndQualifiers_areInEachLanguage() {
    assertThat(FigureKind.VOLUNTEERS.message(java.util.Locale.FRENCH)).isEqualTo("bénévoles");
    assertThat(FigureKind.VOLUNTEERS.message(java.util.Locale.ENGLISH)).isEqualTo("volunteers");
    assertThat(Qualifier.NEARLY.message(java.util.Locale.FRENCH)).isEqualTo("près de");
    assertThat(Qualifier.NEARLY.message(java.util.Locale.ENGLISH)).isEqualTo("nearly");
    for (FigureKind kind : FigureKind.values()) {
      io.github.esspetiteenfance.testing.OneLanguage.assertFrench(
          kind.name(), kind.message(java.util.Locale.FRENCH));
      io.github.esspetiteenfance.testing.OneLanguage.assertEnglish(
          kind.name(), kind.message(java.util.Locale.ENGLISH));
      assertThat(kind.englishLabel()).as(kind.name()).isNotBlank().isNotEqualTo(kind.label());
    }
    for (Qualifier qualifier : Qualifier.values()) {
      assertThat(qualifier.english().isEmpty())
          .as(qualifier.name())
          .isEqualTo(qualifier == Qualifier.EXACT);
    }
  }
}
