package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.Localized;
import io.github.esspetiteenfance.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a set of figures implies about a quantity: the smallest range of counts compatible with all
 * of them, and which figures it comes from.
 *
 * <p>"233 EAJE ESS" and "43 % of the EAJE" imply that the région has 536 to 548 employer EAJE.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param what the quantity, not null
 * @param range the counts compatible with the figures, not null
 * @param figures the ids of the figures it was derived from, sorted; not empty
 */
public record Implication(Quantity what, CountRange range, List<String> figures)
    implements Localized {

  /** Creates an implication. */
  public Implication {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(range, "range");
    figures = List.copyOf(figures);
  }

  /**
   * Returns the implication as a sentence, such as {@code "établissements (NAF:88.91A, toutes,
   * employeurs), 52 Pays de la Loire : entre 536 et 548, d'après pdl-..."}.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the sentence, not null
   */
  @Override
  public String message(Locale locale) {
    return Messages.format(
        getClass().getPackageName() + ".messages",
        "indicator.implication",
        locale,
        what.message(locale),
        range.message(locale),
        String.join(", ", figures));
  }

  /** Returns the English sentence. */
  @Override
  public String toString() {
    return message(Locale.ENGLISH);
  }
}
