package io.github.esspetiteenfance.organization;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.LegalBasis;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of {@link EssPerimeter}: whether a unit is in the ESS under one definition, in which
 * family, which rule decided, and how sure the answer is.
 *
 * <p>The {@link #confidence()} is the weakest of the rule's, the legal-form mapping's and the
 * reservations' ({@link #caveats()}): an answer that rests on a doubtful catégorie juridique or an
 * unknown activity says so.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param definition the definition applied, not null
 * @param family the family the unit is counted in, or {@link EssFamily#OUTSIDE_ESS} / {@link
 *     EssFamily#PUBLIC_SECTOR} when it is not in the ESS; not null
 * @param rule the rule that decided, of the same definition; not null
 * @param confidence how sure the answer is, not null
 * @param mapping the mapping of the catégorie juridique, empty when only a declared family was
 *     known
 * @param caveats the reservations, in the order of {@link Caveat}; not null
 */
public record EssClassification(
    PerimeterDefinition definition,
    EssFamily family,
    PerimeterRule rule,
    Confidence confidence,
    Optional<CjMapping> mapping,
    List<Caveat> caveats) {

  /**
   * Creates an answer.
   *
   * @throws InvalidValueException with code {@link
   *     OrganizationErrorCode#CLASSIFICATION_INCONSISTENT} if the rule belongs to another
   *     definition, or if the family says "in the ESS" and the rule says "out", or the reverse
   */
  public EssClassification {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(mapping, "mapping");
    EnumSet<Caveat> sorted = EnumSet.noneOf(Caveat.class);
    sorted.addAll(caveats);
    caveats = List.copyOf(sorted);
    if (rule.definition() != definition) {
      throw new InvalidValueException(
          OrganizationErrorCode.CLASSIFICATION_INCONSISTENT, "rule", rule, definition);
    }
    if (rule.includes() != family.isEss()) {
      throw new InvalidValueException(
          OrganizationErrorCode.CLASSIFICATION_INCONSISTENT, "family", family, rule);
    }
  }

  /**
   * Checks if the unit is in the ESS under the definition applied.
   *
   * @return true if {@link #family()} is a family of the ESS
   */
  public boolean inEss() {
    return family.isEss();
  }

  /**
   * Returns the source of the rule that decided.
   *
   * @return the basis, not null
   */
  public LegalBasis basis() {
    return rule.basis();
  }

  /**
   * Checks if the answer is confirmed: {@link Confidence#CONFIRMED} and without reservation.
   *
   * @return true if the answer needs no check
   */
  public boolean isConfirmed() {
    return confidence.isConfirmed() && caveats.isEmpty();
  }

  /**
   * Checks if the answer carries a reservation.
   *
   * @param caveat the reservation, not null
   * @return true if {@link #caveats()} holds it
   */
  public boolean has(Caveat caveat) {
    return caveats.contains(caveat);
  }
}
