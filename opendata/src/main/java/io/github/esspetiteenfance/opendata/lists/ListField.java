package io.github.esspetiteenfance.opendata.lists;

import java.util.Locale;

/**
 * The fields a published list of EAJE may give, each read from the column a {@link ListMapping}
 * names. {@link #NAME} and {@link #KIND} are required; the commune comes from {@link #COMMUNE} (an
 * INSEE code) or else {@link #POSTCODE}, or from the mapping's fixed commune.
 */
public enum ListField {
  /** A stable identifier of the row in the list, to find it again (optional). */
  ID,
  /** The name of the structure (required). */
  NAME,
  /** The type of structure, such as "Multi-accueil" or "Micro-crèche" (required). */
  KIND,
  /** Who manages it, such as "Associatif", "Commune", "Privé" (optional: else the mapping's). */
  MANAGER,
  /** The authorised capacity in places (optional). */
  CAPACITY,
  /** The INSEE commune code (optional if a postcode or a fixed commune is given). */
  COMMUNE,
  /** The postcode (optional). */
  POSTCODE;

  /**
   * Returns the name of this field in a mapping file, such as {@code "name"}.
   *
   * @return the lower-case name, not null
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
