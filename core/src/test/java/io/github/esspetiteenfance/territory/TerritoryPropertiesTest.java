package io.github.esspetiteenfance.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.testing.IdentifierGenerators;
import io.github.esspetiteenfance.testing.TerritoryGenerators;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Property-based tests of the bundled COG 2026 and postcode table, with QuickTheories (1000
 * examples each), plus two exhaustive checks over small sets.
 *
 * <p>What is asserted, precisely:
 *
 * <ul>
 *   <li>for a current commune drawn at random: {@code findCommune(code)} returns it, its name is
 *       not blank, its département contains it, its région contains its département, France
 *       contains it, its ancestors are exactly département, région, France, and it resolves to
 *       itself;
 *   <li>for a commune déléguée, associée or arrondissement municipal drawn at random: it resolves
 *       {@code VIA_PARENT} to its current parent commune, which contains it, and it shares that
 *       commune's département and région;
 *   <li>for a code drawn from the history of movements: it resolves to current communes only (every
 *       result is found by {@code findCommune}), the method is the one its status implies, and the
 *       movements followed go forward in time and end on the communes found;
 *   <li>for any syntactically valid code: {@code findCommune} is present exactly when the
 *       resolution is {@code ALREADY_CURRENT};
 *   <li>for a postcode drawn from the table: every current commune it serves is a COM of the COG
 *       2026 and lists the postcode among its {@code currentPostcodes};
 *   <li>exhaustively, over all 34,875 communes: each is found by its code, its département contains
 *       it and belongs to the same région, and {@code CodeCommune#departement()} gives that
 *       département;
 *   <li>exhaustively, over all codes of the movements file: only Saint-Barthélemy and Saint-Martin
 *       fail to resolve.
 * </ul>
 */
class TerritoryPropertiesTest {

  private static final int EXAMPLES = 1000;
  private final Cog cog = Cog.bundled();

  @Test
  void currentCommune_isFoundAndContainedByItsDepartementRegionAndFrance() {
    qt().withExamples(EXAMPLES)
        .forAll(TerritoryGenerators.currentCommunes())
        .checkAssert(
            commune -> {
              assertThat(cog.findCommune(commune.code())).contains(commune);
              assertThat(commune.name()).isNotBlank();
              Departement departement = commune.departement();
              Region region = departement.region();
              assertThat(departement.contains(commune)).isTrue();
              assertThat(region.contains(departement)).isTrue();
              assertThat(region.contains(commune)).isTrue();
              assertThat(France.INSTANCE.contains(commune)).isTrue();
              assertThat(commune.region()).isEqualTo(region);
              assertThat(commune.ancestors()).containsExactly(departement, region, France.INSTANCE);
              assertThat(departement.communes()).contains(commune);
              CommuneResolution r = cog.resolveCurrent(commune.code());
              assertThat(r.method()).isEqualTo(ResolutionMethod.ALREADY_CURRENT);
              assertThat(r.communes()).containsExactly(commune);
            });
  }

  @Test
  void communePart_resolvesToItsParentWhichContainsIt() {
    qt().withExamples(EXAMPLES)
        .forAll(TerritoryGenerators.communeParts())
        .checkAssert(
            part -> {
              Commune parent = part.parentCommune().orElseThrow();
              assertThat(parent.isCurrent()).isTrue();
              assertThat(parent.contains(part)).isTrue();
              assertThat(part.departementCode()).isEqualTo(parent.departementCode());
              assertThat(part.regionCode()).isEqualTo(parent.regionCode());
              assertThat(cog.communesWithCode(part.code())).contains(part);
              CommuneResolution r = cog.resolveCurrent(part.code());
              if (cog.findCommune(part.code()).isPresent()) {
                assertThat(r.method()).isEqualTo(ResolutionMethod.ALREADY_CURRENT);
              } else {
                assertThat(r.method()).isEqualTo(ResolutionMethod.VIA_PARENT);
                assertThat(r.communes()).containsExactly(parent);
                assertThat(r.part()).contains(part);
              }
            });
  }

  @Test
  void historicalCode_alwaysLandsOnCurrentCommunes() {
    Set<String> leftTheCog = Set.of("97123", "97127");
    qt().withExamples(EXAMPLES)
        .forAll(TerritoryGenerators.historicalCommuneCodes())
        .checkAssert(
            code -> {
              if (leftTheCog.contains(code.toString())) {
                assertThat(cog.findResolution(code)).isEmpty();
                return;
              }
              CommuneResolution r = cog.resolveCurrent(code);
              assertThat(r.communes())
                  .isNotEmpty()
                  .allSatisfy(c -> assertThat(cog.findCommune(c.code())).contains(c));
              assertThat(r.method()).isEqualTo(expectedMethod(code));
              if (r.method() == ResolutionMethod.VIA_MOVEMENTS) {
                assertThat(r.movements().get(0).before().orElseThrow().code()).isEqualTo(code);
                assertThat(r.movements())
                    .isSortedAccordingTo(java.util.Comparator.comparing(CommuneMovement::date));
                List<CodeCommune> reached =
                    r.movements().stream().map(m -> m.after().orElseThrow().code()).toList();
                assertThat(reached).containsAll(r.communes().stream().map(Commune::code).toList());
              }
            });
  }

  private ResolutionMethod expectedMethod(CodeCommune code) {
    if (cog.findCommune(code).isPresent()) {
      return ResolutionMethod.ALREADY_CURRENT;
    }
    return cog.communesWithCode(code).isEmpty()
        ? ResolutionMethod.VIA_MOVEMENTS
        : ResolutionMethod.VIA_PARENT;
  }

  @Test
  void anyValidCode_isCurrentExactlyWhenFound() {
    qt().withExamples(EXAMPLES)
        .forAll(IdentifierGenerators.codesCommune())
        .checkAssert(
            code ->
                assertThat(
                        cog.findResolution(code)
                            .filter(r -> r.method() == ResolutionMethod.ALREADY_CURRENT)
                            .isPresent())
                    .isEqualTo(cog.findCommune(code).isPresent()));
  }

  @Test
  void postcode_servesCurrentCommunesThatListIt() {
    Postcodes postcodes = Postcodes.bundled();
    qt().withExamples(EXAMPLES)
        .forAll(TerritoryGenerators.bundledPostcodes())
        .checkAssert(
            postcode ->
                assertThat(postcodes.currentCommunes(postcode))
                    .isNotEmpty()
                    .allSatisfy(
                        c -> {
                          assertThat(c.isCurrent()).isTrue();
                          assertThat(postcodes.currentPostcodes(c.code())).contains(postcode);
                        }));
  }

  @Test
  void everyCommune_isFoundAndInItsDepartementOfTheRightRegion() {
    assertThat(cog.communes())
        .hasSize(34_875)
        .allSatisfy(
            c -> {
              assertThat(cog.findCommune(c.code())).containsSame(c);
              Departement d = cog.requireDepartement(c.departementCode());
              assertThat(d.regionCode()).isEqualTo(c.regionCode());
              assertThat(d.contains(c)).isTrue();
              // for current communes the code starts with the département (not so for parts)
              assertThat(c.code().departement()).isEqualTo(c.departementCode());
            });
  }

  @Test
  void everyHistoricalCode_resolvesButTheTwoThatLeftTheCog() {
    List<String> unresolved =
        cog.movements().stream()
            .flatMap(m -> java.util.stream.Stream.of(m.before(), m.after()))
            .flatMap(java.util.Optional::stream)
            .map(CommuneMovement.Side::code)
            .distinct()
            .filter(code -> cog.findResolution(code).isEmpty())
            .map(CodeCommune::toString)
            .sorted()
            .toList();
    assertThat(unresolved).containsExactly("97123", "97127");
  }
}
