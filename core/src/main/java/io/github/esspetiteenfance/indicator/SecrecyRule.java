package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.Fraction;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.legal.LegalBases;
import io.github.esspetiteenfance.legal.LegalBasis;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The rules of statistical secrecy applied to computed figures: the frequency rule and the
 * dominance rule of business statistics.
 *
 * <p>{@link #INSEE} holds INSEE's usual rules for business statistics: a cell must not be built
 * from strictly fewer than 3 units (frequency rule), and no unit may contribute more than 85 % of
 * the cell's value (dominance rule). Source: INSEE, « Manuel de protection des tableaux », annex «
 * Règles », § 11.1 « Règles pour la statistique d'entreprises »
 * (inseefrlab.github.io/manuel-protection-tableaux), under loi n° 51-711 du 7 juin 1951 on
 * statistical secrecy: SECONDARY (a manual of INSEE's lab, not a regulation; each source of data
 * may have its own rules, which that manual says to check).
 *
 * <p>How the library applies them:
 *
 * <ul>
 *   <li>frequency: a figure built from 1 or 2 establishments is {@link SecrecyReason#FREQUENCY
 *       secret}; an empty cell (0) is not, as it describes no unit;
 *   <li>dominance, for jobs: a figure is {@link SecrecyReason#DOMINANCE secret} if one
 *       establishment <em>may</em> make up more than the threshold. With headcount bands the jobs
 *       of each establishment are ranges, so the test is cautious: it is true as soon as {@code (1
 *       - t) × largest upper bound > t × (total lower bound - largest lower bound)}, which holds
 *       whenever some establishment could dominate (and is exact for exact counts). A count of
 *       establishments has no dominance (each unit counts 1);
 *   <li>a share is secret if its part, its whole, or the rest of the whole (secondary secrecy by
 *       difference) is.
 * </ul>
 *
 * <p>Secondary secrecy across several tables (a secret cell recomputed from published totals of
 * other territories) is not handled: the library marks each figure on its own.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param minimumUnits the smallest number of units a shown figure may come from, at least 1
 * @param dominanceThreshold the largest part of a figure one unit may make up, in {@code (0, 1]};
 *     not null
 * @param basis where the rule comes from, not null
 */
public record SecrecyRule(int minimumUnits, Fraction dominanceThreshold, LegalBasis basis) {

  /** INSEE's usual rules for business statistics: 3 units, 85 % (SECONDARY). */
  public static final SecrecyRule INSEE =
      new SecrecyRule(3, Fraction.of(85, 100), LegalBases.get("insee.secret-statistique"));

  /** No secrecy at all: for figures that are not confidential (tests, public registers). */
  public static final SecrecyRule NONE =
      new SecrecyRule(1, Fraction.ONE, LegalBases.get("ess-petite-enfance.sans-secret"));

  /**
   * Creates a rule.
   *
   * @throws InvalidValueException with code {@link IndicatorErrorCode#SECRECY_RULE_INVALID} if the
   *     minimum is below 1 or the threshold outside {@code (0, 1]}
   */
  public SecrecyRule {
    Objects.requireNonNull(dominanceThreshold, "dominanceThreshold");
    Objects.requireNonNull(basis, "basis");
    if (minimumUnits < 1) {
      throw new InvalidValueException(
          IndicatorErrorCode.SECRECY_RULE_INVALID, "minimumUnits", minimumUnits);
    }
    if (dominanceThreshold.signum() <= 0 || dominanceThreshold.compareTo(Fraction.ONE) > 0) {
      throw new InvalidValueException(
          IndicatorErrorCode.SECRECY_RULE_INVALID, "dominanceThreshold", dominanceThreshold);
    }
  }

  /**
   * Returns the secrecy of a figure of a measure computed from a tally.
   *
   * @param tally the establishments the figure comes from, not null
   * @param measure what the figure measures, not null
   * @return the secrecy, not null
   */
  public Secrecy evaluate(Tally tally, Measure measure) {
    Set<SecrecyReason> reasons = EnumSet.noneOf(SecrecyReason.class);
    if (tally.establishments() > 0 && tally.establishments() < minimumUnits) {
      reasons.add(SecrecyReason.FREQUENCY);
    }
    if (measure != Measure.ESTABLISHMENTS && measure != Measure.LEGAL_UNITS && mayDominate(tally)) {
      reasons.add(SecrecyReason.DOMINANCE);
    }
    return new Secrecy(reasons);
  }

  /**
   * Returns the secrecy of a share computed from the tallies of its part and of the rest of its
   * whole: secret if the part, the whole or the rest is.
   *
   * @param part the tally of the part, not null
   * @param rest the tally of the rest of the whole, not null
   * @param measure what the share divides, not null
   * @return the secrecy, not null
   */
  public Secrecy evaluateShare(Tally part, Tally rest, Measure measure) {
    Secrecy secrecy = evaluate(part, measure).and(evaluate(part.plus(rest), measure));
    if (evaluate(rest, measure).isSecret()) {
      secrecy = secrecy.and(Secrecy.of(SecrecyReason.COMPLEMENT));
    }
    return secrecy;
  }

  /** True if one establishment may make up more than the threshold of the jobs. */
  boolean mayDominate(Tally tally) {
    if (tally.establishments() == 0 || dominanceThreshold.equals(Fraction.ONE)) {
      return false;
    }
    if (tally.largestJobsUpper().isEmpty()) {
      return true;
    }
    Fraction t = dominanceThreshold;
    Fraction left = Fraction.ONE.minus(t).times(Fraction.of(tally.largestJobsUpper().getAsLong()));
    Fraction right = t.times(Fraction.of(tally.jobs().lower() - tally.largestJobsLower()));
    return left.compareTo(right) > 0;
  }
}
