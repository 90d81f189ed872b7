package io.github.esspetiteenfance.exchange;

import io.github.esspetiteenfance.structure.StructureFamily;
import io.github.esspetiteenfance.structure.StructureKind;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one table from a structure kind to the vocabularies of the three formats (data·inclusion
 * thématiques, type, publics and fees; schema.org type), and back from a data·inclusion service
 * name to a kind. The module README prints the same table. Package-private.
 */
final class Kinds {

  static final String GARDE = "famille--garde-denfants";
  static final String PARENTALITE = "famille--soutien-a-la-parentalite-et-a-leducation";
  static final String CONFLITS = "famille--surmonter-conflits-separation-violence";
  static final String HEBERGEMENT =
      "logement-hebergement--rechercher-une-solution-dhebergement-temporaire";
  static final String HABILLEMENT = "equipement-et-alimentation--habillement";

  private Kinds() {}

  /**
   * The data·inclusion and schema.org terms of a kind.
   *
   * @param thematiques data·inclusion thématiques (official list), not empty
   * @param type data·inclusion type of service, empty where none of the official list fits
   * @param publics data·inclusion publics
   * @param payant whether the service is known to charge families
   * @param schemaOrgType the schema.org type of the establishment
   */
  record Terms(
      List<String> thematiques,
      Optional<String> type,
      List<String> publics,
      boolean payant,
      String schemaOrgType) {}

  static Terms of(StructureKind kind) {
    if (kind.family() == StructureFamily.EAJE
        || kind == StructureKind.MAISON_ASSISTANTS_MATERNELS) {
      return new Terms(List.of(GARDE), Optional.empty(), List.of("familles"), true, "ChildCare");
    }
    return switch (kind) {
      case RELAIS_PETITE_ENFANCE ->
          new Terms(
              List.of(GARDE, PARENTALITE),
              Optional.of("information"),
              List.of("familles"),
              false,
              "Organization");
      case LIEU_ACCUEIL_ENFANTS_PARENTS, CENTRE_SOCIAL ->
          new Terms(
              List.of(PARENTALITE), Optional.empty(), List.of("familles"), false, "Organization");
      case ESPACE_DE_RENCONTRE, MEDIATION_FAMILIALE ->
          new Terms(
              List.of(PARENTALITE, CONFLITS),
              Optional.of("accompagnement"),
              List.of("familles"),
              false,
              "Organization");
      case MAISON_PARENTALE, CENTRE_PARENTAL ->
          new Terms(
              List.of(PARENTALITE, HEBERGEMENT),
              Optional.of("accompagnement"),
              List.of("familles"),
              false,
              "Organization");
      case RESIDENCE_MATERNELLE ->
          new Terms(
              List.of(PARENTALITE, HEBERGEMENT),
              Optional.of("accompagnement"),
              List.of("familles", "femmes"),
              false,
              "Organization");
      case AEMO, PLACEMENT_FAMILIAL ->
          new Terms(
              List.of(PARENTALITE),
              Optional.of("accompagnement"),
              List.of("familles"),
              false,
              "Organization");
      case CENTRE_EDUCATIF_RENFORCE ->
          new Terms(
              List.of(PARENTALITE),
              Optional.of("accompagnement"),
              List.of("jeunes", "personnes-en-situation-juridique-specifique"),
              false,
              "Organization");
      case RECYCLERIE_PETITE_ENFANCE ->
          new Terms(
              List.of(HABILLEMENT, PARENTALITE),
              Optional.of("aide-materielle"),
              List.of("familles"),
              false,
              "Store");
      default -> throw new IllegalStateException("ess-petite-enfance bug: unmapped kind " + kind);
    };
  }

  /** Returns the service name of a kind: its French label with a capital letter. */
  static String serviceName(StructureKind kind) {
    String label = kind.label();
    return Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }

  /**
   * Returns the kind a data·inclusion service name designates: its exact label first, else key
   * words (most specific first), else empty.
   */
  static Optional<StructureKind> fromServiceName(String name) {
    String n = fold(name);
    for (StructureKind k : StructureKind.values()) {
      if (fold(k.label()).equals(n)) {
        return Optional.of(k);
      }
    }
    for (Object[] rule : KEYWORDS) {
      if (n.contains((String) rule[0])) {
        return Optional.of((StructureKind) rule[1]);
      }
    }
    return Optional.empty();
  }

  /** Returns the kind a set of thématiques designates when exactly one kind has that set. */
  static Optional<StructureKind> fromThematiques(List<String> thematiques) {
    java.util.Set<String> set = java.util.Set.copyOf(thematiques);
    List<StructureKind> matches =
        java.util.Arrays.stream(StructureKind.values())
            .filter(k -> java.util.Set.copyOf(of(k).thematiques()).equals(set))
            .toList();
    return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
  }

  /** Returns the kinds a set of thématiques could designate. */
  static List<StructureKind> candidates(List<String> thematiques) {
    java.util.Set<String> set = java.util.Set.copyOf(thematiques);
    return java.util.Arrays.stream(StructureKind.values())
        .filter(k -> java.util.Set.copyOf(of(k).thematiques()).equals(set))
        .toList();
  }

  private static final Object[][] KEYWORDS = {
    {"micro-creche", StructureKind.MICRO_CRECHE},
    {"microcreche", StructureKind.MICRO_CRECHE},
    {"multi-accueil", StructureKind.MULTI_ACCUEIL},
    {"multiaccueil", StructureKind.MULTI_ACCUEIL},
    {"halte-garderie", StructureKind.HALTE_GARDERIE},
    {"halte garderie", StructureKind.HALTE_GARDERIE},
    {"creche familiale", StructureKind.CRECHE_FAMILIALE},
    {"creche itinerante", StructureKind.CRECHE_ITINERANTE},
    {"jardin d'enfants", StructureKind.JARDIN_D_ENFANTS},
    {"maison d'assistants maternels", StructureKind.MAISON_ASSISTANTS_MATERNELS},
    {"lieu d'accueil enfants", StructureKind.LIEU_ACCUEIL_ENFANTS_PARENTS},
    {"laep", StructureKind.LIEU_ACCUEIL_ENFANTS_PARENTS},
    {"relais petite enfance", StructureKind.RELAIS_PETITE_ENFANCE},
    {"relais assistants maternels", StructureKind.RELAIS_PETITE_ENFANCE},
    {"mediation familiale", StructureKind.MEDIATION_FAMILIALE},
    {"espace de rencontre", StructureKind.ESPACE_DE_RENCONTRE},
    {"espace rencontre", StructureKind.ESPACE_DE_RENCONTRE},
    {"point rencontre", StructureKind.ESPACE_DE_RENCONTRE},
    {"centre social", StructureKind.CENTRE_SOCIAL},
    {"residence maternelle", StructureKind.RESIDENCE_MATERNELLE},
    {"centre maternel", StructureKind.RESIDENCE_MATERNELLE},
    {"centre parental", StructureKind.CENTRE_PARENTAL},
    {"maison parentale", StructureKind.MAISON_PARENTALE},
    {"recyclerie", StructureKind.RECYCLERIE_PETITE_ENFANCE},
    {"creche collective", StructureKind.CRECHE_COLLECTIVE},
  };

  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .replace('’', '\'')
        .toLowerCase(Locale.ROOT)
        .strip();
  }
}
