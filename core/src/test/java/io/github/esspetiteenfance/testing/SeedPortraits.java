package io.github.esspetiteenfance.testing;

import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.establishment.Location;
import io.github.esspetiteenfance.establishment.Milestone;
import io.github.esspetiteenfance.establishment.MilestoneKind;
import io.github.esspetiteenfance.establishment.Partner;
import io.github.esspetiteenfance.establishment.PartnerRole;
import io.github.esspetiteenfance.establishment.Site;
import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodeDepartement;
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
import io.github.esspetiteenfance.structure.Aemo;
import io.github.esspetiteenfance.structure.AgeRange;
import io.github.esspetiteenfance.structure.CentreEducatifRenforce;
import io.github.esspetiteenfance.structure.Commitment;
import io.github.esspetiteenfance.structure.CommitmentKind;
import io.github.esspetiteenfance.structure.EspaceDeRencontre;
import io.github.esspetiteenfance.structure.HostedPublic;
import io.github.esspetiteenfance.structure.MaisonParentale;
import io.github.esspetiteenfance.structure.Mandate;
import io.github.esspetiteenfance.structure.MediationFamiliale;
import io.github.esspetiteenfance.structure.MicroCreche;
import io.github.esspetiteenfance.structure.PartialDate;
import io.github.esspetiteenfance.structure.PedagogicalApproach;
import io.github.esspetiteenfance.structure.Pedagogy;
import io.github.esspetiteenfance.structure.PlacementFamilial;
import io.github.esspetiteenfance.structure.RecyclerieActivity;
import io.github.esspetiteenfance.structure.RecyclerieActivityKind;
import io.github.esspetiteenfance.structure.RecycleriePetiteEnfance;
import io.github.esspetiteenfance.structure.ResidenceMaternelle;
import io.github.esspetiteenfance.structure.Season;
import io.github.esspetiteenfance.structure.Structure;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;

/**
 * The four portraits of the seed document "Accompagner la petite enfance et la parentalité" (ESS
 * observatory, Pays de la Loire), expressed with the model: MicroScop, Les Polichinelles, Inalta
 * and Vista.
 *
 * <p>Nothing is invented: the seed gives no SIRET, SIREN, capacity, headcount or address, so none
 * is set. Facts the model does not type are kept in the source's words (an establishment's
 * description, a milestone's description, an organization's origin note). Establishments the seed
 * does not name are designated by their operator and kind ("Inalta – AEMO"), a designation rather
 * than a name. Published in core's test-jar for the JSON and examples modules.
 */
public final class SeedPortraits {

  /** The source of the facts, for declared legal forms. */
  public static final String SOURCE =
      "Observatoire de l'ESS Pays de la Loire, « Accompagner la petite enfance et la parentalité »";

  /** Monnières (Loire-Atlantique). */
  public static final CodeCommune MONNIERES = CodeCommune.of("44100");

  /** Saint-Hilaire-de-Clisson (Loire-Atlantique). */
  public static final CodeCommune SAINT_HILAIRE_DE_CLISSON = CodeCommune.of("44165");

  /** La Roche-sur-Yon (Vendée). */
  public static final CodeCommune LA_ROCHE_SUR_YON = CodeCommune.of("85191");

  /** Challans (Vendée). */
  public static final CodeCommune CHALLANS = CodeCommune.of("85047");

  /** Maine-et-Loire. */
  public static final CodeDepartement MAINE_ET_LOIRE = CodeDepartement.of("49");

  /** Mayenne. */
  public static final CodeDepartement MAYENNE = CodeDepartement.of("53");

  /** Sarthe. */
  public static final CodeDepartement SARTHE = CodeDepartement.of("72");

  private SeedPortraits() {}

  /**
   * Returns every establishment of the four portraits, in the seed's order.
   *
   * @return the establishments, not null
   */
  public static List<Establishment> all() {
    List<Establishment> all = new java.util.ArrayList<>();
    all.add(microScop());
    all.add(lesPolichinelles());
    all.addAll(inalta());
    all.addAll(vista());
    return List.copyOf(all);
  }

  // ---------------------------------------------------------------------------------------------
  // MicroScop

  /**
   * Returns MicroScop, the SCOP that runs the micro-crèche.
   *
   * @return the organization, not null
   */
  public static Organization microScopScop() {
    return OrganizationBuilder.builder()
        .name("MicroScop")
        .legalForm(
            LegalForm.declared(
                EssFamily.COOPERATIVE,
                "Société coopérative et participative (SCOP), forme de société non précisée",
                Confidence.SECONDARY,
                SOURCE))
        .addStatuses(SpecificStatus.SCOP)
        .declaredStatus(DeclaredEssStatus.NOT_DECLARED)
        .employer(EmployerStatus.EMPLOYER)
        .origin(
            Origin.creation(
                Year.of(2017),
                "Née du rejet des logiques financières dans le secteur social et du constat de la"
                    + " déconnexion entre la direction et le terrain. Le statut de SCOP permet aux"
                    + " salarié-es de devenir associé-es."))
        .build();
  }

  /**
   * Returns MicroScop: an eco-citizen micro-crèche on two sites, Monnières and
   * Saint-Hilaire-de-Clisson, for children from 2 months to 4 years, Montessori-inspired, opened in
   * 2017.
   *
   * @return the establishment, not null
   */
  public static Establishment microScop() {
    Structure microCreche =
        MicroCreche.builder()
            .ages(AgeRange.ofMonths(2, 48))
            .addPedagogies(
                Pedagogy.inspiredBy(PedagogicalApproach.MONTESSORI),
                Pedagogy.of(PedagogicalApproach.ACTIVE_PEDAGOGY),
                Pedagogy.other("autonomie des enfants"))
            .addCommitments(
                Commitment.of(CommitmentKind.WASTE_REDUCTION),
                Commitment.of(CommitmentKind.WASTE_SORTING),
                Commitment.of(CommitmentKind.COMPOST),
                Commitment.of(CommitmentKind.HEN_HOUSE),
                Commitment.of(CommitmentKind.OUTDOOR_ACTIVITIES),
                Commitment.of(CommitmentKind.CORPORATE_SOCIAL_RESPONSIBILITY),
                Commitment.of(CommitmentKind.WELL_BEING_AT_WORK),
                Commitment.other("répondre aux besoins du territoire"))
            .opened(PartialDate.ofYear(2017))
            .build();
    return Establishment.builder()
        .name("MicroScop")
        .operator(microScopScop())
        .structure(microCreche)
        .addSites(Site.of(MONNIERES), Site.of(SAINT_HILAIRE_DE_CLISSON))
        .addHistory(
            Milestone.undated(
                MilestoneKind.NEW_SITE,
                "Le 1er lieu étant complet dès ses débuts, la crèche a ouvert un 2e lieu pour"
                    + " pallier le manque de places sur le territoire."))
        .description(
            "Micro-crèche écocitoyenne du vignoble nantais. Pédagogie active et autonomie des"
                + " enfants, inspirée de la méthode Montessori. Son modèle combine écologie,"
                + " solidarité et bien-être au travail des salarié-es.")
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Les Polichinelles

  /**
   * Returns the association Les Polichinelles.
   *
   * @return the organization, not null
   */
  public static Organization lesPolichinellesAssociation() {
    return OrganizationBuilder.builder()
        .from(association("Les Polichinelles"))
        .addMemberships(Membership.of("pole-ess-vendee", MembershipRole.ACCOMPANIED))
        .build();
  }

  /**
   * Returns Les Polichinelles: a recyclerie petite enfance in La Roche-sur-Yon, opened in spring
   * 2024 after a pop-up sale in December 2023, supported at its creation by the Pôle ESS Vendée.
   *
   * @return the establishment, not null
   */
  public static Establishment lesPolichinelles() {
    Structure recyclerie =
        RecycleriePetiteEnfance.builder()
            .addActivities(
                RecyclerieActivity.of(RecyclerieActivityKind.DONATION_COLLECTION),
                RecyclerieActivity.of(RecyclerieActivityKind.CLEANING),
                RecyclerieActivity.of(RecyclerieActivityKind.REPAIR, "si besoin"),
                RecyclerieActivity.of(RecyclerieActivityKind.LOW_PRICE_RESALE),
                RecyclerieActivity.of(
                    RecyclerieActivityKind.PARENT_WORKSHOPS,
                    "sur différents sujets autour de la parentalité"))
            .addCommitments(Commitment.of(CommitmentKind.REUSE))
            .opened(PartialDate.ofSeason(2024, Season.SPRING))
            .build();
    return Establishment.builder()
        .name("Les Polichinelles")
        .operator(lesPolichinellesAssociation())
        .structure(recyclerie)
        .addSites(Site.of(LA_ROCHE_SUR_YON))
        .addHistory(
            Milestone.of(
                MilestoneKind.PILOT,
                PartialDate.of(YearMonth.of(2023, 12)),
                "Vente éphémère pour tester le projet."))
        .addPartners(Partner.of("Pôle ESS Vendée", PartnerRole.CREATION_SUPPORT))
        .description(
            "Recyclerie dédiée à la petite enfance et à la parentalité. Constat : les parents, pour"
                + " des raisons écologiques et/ou économiques, privilégient de plus en plus la"
                + " seconde main ; hormis des solutions numériques de revente entre particuliers,"
                + " qui ne créent pas de lien social ni d'emplois, il n'existait pas de réponse sur"
                + " le territoire.")
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Inalta

  /**
   * Returns the association Inalta, born of the merger of the Sauvegarde de l'Enfance de la Mayenne
   * and de la Sarthe.
   *
   * @return the organization, not null
   */
  public static Organization inaltaAssociation() {
    return OrganizationBuilder.builder()
        .name("Inalta")
        .legalForm(
            LegalForm.declared(EssFamily.ASSOCIATION, "association", Confidence.SECONDARY, SOURCE))
        .declaredStatus(DeclaredEssStatus.NOT_DECLARED)
        .employer(EmployerStatus.UNKNOWN)
        .origin(
            Origin.merger(
                List.of(
                    "Sauvegarde de l'Enfance de la Mayenne",
                    "Sauvegarde de l'Enfance de la Sarthe"),
                "Née de la fusion des associations Sauvegarde de l'Enfance de la Mayenne et de la"
                    + " Sarthe ; 19 établissements en Maine-et-Loire, Mayenne et Sarthe."))
        .build();
  }

  /**
   * Returns the Inalta establishments the seed names: AEMO, placement familial, centre éducatif
   * renforcé, two meeting points (Mayenne, Sarthe) and family mediation. The seed says where the
   * meeting points are to the département only, and the other establishments are somewhere in
   * Maine-et-Loire, Mayenne or Sarthe.
   *
   * @return the establishments, not null
   */
  public static List<Establishment> inalta() {
    Organization inalta = inaltaAssociation();
    Location somewhere = Location.inOneOf(MAINE_ET_LOIRE, MAYENNE, SARTHE);
    String protection =
        "Action socio-éducative pour protéger l'enfant de son environnement ou de lui-même.";
    String meetingPoint =
        "Maison, point de rencontre entre les enfants et les parents qui ne disposent pas de"
            + " droit d'hébergement.";
    return List.of(
        inaltaEstablishment(inalta, "Inalta – AEMO", Aemo.builder().build(), somewhere, protection),
        inaltaEstablishment(
            inalta,
            "Inalta – placement familial",
            PlacementFamilial.builder().build(),
            somewhere,
            protection),
        inaltaEstablishment(
            inalta,
            "Inalta – centre éducatif renforcé",
            CentreEducatifRenforce.builder().build(),
            somewhere,
            protection),
        inaltaEstablishment(
            inalta,
            "Inalta – point rencontre de la Mayenne",
            EspaceDeRencontre.builder().addMandates(Mandate.JUDICIAL, Mandate.NON_JUDICIAL).build(),
            Location.inDepartement(MAYENNE),
            meetingPoint),
        inaltaEstablishment(
            inalta,
            "Inalta – point rencontre de la Sarthe",
            EspaceDeRencontre.builder().addMandates(Mandate.JUDICIAL, Mandate.NON_JUDICIAL).build(),
            Location.inDepartement(SARTHE),
            meetingPoint),
        inaltaEstablishment(
            inalta,
            "Inalta – médiation familiale",
            MediationFamiliale.builder()
                .addMandates(Mandate.JUDICIAL, Mandate.NON_JUDICIAL)
                .build(),
            somewhere,
            "Médiation familiale pour construire ou reconstruire des liens familiaux dans des"
                + " situations de rupture ou de séparation."));
  }

  private static Establishment inaltaEstablishment(
      Organization inalta, String name, Structure structure, Location location, String text) {
    return Establishment.builder()
        .name(name)
        .operator(inalta)
        .structure(structure)
        .addSites(Site.at(location))
        .description(text)
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Vista

  /**
   * Returns the association Vista.
   *
   * @return the organization, not null
   */
  public static Organization vistaAssociation() {
    return association("Vista");
  }

  /**
   * Returns the two establishments of Vista's pôle Enfance et parentalité: a maison parentale in
   * Challans and a résidence maternelle in La Roche-sur-Yon.
   *
   * @return the establishments, not null
   */
  public static List<Establishment> vista() {
    Organization vista = vistaAssociation();
    Establishment maisonParentale =
        Establishment.builder()
            .name("Vista – maison parentale de Challans")
            .operator(vista)
            .structure(
                MaisonParentale.builder()
                    .ages(AgeRange.underYears(3))
                    .addPublics(HostedPublic.COUPLES_WITH_CHILD, HostedPublic.EXPECTING_COUPLES)
                    .build())
            .addSites(Site.of(CHALLANS))
            .description(
                "Héberge des couples avec au moins un enfant de moins de 3 ans ou à naître, en"
                    + " situation de vulnérabilité. Pôle Enfance et parentalité.")
            .build();
    Establishment residenceMaternelle =
        Establishment.builder()
            .name("Vista – résidence maternelle de La Roche-sur-Yon")
            .operator(vista)
            .structure(
                ResidenceMaternelle.builder()
                    .ages(AgeRange.underYears(3))
                    .addPublics(
                        HostedPublic.PREGNANT_WOMEN,
                        HostedPublic.ISOLATED_MOTHERS,
                        HostedPublic.MINOR_PARENTS)
                    .build())
            .addSites(Site.of(LA_ROCHE_SUR_YON))
            .description(
                "Accueil mère-enfant : aide les femmes enceintes ou les mères mineures ou majeures"
                    + " isolées accompagnées d'enfants de moins de trois ans qui ont besoin d'un"
                    + " soutien matériel et psychologique, notamment pour éviter les abandons"
                    + " d'enfants. Pôle Enfance et parentalité.")
            .build();
    return List.of(maisonParentale, residenceMaternelle);
  }

  private static Organization association(String name) {
    return OrganizationBuilder.builder()
        .name(name)
        .legalForm(
            LegalForm.declared(EssFamily.ASSOCIATION, "association", Confidence.SECONDARY, SOURCE))
        .declaredStatus(DeclaredEssStatus.NOT_DECLARED)
        .employer(EmployerStatus.UNKNOWN)
        .build();
  }
}
