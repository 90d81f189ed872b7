package io.github.esspetiteenfance.regulation;

/**
 * The dated parameters of the regulatory checks: thresholds, ratios, hours and times, each a {@link
 * io.github.esspetiteenfance.legal.Timeline} of values with their legal basis in {@link
 * RegulatoryParameters}.
 *
 * <p>The values are data (the bundled {@code parameters.csv}); the constant names are the {@code
 * parameter} column of that file, and a parameter that differs by capacity category ({@link
 * #byCategory()}) has one row per {@link EajeCategory} in the {@code key} column. The values given
 * in parentheses below are those of the bundled data, for reading convenience only.
 */
public enum Parameter {
  /**
   * Maximum places of a capacity category, keyed by {@link EajeCategory} (R2324-46 I, R2324-47,
   * R2324-48): micro-crèche 10 before 1 Sept 2021 and 12 since; petite crèche 24; crèche 39; grande
   * crèche 59; petit jardin 24; jardin 59; petite crèche familiale 29; crèche familiale 59; grande
   * crèche familiale 89. Above the largest is the next category.
   */
  MAX_PLACES(true),
  /**
   * Maximum places of one unité d'accueil of a crèche collective or halte-garderie (60, R2324-46
   * II).
   */
  COLLECTIVE_UNIT_MAX_PLACES,
  /** Maximum places of one unit of a jardin d'enfants (80). */
  JARDIN_UNIT_MAX_PLACES,
  /** Maximum places of a service d'accueil familial before 1 Sept 2021 (150, old R2324-25). */
  SERVICE_FAMILIAL_MAX_PLACES,
  /**
   * Maximum places of an establishment à gestion parentale (20 before 1 Sept 2021, 24 since:
   * R2324-50).
   */
  PARENTAL_MAX_PLACES,
  /** Maximum places of a crèche parentale by dérogation before 1 Sept 2021 (25). */
  PARENTAL_MAX_PLACES_DEROGATION,
  /** Age, in months, that children of an EAJE are under (72: under 6 years). */
  EAJE_AGE_LIMIT_MONTHS,
  /**
   * Minimum age, in months, of the children of a jardin d'enfants (24 before 1 Sept 2021, 18
   * since).
   */
  JARDIN_MIN_AGE_MONTHS,
  /** Age, in months, that the children of a résidence maternelle are under (36, CASF L222-5 4°). */
  RESIDENCE_MATERNELLE_AGE_LIMIT_MONTHS,
  /** Age, in months, that the children of a LAEP are under (72). */
  LAEP_AGE_LIMIT_MONTHS,
  /** Minimum number of accueillants present at each LAEP session (2). */
  LAEP_MIN_ACCUEILLANTS,
  /** Children who do not walk per professional (5, R2324-46-4 option 1). */
  RATIO_NON_WALKING,
  /** Children who walk per professional (8, R2324-46-4 option 1). */
  RATIO_WALKING,
  /** Children of any age per professional (6, R2324-46-4 option 2, since 1 Sept 2021). */
  RATIO_ANY_AGE,
  /** Children under 3 per professional in a jardin d'enfants (6, R2324-47-4). */
  JARDIN_RATIO_UNDER_3,
  /** Children aged 3 and over per professional in a jardin d'enfants (15, R2324-47-4). */
  JARDIN_RATIO_3_AND_OVER,
  /** Children per professional during an outing (5, R2324-43-2). */
  OUTING_RATIO,
  /** Minimum number of professionals with the children (2, R2324-43-1). */
  MINIMUM_ADULTS,
  /**
   * Number of children present from which the minimum of two applies in a micro-crèche (4,
   * R2324-43-1).
   */
  MICRO_CRECHE_MINIMUM_ADULTS_FROM_CHILDREN,
  /**
   * Capacity above which one of the two minimum professionals must be from the R2324-42 1° list
   * (24, R2324-43-1).
   */
  QUALIFIED_AMONG_MINIMUM_ABOVE_PLACES,
  /** Largest capacity of the first surnombre band, 2015-2021 (20). */
  SURNOMBRE_SMALL_MAX_PLACES,
  /** Surnombre allowed in the first band, 2015-2021, percent of capacity (10). */
  SURNOMBRE_SMALL_PERCENT,
  /** Largest capacity of the second surnombre band, 2015-2021 (40). */
  SURNOMBRE_MEDIUM_MAX_PLACES,
  /** Surnombre allowed in the second band, 2015-2021, percent of capacity (15). */
  SURNOMBRE_MEDIUM_PERCENT,
  /**
   * Surnombre allowed in the third band (41 places and more), 2015-2021, percent of capacity (20).
   */
  SURNOMBRE_LARGE_PERCENT,
  /**
   * Surnombre allowed since 1 Sept 2021, percent of capacity (15: children at once up to 115 %,
   * R2324-27).
   */
  SURNOMBRE_PERCENT,
  /**
   * Maximum weekly occupancy rate, percent, when children are taken in surnombre (100, R2324-27).
   */
  WEEKLY_OCCUPANCY_MAX_PERCENT,
  /**
   * Minimum monthly average of R2324-42 1° staff, percent of the effectif mensuel de référence (40,
   * since 1 Jan 2023).
   */
  QUALIFIED_MIN_PERCENT,
  /**
   * Minimum direction time, FTE, keyed by {@link EajeCategory} (R2324-46-1): micro-crèche 0.2 (0.5
   * from 1 Sept 2026, décret 2025-304), petite crèche 0.5, crèche 0.75, grande and très grande
   * crèche 1.
   */
  DIRECTION_FTE(true),
  /**
   * Minimum deputy direction time, FTE, keyed by {@link EajeCategory} (très grande crèche 0.75,
   * R2324-46-1).
   */
  DEPUTY_DIRECTION_FTE(true),
  /** Maximum number of micro-crèches one person directs (2, since 1 Sept 2026). */
  MICRO_CRECHES_PER_DIRECTOR_MAX,
  /**
   * Hours a year a qualified professional supports a micro-crèche director who holds no diplôme
   * d'État and stays director as the référent technique in post on 1 Sept 2026 (20, décret 2025-304
   * art. 2, SECONDARY).
   */
  MICRO_CRECHE_DIRECTOR_SUPPORT_HOURS,
  /** The same support, minimum hours in each quarter (4, décret 2025-304 art. 2, SECONDARY). */
  MICRO_CRECHE_DIRECTOR_SUPPORT_QUARTER_HOURS,
  /**
   * Minimum hours per year of the référent santé et accueil inclusif, keyed by {@link EajeCategory}
   * (R2324-46-2, R2324-47-2, R2324-48-2).
   */
  RSAI_HOURS(true),
  /**
   * RSAI hours per year added per extra band of places of a très grande crèche (10, R2324-46-2).
   */
  RSAI_HOURS_PER_EXTRA_BAND,
  /** Places of one extra band of a très grande crèche for RSAI hours (20, R2324-46-2). */
  RSAI_EXTRA_BAND_PLACES,
  /**
   * Minimum hours per quarter of the référent santé et accueil inclusif, keyed by {@link
   * EajeCategory} (R2324-46-2, R2324-47-2).
   */
  RSAI_QUARTER_HOURS(true),
  /**
   * Minimum time of puériculteurs or infirmiers, FTE, keyed by {@link EajeCategory} (crèche 0.2,
   * grande 0.3, très grande 0.4; R2324-46-2).
   */
  HEALTH_FTE(true),
  /** FTE of R2324-40 professionals added per full extra band of a très grande crèche (0.1). */
  HEALTH_FTE_PER_EXTRA_BAND,
  /** Places of one extra band of a très grande crèche for R2324-40 professionals (20). */
  HEALTH_EXTRA_BAND_PLACES,
  /**
   * Minimum time of éducateurs de jeunes enfants, FTE, keyed by {@link EajeCategory} (R2324-47-3
   * for jardins d'enfants, R2324-48-3 for crèches familiales).
   */
  EJE_FTE(true),
  /**
   * Extra EJE time per full band of places above the previous category, FTE, keyed by {@link
   * EajeCategory} (grand jardin 0.5, très grande crèche familiale 0.5).
   */
  EJE_FTE_PER_EXTRA_BAND(true),
  /**
   * Places of one extra band for the EJE time, keyed by {@link EajeCategory} (grand jardin 20, très
   * grande crèche familiale 30).
   */
  EJE_EXTRA_BAND_PLACES(true),
  /**
   * Minimum number of assistants maternels in a MAM (2 before 21 May 2021, 1 since: CASF L424-1).
   */
  MAM_MIN_ASSISTANTS,
  /**
   * Maximum number of assistants maternels in a MAM (4 before 21 May 2021, 6 since: CASF L424-1).
   */
  MAM_MAX_ASSISTANTS,
  /** Maximum number of assistants maternels working at once in a MAM (4, CASF L424-1). */
  MAM_MAX_ASSISTANTS_AT_ONCE,
  /**
   * Maximum children at the same time in one MAM (20, CASF L424-1 since ordonnance 2021-611;
   * SECONDARY: départements' PMI pages).
   */
  MAM_MAX_CHILDREN_AT_ONCE,
  /** Maximum children of an assistant maternel's agrément (4, CASF L421-4 I). */
  AM_MAX_AGREMENT,
  /** Maximum children of an agrément by dérogation before 21 May 2021 (6). */
  AM_MAX_AGREMENT_DEROGATION,
  /**
   * Maximum minors under an assistant maternel's exclusive responsibility (6: under 11 since 21 May
   * 2021, of all ages before).
   */
  AM_MAX_MINORS,
  /** Maximum minors under 11 with the exceptional, temporary extension (8, CASF L421-4 II). */
  AM_MAX_MINORS_TEMPORARY,
  /**
   * Maximum children under 3 under an assistant maternel's exclusive responsibility (4, CASF L421-4
   * II).
   */
  AM_MAX_UNDER_3,
  /** Minimum indoor child-care area per authorised place, m² (7, référentiel bâtimentaire). */
  PREMISES_M2_PER_PLACE,
  /**
   * Minimum indoor child-care area per authorised place in very densely populated zones, m² (5.5).
   */
  PREMISES_M2_PER_PLACE_DENSE;

  private final boolean byCategory;

  Parameter() {
    this(false);
  }

  Parameter(boolean byCategory) {
    this.byCategory = byCategory;
  }

  /**
   * Returns whether this parameter has one value per {@link EajeCategory} (the {@code key} column
   * of {@code parameters.csv}): such a parameter is read with {@link
   * RegulatoryParameters#at(Parameter, EajeCategory, java.time.LocalDate)}, the others with {@link
   * RegulatoryParameters#at(Parameter, java.time.LocalDate)}.
   *
   * @return true if the parameter is keyed by capacity category
   */
  public boolean byCategory() {
    return byCategory;
  }
}
