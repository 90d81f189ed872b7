package io.github.esspetiteenfance.structure;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.LegalBases;
import io.github.esspetiteenfance.legal.LegalBasis;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The kinds of structure, each with a stable kebab-case {@link #code() code}, a French label, a
 * {@link StructureFamily family}, the record that models it and its legal basis.
 *
 * <p>The codes are the type discriminators of serialized forms ({@code "type": "micro-creche"}):
 * they never change once published. There is no "crèche parentale" kind: parental management is an
 * attribute of every EAJE ({@link Management#PARENTAL}), because R2324-17 IV lets any EAJE type be
 * à gestion parentale (R2324-50).
 *
 * <p>Legal bases come from the project's reference on the sector's rules, and are entries of {@code
 * legal-bases.csv} (ids {@code kind.*}). Kinds the project found no legal definition for (maison
 * parentale, recyclerie) have no basis and a {@link Confidence#UNCONFIRMED} {@link #confidence()};
 * bases not checked against a primary source are labelled {@link Confidence#SECONDARY} or {@link
 * Confidence#UNCONFIRMED}.
 */
public enum StructureKind implements Labelled {
  /** Crèche collective (CSP R2324-17 II 1°). */
  CRECHE_COLLECTIVE(
      "creche-collective",
      "crèche collective",
      "collective crèche",
      StructureFamily.EAJE,
      CrecheCollective.class,
      LegalBases.get("kind.creche-collective")),
  /** Halte-garderie: a crèche collective for short or occasional stays (R2324-17 II 1° and III). */
  HALTE_GARDERIE(
      "halte-garderie",
      "halte-garderie",
      "occasional day-care centre",
      StructureFamily.EAJE,
      HalteGarderie.class,
      LegalBases.get("kind.halte-garderie")),
  /** Multi-accueil: combines collective and familial, or regular and occasional care. */
  MULTI_ACCUEIL(
      "multi-accueil",
      "multi-accueil",
      "multi-care centre",
      StructureFamily.EAJE,
      MultiAccueil.class,
      LegalBases.get("kind.multi-accueil")),
  /** Micro-crèche: a crèche collective of at most 12 places (R2324-46 I, since 1 Sept 2021). */
  MICRO_CRECHE(
      "micro-creche",
      "micro-crèche",
      "micro-crèche",
      StructureFamily.EAJE,
      MicroCreche.class,
      LegalBases.get("kind.micro-creche")),
  /** Crèche familiale: care by assistants maternels employed by the service (R2324-17 II 3°). */
  CRECHE_FAMILIALE(
      "creche-familiale",
      "crèche familiale",
      "family crèche",
      StructureFamily.EAJE,
      CrecheFamiliale.class,
      LegalBases.get("kind.creche-familiale")),
  /** Jardin d'enfants: collective care exclusively from 18 months (R2324-17 II 2°). */
  JARDIN_D_ENFANTS(
      "jardin-d-enfants",
      "jardin d'enfants",
      "kindergarten",
      StructureFamily.EAJE,
      JardinDEnfants.class,
      LegalBases.get("kind.jardin-d-enfants")),
  /**
   * Crèche itinérante: a crèche moving between several sites. No legal category of its own was
   * found: treated as a crèche collective or halte-garderie working on several sites (UNCONFIRMED).
   */
  CRECHE_ITINERANTE(
      "creche-itinerante",
      "crèche itinérante",
      "mobile crèche",
      StructureFamily.EAJE,
      CrecheItinerante.class,
      LegalBases.get("kind.creche-itinerante")),
  /** Maison d'assistants maternels (CASF L424-1). */
  MAISON_ASSISTANTS_MATERNELS(
      "maison-assistants-maternels",
      "maison d'assistants maternels (MAM)",
      "childminders' house",
      StructureFamily.ASSISTANTS_MATERNELS,
      MaisonAssistantsMaternels.class,
      LegalBases.get("kind.maison-assistants-maternels")),
  /** Lieu d'accueil enfants-parents (LAEP), defined by the CNAF's référentiel. */
  LIEU_ACCUEIL_ENFANTS_PARENTS(
      "lieu-accueil-enfants-parents",
      "lieu d'accueil enfants-parents (LAEP)",
      "children and parents drop-in centre",
      StructureFamily.PARENTING_SUPPORT,
      LieuAccueilEnfantsParents.class,
      LegalBases.get("kind.lieu-accueil-enfants-parents")),
  /** Relais petite enfance (RPE, formerly relais d'assistants maternels). */
  RELAIS_PETITE_ENFANCE(
      "relais-petite-enfance",
      "relais petite enfance (RPE)",
      "early childhood information centre",
      StructureFamily.PARENTING_SUPPORT,
      RelaisPetiteEnfance.class,
      LegalBases.get("kind.relais-petite-enfance")),
  /** Espace de rencontre (point rencontre) for children and parents without housing rights. */
  ESPACE_DE_RENCONTRE(
      "espace-de-rencontre",
      "espace de rencontre",
      "contact centre",
      StructureFamily.PARENTING_SUPPORT,
      EspaceDeRencontre.class,
      LegalBases.get("kind.espace-de-rencontre")),
  /** Service de médiation familiale. */
  MEDIATION_FAMILIALE(
      "mediation-familiale",
      "service de médiation familiale",
      "family mediation service",
      StructureFamily.PARENTING_SUPPORT,
      MediationFamiliale.class,
      LegalBases.get("kind.mediation-familiale")),
  /** Centre social (centre social et socioculturel), approved by the CAF. */
  CENTRE_SOCIAL(
      "centre-social",
      "centre social",
      "social centre",
      StructureFamily.PARENTING_SUPPORT,
      CentreSocial.class,
      LegalBases.get("kind.centre-social")),
  /**
   * Maison parentale: housing for couples with a child under 3 or expecting one. No legal
   * definition was identified (UNCONFIRMED).
   */
  MAISON_PARENTALE(
      "maison-parentale",
      "maison parentale",
      "parental home",
      StructureFamily.PARENTING_SUPPORT,
      MaisonParentale.class,
      null),
  /** Résidence (centre) maternelle: ASE housing for pregnant women and mothers (CASF L222-5 4°). */
  RESIDENCE_MATERNELLE(
      "residence-maternelle",
      "résidence maternelle (centre maternel)",
      "mother and baby home",
      StructureFamily.PARENTING_SUPPORT,
      ResidenceMaternelle.class,
      LegalBases.get("kind.residence-maternelle")),
  /** Centre parental: housing for both parents with a child under 3 (CASF L222-5-3). */
  CENTRE_PARENTAL(
      "centre-parental",
      "centre parental",
      "parental centre",
      StructureFamily.PARENTING_SUPPORT,
      CentreParental.class,
      LegalBases.get("kind.centre-parental")),
  /**
   * Action éducative en milieu ouvert (AEMO): educational support ordered by a juge des enfants.
   */
  AEMO(
      "aemo",
      "action éducative en milieu ouvert (AEMO)",
      "community-based educational support",
      StructureFamily.CHILD_PROTECTION,
      Aemo.class,
      LegalBases.get("kind.aemo")),
  /** Service de placement familial: minors placed with assistants familiaux. */
  PLACEMENT_FAMILIAL(
      "placement-familial",
      "service de placement familial",
      "foster care service",
      StructureFamily.CHILD_PROTECTION,
      PlacementFamilial.class,
      LegalBases.get("kind.placement-familial")),
  /** Centre éducatif renforcé (CER): intensive short-stay care of minors ordered by a judge. */
  CENTRE_EDUCATIF_RENFORCE(
      "centre-educatif-renforce",
      "centre éducatif renforcé (CER)",
      "reinforced educational centre",
      StructureFamily.CHILD_PROTECTION,
      CentreEducatifRenforce.class,
      LegalBases.get("kind.centre-educatif-renforce")),
  /**
   * Recyclerie petite enfance: collects, cleans, repairs and resells second-hand childcare goods.
   * An ESS activity with no legal category of its own.
   */
  RECYCLERIE_PETITE_ENFANCE(
      "recyclerie-petite-enfance",
      "recyclerie petite enfance",
      "childcare goods reuse shop",
      StructureFamily.RECYCLERIE,
      RecycleriePetiteEnfance.class,
      null);

  private final String code;
  private final String label;
  private final String englishLabel;
  private final StructureFamily family;
  private final Class<? extends Structure> recordType;
  private final LegalBasis legalBasis;

  StructureKind(
      String code,
      String label,
      String englishLabel,
      StructureFamily family,
      Class<? extends Structure> recordType,
      LegalBasis legalBasis) {
    this.code = code;
    this.label = label;
    this.englishLabel = englishLabel;
    this.family = family;
    this.recordType = recordType;
    this.legalBasis = legalBasis;
  }

  /**
   * Returns the stable kebab-case code, such as {@code "micro-creche"}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String englishLabel() {
    return englishLabel;
  }

  /**
   * Returns the family of this kind.
   *
   * @return the family, not null
   */
  public StructureFamily family() {
    return family;
  }

  /**
   * Returns the record that models this kind, such as {@code MicroCreche.class}.
   *
   * @return the record class, not null
   */
  public Class<? extends Structure> recordType() {
    return recordType;
  }

  /**
   * Returns the legal text that defines this kind, if the project identified one.
   *
   * @return the legal basis, empty for kinds without a legal definition; not null
   */
  public Optional<LegalBasis> legalBasis() {
    return Optional.ofNullable(legalBasis);
  }

  /**
   * Returns how sure the project is of this kind's legal classification: the confidence of its
   * legal basis, or {@link Confidence#UNCONFIRMED} when none was identified.
   *
   * @return the confidence, not null
   */
  public Confidence confidence() {
    return legalBasis == null ? Confidence.UNCONFIRMED : legalBasis.confidence();
  }

  /**
   * Obtains a kind from its code.
   *
   * @param code the code, such as {@code "micro-creche"}, not null
   * @return the kind, not null
   * @throws InvalidValueException with code {@link StructureErrorCode#UNKNOWN_KIND} if no kind has
   *     that code
   */
  public static StructureKind ofCode(String code) {
    Objects.requireNonNull(code, "code");
    return Arrays.stream(values())
        .filter(k -> k.code.equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidValueException(StructureErrorCode.UNKNOWN_KIND, "type", code, codes()));
  }

  /**
   * Obtains the kind of a record type.
   *
   * @param recordType the record class, not null
   * @return the kind, not null
   * @throws IllegalArgumentException if the class is not one of the structure records
   */
  public static StructureKind of(Class<? extends Structure> recordType) {
    Objects.requireNonNull(recordType, "recordType");
    return Arrays.stream(values())
        .filter(k -> k.recordType.equals(recordType))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Not a structure record: " + recordType));
  }

  /**
   * Returns the codes of all kinds, in declaration order.
   *
   * @return the codes, not null
   */
  public static List<String> codes() {
    return Arrays.stream(values()).map(StructureKind::code).toList();
  }
}
