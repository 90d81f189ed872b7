package io.github.esspetiteenfance.regulation;

import io.github.esspetiteenfance.legal.Dated;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.structure.StructureKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The rules of EAJE other than staffing at a moment. */
final class EajeRules {

  private EajeRules() {}

  /** Existing EAJE had until 31 Dec 2022 to comply with the décret 2021-1131. */
  static void transition(Check c) {
    if (!Bases.TRANSITION_2021.validity().contains(c.date)) {
      return;
    }
    // the transition runs from the first day of the décret (1 Sept 2021) in legal-bases.csv
    LocalDate reform = Bases.TRANSITION_2021.validity().startDate().orElseThrow();
    boolean existing = c.facility.opened().map(o -> o.isBefore(reform)).orElse(true);
    if (existing) {
      c.add(FindingCode.TRANSITION_2021, List.of(Bases.TRANSITION_2021), "date", c.date);
    }
  }

  /** Category, micro-crèche maximum, unit size, crèche familiale and parental maxima. */
  static void capacity(Check c) {
    Optional<Integer> known = c.facility.capacity();
    if (known.isEmpty()) {
      c.notChecked(Subject.CAPACITY, Subject.CAPACITY_UNKNOWN);
      return;
    }
    int capacity = known.get();
    c.category()
        .ifPresent(
            cat ->
                c.add(
                    FindingCode.CATEGORY, List.of(cat.basis()), "capacity", capacity, cat.value()));
    StructureKind kind = c.facility.kind();
    if (kind == StructureKind.MICRO_CRECHE) {
      c.need(Parameter.MAX_PLACES, EajeCategory.MICRO_CRECHE)
          .filter(max -> capacity > Check.intOf(max))
          .ifPresent(
              max ->
                  c.add(
                      FindingCode.MICRO_CRECHE_CAPACITY_EXCEEDED,
                      List.of(max.basis()),
                      "capacity",
                      capacity,
                      Check.intOf(max)));
    }
    c.facility
        .largestUnitPlaces()
        .ifPresent(
            unit -> {
              Parameter limit =
                  kind == StructureKind.JARDIN_D_ENFANTS
                      ? Parameter.JARDIN_UNIT_MAX_PLACES
                      : c.facility.isCollectiveCreche()
                          ? Parameter.COLLECTIVE_UNIT_MAX_PLACES
                          : null;
              if (limit == null) {
                return;
              }
              c.need(limit)
                  .filter(max -> unit > Check.intOf(max))
                  .ifPresent(
                      max ->
                          c.add(
                              FindingCode.UNIT_CAPACITY_EXCEEDED,
                              List.of(max.basis()),
                              "largestUnitPlaces",
                              unit,
                              Check.intOf(max)));
            });
    if (kind == StructureKind.CRECHE_FAMILIALE) {
      c.at(Parameter.SERVICE_FAMILIAL_MAX_PLACES)
          .filter(max -> capacity > Check.intOf(max))
          .ifPresent(
              max ->
                  c.add(
                      FindingCode.CRECHE_FAMILIALE_CAPACITY_EXCEEDED,
                      List.of(max.basis()),
                      "capacity",
                      capacity,
                      Check.intOf(max)));
    }
    if (c.facility.parental()) {
      Optional<Dated<BigDecimal>> max = c.need(Parameter.PARENTAL_MAX_PLACES);
      if (max.isPresent() && capacity > Check.intOf(max.get())) {
        Optional<Dated<BigDecimal>> derogation = c.at(Parameter.PARENTAL_MAX_PLACES_DEROGATION);
        if (derogation.isPresent() && capacity <= Check.intOf(derogation.get())) {
          c.add(
              FindingCode.PARENTAL_CAPACITY_DEROGATION,
              List.of(derogation.get().basis()),
              "capacity",
              capacity,
              Check.intOf(max.get()),
              Check.intOf(derogation.get()));
        } else {
          int limit = derogation.map(Check::intOf).orElse(Check.intOf(max.get()));
          c.add(
              FindingCode.PARENTAL_CAPACITY_EXCEEDED,
              List.of(derogation.orElse(max.get()).basis()),
              "capacity",
              capacity,
              limit);
        }
      }
    }
  }

  /** Children under 6 in an EAJE; from 18 months (24 before 2021) in a jardin d'enfants. */
  static void ages(Check c, Parameter limit) {
    c.facility
        .ages()
        .ifPresent(
            declared -> {
              c.at(limit)
                  .filter(max -> declared.maxMonths() > Check.intOf(max))
                  .ifPresent(
                      max ->
                          c.add(
                              FindingCode.DECLARED_AGES_TOO_OLD,
                              List.of(max.basis()),
                              "ages",
                              declared.toString(),
                              Check.intOf(max)));
              if (c.facility.kind() == StructureKind.JARDIN_D_ENFANTS) {
                c.at(Parameter.JARDIN_MIN_AGE_MONTHS)
                    .filter(min -> declared.minMonths() < Check.intOf(min))
                    .ifPresent(
                        min ->
                            c.add(
                                FindingCode.DECLARED_AGES_TOO_YOUNG,
                                List.of(min.basis()),
                                "ages",
                                declared.toString(),
                                Check.intOf(min)));
              }
            });
    c.observation
        .oldestChildAgeMonths()
        .ifPresent(
            age ->
                c.need(limit)
                    .filter(max -> age >= Check.intOf(max))
                    .ifPresent(
                        max ->
                            c.add(
                                FindingCode.CHILD_TOO_OLD,
                                List.of(max.basis()),
                                "oldestChildAgeMonths",
                                age,
                                Check.intOf(max))));
    if (c.facility.kind() == StructureKind.JARDIN_D_ENFANTS) {
      c.observation
          .youngestChildAgeMonths()
          .ifPresent(
              age ->
                  c.need(Parameter.JARDIN_MIN_AGE_MONTHS)
                      .filter(min -> age < Check.intOf(min))
                      .ifPresent(
                          min ->
                              c.add(
                                  FindingCode.CHILD_TOO_YOUNG,
                                  List.of(min.basis()),
                                  "youngestChildAgeMonths",
                                  age,
                                  Check.intOf(min))));
    }
  }

  /** Surnombre (R2324-27): crèches collectives and jardins d'enfants. */
  static void surnombre(Check c) {
    boolean inScope =
        c.facility.isCollectiveCreche() || c.facility.kind() == StructureKind.JARDIN_D_ENFANTS;
    if (!inScope || c.facility.capacity().isEmpty()) {
      return;
    }
    int capacity = c.facility.capacity().get();
    c.observation
        .weeklyOccupancy()
        .ifPresent(
            week ->
                c.need(Parameter.WEEKLY_OCCUPANCY_MAX_PERCENT)
                    .filter(max -> week.isAbove(capacity, max.value()))
                    .ifPresent(
                        max ->
                            c.add(
                                FindingCode.SURNOMBRE_OCCUPANCY_EXCEEDED,
                                List.of(max.basis()),
                                "weeklyOccupancy",
                                week.ratePercent(capacity),
                                max.value())));
    if (c.observation.children().isEmpty()) {
      return;
    }
    int present = c.observation.children().get().total();
    if (present <= capacity) {
      return;
    }
    Optional<Dated<BigDecimal>> percent = surnombrePercent(c, capacity);
    if (percent.isEmpty()) {
      return;
    }
    BigDecimal exact =
        BigDecimal.valueOf(capacity)
            .multiply(BigDecimal.valueOf(100).add(percent.get().value()))
            .divide(BigDecimal.valueOf(100));
    int floor = exact.setScale(0, RoundingMode.FLOOR).intValueExact();
    int ceiling = exact.setScale(0, RoundingMode.CEILING).intValueExact();
    List<LegalBasis> bases = new ArrayList<>(List.of(percent.get().basis()));
    // The rounding (floor, UNCONFIRMED) matters when the maximum is not a whole number: it decides
    // an excess of exactly the rounded-up maximum, and it sets the maximum reported.
    boolean rounded = floor != ceiling;
    if (rounded && (present <= ceiling)) {
      bases.add(Bases.SURNOMBRE_FLOOR);
    }
    if (present > floor) {
      c.add(FindingCode.SURNOMBRE_EXCEEDED, bases, "children", present, capacity, floor);
      return;
    }
    c.add(FindingCode.SURNOMBRE_IN_USE, bases, "children", present, capacity, floor);
    if (c.observation.weeklyOccupancy().isEmpty()) {
      c.add(
          FindingCode.SURNOMBRE_OCCUPANCY_UNKNOWN,
          c.at(Parameter.WEEKLY_OCCUPANCY_MAX_PERCENT)
              .map(d -> List.of(d.basis()))
              .orElse(List.of()),
          "children",
          present,
          capacity);
    }
  }

  private static Optional<Dated<BigDecimal>> surnombrePercent(Check c, int capacity) {
    Optional<Dated<BigDecimal>> current = c.at(Parameter.SURNOMBRE_PERCENT);
    if (current.isPresent()) {
      return current;
    }
    Optional<Dated<BigDecimal>> small = c.at(Parameter.SURNOMBRE_SMALL_MAX_PLACES);
    Optional<Dated<BigDecimal>> medium = c.at(Parameter.SURNOMBRE_MEDIUM_MAX_PLACES);
    if (small.isEmpty() || medium.isEmpty()) {
      c.need(Parameter.SURNOMBRE_PERCENT);
      return Optional.empty();
    }
    Parameter band =
        capacity <= Check.intOf(small.get())
            ? Parameter.SURNOMBRE_SMALL_PERCENT
            : capacity <= Check.intOf(medium.get())
                ? Parameter.SURNOMBRE_MEDIUM_PERCENT
                : Parameter.SURNOMBRE_LARGE_PERCENT;
    return c.need(band);
  }

  /** Qualified staff (R2324-42): crèches collectives and jardins d'enfants, from 1 Jan 2023. */
  static void qualifiedShare(Check c) {
    Optional<QualifiedStaffMonth> observed = c.observation.qualifiedStaff();
    if (observed.isEmpty()) {
      return;
    }
    boolean inScope =
        c.facility.isCollectiveCreche() || c.facility.kind() == StructureKind.JARDIN_D_ENFANTS;
    if (!inScope) {
      c.notChecked(Subject.QUALIFIED_SHARE, Subject.NOT_FOR_KIND);
      return;
    }
    QualifiedStaffMonth month = observed.get();
    LocalDate first = month.month().atDay(1);
    Optional<Dated<BigDecimal>> min = c.at(Parameter.QUALIFIED_MIN_PERCENT, first);
    if (min.isEmpty()) {
      c.add(FindingCode.NO_RULE_ON_DATE, List.of(), Parameter.QUALIFIED_MIN_PERCENT.name(), first);
      return;
    }
    if (month.isBelow(min.get().value())) {
      List<LegalBasis> bases = new ArrayList<>(List.of(min.get().basis()));
      if (c.isMicroCreche()) {
        bases.add(Bases.QUALIFIED_SHARE_MICRO);
      }
      c.add(
          FindingCode.QUALIFIED_SHARE_TOO_LOW,
          bases,
          month.month(),
          month.sharePercent(),
          min.get().value());
    }
  }

  /** Direction time by category (R2324-46-1) and micro-crèches per director (2026). */
  static void direction(Check c) {
    Optional<Direction> observed = c.observation.direction();
    if (observed.isEmpty()) {
      return;
    }
    if (!c.facility.isCollectiveCreche()) {
      c.notChecked(Subject.DIRECTION, Subject.NOT_FOR_KIND);
      return;
    }
    Optional<EajeCategory> category = categoryOrReport(c, Subject.DIRECTION);
    if (category.isEmpty()) {
      return;
    }
    Direction direction = observed.get();
    EajeCategory directed =
        switch (category.get()) {
          case MICRO_CRECHE, PETITE_CRECHE, CRECHE, GRANDE_CRECHE -> category.get();
          default -> EajeCategory.TRES_GRANDE_CRECHE;
        };
    c.need(Parameter.DIRECTION_FTE, directed)
        .filter(min -> direction.directorFte().compareTo(min.value()) < 0)
        .ifPresent(
            min ->
                c.add(
                    FindingCode.DIRECTION_TIME_INSUFFICIENT,
                    List.of(min.basis()),
                    "directorFte",
                    direction.directorFte(),
                    min.value(),
                    category.get()));
    if (category.get() == EajeCategory.TRES_GRANDE_CRECHE) {
      direction
          .deputyDirectorFte()
          .ifPresent(
              deputy ->
                  c.need(Parameter.DEPUTY_DIRECTION_FTE, EajeCategory.TRES_GRANDE_CRECHE)
                      .filter(min -> deputy.compareTo(min.value()) < 0)
                      .ifPresent(
                          min ->
                              c.add(
                                  FindingCode.DEPUTY_DIRECTION_TIME_INSUFFICIENT,
                                  List.of(min.basis()),
                                  "deputyDirectorFte",
                                  deputy,
                                  min.value())));
    }
    if (category.get() == EajeCategory.MICRO_CRECHE) {
      direction
          .microCrechesDirected()
          .ifPresent(
              number ->
                  c.at(Parameter.MICRO_CRECHES_PER_DIRECTOR_MAX)
                      .filter(max -> number > Check.intOf(max))
                      .ifPresent(
                          max ->
                              c.add(
                                  FindingCode.DIRECTOR_TOO_MANY_MICRO_CRECHES,
                                  List.of(max.basis()),
                                  "microCrechesDirected",
                                  number,
                                  Check.intOf(max))));
      microCrecheDirector(c, direction);
    }
  }

  /**
   * From 1 Sept 2026 (décret 2025-304 art. 2, SECONDARY): a micro-crèche's director holds a diplôme
   * d'État, or was its référent technique in post on that date and is then supported by a qualified
   * professional at least 20 hours a year, including 4 hours a quarter.
   */
  private static void microCrecheDirector(Check c, Direction direction) {
    Optional<Dated<BigDecimal>> yearly = c.at(Parameter.MICRO_CRECHE_DIRECTOR_SUPPORT_HOURS);
    Optional<Dated<BigDecimal>> quarterly =
        c.at(Parameter.MICRO_CRECHE_DIRECTOR_SUPPORT_QUARTER_HOURS);
    if (yearly.isEmpty() || quarterly.isEmpty() || direction.directorHoldsDiploma().orElse(true)) {
      return;
    }
    Optional<Boolean> former = direction.formerReferentTechnique();
    if (former.isEmpty()) {
      c.notChecked(Subject.DIRECTOR_QUALIFICATION, Subject.NOT_OBSERVED);
      return;
    }
    if (!former.get()) {
      c.add(
          FindingCode.DIRECTOR_WITHOUT_DIPLOMA,
          List.of(yearly.get().basis()),
          "directorHoldsDiploma",
          yearly.get().basis().validity().startDate().orElse(c.date));
      return;
    }
    Optional<BigDecimal> hours = direction.qualifiedSupportHoursPerYear();
    Optional<BigDecimal> lowest = direction.qualifiedSupportHoursLowestQuarter();
    if (hours.isEmpty() || lowest.isEmpty()) {
      c.notChecked(Subject.DIRECTOR_QUALIFICATION, Subject.NOT_OBSERVED);
      return;
    }
    boolean fine = supportAtLeast(c, yearly.get(), "qualifiedSupportHoursPerYear", hours.get());
    fine &= supportAtLeast(c, quarterly.get(), "qualifiedSupportHoursLowestQuarter", lowest.get());
    if (fine) {
      c.add(
          FindingCode.DIRECTOR_TRANSITIONAL,
          List.of(yearly.get().basis()),
          "qualifiedSupportHoursPerYear",
          hours.get(),
          yearly.get().value(),
          quarterly.get().value());
    }
  }

  /** Reports the support hours below their minimum; true if they are enough. */
  private static boolean supportAtLeast(
      Check c, Dated<BigDecimal> minimum, String item, BigDecimal hours) {
    if (hours.compareTo(minimum.value()) >= 0) {
      return true;
    }
    c.add(
        FindingCode.DIRECTOR_SUPPORT_INSUFFICIENT,
        List.of(minimum.basis()),
        item,
        hours,
        minimum.value());
    return false;
  }

  /** RSAI hours (R2324-46-2, R2324-47-2), R2324-40 professionals and EJE time. */
  static void healthAndEducation(Check c) {
    Observation o = c.observation;
    boolean observed =
        o.rsaiHoursPerYear().isPresent()
            || o.rsaiHoursLowestQuarter().isPresent()
            || o.healthProfessionalFte().isPresent()
            || o.ejeFte().isPresent();
    if (!observed) {
      return;
    }
    Optional<EajeCategory> known = categoryOrReport(c, Subject.RSAI);
    if (known.isEmpty()) {
      return;
    }
    EajeCategory category = known.get();
    int capacity = c.facility.capacity().orElseThrow();
    rsai(c, category, capacity);
    healthProfessional(c, category, capacity);
    eje(c, category, capacity);
  }

  private static void rsai(Check c, EajeCategory category, int capacity) {
    boolean quarterly;
    switch (category) {
      case MICRO_CRECHE,
          PETITE_CRECHE,
          CRECHE,
          GRANDE_CRECHE,
          TRES_GRANDE_CRECHE,
          PETIT_JARDIN_D_ENFANTS,
          JARDIN_D_ENFANTS,
          GRAND_JARDIN_D_ENFANTS ->
          quarterly = true;
      case PETITE_CRECHE_FAMILIALE -> quarterly = false;
      default -> {
        if (c.observation.rsaiHoursPerYear().isPresent()) {
          c.notChecked(Subject.RSAI, Subject.NOT_FOR_KIND);
        }
        return;
      }
    }
    Optional<Dated<BigDecimal>> base =
        c.observation.rsaiHoursPerYear().isPresent()
                || c.observation.rsaiHoursLowestQuarter().isPresent()
            ? c.need(Parameter.RSAI_HOURS, category)
            : Optional.empty();
    if (base.isEmpty()) {
      return;
    }
    List<LegalBasis> bases = new ArrayList<>(List.of(base.get().basis()));
    BigDecimal minYear = base.get().value();
    BigDecimal extraQuarter = BigDecimal.ZERO;
    if (category == EajeCategory.TRES_GRANDE_CRECHE) {
      int bands =
          extraBands(
              capacity,
              c.at(Parameter.MAX_PLACES, EajeCategory.GRANDE_CRECHE),
              c.at(Parameter.RSAI_EXTRA_BAND_PLACES));
      Optional<Dated<BigDecimal>> perBand = c.need(Parameter.RSAI_HOURS_PER_EXTRA_BAND);
      if (bands > 0 && perBand.isPresent()) {
        BigDecimal extra = perBand.get().value().multiply(BigDecimal.valueOf(bands));
        minYear = minYear.add(extra);
        extraQuarter = extra.divide(BigDecimal.valueOf(5));
        bases.add(perBand.get().basis());
        bases.add(Bases.FULL_BANDS);
      }
    }
    BigDecimal year = minYear;
    c.observation
        .rsaiHoursPerYear()
        .filter(h -> h.compareTo(year) < 0)
        .ifPresent(
            h ->
                c.add(
                    FindingCode.RSAI_HOURS_INSUFFICIENT,
                    bases,
                    "rsaiHoursPerYear",
                    h,
                    year,
                    category));
    if (!quarterly) {
      return;
    }
    Optional<Dated<BigDecimal>> quarter = c.at(Parameter.RSAI_QUARTER_HOURS, category);
    if (quarter.isEmpty()) {
      return;
    }
    BigDecimal minQuarter = quarter.get().value().add(extraQuarter);
    List<LegalBasis> quarterBases = new ArrayList<>(List.of(quarter.get().basis()));
    if (extraQuarter.signum() > 0) {
      quarterBases.addAll(bases.subList(1, bases.size()));
      quarterBases.add(Bases.QUARTER_FIFTH);
    }
    c.observation
        .rsaiHoursLowestQuarter()
        .filter(h -> h.compareTo(minQuarter) < 0)
        .ifPresent(
            h ->
                c.add(
                    FindingCode.RSAI_QUARTER_HOURS_INSUFFICIENT,
                    quarterBases,
                    "rsaiHoursLowestQuarter",
                    h,
                    minQuarter,
                    category));
  }

  private static void healthProfessional(Check c, EajeCategory category, int capacity) {
    Optional<BigDecimal> observed = c.observation.healthProfessionalFte();
    if (observed.isEmpty()) {
      return;
    }
    if (category != EajeCategory.CRECHE
        && category != EajeCategory.GRANDE_CRECHE
        && category != EajeCategory.TRES_GRANDE_CRECHE) {
      return;
    }
    Optional<Dated<BigDecimal>> base = c.need(Parameter.HEALTH_FTE, category);
    if (base.isEmpty()) {
      return;
    }
    List<LegalBasis> bases = new ArrayList<>(List.of(base.get().basis()));
    BigDecimal min = base.get().value();
    if (category == EajeCategory.TRES_GRANDE_CRECHE) {
      int bands =
          extraBands(
              capacity,
              c.at(Parameter.MAX_PLACES, EajeCategory.GRANDE_CRECHE),
              c.at(Parameter.HEALTH_EXTRA_BAND_PLACES));
      Optional<Dated<BigDecimal>> perBand = c.need(Parameter.HEALTH_FTE_PER_EXTRA_BAND);
      if (bands > 0 && perBand.isPresent()) {
        min = min.add(perBand.get().value().multiply(BigDecimal.valueOf(bands)));
        bases.add(perBand.get().basis());
        bases.add(Bases.FULL_BANDS);
      }
    }
    BigDecimal minimum = min;
    if (observed.get().compareTo(minimum) < 0) {
      c.add(
          FindingCode.HEALTH_PROFESSIONAL_TIME_INSUFFICIENT,
          bases,
          "healthProfessionalFte",
          observed.get(),
          minimum,
          category);
    }
  }

  private static void eje(Check c, EajeCategory category, int capacity) {
    Optional<BigDecimal> observed = c.observation.ejeFte();
    if (observed.isEmpty()) {
      return;
    }
    EajeCategory previous;
    switch (category) {
      case JARDIN_D_ENFANTS, CRECHE_FAMILIALE, GRANDE_CRECHE_FAMILIALE -> previous = null;
      case GRAND_JARDIN_D_ENFANTS -> previous = EajeCategory.JARDIN_D_ENFANTS;
      case TRES_GRANDE_CRECHE_FAMILIALE -> previous = EajeCategory.GRANDE_CRECHE_FAMILIALE;
      default -> {
        return;
      }
    }
    Optional<Dated<BigDecimal>> base = c.need(Parameter.EJE_FTE, category);
    if (base.isEmpty()) {
      return;
    }
    List<LegalBasis> bases = new ArrayList<>(List.of(base.get().basis()));
    BigDecimal min = base.get().value();
    if (previous != null) {
      int bands =
          extraBands(
              capacity,
              c.at(Parameter.MAX_PLACES, previous),
              c.at(Parameter.EJE_EXTRA_BAND_PLACES, category));
      Optional<Dated<BigDecimal>> extra = c.need(Parameter.EJE_FTE_PER_EXTRA_BAND, category);
      if (bands > 0 && extra.isPresent()) {
        min = min.add(extra.get().value().multiply(BigDecimal.valueOf(bands)));
        bases.add(extra.get().basis());
        bases.add(Bases.FULL_BANDS);
      }
    }
    BigDecimal minimum = min;
    if (observed.get().compareTo(minimum) < 0) {
      c.add(FindingCode.EJE_TIME_INSUFFICIENT, bases, "ejeFte", observed.get(), minimum, category);
    }
  }

  /** Full bands of places above the largest capacity of the previous category. */
  private static int extraBands(
      int capacity, Optional<Dated<BigDecimal>> max, Optional<Dated<BigDecimal>> band) {
    if (max.isEmpty() || band.isEmpty()) {
      return 0;
    }
    int above = capacity - (Check.intOf(max.get()) + 1);
    return Math.max(0, above / Check.intOf(band.get()));
  }

  /** Indoor area per place (référentiel bâtimentaire), by the date of the authorisation request. */
  static void premises(Check c) {
    Optional<BigDecimal> observed = c.observation.indoorSurfaceM2();
    if (observed.isEmpty()) {
      return;
    }
    if (c.facility.capacity().isEmpty()) {
      c.notChecked(Subject.PREMISES, Subject.CAPACITY_UNKNOWN);
      return;
    }
    int capacity = c.facility.capacity().get();
    Optional<Boolean> dense = c.facility.veryDenseZone();
    Parameter perPlace =
        dense.orElse(false)
            ? Parameter.PREMISES_M2_PER_PLACE_DENSE
            : Parameter.PREMISES_M2_PER_PLACE;
    // a request filed after the date checked is not the authorisation in force on that date
    Optional<LocalDate> requested =
        c.facility.authorisationRequested().filter(r -> !r.isAfter(c.date));
    LocalDate ruleDate = requested.orElse(c.date);
    Optional<Dated<BigDecimal>> rule = c.at(perPlace, ruleDate);
    if (rule.isEmpty()) {
      if (requested.isPresent()) {
        c.notChecked(Subject.PREMISES, Subject.REQUEST_BEFORE_REFERENTIEL);
      } else {
        c.need(perPlace);
      }
      return;
    }
    BigDecimal min = rule.get().value().multiply(BigDecimal.valueOf(capacity));
    if (observed.get().compareTo(min) >= 0) {
      return;
    }
    if (dense.isEmpty()) {
      // below 7 m² a place: compliant if the EAJE is in a very dense zone, which is not known
      Optional<BigDecimal> denseMin =
          c.at(Parameter.PREMISES_M2_PER_PLACE_DENSE, ruleDate)
              .map(d -> d.value().multiply(BigDecimal.valueOf(capacity)));
      if (denseMin.isPresent() && observed.get().compareTo(denseMin.get()) >= 0) {
        c.notChecked(Subject.PREMISES, Subject.DENSITY_UNKNOWN);
        return;
      }
    }
    FindingCode code =
        requested.isPresent()
            ? FindingCode.PREMISES_SURFACE_INSUFFICIENT
            : FindingCode.PREMISES_REQUEST_DATE_UNKNOWN;
    c.add(
        code,
        List.of(rule.get().basis(), Bases.PREMISES_REQUEST_DATE),
        "indoorSurfaceM2",
        observed.get(),
        min,
        rule.get().value());
  }

  private static Optional<EajeCategory> categoryOrReport(Check c, Subject rule) {
    if (c.facility.capacity().isEmpty()) {
      c.notChecked(rule, Subject.CAPACITY_UNKNOWN);
      return Optional.empty();
    }
    if (c.category().isEmpty()) {
      c.notChecked(rule, Subject.CATEGORY_UNKNOWN);
      return Optional.empty();
    }
    return c.category().map(Dated::value);
  }
}
