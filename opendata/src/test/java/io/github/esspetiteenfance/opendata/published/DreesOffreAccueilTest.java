package io.github.esspetiteenfance.opendata.published;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.indicator.Count;
import io.github.esspetiteenfance.indicator.CountRange;
import io.github.esspetiteenfance.indicator.Indicator;
import io.github.esspetiteenfance.indicator.Measure;
import io.github.esspetiteenfance.indicator.Origin;
import io.github.esspetiteenfance.indicator.PublishedFigures;
import io.github.esspetiteenfance.territory.Cog;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The bundled DREES tables, against the values the data catalogue counted (Pays de la Loire 2023),
 * and their comparison with computed figures.
 */
class DreesOffreAccueilTest {

  @Test
  void value_paysDeLaLoire2023_asPublished() {
    assertThat(DreesOffreAccueil.value(DreesTable.CRECHES_COLLECTIVES, "44", 2023))
        .isEqualTo(OptionalLong.of(434));
    assertThat(DreesOffreAccueil.value(DreesTable.CRECHES_COLLECTIVES, "85", 2023))
        .isEqualTo(OptionalLong.of(143));
    assertThat(DreesOffreAccueil.value(DreesTable.PLACES_CRECHES_COLLECTIVES, "44", 2023))
        .isEqualTo(OptionalLong.of(10_414));
    assertThat(DreesOffreAccueil.value(DreesTable.PLACES_CRECHES_COLLECTIVES, "53", 2023))
        .isEqualTo(OptionalLong.of(991));
    assertThat(DreesOffreAccueil.value(DreesTable.AGREMENTS_ASSISTANTS_MATERNELS, "44", 2023))
        .isEqualTo(OptionalLong.of(8_946));
  }

  @Test
  void value_blankCellsAndDreesOwnRows_asInTheTables() {
    assertThat(DreesOffreAccueil.value(DreesTable.CRECHES_COLLECTIVES, "2A", 2017))
        .isEqualTo(OptionalLong.of(27));
    assertThat(DreesOffreAccueil.value(DreesTable.CRECHES_COLLECTIVES, "2A", 2018)).isEmpty();
    assertThat(DreesOffreAccueil.value(DreesTable.CRECHES_COLLECTIVES, "69M", 2023))
        .isEqualTo(OptionalLong.of(629));
    assertThat(DreesOffreAccueil.value(DreesTable.CRECHES_COLLECTIVES, "44", 2014)).isEmpty();
    assertThat(DreesOffreAccueil.years(DreesTable.CRECHES_COLLECTIVES)).first().isEqualTo(2015);
    assertThat(DreesOffreAccueil.years(DreesTable.CRECHES_FAMILIALES)).first().isEqualTo(2010);
    assertThat(DreesOffreAccueil.years(DreesTable.PLACES_CRECHES_COLLECTIVES))
        .last()
        .isEqualTo(2023);
  }

  @Test
  void figures_2023_oneCountAndOnePlacesFigurePerCogDepartementWithAValue() {
    PublishedFigures figures = DreesOffreAccueil.figures(2023);
    var loireAtlantique = Cog.bundled().requireDepartement(CodeDepartement.of("44"));

    Indicator creches = figures.find("drees-tab23-44-2023").orElseThrow();
    assertThat(creches.value()).isEqualTo(Count.of(434));
    assertThat(creches.measure()).isEqualTo(Measure.ESTABLISHMENTS);
    assertThat(creches.territory()).isEqualTo(loireAtlantique);
    assertThat(creches.origin()).isEqualTo(Origin.PUBLISHED);
    assertThat(creches.population()).isEqualTo(DreesOffreAccueil.POPULATION);
    assertThat(figures.find("drees-tab28-44-2023").orElseThrow().value())
        .isEqualTo(CountRange.exact(10_414));
    assertThat(figures.find("drees-tab23-2A-2023")).isEmpty();
    assertThat(figures.figures())
        .allMatch(f -> f.measure() == Measure.ESTABLISHMENTS || f.measure() == Measure.PLACES);
    assertThat(figures.figures().size()).isBetween(190, 202);
  }

  @Test
  void compare_computedCountsWithDrees_agreementOrHowFarApart() {
    PublishedFigures drees = DreesOffreAccueil.figures(2023);
    Indicator published = drees.find("drees-tab23-44-2023").orElseThrow();
    Indicator same = computed(published, Count.of(434), "c1");
    Indicator below =
        computed(drees.find("drees-tab23-85-2023").orElseThrow(), Count.of(130), "c2");
    Indicator places =
        computed(drees.find("drees-tab28-44-2023").orElseThrow(), CountRange.atLeast(10_000), "c3");

    List<Comparison> comparisons = Comparison.compare(List.of(same, below, places), drees);

    assertThat(comparisons).hasSize(3);
    Comparison agree = comparisons.stream().filter(c -> c.computed() == same).findFirst().get();
    assertThat(agree.agrees()).isTrue();
    assertThat(agree.distance().signum()).isZero();
    assertThat(agree.summary(Locale.FRENCH)).contains("concordent");
    Comparison differ = comparisons.stream().filter(c -> c.computed() == below).findFirst().get();
    assertThat(differ.agrees()).isFalse();
    assertThat(differ.distance().floor().longValue()).isEqualTo(13);
    assertThat(differ.relativeGap()).contains(new BigDecimal("-0.0909"));
    assertThat(differ.summary(Locale.ENGLISH)).contains("differ by 13").contains("-9.1 %");
    Comparison open = comparisons.stream().filter(c -> c.computed() == places).findFirst().get();
    assertThat(open.agrees()).isTrue();
    assertThat(open.relativeGap()).isEmpty();
  }

  private static Indicator computed(
      Indicator published, io.github.esspetiteenfance.indicator.IndicatorValue value, String id) {
    return new Indicator(
        id,
        published.measure(),
        value,
        published.territory(),
        java.util.Optional.empty(),
        published.population(),
        published.base(),
        io.github.esspetiteenfance.indicator.Source.computed(),
        Origin.COMPUTED,
        io.github.esspetiteenfance.indicator.Secrecy.NONE);
  }
}
