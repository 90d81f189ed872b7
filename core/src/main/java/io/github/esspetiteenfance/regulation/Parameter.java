package io.github.esspetiteenfance.regulation;

/**
 * The dated parameters of the regulatory checks: thresholds, ratios, hours and times, each a {@link
 * io.github.esspetiteenfance.legal.Timeline} of values with their legal basis in {@link
 * RegulatoryParameters}.
 *
 * <p>The values are data (the bundled {@code parameters.csv}); the constant names are the keys of
 * that file. The values given in parentheses below are those of the bundled data, for reading
 * convenience only.
 */
public enum Parameter {
  /** Maximum places of a micro-crèche (10 before 1 Sept 2021, 12 since: R2324-46 I). */
  MICRO_CRECHE_MAX_PLACES,
  /** Maximum places of a petite crèche (24, R2324-46 I). */
  PETITE_CRECHE_MAX_PLACES,
  /** Maximum places of the category crèche (39, R2324-46 I). */
  CRECHE_MAX_PLACES,
  /** Maximum places of a grande crèche (59, R2324-46 I); above is a très grande crèche. */
  GRANDE_CRECHE_MAX_PLACES,
  /**
   * Maximum places of one unité d'accueil of a crèche collective or halte-garderie (60, R2324-46
   * II).
   */
  COLLECTIVE_UNIT_MAX_PLACES,
  /** Maximum places of a petit jardin d'enfants (24, R2324-47). */
  PETIT_JARDIN_MAX_PLACES,
  /** Maximum places of the category jardin d'enfants (59, R2324-47); above is a grand jardin. */
  JARDIN_MAX_PLACES,
  /** Maximum places of one unit of a jardin d'enfants (80). */
  JARDIN_UNIT_MAX_PLACES,
  /** Maximum places of a petite crèche familiale (29: under 30, R2324-48). */
  PETITE_CRECHE_FAMILIALE_MAX_PLACES,
  /** Maximum places of the category crèche familiale (59, R2324-48). */
  CRECHE_FAMILIALE_MAX_PLACES,
  /** Maximum places of a grande crèche familiale (89, R2324-48); above is a très grande one. */
  GRANDE_CRECHE_FAMILIALE_MAX_PLACES,
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
   * Minimum direction time of a micro-crèche, FTE (0.2 référent technique until 31 Aug 2026, 0.5
   * director since 1 Sept 2026).
   */
  DIRECTION_FTE_MICRO_CRECHE,
  /** Minimum direction time of a petite crèche, FTE (0.5, R2324-46-1). */
  DIRECTION_FTE_PETITE_CRECHE,
  /** Minimum direction time of a crèche, FTE (0.75, R2324-46-1). */
  DIRECTION_FTE_CRECHE,
  /** Minimum direction time of a grande crèche, FTE (1, R2324-46-1). */
  DIRECTION_FTE_GRANDE_CRECHE,
  /** Minimum direction time of a très grande crèche, FTE (1, R2324-46-1). */
  DIRECTION_FTE_TRES_GRANDE_CRECHE,
  /** Minimum deputy direction time of a très grande crèche, FTE (0.75, R2324-46-1). */
  DEPUTY_DIRECTION_FTE_TRES_GRANDE_CRECHE,
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
  /** RSAI hours per year, micro-crèche (10, R2324-46-2). */
  RSAI_HOURS_MICRO_CRECHE,
  /** RSAI hours per year, petite crèche (20, R2324-46-2). */
  RSAI_HOURS_PETITE_CRECHE,
  /** RSAI hours per year, crèche (30, R2324-46-2). */
  RSAI_HOURS_CRECHE,
  /** RSAI hours per year, grande crèche (40, R2324-46-2). */
  RSAI_HOURS_GRANDE_CRECHE,
  /** RSAI hours per year, très grande crèche, before extra bands (50, R2324-46-2). */
  RSAI_HOURS_TRES_GRANDE_CRECHE,
  /**
   * RSAI hours per year added per extra band of places of a très grande crèche (10, R2324-46-2).
   */
  RSAI_HOURS_PER_EXTRA_BAND,
  /** Places of one extra band of a très grande crèche for RSAI hours (20, R2324-46-2). */
  RSAI_EXTRA_BAND_PLACES,
  /** Minimum RSAI hours per quarter, micro-crèche (2). */
  RSAI_QUARTER_HOURS_MICRO_CRECHE,
  /** Minimum RSAI hours per quarter, petite crèche (4). */
  RSAI_QUARTER_HOURS_PETITE_CRECHE,
  /** Minimum RSAI hours per quarter, crèche (6). */
  RSAI_QUARTER_HOURS_CRECHE,
  /** Minimum RSAI hours per quarter, grande crèche (8). */
  RSAI_QUARTER_HOURS_GRANDE_CRECHE,
  /** Minimum RSAI hours per quarter, très grande crèche, before extra bands (10). */
  RSAI_QUARTER_HOURS_TRES_GRANDE_CRECHE,
  /** RSAI hours per year, petit jardin d'enfants (10, R2324-47-2). */
  RSAI_HOURS_PETIT_JARDIN,
  /** RSAI hours per year, jardin d'enfants (20, R2324-47-2). */
  RSAI_HOURS_JARDIN,
  /** RSAI hours per year, grand jardin d'enfants (30, R2324-47-2). */
  RSAI_HOURS_GRAND_JARDIN,
  /** Minimum RSAI hours per quarter, petit jardin d'enfants (2). */
  RSAI_QUARTER_HOURS_PETIT_JARDIN,
  /** Minimum RSAI hours per quarter, jardin d'enfants (4). */
  RSAI_QUARTER_HOURS_JARDIN,
  /** Minimum RSAI hours per quarter, grand jardin d'enfants (6). */
  RSAI_QUARTER_HOURS_GRAND_JARDIN,
  /** RSAI hours per year, petite crèche familiale (20, SECONDARY). */
  RSAI_HOURS_PETITE_CRECHE_FAMILIALE,
  /** FTE of R2324-40 professionals (puériculteur, infirmier), crèche (0.2). */
  HEALTH_FTE_CRECHE,
  /** FTE of R2324-40 professionals, grande crèche (0.3). */
  HEALTH_FTE_GRANDE_CRECHE,
  /** FTE of R2324-40 professionals, très grande crèche, before extra bands (0.4). */
  HEALTH_FTE_TRES_GRANDE_CRECHE,
  /** FTE of R2324-40 professionals added per full extra band of a très grande crèche (0.1). */
  HEALTH_FTE_PER_EXTRA_BAND,
  /** Places of one extra band of a très grande crèche for R2324-40 professionals (20). */
  HEALTH_EXTRA_BAND_PLACES,
  /** FTE of éducateurs de jeunes enfants, jardin d'enfants (0.5, R2324-47-3). */
  EJE_FTE_JARDIN,
  /**
   * FTE of éducateurs de jeunes enfants, grand jardin d'enfants, before extra bands (1,
   * R2324-47-3).
   */
  EJE_FTE_GRAND_JARDIN,
  /** EJE FTE added per extra band of a grand jardin d'enfants (0.5, R2324-47-3). */
  EJE_FTE_GRAND_JARDIN_PER_EXTRA_BAND,
  /** Places of one extra band of a grand jardin d'enfants (20, R2324-47-3). */
  EJE_GRAND_JARDIN_EXTRA_BAND_PLACES,
  /** FTE of éducateurs de jeunes enfants, crèche familiale (0.5, R2324-48-3). */
  EJE_FTE_CRECHE_FAMILIALE,
  /** FTE of éducateurs de jeunes enfants, grande crèche familiale (1, R2324-48-3). */
  EJE_FTE_GRANDE_CRECHE_FAMILIALE,
  /**
   * FTE of éducateurs de jeunes enfants, très grande crèche familiale, before extra bands (1.5).
   */
  EJE_FTE_TRES_GRANDE_CRECHE_FAMILIALE,
  /** EJE FTE added per full extra band of a très grande crèche familiale (0.5, R2324-48-3). */
  EJE_FTE_TRES_GRANDE_CRECHE_FAMILIALE_PER_EXTRA_BAND,
  /** Places of one extra band of a très grande crèche familiale (30, R2324-48-3). */
  EJE_TRES_GRANDE_CRECHE_FAMILIALE_EXTRA_BAND_PLACES,
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
}
