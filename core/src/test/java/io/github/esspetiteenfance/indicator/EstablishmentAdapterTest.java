package io.github.esspetiteenfance.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.establishment.EstablishmentBuilder;
import io.github.esspetiteenfance.establishment.Jobs;
import io.github.esspetiteenfance.establishment.TrancheEffectif;
import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.organization.EssFamily;
import io.github.esspetiteenfance.organization.PerimeterDefinition;
import io.github.esspetiteenfance.territory.Cog;
import io.github.esspetiteenfance.territory.France;
import io.github.esspetiteenfance.testing.SeedPortraits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Records built from the library's {@link Establishment}, on the seed's portraits. */
class EstablishmentAdapterTest {

  private static final LocalDate DATE = LocalDate.of(2026, 1, 1);
  private static final Cog COG = Cog.bundled();

  private static IndicatorInput of(Establishment e) {
    return IndicatorInput.fromEstablishment(
        e, IndicatorInput.sectorOf(e), PerimeterDefinition.STATISTICAL, DATE, COG);
  }

  @Test
  void microScop_countedOnceInMonnieres_asACooperative() {
    IndicatorInput r = of(SeedPortraits.microScop());
    assertThat(r.establishmentId()).isEqualTo("MicroScop");
    assertThat(r.commune().code()).isEqualTo(CodeCommune.of("44100"));
    assertThat(r.family()).isEqualTo(EssFamily.COOPERATIVE);
    assertThat(r.sector()).isEqualTo(Sector.structureKind("MICRO_CRECHE"));
    assertThat(r.employer()).isTrue();
    assertThat(r.jobs()).isEqualTo(CountRange.UNKNOWN);
  }

  @Test
  void jobs_headcountThenBandThenFte() {
    Establishment base = SeedPortraits.microScop();
    Establishment banded =
        EstablishmentBuilder.builder()
            .from(base)
            .jobs(Jobs.ofBand(2023, TrancheEffectif.FROM_3_TO_5))
            .build();
    assertThat(of(banded).jobs()).isEqualTo(CountRange.between(3, 5));
    Establishment counted =
        EstablishmentBuilder.builder()
            .from(base)
            .jobs(
                new Jobs(
                    2023,
                    Optional.of(4),
                    Optional.of(new BigDecimal("3.5")),
                    Optional.of(TrancheEffectif.FROM_3_TO_5)))
            .build();
    assertThat(of(counted).jobs()).isEqualTo(CountRange.exact(4));
    Establishment fte =
        EstablishmentBuilder.builder()
            .from(base)
            .jobs(Jobs.ofFte(2023, new BigDecimal("3.2")))
            .build();
    assertThat(of(fte).jobs()).isEqualTo(CountRange.atLeast(4));
    Establishment nonEmployer =
        EstablishmentBuilder.builder()
            .from(base)
            .jobs(Jobs.ofBand(2023, TrancheEffectif.NON_EMPLOYER))
            .build();
    assertThat(of(nonEmployer).employer()).isFalse();
  }

  @Test
  void seedPortraits_withACommune_aggregate() {
    // Les Polichinelles: no jobs and an operator whose employer status is unknown
    assertThatThrownBy(() -> of(SeedPortraits.lesPolichinelles()))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(IndicatorErrorCode.EMPLOYER_UNKNOWN.code()));
    List<Establishment> placed =
        SeedPortraits.all().stream()
            .filter(e -> e.sites().get(0).commune().isPresent())
            .filter(
                e ->
                    e.jobs().isPresent()
                        || e.operator().employer()
                            != io.github.esspetiteenfance.organization.EmployerStatus.UNKNOWN)
            .toList();
    assertThat(placed).isNotEmpty();
    Panorama panorama =
        placed.stream().map(EstablishmentAdapterTest::of).collect(Panorama.collector());
    assertThat(panorama.records()).isEqualTo(placed.size());
    Population everything = Population.all(Sector.ALL).withNonEmployers();
    assertThat(panorama.tally(France.INSTANCE, everything).establishments())
        .isEqualTo(placed.size());
  }

  @Test
  void siteWithoutCommune_rejected() {
    Establishment unplaced =
        SeedPortraits.all().stream()
            .filter(e -> e.sites().get(0).commune().isEmpty())
            .findFirst()
            .orElseThrow();
    assertThatThrownBy(() -> of(unplaced))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(IndicatorErrorCode.COMMUNE_UNKNOWN.code()));
  }
}
