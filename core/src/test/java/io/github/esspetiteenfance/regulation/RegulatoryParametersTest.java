package io.github.esspetiteenfance.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.Dated;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.legal.Timeline;
import io.github.esspetiteenfance.legal.ValidityPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegulatoryParametersTest {

  private final RegulatoryParameters bundled = RegulatoryParameters.bundled();

  @Test
  void bundled_everyParameterHasValuesWithACompleteBasis() {
    for (Parameter p : Parameter.values()) {
      List<Dated<BigDecimal>> values =
          p.byCategory()
              ? java.util.Arrays.stream(EajeCategory.values())
                  .flatMap(c -> bundled.timeline(p, c).values().stream())
                  .toList()
              : bundled.timeline(p).values();
      assertThat(values).as("%s", p).isNotEmpty();
      for (Dated<BigDecimal> value : values) {
        LegalBasis basis = value.basis();
        assertThat(basis.article()).as("%s", p).isNotBlank();
        assertThat(basis.source()).as("%s", p).isNotBlank();
        assertThat(value.value().signum()).as("%s", p).isPositive();
      }
    }
  }

  @Test
  void bundled_changesOnTheDatesOfTheTexts() {
    assertThat(micro(Parameter.MAX_PLACES, "2021-08-31")).isEqualTo("10");
    assertThat(micro(Parameter.MAX_PLACES, "2021-09-01")).isEqualTo("12");
    assertThat(micro(Parameter.DIRECTION_FTE, "2026-08-31")).isEqualTo("0.2");
    assertThat(micro(Parameter.DIRECTION_FTE, "2026-09-01")).isEqualTo("0.5");
    assertThat(value(Parameter.MAM_MAX_ASSISTANTS, "2021-05-20")).isEqualTo("4");
    assertThat(value(Parameter.MAM_MAX_ASSISTANTS, "2021-05-21")).isEqualTo("6");
    assertThat(value(Parameter.JARDIN_MIN_AGE_MONTHS, "2021-08-31")).isEqualTo("24");
    assertThat(value(Parameter.JARDIN_MIN_AGE_MONTHS, "2021-09-01")).isEqualTo("18");
    assertThat(bundled.at(Parameter.QUALIFIED_MIN_PERCENT, LocalDate.of(2022, 12, 31))).isEmpty();
    assertThat(value(Parameter.QUALIFIED_MIN_PERCENT, "2023-01-01")).isEqualTo("40");
    assertThat(bundled.at(Parameter.SURNOMBRE_SMALL_PERCENT, LocalDate.of(2015, 3, 21))).isEmpty();
    assertThat(value(Parameter.SURNOMBRE_SMALL_PERCENT, "2015-03-22")).isEqualTo("10");
    assertThat(bundled.at(Parameter.RATIO_ANY_AGE, LocalDate.of(2021, 8, 31))).isEmpty();
    assertThat(
            bundled
                .at(Parameter.DIRECTION_FTE, EajeCategory.MICRO_CRECHE, LocalDate.of(2026, 9, 1))
                .orElseThrow()
                .basis()
                .confidence())
        .isEqualTo(Confidence.SECONDARY);
  }

  private String micro(Parameter p, String date) {
    return bundled
        .at(p, EajeCategory.MICRO_CRECHE, LocalDate.parse(date))
        .orElseThrow()
        .value()
        .toPlainString();
  }

  @Test
  void byCategory_parameters_areAskedWithTheirCategory_andOthersWithout() {
    assertThat(Parameter.MAX_PLACES.byCategory()).isTrue();
    assertThat(Parameter.OUTING_RATIO.byCategory()).isFalse();
    LocalDate on = LocalDate.of(2025, 1, 1);
    assertThat(
            bundled.at(Parameter.MAX_PLACES, EajeCategory.GRANDE_CRECHE, on).orElseThrow().value())
        .isEqualByComparingTo("59");
    assertThat(bundled.at(Parameter.EJE_FTE, EajeCategory.TRES_GRANDE_CRECHE_FAMILIALE, on))
        .hasValueSatisfying(v -> assertThat(v.value()).isEqualByComparingTo("1.5"));
    assertThat(bundled.at(Parameter.HEALTH_FTE, EajeCategory.MICRO_CRECHE, on)).isEmpty();
    assertThatThrownBy(() -> bundled.at(Parameter.MAX_PLACES, on))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> bundled.at(Parameter.OUTING_RATIO, EajeCategory.CRECHE, on))
        .isInstanceOf(IllegalArgumentException.class);
    String header = "parameter,key,start,end,value,basis\n";
    String basis = "csp.r2324-46-i-decret-2021-1131";
    assertThat(
            RegulatoryParameters.parse(header + "MAX_PLACES,CRECHE,2030-01-01,,40," + basis + "\n")
                .at(Parameter.MAX_PLACES, EajeCategory.CRECHE, LocalDate.of(2030, 1, 1)))
        .isPresent();
    assertMalformed(header + "MAX_PLACES,,2030-01-01,,40," + basis + "\n");
    assertMalformed(header + "MAX_PLACES,NOPE,2030-01-01,,40," + basis + "\n");
  }

  private String value(Parameter p, String date) {
    return bundled.at(p, LocalDate.parse(date)).orElseThrow().value().toPlainString();
  }

  @Test
  void parse_readsRowsAndRejectsMalformedOnes() {
    String header = "parameter,key,start,end,value,basis\n";
    String basis = "csp.r2324-43-2-decret-2021-1131";
    RegulatoryParameters parsed =
        RegulatoryParameters.parse(
            "# comment\n" + header + "OUTING_RATIO,,2030-01-01,,4," + basis + "\n");
    assertThat(parsed.at(Parameter.OUTING_RATIO, LocalDate.of(2030, 1, 1)).orElseThrow().value())
        .isEqualByComparingTo("4");
    assertThat(parsed.timeline(Parameter.RATIO_WALKING).values()).isEmpty();

    assertMalformed(header + "NOPE,,2030-01-01,,1," + basis + "\n");
    assertMalformed(header + "OUTING_RATIO,,2030-13-01,,1," + basis + "\n");
    assertMalformed(header + "OUTING_RATIO,,2030-01-01,,-1," + basis + "\n");
    assertMalformed(header + "OUTING_RATIO,,2030-01-01,,x," + basis + "\n");
    assertMalformed(header + "OUTING_RATIO,,2030-01-01,,1,no.such.basis\n");
    assertMalformed(header + "OUTING_RATIO,,2020-01-01,,1," + basis + "\n"); // before its basis
    assertMalformed(header + "OUTING_RATIO,small,2030-01-01,,1," + basis + "\n");
    assertMalformed(header + "OUTING_RATIO,,2030-01-01,,1\n");
    assertMalformed("parameter,start\nOUTING_RATIO,\n");
    assertMalformed("");
    assertThatThrownBy(
            () ->
                RegulatoryParameters.parse(
                    header
                        + "OUTING_RATIO,,2022-01-01,,1,"
                        + basis
                        + "\n"
                        + "OUTING_RATIO,,2023-01-01,,2,"
                        + basis
                        + "\n"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo("legal.timeline.overlap"));
  }

  private static void assertMalformed(String csv) {
    assertThatThrownBy(() -> RegulatoryParameters.parse(csv))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(RegulationErrorCode.PARAMETERS_MALFORMED));
  }

  @Test
  void with_replacesOneParameter_andTheCheckerUsesIt() {
    LegalBasis future =
        new LegalBasis(
            "Décret imaginaire",
            "R2324-46 I",
            ValidityPeriod.from(LocalDate.of(2030, 1, 1)),
            Confidence.UNCONFIRMED,
            "test");
    RegulatoryParameters changed =
        bundled.with(
            Parameter.MAX_PLACES,
            EajeCategory.MICRO_CRECHE,
            bundled.timeline(Parameter.MAX_PLACES, EajeCategory.MICRO_CRECHE).values().stream()
                .filter(d -> d.validity().endDate().isPresent())
                .collect(
                    java.util.stream.Collectors.collectingAndThen(
                        java.util.stream.Collectors.toList(), Timeline::of))
                .with(
                    new Dated<>(
                        BigDecimal.valueOf(12),
                        new LegalBasis(
                            "Code de la santé publique",
                            "R2324-46 I",
                            ValidityPeriod.between(
                                LocalDate.of(2021, 9, 1), LocalDate.of(2029, 12, 31)),
                            Confidence.CONFIRMED,
                            "test")))
                .with(new Dated<>(BigDecimal.valueOf(14), future)));
    Facility micro =
        Facility.of(io.github.esspetiteenfance.structure.StructureKind.MICRO_CRECHE, 14);
    assertThat(
            RegulatoryChecker.of(changed)
                .check(micro, LocalDate.of(2030, 1, 1), Observation.empty())
                .has(FindingCode.MICRO_CRECHE_CAPACITY_EXCEEDED))
        .isFalse();
    assertThat(
            RegulatoryChecker.of(changed)
                .check(micro, LocalDate.of(2029, 12, 31), Observation.empty())
                .has(FindingCode.MICRO_CRECHE_CAPACITY_EXCEEDED))
        .isTrue();
    assertThat(bundled.timeline(Parameter.MAX_PLACES, EajeCategory.MICRO_CRECHE).values())
        .hasSize(2);
  }
}
