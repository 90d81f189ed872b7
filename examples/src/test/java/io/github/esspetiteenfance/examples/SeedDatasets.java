package io.github.esspetiteenfance.examples;

import io.github.esspetiteenfance.examples.SeedDataset.Portrait;
import io.github.esspetiteenfance.indicator.PublishedFigures;
import io.github.esspetiteenfance.testing.SeedPortraits;
import java.util.List;

/**
 * Builds the dataset of the seed text in Java: the figures, networks and portraits of « Accompagner
 * la petite enfance et la parentalité » (Pays de la Loire).
 *
 * <p>The seed gives no identifier (SIREN, SIRET, RNA) for any organization, and the project never
 * invents one: the legal forms are those the text declares ({@code LegalForm.declared}).
 */
public final class SeedDatasets {

  /** Where the content comes from. */
  public static final String SOURCE =
      "Fiche « Accompagner la petite enfance et la parentalité », En Pays de la Loire (texte"
          + " d'amorçage du projet). Éditeur et année des données non indiqués : très"
          + " probablement l'observatoire régional de l'ESS (CRESS Pays de la Loire), non"
          + " confirmé. Le 30 % national concorde avec ESS France, « 3 EAJE sur 10 »"
          + " (source secondaire).";

  private SeedDatasets() {}

  /**
   * Returns the seed's dataset.
   *
   * @return the dataset, not null
   */
  public static SeedDataset paysDeLaLoire() {
    PublishedFigures figures = PublishedFigures.paysDeLaLoireEaje();
    List<String> networks = List.of("familles-rurales", "urcs-pdl", "fas-pdl", "uriopss-pdl");
    List<Portrait> portraits = List.of(microScop(), polichinelles(), inalta(), vista());
    return new SeedDataset(
        "Accompagner la petite enfance et la parentalité", SOURCE, figures, networks, portraits);
  }

  /** MicroScop: a SCOP running a micro-crèche on two sites, Monnières and Saint-Hilaire. */
  static Portrait microScop() {
    return new Portrait(
        "Une crèche coopérative et écocitoyenne",
        List.of(SeedPortraits.microScop()),
        "Micro-crèche écocitoyenne d'inspiration Montessori, enfants de 2 mois à 4 ans ; le"
            + " premier lieu étant complet dès ses débuts, un deuxième lieu a ouvert.");
  }

  /** Les Polichinelles: an association running a recyclerie for early childhood. */
  static Portrait polichinelles() {
    return new Portrait(
        "Une recyclerie pour la petite enfance",
        List.of(SeedPortraits.lesPolichinelles()),
        "Testée lors d'une vente éphémère en décembre 2023, la recyclerie reçoit des dons, les"
            + " nettoie, les répare et les revend à petits prix ; ateliers pour les parents.");
  }

  /** Inalta: an association of child protection and parenting support in 49, 53 and 72. */
  static Portrait inalta() {
    return new Portrait(
        "Comprendre, construire, devenir",
        SeedPortraits.inalta(),
        "Protection de l'enfance (AEMO, placement familial, centre éducatif renforcé) et"
            + " soutien à la parentalité, avec ou sans demande d'un juge ; 19 établissements en"
            + " tout.");
  }

  /**
   * Vista: an association against exclusion, with a maison parentale and a résidence maternelle.
   */
  static Portrait vista() {
    return new Portrait(
        "Agir contre l'exclusion dès la petite enfance",
        SeedPortraits.vista(),
        "Pôle Enfance et parentalité : hébergement de couples vulnérables avec un enfant de"
            + " moins de 3 ans ou à naître, et accueil mère-enfant pour éviter les abandons.");
  }
}
