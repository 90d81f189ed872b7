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
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The collecting aggregation (issue 14 item 8): a bad establishment is given to the caller with its
 * error and code, the others are counted; never a throw on the first bad one, never a silent drop;
 * and the panoramas of parts merge into the panorama of the whole (QuickTheories, 300 examples
 * each).
 */
class PanoramaCollectTest {

  private static final int EXAMPLES = 300;
  private static final LocalDate DATE = LocalDate.of(2026, 1, 1);
  private static final Cog COG = Cog.bundled();

  /** What a collection gave: its panorama and the rejected establishments with their errors. */
  private record Collected(Panorama panorama, List<Establishment> rejected, List<String> codes) {}

  private static Collected collect(List<Establishment> establishments) {
    List<Establishment> rejected = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    Panorama panorama =
        Panorama.collectEstablishments(
            establishments,
            IndicatorInput::sectorOf,
            PerimeterDefinition.STATISTICAL,
            DATE,
            COG,
            (e, error) -> {
              rejected.add(e);
              codes.add(error.code());
            });
    return new Collected(panorama, rejected, codes);
  }

  private static IndicatorInput recordOf(Establishment e) {
    return IndicatorInput.fromEstablishment(
        e, IndicatorInput.sectorOf(e), PerimeterDefinition.STATISTICAL, DATE, COG);
  }

  /** The outcome of one establishment taken alone: its record, or the code it throws. */
  private static Object alone(Establishment e) {
    try {
      return recordOf(e);
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
    List<EssPetiteEnfanceException> errors = new ArrayList<>();

    Panorama panorama =
        Panorama.collectEstablishments(
            List.of(good, bad, good),
            IndicatorInput::sectorOf,
            PerimeterDefinition.STATISTICAL,
            DATE,
            COG,
            (e, error) -> errors.add(error));

    assertThat(panorama.records()).isEqualTo(2);
    assertThat(errors).hasSize(1);
    EssPetiteEnfanceException error = errors.get(0);
    assertThat(error.errorCode()).isEqualTo(IndicatorErrorCode.EMPLOYER_UNKNOWN);
    assertThat(error.field()).contains("employer");
    assertThat(error.message(Locale.ENGLISH)).isNotEqualTo(error.message(Locale.FRENCH));
  }

  @Test
  void collect_siteWithoutCommune_rejectedAsCommuneUnknown() {
    Establishment e =
        EstablishmentBuilder.builder()
            .from(SeedPortraits.microScop())
            .sites(List.of(Site.at(Location.inDepartement(CodeDepartement.of("44")))))
            .build();

    Collected result = collect(List.of(e));

    assertThat(result.panorama()).isEqualTo(Panorama.empty());
    assertThat(result.codes()).containsExactly("indicator.commune.unknown");
  }

  @Test
  void collect_noInput_isEmpty() {
    Collected result = collect(List.of());
    assertThat(result.panorama()).isEqualTo(Panorama.empty());
    assertThat(result.rejected()).isEmpty();
  }

  @Test
  void collect_anyInputs_eachCountedOrGivenBackInOrder() {
    List<String> rejected = new ArrayList<>();
    Panorama panorama =
        Panorama.collect(
            List.of("a", "b"),
            s -> {
              throw new io.github.esspetiteenfance.InvalidValueException(
                  io.github.esspetiteenfance.CommonErrorCode.BLANK, "id", s);
            },
            (s, e) -> rejected.add(s + ":" + e.code()));
    assertThat(panorama).isEqualTo(Panorama.empty());
    assertThat(rejected).containsExactly("a:value.blank", "b:value.blank");
  }

  @Test
  void collect_anyEstablishments_eachCountedOrRejectedWithTheCodeItThrowsAlone() {
    qt().withExamples(EXAMPLES)
        .forAll(SourceDSL.lists().of(EstablishmentGenerators.establishments()).ofSizeBetween(0, 12))
        .check(
            establishments -> {
              Collected result = collect(establishments);
              List<IndicatorInput> counted = new ArrayList<>();
              List<Establishment> bad = new ArrayList<>();
              List<String> codes = new ArrayList<>();
              for (Establishment e : establishments) {
                Object outcome = alone(e);
                if (outcome instanceof IndicatorInput input) {
                  counted.add(input);
                } else {
                  bad.add(e);
                  codes.add((String) outcome);
                }
              }
              return result.panorama().records() + result.rejected().size() == establishments.size()
                  && result.panorama().equals(Panorama.of(counted))
                  && result.rejected().equals(bad)
                  && result.codes().equals(codes);
            });
  }

  @Test
  void merge_ofTheCollectionsOfARandomSplit_equalsTheCollectionOfTheWhole() {
    qt().withExamples(EXAMPLES)
        .forAll(
            SourceDSL.lists().of(EstablishmentGenerators.establishments()).ofSizeBetween(0, 12),
            SourceDSL.longs().all())
        .check(
            (establishments, seed) -> {
              Collected whole = collect(establishments);
              Panorama merged = Panorama.empty();
              Map<String, Long> codes = new HashMap<>();
              for (List<Establishment> part :
                  IndicatorGenerators.randomSplit(establishments, seed)) {
                Collected c = collect(part);
                merged = merged.merge(c.panorama());
                c.codes().forEach(code -> codes.merge(code, 1L, Long::sum));
              }
              Map<String, Long> wholeCodes = new HashMap<>();
              whole.codes().forEach(code -> wholeCodes.merge(code, 1L, Long::sum));
              return merged.equals(whole.panorama()) && codes.equals(wholeCodes);
            });
  }
}
