package io.github.esspetiteenfance.json.testmodel;

import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.legal.Timeline;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A test document using every kind of shape. */
public record Catalog(
    String title,
    List<@jakarta.validation.Valid Place> places,
    Map<Colour, BigDecimal> prices,
    Map<TestCode, Integer> counts,
    Optional<LegalBasis> basis,
    Timeline<BigDecimal> rates,
    YearMonth month,
    Year year,
    LocalTime opens,
    Period trial,
    long visitors,
    boolean open,
    Optional<Place> featured) {

  /** Creates a catalog. */
  public Catalog {
    Objects.requireNonNull(title, "title");
    places = List.copyOf(places);
    prices = Map.copyOf(prices);
    counts = Map.copyOf(counts);
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(trial, "trial");
    Objects.requireNonNull(featured, "featured");
  }
}
