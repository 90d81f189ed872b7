package io.github.esspetiteenfance.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.EssPetiteEnfanceException;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.Dated;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.legal.Timeline;
import io.github.esspetiteenfance.legal.ValidityPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeeParametersTest {

  private static final FeeParameters BUNDLED = FeeParameters.bundled();
  private static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 1);
  private static final LocalDate DEC_2025 = LocalDate.of(2025, 12, 31);

  private static LegalBasis basis(ValidityPeriod period, Confidence confidence) {
    return new LegalBasis("text", "article", period, confidence, "source");
  }

  @Test
  void bundled_hasEveryBracketOfBothColumns() {
    assertThat(BUNDLED.tauxEffort(RateColumn.COLLECTIVE).keySet())
        .extracting(ChildBracket::toString)
        .containsExactlyInAnyOrder("1", "2", "3", "4-7", "8-10");
    assertThat(BUNDLED.tauxEffort(RateColumn.FAMILIAL_AND_PARENTAL).keySet())
        .extracting(ChildBracket::toString)
        .containsExactlyInAnyOrder("1", "2", "3-5", "6+");
    assertThat(BUNDLED.tauxEffort(RateColumn.COLLECTIVE).get(ChildBracket.of(1, 1)).values())
        .hasSize(6);
    assertThat(BUNDLED.planchers().values()).hasSize(9);
    assertThat(BUNDLED.plafonds().values()).hasSize(10);
    assertThat(FeeParameters.bundled()).isSameAs(BUNDLED);
  }

  @Test
  void bundled_labelsAssumptionsUnconfirmed() {
    assertThat(BUNDLED.tauxEffort(RateColumn.COLLECTIVE, 1, LocalDate.of(2026, 1, 1)))
        .hasValueSatisfying(
            d -> {
              assertThat(d.value().percent()).isEqualByComparingTo("0.0619");
              assertThat(d.basis().confidence()).isEqualTo(Confidence.UNCONFIRMED);
            });
    assertThat(BUNDLED.tauxEffort(RateColumn.COLLECTIVE, 1, DEC_2025).orElseThrow().basis())
        .extracting(LegalBasis::confidence)
        .isEqualTo(Confidence.SECONDARY);
    assertThat(BUNDLED.tauxEffort(RateColumn.FAMILIAL_AND_PARENTAL, 1, DEC_2025).orElseThrow())
        .extracting(d -> d.basis().confidence())
        .isEqualTo(Confidence.UNCONFIRMED);
    assertThat(BUNDLED.planchers().at(JAN_2025).orElseThrow().value())
        .isEqualByComparingTo("801.00");
    assertThat(BUNDLED.planchers().at(LocalDate.of(2027, 1, 1))).isEmpty();
    assertThat(BUNDLED.plafonds().at(LocalDate.of(2024, 9, 1)).orElseThrow().basis().source())
        .startsWith("https://caf45-partenaires.fr");
  }

  @Test
  void tauxEffort_outsideEveryBracket_isEmpty() {
    assertThat(BUNDLED.tauxEffort(RateColumn.COLLECTIVE, 11, DEC_2025)).isEmpty();
    assertThat(BUNDLED.tauxEffort(RateColumn.COLLECTIVE, 0, DEC_2025)).isEmpty();
    assertThat(BUNDLED.tauxEffort(RateColumn.FAMILIAL_AND_PARENTAL, 40, DEC_2025)).isPresent();
    assertThat(BUNDLED.tauxEffort(RateColumn.COLLECTIVE, 10, DEC_2025).orElseThrow().value())
        .isEqualTo(TauxEffort.ofPercent("0.0206"));
  }

  @Test
  void withPlancher_overlappingBundledValues_cutsThemBack() {
    // a 2024 plancher from 1 July only: the bundled 2024 value keeps January to June
    LocalDate july = LocalDate.of(2024, 7, 1);
    FeeParameters p =
        BUNDLED.withPlancher(
            ValidityPeriod.between(july, LocalDate.of(2024, 7, 31)), new BigDecimal("770"), "s");
    assertThat(p.planchers().at(july.minusDays(1)).orElseThrow().value())
        .isEqualByComparingTo("765.77");
    assertThat(p.planchers().at(july).orElseThrow().value()).isEqualByComparingTo("770");
    assertThat(p.planchers().at(LocalDate.of(2024, 8, 1)).orElseThrow().value())
        .isEqualByComparingTo("765.77");
    Dated<BigDecimal> before = p.planchers().at(july.minusDays(1)).orElseThrow();
    assertThat(before.validity())
        .isEqualTo(ValidityPeriod.between(LocalDate.of(2024, 1, 1), july.minusDays(1)));
    assertThat(before.basis().source())
        .isEqualTo(BUNDLED.planchers().at(july).get().basis().source());
    assertThat(before.basis().confidence()).isEqualTo(Confidence.SECONDARY);
    assertThat(p.planchers().values()).hasSize(11);
    // the original is unchanged
    assertThat(BUNDLED.planchers().at(july).orElseThrow().value()).isEqualByComparingTo("765.77");
  }

  @Test
  void cut_openEndedValues_keepTheirOpenSides() {
    Timeline<String> timeline =
        Timeline.of(
            List.of(new Dated<>("v", basis(ValidityPeriod.always(), Confidence.CONFIRMED))));
    List<Dated<String>> kept =
        FeeParameters.cut(timeline, ValidityPeriod.between(JAN_2025, DEC_2025));
    assertThat(kept)
        .extracting(Dated::validity)
        .containsExactly(
            ValidityPeriod.until(JAN_2025.minusDays(1)), ValidityPeriod.from(DEC_2025.plusDays(1)));
    assertThat(FeeParameters.cut(timeline, ValidityPeriod.from(JAN_2025)))
        .extracting(Dated::validity)
        .containsExactly(ValidityPeriod.until(JAN_2025.minusDays(1)));
    assertThat(FeeParameters.cut(timeline, ValidityPeriod.until(DEC_2025)))
        .extracting(Dated::validity)
        .containsExactly(ValidityPeriod.from(DEC_2025.plusDays(1)));
    assertThat(FeeParameters.cut(timeline, ValidityPeriod.always())).isEmpty();
  }

  @Test
  void cut_valueInsideThePeriod_disappears_andValueOutsideStays() {
    Dated<String> inside =
        new Dated<>("in", basis(ValidityPeriod.between(JAN_2025, DEC_2025), Confidence.CONFIRMED));
    Dated<String> outside =
        new Dated<>("out", basis(ValidityPeriod.from(DEC_2025.plusDays(1)), Confidence.CONFIRMED));
    Timeline<String> timeline = Timeline.of(List.of(inside, outside));
    assertThat(FeeParameters.cut(timeline, ValidityPeriod.between(JAN_2025, DEC_2025)))
        .containsExactly(outside);
    // same start, later end: only the tail stays
    assertThat(
            FeeParameters.cut(
                timeline, ValidityPeriod.between(JAN_2025, LocalDate.of(2025, 6, 30))))
        .extracting(Dated::validity)
        .containsExactly(
            ValidityPeriod.between(LocalDate.of(2025, 7, 1), DEC_2025),
            ValidityPeriod.from(DEC_2025.plusDays(1)));
  }

  @Test
  void withPlafond_suppliedValue_isLabelledUnconfirmedWithItsSource() {
    FeeParameters p =
        BUNDLED.withPlafond(
            ValidityPeriod.from(LocalDate.of(2026, 1, 1)), new BigDecimal("9000"), "src");
    Dated<BigDecimal> v = p.plafonds().at(LocalDate.of(2026, 5, 1)).orElseThrow();
    assertThat(v.value()).isEqualByComparingTo("9000");
    assertThat(v.basis().confidence()).isEqualTo(Confidence.UNCONFIRMED);
    assertThat(v.basis().source()).isEqualTo("src");
    assertThat(v.basis().article()).isEqualTo("plafond");
    assertThat(v.basis().text()).isEqualTo("Paramètre fourni par l'appelant");
    assertThat(p.plafonds().at(DEC_2025).orElseThrow().value()).isEqualByComparingTo("8500");
    assertThat(p).isNotEqualTo(BUNDLED);
    assertThat(p.planchers()).isEqualTo(BUNDLED.planchers());
  }

  @Test
  void withPlancherOrPlafond_notPositive_throws() {
    for (BigDecimal amount : new BigDecimal[] {BigDecimal.ZERO, new BigDecimal("-1")}) {
      assertThatThrownBy(() -> BUNDLED.withPlancher(ValidityPeriod.always(), amount, "s"))
          .isInstanceOfSatisfying(
              EssPetiteEnfanceException.class,
              e -> {
                assertThat(e.errorCode()).isEqualTo(CommonErrorCode.NOT_POSITIVE);
                assertThat(e.field()).contains("plancher");
              });
      assertThatThrownBy(() -> BUNDLED.withPlafond(ValidityPeriod.always(), amount, "s"))
          .isInstanceOfSatisfying(
              EssPetiteEnfanceException.class, e -> assertThat(e.field()).contains("plafond"));
    }
    assertThat(
            BUNDLED
                .withPlancher(ValidityPeriod.always(), new BigDecimal("0.01"), "s")
                .planchers()
                .values())
        .hasSize(1);
  }

  @Test
  void withTauxEffort_newBracketStructure_replacesOverlappingBracketsOnItsPeriod() {
    // a hypothetical 2027 barème with a 4-6 bracket replaces 4-7 in 2027 only
    ValidityPeriod y2027 =
        ValidityPeriod.between(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
    FeeParameters p =
        BUNDLED.withTauxEffort(
            RateColumn.COLLECTIVE,
            ChildBracket.of(4, 6),
            new Dated<>(TauxEffort.ofPercent("0.03"), basis(y2027, Confidence.CONFIRMED)));
    LocalDate june2027 = LocalDate.of(2027, 6, 1);
    assertThat(p.tauxEffort(RateColumn.COLLECTIVE, 5, june2027).orElseThrow().value())
        .isEqualTo(TauxEffort.ofPercent("0.03"));
    assertThat(p.tauxEffort(RateColumn.COLLECTIVE, 7, june2027)).isEmpty();
    assertThat(p.tauxEffort(RateColumn.COLLECTIVE, 7, LocalDate.of(2028, 1, 1))).isPresent();
    assertThat(p.tauxEffort(RateColumn.COLLECTIVE, 3, june2027).orElseThrow().value())
        .isEqualTo(TauxEffort.ofPercent("0.0413"));
    assertThat(p.tauxEffort(RateColumn.FAMILIAL_AND_PARENTAL, 5, june2027)).isPresent();
    assertThat(p.tauxEffort(RateColumn.COLLECTIVE).keySet())
        .extracting(ChildBracket::toString)
        .contains("4-6", "4-7");
  }

  @Test
  void withTauxEffort_sameBracket_replacesOnItsPeriod() {
    FeeParameters p =
        BUNDLED.withTauxEffort(
            RateColumn.COLLECTIVE,
            ChildBracket.of(1, 1),
            ValidityPeriod.from(LocalDate.of(2026, 1, 1)),
            TauxEffort.ofPercent("0.0625"),
            "caller");
    assertThat(p.tauxEffort(RateColumn.COLLECTIVE, 1, LocalDate.of(2026, 1, 1)).orElseThrow())
        .satisfies(
            d -> {
              assertThat(d.value().percent()).isEqualByComparingTo("0.0625");
              assertThat(d.basis().article()).isEqualTo("taux d'effort 1");
            });
    assertThat(p.tauxEffort(RateColumn.COLLECTIVE, 1, DEC_2025).orElseThrow().value().percent())
        .isEqualByComparingTo("0.0619");
    assertThat(p.tauxEffort(RateColumn.COLLECTIVE).get(ChildBracket.of(1, 1)).values()).hasSize(6);
  }

  @Test
  void withTauxEffort_coveringAWholeBracket_removesIt() {
    FeeParameters p =
        BUNDLED.withTauxEffort(
            RateColumn.FAMILIAL_AND_PARENTAL,
            ChildBracket.atLeast(1),
            ValidityPeriod.always(),
            TauxEffort.ofPercent("0.05"),
            "caller");
    assertThat(p.tauxEffort(RateColumn.FAMILIAL_AND_PARENTAL).keySet())
        .containsExactly(ChildBracket.atLeast(1));
    assertThat(p.tauxEffort(RateColumn.COLLECTIVE))
        .isEqualTo(BUNDLED.tauxEffort(RateColumn.COLLECTIVE));
  }

  @Test
  void empty_hasNoValue() {
    FeeParameters empty = FeeParameters.empty();
    assertThat(empty.planchers().values()).isEmpty();
    assertThat(empty.plafonds().values()).isEmpty();
    assertThat(empty.tauxEffort(RateColumn.COLLECTIVE)).isEmpty();
    assertThat(empty).isEqualTo(FeeParameters.empty()).hasSameHashCodeAs(FeeParameters.empty());
    assertThat(empty.toString())
        .isEqualTo("FeeParameters[planchers=0, plafonds=0, brackets=[]/[]]");
    assertThat(BUNDLED.toString()).contains("planchers=9").contains("4-7").contains("6+");
  }

  @Test
  void equals_comparesEveryTable() {
    FeeParameters plancher =
        FeeParameters.empty().withPlancher(ValidityPeriod.always(), BigDecimal.ONE, "s");
    FeeParameters plafond =
        FeeParameters.empty().withPlafond(ValidityPeriod.always(), BigDecimal.ONE, "s");
    FeeParameters taux =
        FeeParameters.empty()
            .withTauxEffort(
                RateColumn.COLLECTIVE,
                ChildBracket.atLeast(1),
                ValidityPeriod.always(),
                TauxEffort.ofPercent("1"),
                "s");
    assertThat(plancher)
        .isNotEqualTo(plafond)
        .isNotEqualTo(taux)
        .isNotEqualTo(FeeParameters.empty());
    assertThat(plafond).isNotEqualTo(taux).isNotEqualTo(FeeParameters.empty());
    assertThat(plancher.hashCode())
        .isNotEqualTo(FeeParameters.empty().hashCode())
        .isNotEqualTo(taux.hashCode());
    assertThat(taux).isNotEqualTo(FeeParameters.empty()).isNotEqualTo("taux");
    assertThat(BUNDLED).isEqualTo(BUNDLED.withPlancher(BUNDLED.planchers().values().get(0)));
  }
}
