package io.github.esspetiteenfance.json;

import io.github.esspetiteenfance.json.testmodel.AgeRange;
import io.github.esspetiteenfance.json.testmodel.Catalog;
import io.github.esspetiteenfance.json.testmodel.Colour;
import io.github.esspetiteenfance.json.testmodel.Place;
import io.github.esspetiteenfance.json.testmodel.TestCode;
import io.github.esspetiteenfance.json.testmodel.TestModel;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.Dated;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.legal.Timeline;
import io.github.esspetiteenfance.legal.ValidityPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reference objects and readers shared by the tests. */
final class Fixtures {
  private Fixtures() {}

  static final LegalBasis CSP =
      new LegalBasis(
          "Code de la santé publique",
          "R2324-46",
          ValidityPeriod.from(LocalDate.of(2021, 9, 1)),
          Confidence.CONFIRMED,
          "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000043968388");

  static final LegalBasis CIRCULAIRE =
      new LegalBasis(
          "Circulaire CNAF n° 2019-005",
          "",
          ValidityPeriod.between(LocalDate.of(2019, 9, 1), LocalDate.of(2025, 8, 31)),
          Confidence.SECONDARY,
          "CNAF");

  static Catalog catalog() {
    return new Catalog(
        "Catalogue 2026",
        List.of(
            new Place.Nursery(
                "Les Lutins", 12, Optional.of(TestCode.of("AB123")), new AgeRange(2, 36)),
            new Place.Playground(
                "Square", Set.of(Colour.RED, Colour.LIGHT_BLUE), List.of(LocalDate.of(2026, 1, 5))),
            new Place.Nursery("Les Petits Pas", 10, Optional.empty(), new AgeRange(10, 48))),
        Map.of(Colour.DARK_GREEN, new BigDecimal("12.50"), Colour.RED, new BigDecimal("1000")),
        Map.of(TestCode.of("ZZ000"), 3, TestCode.of("AA002"), 7),
        Optional.of(CSP),
        Timeline.of(
            List.of(
                new Dated<>(new BigDecimal("0.0619"), CIRCULAIRE),
                new Dated<>(
                    new BigDecimal("0.0620"),
                    new LegalBasis(
                        "Circulaire CNAF n° 2025-001",
                        "",
                        ValidityPeriod.from(LocalDate.of(2025, 9, 1)),
                        Confidence.UNCONFIRMED,
                        "CNAF")))),
        YearMonth.of(2026, 1),
        Year.of(2026),
        LocalTime.of(7, 30),
        Period.ofMonths(3),
        1_234_567_890_123L,
        true,
        Optional.empty());
  }

  static EssJsonReader<Catalog> catalogReader() {
    return EssJsonReader.of(TestModel.MODEL, JsonLimits.defaults(), Catalog.class);
  }

  static final com.fasterxml.jackson.databind.json.JsonMapper TEST_MAPPER =
      EssJson.mapper(TestModel.MODEL, JsonLimits.defaults());

  static String encode(Object value) {
    try {
      return TEST_MAPPER.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
