package io.github.esspetiteenfance.examples;

import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.establishment.EstablishmentBuilder;
import io.github.esspetiteenfance.establishment.Location;
import io.github.esspetiteenfance.establishment.Milestone;
import io.github.esspetiteenfance.establishment.MilestoneKind;
import io.github.esspetiteenfance.establishment.Partner;
import io.github.esspetiteenfance.establishment.PartnerRole;
import io.github.esspetiteenfance.establishment.Site;
import io.github.esspetiteenfance.examples.SeedDataset.Portrait;
import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.indicator.PublishedFigures;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.organization.DeclaredEssStatus;
import io.github.esspetiteenfance.organization.EmployerStatus;
import io.github.esspetiteenfance.organization.EssFamily;
import io.github.esspetiteenfance.organization.LegalForm;
import io.github.esspetiteenfance.organization.Membership;
import io.github.esspetiteenfance.organization.MembershipRole;
import io.github.esspetiteenfance.organization.Organization;
import io.github.esspetiteenfance.organization.OrganizationBuilder;
import io.github.esspetiteenfance.organization.Origin;
import io.github.esspetiteenfance.organization.SpecificStatus;
import io.github.esspetiteenfance.structure.AemoBuilder;
import io.github.esspetiteenfance.structure.AgeRange;
import io.github.esspetiteenfance.structure.CentreEducatifRenforceBuilder;
import io.github.esspetiteenfance.structure.Commitment;
import io.github.esspetiteenfance.structure.CommitmentKind;
import io.github.esspetiteenfance.structure.EspaceDeRencontreBuilder;
import io.github.esspetiteenfance.structure.HostedPublic;
import io.github.esspetiteenfance.structure.MaisonParentale;
import io.github.esspetiteenfance.structure.MaisonParentaleBuilder;
import io.github.esspetiteenfance.structure.Mandate;
import io.github.esspetiteenfance.structure.MediationFamilialeBuilder;
import io.github.esspetiteenfance.structure.MicroCreche;
import io.github.esspetiteenfance.structure.MicroCrecheBuilder;
import io.github.esspetiteenfance.structure.PartialDate;
import io.github.esspetiteenfance.structure.PedagogicalApproach;
import io.github.esspetiteenfance.structure.Pedagogy;
import io.github.esspetiteenfance.structure.PlacementFamilialBuilder;
import io.github.esspetiteenfance.structure.RecyclerieActivity;
import io.github.esspetiteenfance.structure.RecyclerieActivityKind;
import io.github.esspetiteenfance.structure.RecycleriePetiteEnfance;
import io.github.esspetiteenfance.structure.RecycleriePetiteEnfanceBuilder;
import io.github.esspetiteenfance.structure.ResidenceMaternelle;
import io.github.esspetiteenfance.structure.ResidenceMaternelleBuilder;
import io.github.esspetiteenfance.structure.Season;
import io.github.esspetiteenfance.structure.Structure;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
    PublishedFigures figures = PublishedFigures.paysDeLaLoireEaje();
    List<String> networks = List.of("familles-rurales", "urcs-pdl", "fas-pdl", "uriopss-pdl");
    List<Portrait> portraits = List.of(microScop(), polichinelles(), inalta(), vista());
    return new SeedDataset(
        "Accompagner la petite enfance et la parentalité", SOURCE, figures, networks, portraits);
  }

  private static final CodeDepartement MAINE_ET_LOIRE = CodeDepartement.of("49");
  private static final CodeDepartement MAYENNE = CodeDepartement.of("53");
  private static final CodeDepartement SARTHE = CodeDepartement.of("72");

  private static OrganizationBuilder organization(String name, LegalForm legalForm) {
    return new OrganizationBuilder()
        .name(name)
        .legalForm(legalForm)
        .declaredStatus(DeclaredEssStatus.NOT_DECLARED)
        .employer(EmployerStatus.UNKNOWN);
  }

  private static LegalForm association() {
    return LegalForm.declared(EssFamily.ASSOCIATION, "association", Confidence.SECONDARY, SEED);
  }

  private static Establishment establishment(
      String name, Organization operator, Structure structure, Site... sites) {
    return EstablishmentBuilder.builder()
        .name(name)
        .operator(operator)
        .structure(structure)
        .addSites(sites)
        .build();
  }

  private static Site in(String commune) {
    return Site.of(CodeCommune.of(commune));
  }

  private static Site inOneOf(CodeDepartement... departements) {
    return Site.at(
        departements.length == 1
            ? Location.inDepartement(departements[0])
            : Location.inOneOf(departements));
  }

  /** MicroScop: a SCOP running a micro-crèche on two sites, Monnières and Saint-Hilaire. */
  static Portrait microScop() {
    Organization scop =
        organization(
                "MicroScop",
                LegalForm.declared(
                    EssFamily.COOPERATIVE,
                    "SCOP (Société Coopérative et Participative)",
                    Confidence.SECONDARY,
                    SEED))
            .addStatuses(SpecificStatus.SCOP)
            .origin(
                Origin.creation(
                    Optional.of(Year.of(2017)),
                    "Créée en 2017, née du rejet des logiques financières dans le secteur social"))
            .build();
    MicroCreche site =
        MicroCrecheBuilder.builder()
            .ages(AgeRange.ofMonths(2, 48))
            .addPedagogies(Pedagogy.inspiredBy(PedagogicalApproach.MONTESSORI))
            .addPedagogies(Pedagogy.of(PedagogicalApproach.ACTIVE_PEDAGOGY))
            .addCommitments(
                Commitment.of(CommitmentKind.CORPORATE_SOCIAL_RESPONSIBILITY),
                Commitment.of(CommitmentKind.WASTE_REDUCTION),
                Commitment.of(CommitmentKind.WASTE_SORTING),
                Commitment.of(CommitmentKind.COMPOST),
                Commitment.of(CommitmentKind.HEN_HOUSE),
                Commitment.of(CommitmentKind.OUTDOOR_ACTIVITIES),
                Commitment.of(CommitmentKind.WELL_BEING_AT_WORK))
            .build();
    Establishment microCreche =
        EstablishmentBuilder.builder()
            .name("MicroScop")
            .operator(scop)
            .structure(site)
            .addSites(Site.of("Monnières", CodeCommune.of("44100")))
            .addSites(Site.of("Saint-Hilaire-de-Clisson", CodeCommune.of("44165")))
            .addHistory(
                Milestone.undated(
                    MilestoneKind.NEW_SITE,
                    "Le 1er lieu étant complet dès ses débuts, ouverture d'un 2e lieu pour"
                        + " pallier le manque de places sur le territoire"))
            .description("Micro-crèche écocitoyenne dans le vignoble nantais")
            .build();
    return new Portrait(
        "Une crèche coopérative et écocitoyenne",
        List.of(microCreche),
        "Micro-crèche écocitoyenne d'inspiration Montessori, enfants de 2 mois à 4 ans ; le"
            + " premier lieu étant complet dès ses débuts, un deuxième lieu a ouvert.");
  }

  /** Les Polichinelles: an association running a recyclerie for early childhood. */
  static Portrait polichinelles() {
    Organization association =
        organization("Les Polichinelles", association())
            .addMemberships(Membership.of("pole-ess-vendee", MembershipRole.ACCOMPANIED))
            .build();
    RecycleriePetiteEnfance recyclerie =
        RecycleriePetiteEnfanceBuilder.builder()
            .addActivities(
                RecyclerieActivity.of(RecyclerieActivityKind.DONATION_COLLECTION),
                RecyclerieActivity.of(RecyclerieActivityKind.CLEANING),
                RecyclerieActivity.of(RecyclerieActivityKind.REPAIR),
                RecyclerieActivity.of(RecyclerieActivityKind.LOW_PRICE_RESALE),
                RecyclerieActivity.of(RecyclerieActivityKind.PARENT_WORKSHOPS))
            .addCommitments(
                Commitment.of(CommitmentKind.REUSE),
                Commitment.of(CommitmentKind.SOCIAL_TIES),
                Commitment.of(CommitmentKind.LOCAL_JOBS))
            .opened(PartialDate.ofSeason(2024, Season.SPRING))
            .build();
    Establishment shop =
        EstablishmentBuilder.builder()
            .name("Recyclerie Les Polichinelles")
            .operator(association)
            .structure(recyclerie)
            .addSites(in("85191"))
            .addHistory(
                Milestone.of(
                    MilestoneKind.PILOT,
                    PartialDate.of(YearMonth.of(2023, 12)),
                    "Projet testé lors d'une vente éphémère"))
            .addPartners(Partner.of("Pôle ESS Vendée", PartnerRole.CREATION_SUPPORT))
            .build();
    return new Portrait(
        "Une recyclerie pour la petite enfance",
        List.of(shop),
        "Testée lors d'une vente éphémère en décembre 2023, la recyclerie reçoit des dons, les"
            + " nettoie, les répare et les revend à petits prix ; ateliers pour les parents.");
  }

  /** Inalta: an association of child protection and parenting support in 49, 53 and 72. */
  static Portrait inalta() {
    Organization association =
        organization("Inalta", association())
            .origin(
                Origin.merger(
                    Optional.empty(),
                    List.of(
                        "Sauvegarde de l'Enfance de la Mayenne",
                        "Sauvegarde de l'Enfance de la Sarthe"),
                    "Née de la fusion des associations Sauvegarde de l'Enfance de la Mayenne et"
                        + " de la Sarthe ; 19 établissements."))
            .build();
    Set<Mandate> both = Set.of(Mandate.JUDICIAL, Mandate.NON_JUDICIAL);
    Site somewhere = inOneOf(MAINE_ET_LOIRE, MAYENNE, SARTHE);
    return new Portrait(
        "Comprendre, construire, devenir",
        List.of(
            establishment(
                "Action éducative en milieu ouvert",
                association,
                AemoBuilder.builder().build(),
                somewhere),
            establishment(
                "Placement familial",
                association,
                PlacementFamilialBuilder.builder().build(),
                somewhere),
            establishment(
                "Centre éducatif renforcé",
                association,
                CentreEducatifRenforceBuilder.builder().build(),
                somewhere),
            establishment(
                "Point de rencontre enfants-parents (Mayenne)",
                association,
                EspaceDeRencontreBuilder.builder().mandates(both).build(),
                inOneOf(MAYENNE)),
            establishment(
                "Point de rencontre enfants-parents (Sarthe)",
                association,
                EspaceDeRencontreBuilder.builder().mandates(both).build(),
                inOneOf(SARTHE)),
            establishment(
                "Médiation familiale",
                association,
                MediationFamilialeBuilder.builder().build(),
                somewhere)),
        "Protection de l'enfance (AEMO, placement familial, centre éducatif renforcé) et"
            + " soutien à la parentalité, avec ou sans demande d'un juge ; 19 établissements en"
            + " tout.");
  }

  /**
   * Vista: an association against exclusion, with a maison parentale and a résidence maternelle.
   */
  static Portrait vista() {
    Organization association = organization("Vista", association()).build();
    MaisonParentale maison =
        MaisonParentaleBuilder.builder()
            .ages(AgeRange.underYears(3))
            .addPublics(HostedPublic.COUPLES_WITH_CHILD, HostedPublic.EXPECTING_COUPLES)
            .build();
    ResidenceMaternelle residence =
        ResidenceMaternelleBuilder.builder()
            .ages(AgeRange.underYears(3))
            .addPublics(
                HostedPublic.PREGNANT_WOMEN,
                HostedPublic.ISOLATED_MOTHERS,
                HostedPublic.MINOR_PARENTS)
            .build();
    return new Portrait(
        "Agir contre l'exclusion dès la petite enfance",
        List.of(
            establishment("Maison parentale de Challans", association, maison, in("85047")),
            establishment(
                "Résidence maternelle de La Roche-sur-Yon", association, residence, in("85191"))),
        "Pôle Enfance et parentalité : hébergement de couples vulnérables avec un enfant de"
            + " moins de 3 ans ou à naître, et accueil mère-enfant pour éviter les abandons.");
  }
}
