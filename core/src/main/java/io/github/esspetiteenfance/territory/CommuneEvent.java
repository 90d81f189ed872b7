package io.github.esspetiteenfance.territory;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.legal.Confidence;

/**
 * The kinds of event in the COG's history of communes: the {@code MOD} column of INSEE's {@code
 * mouvements-communes} file.
 *
 * <p>The codes are those present in the COG 2026 file. Their French labels are INSEE's, as quoted
 * by several independent public re-users of the file; they were not read on INSEE's own
 * documentation page, hence the {@link #confidence()} of each label: {@link Confidence#SECONDARY}
 * when at least two independent sources agree, {@link Confidence#UNCONFIRMED} for code 72, seen in
 * a single source.
 */
public enum CommuneEvent {
  /** 10: change of name. */
  NAME_CHANGE(10, "Changement de nom", Confidence.SECONDARY),
  /** 20: creation of a commune. */
  CREATION(20, "Création", Confidence.SECONDARY),
  /** 21: re-establishment of a commune that had merged (a split). */
  RESTORATION(21, "Rétablissement", Confidence.SECONDARY),
  /** 30: removal of a commune, its territory shared out or leaving the COG. */
  REMOVAL(30, "Suppression", Confidence.SECONDARY),
  /** 31: simple merger: the absorbed commune disappears. */
  SIMPLE_MERGER(31, "Fusion simple", Confidence.SECONDARY),
  /** 32: creation of a commune nouvelle, the former communes often becoming communes déléguées. */
  NEW_COMMUNE(32, "Création de commune nouvelle", Confidence.SECONDARY),
  /** 33: fusion-association: the absorbed commune becomes a commune associée. */
  ASSOCIATION_MERGER(33, "Fusion association", Confidence.SECONDARY),
  /** 34: a fusion-association turned into a simple merger. */
  ASSOCIATION_TO_SIMPLE_MERGER(
      34, "Transformation de fusion association en fusion simple", Confidence.SECONDARY),
  /** 35: removal of a commune déléguée. */
  DELEGATED_COMMUNE_REMOVAL(35, "Suppression de commune déléguée", Confidence.SECONDARY),
  /** 41: change of code because the commune changed département. */
  DEPARTEMENT_CHANGE(
      41, "Changement de code dû à un changement de département", Confidence.SECONDARY),
  /** 50: change of code because the chef-lieu of a commune nouvelle moved. */
  CHEF_LIEU_TRANSFER(50, "Changement de code dû à un transfert de chef-lieu", Confidence.SECONDARY),
  /** 70: a commune associée turned into a commune déléguée. */
  ASSOCIATED_TO_DELEGATED(
      70, "Transformation de commune associée en commune déléguée", Confidence.SECONDARY),
  /** 71: re-establishment of a commune déléguée. */
  DELEGATED_COMMUNE_RESTORATION(71, "Rétablissement de commune déléguée", Confidence.SECONDARY),
  /** 72: creation of a commune déléguée. */
  DELEGATED_COMMUNE_CREATION(72, "Création de commune déléguée", Confidence.UNCONFIRMED);

  private final int code;
  private final String label;
  private final Confidence confidence;

  CommuneEvent(int code, String label, Confidence confidence) {
    this.code = code;
    this.label = label;
    this.confidence = confidence;
  }

  /**
   * Obtains the event of an INSEE {@code MOD} code.
   *
   * @param code the code, such as 32
   * @return the event, not null
   * @throws InvalidValueException with code {@code territory.movement.event-unknown} if the code is
   *     not one of this enum's
   */
  public static CommuneEvent of(int code) {
    for (CommuneEvent event : values()) {
      if (event.code == code) {
        return event;
      }
    }
    throw new InvalidValueException(TerritoryErrorCode.MOVEMENT_EVENT_UNKNOWN, "MOD", code);
  }

  /**
   * Returns the INSEE {@code MOD} code of this event, such as 32.
   *
   * @return the code
   */
  public int code() {
    return code;
  }

  /**
   * Returns INSEE's French label of this event, such as {@code "Création de commune nouvelle"}.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  /**
   * Returns how sure the project is of this event's label (the code itself is read in the file).
   *
   * @return the confidence, not null
   */
  public Confidence confidence() {
    return confidence;
  }
}
