package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.Fraction;
import io.github.esspetiteenfance.territory.Region;
import java.util.Objects;
import java.util.Optional;

/**
 * A région compared with France for a sector: the ESS shares of establishments and of jobs in each,
 * and the région's weight in the national ESS establishments ("43 % in Pays de la Loire, 30 %
 * nationally").
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param region the région, not null
 * @param sector the sector, not null
 * @param regionalEstablishmentShare the ESS share of establishments in the région, empty if none
 * @param nationalEstablishmentShare the ESS share of establishments in France, empty if none
 * @param regionalJobShare the ESS share of jobs in the région, empty if no job
 * @param nationalJobShare the ESS share of jobs in France, empty if no job
 * @param weightInNation the région's ESS establishments over France's, empty if France has none
 */
public record RegionComparison(
    Region region,
    Sector sector,
    Optional<Indicator> regionalEstablishmentShare,
    Optional<Indicator> nationalEstablishmentShare,
    Optional<Indicator> regionalJobShare,
    Optional<Indicator> nationalJobShare,
    Optional<Share> weightInNation) {

  /** Creates a comparison. */
  public RegionComparison {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(regionalEstablishmentShare, "regionalEstablishmentShare");
    Objects.requireNonNull(nationalEstablishmentShare, "nationalEstablishmentShare");
    Objects.requireNonNull(regionalJobShare, "regionalJobShare");
    Objects.requireNonNull(nationalJobShare, "nationalJobShare");
    Objects.requireNonNull(weightInNation, "weightInNation");
  }

  /**
   * Returns the gap between the région's ESS share of establishments and France's, in share units
   * (multiply by 100 for percentage points): {@code 233/540 - 3/10} for instance.
   *
   * @return the exact gap, positive if the région is above; empty if either share is undefined or
   *     secret
   */
  public Optional<Fraction> establishmentShareGap() {
    return exactShare(regionalEstablishmentShare)
        .flatMap(r -> exactShare(nationalEstablishmentShare).map(r::minus));
  }

  /**
   * Returns the ratio of the région's ESS share of establishments to France's (a location quotient:
   * above 1 when the ESS weighs more in the région).
   *
   * @return the exact ratio; empty if either share is undefined, secret, or France's is zero
   */
  public Optional<Fraction> establishmentLocationQuotient() {
    return exactShare(regionalEstablishmentShare)
        .flatMap(
            r ->
                exactShare(nationalEstablishmentShare)
                    .filter(n -> n.signum() > 0)
                    .map(r::dividedBy));
  }

  private static Optional<Fraction> exactShare(Optional<Indicator> indicator) {
    return indicator
        .filter(i -> !i.isSecret())
        .map(Indicator::value)
        .filter(Share.class::isInstance)
        .map(v -> ((Share) v).fraction());
  }
}
