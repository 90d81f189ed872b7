package io.github.esspetiteenfance.regulation;

import io.github.esspetiteenfance.legal.Dated;
import io.github.esspetiteenfance.structure.Labelled;
import io.github.esspetiteenfance.structure.StructureKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The capacity categories of EAJE since 1 Sept 2021 (décret 2021-1131), CONFIRMED:
 *
 * <ul>
 *   <li>crèches collectives and haltes-garderies (CSP R2324-46 I): micro-crèche ≤ 12 places, petite
 *       crèche 13–24, crèche 25–39, grande crèche 40–59, très grande crèche ≥ 60;
 *   <li>jardins d'enfants (R2324-47): petit ≤ 24, jardin 25–59, grand ≥ 60;
 *   <li>crèches familiales (R2324-48): petite &lt; 30, crèche familiale 30–59, grande 60–89, très
 *       grande ≥ 90.
 * </ul>
 *
 * <p>The category follows the authorised capacity. Before 1 Sept 2021 these categories did not
 * exist: {@link #of} is then empty. The limits are the dated parameter {@link Parameter#MAX_PLACES}
 * of each category.
 */
public enum EajeCategory implements Labelled {
  /** Micro-crèche. */
  MICRO_CRECHE("micro-crèche", "micro-crèche"),
  /** Petite crèche. */
  PETITE_CRECHE("petite crèche", "small crèche"),
  /** Crèche. */
  CRECHE("crèche", "crèche"),
  /** Grande crèche. */
  GRANDE_CRECHE("grande crèche", "large crèche"),
  /** Très grande crèche. */
  TRES_GRANDE_CRECHE("très grande crèche", "very large crèche"),
  /** Petit jardin d'enfants. */
  PETIT_JARDIN_D_ENFANTS("petit jardin d'enfants", "small jardin d'enfants"),
  /** Jardin d'enfants. */
  JARDIN_D_ENFANTS("jardin d'enfants", "jardin d'enfants"),
  /** Grand jardin d'enfants. */
  GRAND_JARDIN_D_ENFANTS("grand jardin d'enfants", "large jardin d'enfants"),
  /** Petite crèche familiale. */
  PETITE_CRECHE_FAMILIALE("petite crèche familiale", "small crèche familiale"),
  /** Crèche familiale. */
  CRECHE_FAMILIALE("crèche familiale", "crèche familiale"),
  /** Grande crèche familiale. */
  GRANDE_CRECHE_FAMILIALE("grande crèche familiale", "large crèche familiale"),
  /** Très grande crèche familiale. */
  TRES_GRANDE_CRECHE_FAMILIALE("très grande crèche familiale", "very large crèche familiale");

  private final String label;
  private final String englishLabel;

  EajeCategory(String label, String englishLabel) {
    this.label = label;
    this.englishLabel = englishLabel;
  }

  /**
   * Returns the legal name of the category, in French.
   *
   * @return the name, such as {@code "petite crèche"}
   */
  @Override
  public String label() {
    return label;
  }

  /**
   * Returns the name of the category in English.
   *
   * @return the name, such as {@code "small crèche"}
   */
  @Override
  public String englishLabel() {
    return englishLabel;
  }

  /**
   * Returns the category of an EAJE on a date, with the bundled parameters.
   *
   * @param kind the kind of structure, not null
   * @param capacity the authorised capacity, positive
   * @param date the date, not null
   * @return the category with the legal basis of the limit that decided it; empty for a kind
   *     without categories or a date before they existed
   */
  public static Optional<Dated<EajeCategory>> of(StructureKind kind, int capacity, LocalDate date) {
    return of(kind, capacity, date, RegulatoryParameters.bundled());
  }

  /**
   * Returns the category of an EAJE on a date.
   *
   * @param kind the kind of structure, not null
   * @param capacity the authorised capacity, positive
   * @param date the date, not null
   * @param parameters the parameters, not null
   * @return the category with the legal basis of the limit that decided it; empty for a kind
   *     without categories or a date before they existed
   */
  public static Optional<Dated<EajeCategory>> of(
      StructureKind kind, int capacity, LocalDate date, RegulatoryParameters parameters) {
    Objects.requireNonNull(kind, "kind");
    Inputs.positive("capacity", capacity);
    Objects.requireNonNull(date, "date");
    return switch (kind) {
      case CRECHE_COLLECTIVE, HALTE_GARDERIE, MULTI_ACCUEIL, MICRO_CRECHE, CRECHE_ITINERANTE ->
          classify(
              capacity,
              date,
              parameters,
              new EajeCategory[] {
                MICRO_CRECHE, PETITE_CRECHE, CRECHE, GRANDE_CRECHE, TRES_GRANDE_CRECHE
              });
      case JARDIN_D_ENFANTS ->
          classify(
              capacity,
              date,
              parameters,
              new EajeCategory[] {
                PETIT_JARDIN_D_ENFANTS, JARDIN_D_ENFANTS, GRAND_JARDIN_D_ENFANTS
              });
      case CRECHE_FAMILIALE ->
          classify(
              capacity,
              date,
              parameters,
              new EajeCategory[] {
                PETITE_CRECHE_FAMILIALE,
                CRECHE_FAMILIALE,
                GRANDE_CRECHE_FAMILIALE,
                TRES_GRANDE_CRECHE_FAMILIALE
              });
      default -> Optional.empty();
    };
  }

  private static Optional<Dated<EajeCategory>> classify(
      int capacity, LocalDate date, RegulatoryParameters parameters, EajeCategory[] categories) {
    List<Dated<BigDecimal>> limits = new ArrayList<>();
    for (int i = 0; i < categories.length - 1; i++) {
      Optional<Dated<BigDecimal>> max = parameters.at(Parameter.MAX_PLACES, categories[i], date);
      if (max.isEmpty()) {
        return Optional.empty();
      }
      limits.add(max.get());
    }
    Dated<BigDecimal> limit = limits.get(0);
    for (int i = 0; i < limits.size(); i++) {
      limit = limits.get(i);
      if (capacity <= StaffingCalculator.intOf(limit)) {
        return Optional.of(new Dated<>(categories[i], limit.basis()));
      }
    }
    return Optional.of(new Dated<>(categories[categories.length - 1], limit.basis()));
  }
}
