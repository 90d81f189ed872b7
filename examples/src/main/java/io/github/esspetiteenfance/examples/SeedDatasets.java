package io.github.esspetiteenfance.examples;

import io.github.esspetiteenfance.examples.SeedDataset.Figure;
import io.github.esspetiteenfance.examples.SeedDataset.NetworkProfile;
import io.github.esspetiteenfance.examples.SeedDataset.Portrait;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.organization.EssFamily;
import io.github.esspetiteenfance.organization.LegalForm;
import java.math.BigDecimal;
import java.util.List;

/**
 * Builds the dataset of the seed text in Java: the figures, networks and portraits of « Accompagner
 * la petite enfance et la parentalité » (Pays de la Loire).
 *
 * <p>The seed gives no identifier (SIREN, SIRET, RNA) for any organization, and the project never
 * invents one: the legal forms are those the text declares ({@link LegalForm#declared}).
 */
public final class SeedDatasets {

  /** Where the content comes from. */
  public static final String SOURCE =
      "Fiche « Accompagner la petite enfance et la parentalité », En Pays de la Loire (texte"
          + " d'amorçage du projet). Éditeur et année des données non indiqués : très"
          + " probablement l'observatoire régional de l'ESS (CRESS Pays de la Loire), non"
          + " confirmé. Le 30 % national concorde avec ESS France, « 3 EAJE sur 10 »"
          + " (SECONDARY).";

  private static final String SEED =
      "texte d'amorçage « Accompagner la petite enfance et la" + " parentalité »";

  private SeedDatasets() {}

  /**
   * Returns the seed's dataset.
   *
   * @return the dataset, not null
   */
  public static SeedDataset paysDeLaLoire() {
    String pdl = "Pays de la Loire";
    List<Figure> figures =
        List.of(
            new Figure(
                "ess-eaje",
                new BigDecimal("233"),
                false,
                pdl,
                "233 établissements d'accueil du jeune enfant (EAJE) ESS en Pays de la Loire"),
            new Figure(
                "ess-jobs",
                new BigDecimal("3239"),
                false,
                pdl,
                "ce qui représente 3 239" + " emplois"),
            new Figure(
                "associative-share",
                new BigDecimal("80"),
                true,
                pdl,
                "80 % des établissements ESS de ce secteur sont associatifs"),
            new Figure(
                "ess-job-share",
                new BigDecimal("47"),
                true,
                pdl,
                "Près de la moitié des emplois (47 %) dans ce secteur d'activité sont des emplois"
                    + " ESS"),
            new Figure(
                "ess-eaje-share",
                new BigDecimal("43"),
                true,
                pdl,
                "l'ESS représente 43 % des établissements d'accueil du jeune enfant"),
            new Figure(
                "ess-eaje-share-france",
                new BigDecimal("30"),
                true,
                "France",
                "(30 % au national)"));
    List<NetworkProfile> networks =
        List.of(
            new NetworkProfile(
                "Familles Rurales",
                "Services de proximité aux familles des territoires ruraux et péri-urbains, de la"
                    + " petite enfance au grand âge.",
                List.of(
                    "34 400 familles adhérentes",
                    "600 associations locales",
                    "plus de 100 000 personnes bénéficiaires",
                    "3 000 bénévoles")),
            new NetworkProfile(
                "Union Régionale des Centres Sociaux des Pays de la Loire",
                "Structures de proximité qui créent le lien social, notamment autour de la"
                    + " parentalité.",
                List.of("116 centres sociaux et socioculturels", "4 fédérations départementales")),
            new NetworkProfile(
                "Fédération des Acteurs de la Solidarité Pays de la Loire",
                "Accueil et accompagnement des plus démunis ; accueil inconditionnel.",
                List.of("plus de 67 associations et organismes")),
            new NetworkProfile(
                "URIOPSS Pays de la Loire",
                "Représentation et coordination d'associations sanitaires, sociales et"
                    + " médico-sociales, notamment de la petite enfance.",
                List.of("près de 200 organismes", "plus de 700 établissements et services")));
    List<Portrait> portraits =
        List.of(
            new Portrait(
                "Une crèche coopérative et écocitoyenne",
                "MicroScop",
                LegalForm.declared(EssFamily.COOPERATIVE, "SCOP", Confidence.SECONDARY, SEED),
                List.of("Monnières (44100)", "Saint-Hilaire-de-Clisson (44165)"),
                List.of("micro-crèche (Monnières)", "micro-crèche (Saint-Hilaire-de-Clisson)"),
                "Micro-crèche écocitoyenne d'inspiration Montessori créée en 2017, enfants de 2"
                    + " mois à 4 ans ; un 2e lieu ouvert faute de places."),
            new Portrait(
                "Une recyclerie pour la petite enfance",
                "Les Polichinelles",
                LegalForm.declared(
                    EssFamily.ASSOCIATION, "association", Confidence.SECONDARY, SEED),
                List.of("La Roche-sur-Yon (85191)"),
                List.of("recyclerie petite enfance et parentalité"),
                "Recyclerie ouverte au printemps 2024 : dons, nettoyage, réparation, revente à"
                    + " petits prix, ateliers pour les parents."),
            new Portrait(
                "Comprendre, construire, devenir",
                "Inalta",
                LegalForm.declared(
                    EssFamily.ASSOCIATION, "association", Confidence.SECONDARY, SEED),
                List.of("Maine-et-Loire (49)", "Mayenne (53)", "Sarthe (72)"),
                List.of(
                    "action éducative en milieu ouvert (AEMO)",
                    "placement familial",
                    "centre éducatif renforcé",
                    "espace de rencontre (Mayenne)",
                    "espace de rencontre (Sarthe)",
                    "médiation familiale"),
                "Née de la fusion des Sauvegardes de l'Enfance de la Mayenne et de la Sarthe ; 19"
                    + " établissements de protection de l'enfance et de soutien à la"
                    + " parentalité."),
            new Portrait(
                "Agir contre l'exclusion dès la petite enfance",
                "Vista",
                LegalForm.declared(
                    EssFamily.ASSOCIATION, "association", Confidence.SECONDARY, SEED),
                List.of("Challans (85047)", "La Roche-sur-Yon (85191)"),
                List.of("maison parentale (Challans)", "résidence maternelle (La Roche-sur-Yon)"),
                "Lutte contre l'exclusion ; pôle Enfance et parentalité : maison parentale et"
                    + " accueil mère-enfant pour enfants de moins de 3 ans."));
    return new SeedDataset(
        "Accompagner la petite enfance et la parentalité", SOURCE, figures, networks, portraits);
  }
}
