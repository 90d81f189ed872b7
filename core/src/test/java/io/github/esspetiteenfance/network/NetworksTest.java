package io.github.esspetiteenfance.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.identifier.CodeRegion;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.organization.EssFamily;
import io.github.esspetiteenfance.organization.Membership;
import io.github.esspetiteenfance.organization.MembershipRole;
import io.github.esspetiteenfance.organization.SpecificStatus;
import io.github.esspetiteenfance.territory.Cog;
import io.github.esspetiteenfance.territory.Region;
import io.github.esspetiteenfance.testing.OrganizationGenerators;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NetworksTest {

  private static final Region PDL = Cog.bundled().requireRegion(CodeRegion.of("52"));

  private static Quantity figure(String network, FigureKind kind) {
    return Networks.require(network).figure(kind, PDL).orElseThrow().quantity();
  }

  @Test
  void reference_holdsTheSevenNetworksWithUniqueKeysAndAcronyms() {
    assertThat(Networks.reference())
        .extracting(Network::key)
        .containsExactly(
            "familles-rurales",
            "urcs-pdl",
            "fas-pdl",
            "uriopss-pdl",
            "acepp",
            "pole-ess-vendee",
            "cress-pdl")
        .containsExactlyElementsOf(OrganizationGenerators.NETWORK_KEYS);
    List<String> acronyms =
        Networks.reference().stream().flatMap(n -> n.acronym().stream()).toList();
    assertThat(acronyms)
        .containsExactly("FAS", "URIOPSS", "ACEPP", "CRESS")
        .doesNotHaveDuplicates();
  }

  @Test
  void famillesRurales_hasTheSeedFiguresForPaysDeLaLoire() {
    assertThat(figure("familles-rurales", FigureKind.MEMBER_FAMILIES))
        .isEqualTo(Quantity.exact(34_400));
    assertThat(figure("familles-rurales", FigureKind.LOCAL_ASSOCIATIONS))
        .isEqualTo(Quantity.exact(600));
    Quantity reached = figure("familles-rurales", FigureKind.PEOPLE_REACHED);
    assertThat(reached.qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(reached.value()).isEqualTo(100_000);
    assertThat(reached.lowerBound()).contains(100_001L);
    assertThat(reached.upperBound()).isEmpty();
    assertThat(figure("familles-rurales", FigureKind.VOLUNTEERS)).isEqualTo(Quantity.exact(3_000));
    NetworkFigure families =
        Networks.require("familles-rurales").figure(FigureKind.MEMBER_FAMILIES, PDL).orElseThrow();
    assertThat(families.year()).isEmpty();
    assertThat(families.wording()).contains("34 400 familles adhérentes");
  }

  @Test
  void famillesRurales_isANationalAssociationReconnueDUtilitePublique() {
    Network fr = Networks.require("familles-rurales");
    assertThat(fr.level()).isEqualTo(NetworkLevel.NATIONAL);
    assertThat(fr.territory()).isEqualTo(Cog.bundled().france());
    assertThat(fr.legalStatus().family()).isEqualTo(EssFamily.ASSOCIATION);
    assertThat(fr.legalStatus().statuses()).contains(SpecificStatus.ASSOCIATION_RUP);
    assertThat(fr.legalStatus().confidence()).isEqualTo(Confidence.SECONDARY);
    assertThat(fr.acronym()).isEmpty();
    assertThat(fr.federates(MemberKind.LOCAL_ASSOCIATION)).isTrue();
    assertThat(fr.figure(FigureKind.EMPLOYEES, Cog.bundled().france()))
        .map(NetworkFigure::quantity)
        .contains(Quantity.of(17_000, Qualifier.ABOUT));
  }

  @Test
  void otherSeedNetworks_keepTheirQualifiers() {
    assertThat(figure("urcs-pdl", FigureKind.MEMBER_CENTRES)).isEqualTo(Quantity.exact(116));
    assertThat(figure("urcs-pdl", FigureKind.MEMBER_FEDERATIONS)).isEqualTo(Quantity.exact(4));
    assertThat(figure("FAS", FigureKind.MEMBER_ORGANISATIONS))
        .isEqualTo(Quantity.of(67, Qualifier.MORE_THAN));
    assertThat(figure("uriopss", FigureKind.MEMBER_ORGANISATIONS))
        .isEqualTo(Quantity.of(200, Qualifier.NEARLY));
    assertThat(figure("URIOPSS", FigureKind.ESTABLISHMENTS_AND_SERVICES))
        .isEqualTo(Quantity.of(700, Qualifier.MORE_THAN));
    assertThat(
            Networks.require("ACEPP")
                .figure(FigureKind.MEMBERS, Cog.bundled().france())
                .orElseThrow()
                .quantity())
        .isEqualTo(Quantity.of(900, Qualifier.ABOUT));
  }

  @Test
  void regionalAndDepartementalNetworks_haveTheirTerritory() {
    assertThat(Networks.require("cress-pdl").territory()).isEqualTo(PDL);
    assertThat(Networks.require("cress-pdl").legalStatus().statuses())
        .containsExactly(SpecificStatus.ASSOCIATION_CAPACITE_RUP);
    Network pole = Networks.require("pole-ess-vendee");
    assertThat(pole.level()).isEqualTo(NetworkLevel.DEPARTEMENTAL);
    assertThat(pole.territory())
        .isEqualTo(Cog.bundled().requireDepartement(CodeDepartement.of("85")));
    assertThat(pole.legalStatus().confidence()).isEqualTo(Confidence.UNCONFIRMED);
    assertThat(pole.figures()).isEmpty();
  }

  @Test
  void reference_everyNetworkIsSourcedAndEveryFigureLiesInItsTerritory() {
    for (Network n : Networks.reference()) {
      assertThat(n.source().text()).as(n.key()).isNotBlank();
      assertThat(n.federates()).as(n.key()).isNotEmpty();
      assertThat(n.figures())
          .allSatisfy(
              f -> {
                assertThat(n.territory().contains(f.scope())).isTrue();
                assertThat(f.source().confidence()).isNotEqualTo(Confidence.CONFIRMED);
              });
    }
  }

  @Test
  void find_unknownKey_isEmptyAndRequireThrows() {
    assertThat(Networks.find("unaf")).isEmpty();
    assertThatThrownBy(() -> Networks.require("unaf"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(NetworkErrorCode.UNKNOWN_NETWORK));
  }

  @Test
  void resolve_membershipOfTheSeed_givesTheNetwork() {
    Membership polichinelles = Membership.of("pole-ess-vendee", MembershipRole.ACCOMPANIED);
    assertThat(Networks.resolve(polichinelles)).map(Network::name).contains("Pôle ESS Vendée");
    assertThat(Networks.resolve(Membership.of("unknown", MembershipRole.MEMBER))).isEmpty();
  }

  @Test
  void territory_resourceTextsAreReadFromTheCog() {
    assertThat(Networks.territory("FR")).isEqualTo(Cog.bundled().france());
    assertThat(Networks.territory("region:52")).isEqualTo(PDL);
    assertThat(Networks.territory("commune:44109").name()).isEqualTo("Nantes");
    assertThatThrownBy(() -> Networks.territory("canton:1"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void find_byAcronym_ignoresCase() {
    assertThat(Networks.find("cress")).map(Network::key).contains("cress-pdl");
    assertThat(Networks.find("Acepp")).map(Network::key).contains("acepp");
    assertThat(Networks.find("CRESS")).isEqualTo(Optional.of(Networks.require("cress-pdl")));
  }
}
