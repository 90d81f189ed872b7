package io.github.esspetiteenfance.structure;

import java.util.Optional;

/** The environmental and social commitments a structure may make, with an {@code OTHER} value. */
public enum CommitmentKind implements Labelled {
  /** Composting of food or garden waste. */
  COMPOST("compost", "compost", CommitmentDomain.ENVIRONMENTAL),
  /** A hen house (poulailler), often fed with food waste. */
  HEN_HOUSE("poulailler", "hen house", CommitmentDomain.ENVIRONMENTAL),
  /** Sorting of waste. */
  WASTE_SORTING("tri des déchets", "waste sorting", CommitmentDomain.ENVIRONMENTAL),
  /** Reduction of waste. */
  WASTE_REDUCTION("réduction des déchets", "waste reduction", CommitmentDomain.ENVIRONMENTAL),
  /** Outdoor and nature activities for the children. */
  OUTDOOR_ACTIVITIES(
      "activités en pleine nature",
      "outdoor and nature activities",
      CommitmentDomain.ENVIRONMENTAL),
  /** Organic food. */
  ORGANIC_FOOD("alimentation biologique", "organic food", CommitmentDomain.ENVIRONMENTAL),
  /** Local food (circuits courts). */
  LOCAL_FOOD("alimentation locale", "local food", CommitmentDomain.ENVIRONMENTAL),
  /** Washable nappies. */
  WASHABLE_NAPPIES("couches lavables", "washable nappies", CommitmentDomain.ENVIRONMENTAL),
  /** Ecological cleaning products. */
  ECOLOGICAL_CLEANING(
      "produits d'entretien écologiques",
      "ecological cleaning products",
      CommitmentDomain.ENVIRONMENTAL),
  /** Reuse and second hand (réemploi, seconde main). */
  REUSE("réemploi et seconde main", "reuse and second hand", CommitmentDomain.ENVIRONMENTAL),
  /** Corporate social responsibility principles (RSE) applied to the structure. */
  CORPORATE_SOCIAL_RESPONSIBILITY(
      "responsabilité sociétale des entreprises (RSE)",
      "corporate social responsibility",
      CommitmentDomain.SOCIAL),
  /** Well-being at work of the staff. */
  WELL_BEING_AT_WORK("bien-être au travail", "well-being at work", CommitmentDomain.SOCIAL),
  /** Participation of parents in the life of the structure. */
  PARENT_PARTICIPATION(
      "participation des parents", "parent participation", CommitmentDomain.SOCIAL),
  /** Access for families with low incomes or in difficulty. */
  ACCESSIBILITY_FOR_ALL(
      "accessibilité à toutes les familles", "access for all families", CommitmentDomain.SOCIAL),
  /** Creation of social ties (lien social). */
  SOCIAL_TIES("création de lien social", "social ties", CommitmentDomain.SOCIAL),
  /** Creation of local jobs. */
  LOCAL_JOBS("création d'emplois locaux", "local jobs", CommitmentDomain.SOCIAL),
  /** Another commitment, named by the commitment's label. */
  OTHER("autre", "other", null);

  private final String label;
  private final String englishLabel;
  private final CommitmentDomain domain;

  CommitmentKind(String label, String englishLabel, CommitmentDomain domain) {
    this.label = label;
    this.englishLabel = englishLabel;
    this.domain = domain;
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
   * Returns the domain of this commitment.
   *
   * @return the domain, empty for {@link #OTHER}
   */
  public Optional<CommitmentDomain> domain() {
    return Optional.ofNullable(domain);
  }

  @Override
  public boolean isOther() {
    return this == OTHER;
  }
}
