package io.github.esspetiteenfance.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.EssPetiteEnfanceException;
import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.establishment.EstablishmentBuilder;
import io.github.esspetiteenfance.establishment.Location;
import io.github.esspetiteenfance.establishment.Site;
import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.organization.EmployerStatus;
import io.github.esspetiteenfance.organization.Organization;
import io.github.esspetiteenfance.organization.OrganizationBuilder;
import io.github.esspetiteenfance.organization.PerimeterDefinition;
import io.github.esspetiteenfance.territory.Cog;
import io.github.esspetiteenfance.testing.EstablishmentGenerators;
import io.github.esspetiteenfance.testing.IndicatorGenerators;
import io.github.esspetiteenfance.testing.SeedPortraits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The collecting aggregation (issue 14 item 8): a bad establishment is rejected with its code, the
 * others are counted; never a throw on the first bad one, never a silent drop; and the results of
 * parts merge into the result of the whole (QuickTheories, 300 examples each).
 */
class CollectedPanoramaTest {

  private static final int EXAMPLES = 300;
  private static final LocalDate DATE = LocalDate.of(2026, 1, 1);
  private static final Cog COG = Cog.bundled();

  private static CollectedPanorama collect(List<Establishment> establishments) {
    return Panorama.collectEstablishments(
        establishments, IndicatorInput::sectorOf, PerimeterDefinition.STATISTICAL, DATE, COG);
  }

  /** The outcome of one establishment taken alone: its record, or the code it throws. */
  private static Object alone(Establishment e) {
    try {
      return IndicatorInput.fromEstablishment(
          e, IndicatorInput.sectorOf(e), PerimeterDefinition.STATISTICAL, DATE, COG);
    } catch (EssPetiteEnfanceException ex) {
      return ex.code();
    }
  }

  private static Establishment withUnknownEmployer(Establishment e) {
    Organization operator =
        OrganizationBuilder.builder().from(e.operator()).employer(EmployerStatus.UNKNOWN).build();
    return EstablishmentBuilder.builder()
        .from(e)
        .operator(operator)
        .jobs(java.util.Optional.empty())
        .build();
  }

  @Test
  void collect_unknownEmployerAmongGoodOnes_rejectsItAndCountsTheOthers() {
    Establishment good = SeedPortraits.microScop();
    Establishment bad = withUnknownEmployer(good);
    assertThatThrownBy(() -> recordOf(bad))
        .isInstanceOf(EssPetiteEnfanceException.class)
        .extracting(ex -> ((EssPetiteEnfanceException) ex).errorCode())
        .isEqualTo(IndicatorErrorCode.EMPLOYER_UNKNOWN);

    CollectedPanorama result = collect(List.of(good, bad, good));

    assertThat(result.panorama().records()).isEqualTo(2);
    assertThat(result.read()).isEqualTo(3);
    assertThat(result.isComplete()).isFalse();
    assertThat(result.rejected()).hasSize(1);
    RejectedInput rejected = result.rejected().get(0);
    assertThat(rejected.index()).isEqualTo(1);
    assertThat(rejected.input()).isEqualTo("MicroScop");
    assertThat(rejected.errorCode()).isEqualTo(IndicatorErrorCode.EMPLOYER_UNKNOWN);
    assertThat(rejected.field()).contains("employer");
    assertThat(rejected.message(Locale.FRENCH)).startsWith("MicroScop: ");
    assertThat(rejected.message(Locale.ENGLISH)).isNotEqualTo(rejected.message(Locale.FRENCH));
    assertThat(result.rejectedByCode())
        .containsExactly(Map.entry("indicator.employer.unknown", 1L));
  }

  private static IndicatorInput recordOf(Establishment e) {
    return IndicatorInput.fromEstablishment(
        e, IndicatorInput.sectorOf(e), PerimeterDefinition.STATISTICAL, DATE, COG);
  }

  @Test
  void collect_siteWithoutCommune_rejectedAsCommuneUnknown() {
    Establishment e =
        EstablishmentBuilder.builder()
            .from(SeedPortraits.microScop())
            .sites(List.of(Site.at(Location.inDepartement(CodeDepartement.of("44")))))
            .build();

    CollectedPanorama result = collect(List.of(e));

    assertThat(result.panorama()).isEqualTo(Panorama.empty());
    assertThat(result.rejectedByCode()).containsOnlyKeys("indicator.commune.unknown");
  }

  @Test
  void collect_noInput_isEmpty() {
    assertThat(collect(List.of())).isEqualTo(CollectedPanorama.empty());
    assertThat(CollectedPanorama.empty().read()).isZero();
    assertThat(CollectedPanorama.empty().isComplete()).isTrue();
  }

  @Test
  void collect_blankLabel_isReplacedByThePosition() {
    CollectedPanorama result =
        Panorama.collect(
            List.of("x"),
            s -> {
              throw new io.github.esspetiteenfance.InvalidValueException(
                  IndicatorErrorCode.BLANK, "id", s);
            },
            s -> " ");
    assertThat(result.rejected().get(0).input()).isEqualTo("#0");
  }

  @Test
  void collect_anyEstablishments_eachCountedOrRejectedWithTheCodeItThrowsAlone() {
    qt().withExamples(EXAMPLES)
        .forAll(SourceDSL.lists().of(EstablishmentGenerators.establishments()).ofSizeBetween(0, 12))
        .check(
            establishments -> {
              CollectedPanorama result = collect(establishments);
              List<IndicatorInput> counted = new ArrayList<>();
              List<String> codes = new ArrayList<>();
              for (Establishment e : establishments) {
                Object outcome = alone(e);
                if (outcome instanceof IndicatorInput input) {
                  counted.add(input);
                } else {
                  codes.add((String) outcome);
                }
              }
              return result.read() == establishments.size()
                  && result.panorama().equals(Panorama.of(counted))
                  && result.rejected().stream().map(RejectedInput::code).toList().equals(codes)
                  && result.rejected().stream()
                      .allMatch(r -> alone(establishments.get((int) r.index())).equals(r.code()));
            });
  }

  @Test
  void merge_ofTheResultsOfARandomSplit_equalsTheResultOfTheWhole() {
    qt().withExamples(EXAMPLES)
        .forAll(
            SourceDSL.lists().of(EstablishmentGenerators.establishments()).ofSizeBetween(0, 12),
            SourceDSL.longs().all())
        .check(
            (establishments, seed) -> {
              CollectedPanorama whole = collect(establishments);
              CollectedPanorama merged =
                  IndicatorGenerators.randomSplit(establishments, seed).stream()
                      .map(CollectedPanoramaTest::collect)
                      .reduce(CollectedPanorama.empty(), CollectedPanorama::merge);
              return merged.panorama().equals(whole.panorama())
                  && merged.read() == whole.read()
                  && countsByInputAndCode(merged).equals(countsByInputAndCode(whole));
            });
  }

  private static Map<List<String>, Long> countsByInputAndCode(CollectedPanorama result) {
    return result.rejected().stream()
        .collect(
            Collectors.groupingBy(
                r -> List.of(r.input(), r.code()), HashMap::new, Collectors.counting()));
  }
}
