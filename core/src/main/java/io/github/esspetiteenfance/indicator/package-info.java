/**
 * Observatory indicators: computed from establishment records with a mergeable aggregation, and
 * checked against published figures with exact arithmetic.
 *
 * <h2>Model</h2>
 *
 * <p>An {@link io.github.esspetiteenfance.indicator.Indicator} says what is measured ({@link
 * io.github.esspetiteenfance.indicator.Measure}), of whom ({@link
 * io.github.esspetiteenfance.indicator.Population}: a {@link
 * io.github.esspetiteenfance.indicator.Sector}, ESS families, employers only or not), where (a
 * {@code Territory} of the COG and its level), when ({@link
 * io.github.esspetiteenfance.indicator.ReferencePeriod}), its value, its {@link
 * io.github.esspetiteenfance.indicator.Source} and confidence, whether it was {@link
 * io.github.esspetiteenfance.indicator.Origin computed or published}, and its statistical {@link
 * io.github.esspetiteenfance.indicator.Secrecy}. The value ({@link
 * io.github.esspetiteenfance.indicator.IndicatorValue}) is a count, an amount, a range of counts
 * (jobs from Sirene headcount bands, {@link
 * io.github.esspetiteenfance.establishment.TrancheEffectif}), an exact share (numerator over
 * denominator), a range of shares, or a published figure with its precision ({@link
 * io.github.esspetiteenfance.indicator.RoundedPercentage}, {@link
 * io.github.esspetiteenfance.indicator.RoundedCount}). Nothing is rounded except for display;
 * arithmetic is exact ({@link io.github.esspetiteenfance.Fraction}).
 *
 * <h2>Calculation</h2>
 *
 * <p>A {@link io.github.esspetiteenfance.indicator.Panorama} aggregates {@link
 * io.github.esspetiteenfance.indicator.IndicatorInput records} per commune, département, région and
 * France. It is a commutative monoid ({@code empty}, {@code add}, {@code merge}, and a {@code
 * Collector}): partial results of any split of the data merge, in any order, into the result of one
 * pass. Its {@link io.github.esspetiteenfance.indicator.PanoramaView view} gives the indicators
 * (establishments by family, ESS share of establishments, share of associations, ESS jobs, ESS
 * share of jobs, a région compared with France), each marked secret by a {@link
 * io.github.esspetiteenfance.indicator.SecrecyRule} (INSEE's 3-unit and 85 % rules).
 *
 * <h2>Checking published figures</h2>
 *
 * <p>{@link io.github.esspetiteenfance.indicator.ConsistencyChecker} derives what a set of figures
 * implies ({@link io.github.esspetiteenfance.indicator.Implied}: "233 at 43 %" implies 536 to 548)
 * and flags what cannot all be true, in a {@link
 * io.github.esspetiteenfance.indicator.ConsistencyReport}. The seed's figures are bundled ({@link
 * io.github.esspetiteenfance.indicator.PublishedFigures#paysDeLaLoireEaje()}, UNCONFIRMED). The
 * findings are the library's one {@link io.github.esspetiteenfance.diagnostic.Finding}, with the
 * codes of {@link io.github.esspetiteenfance.indicator.CheckCode}, each declaring its arguments
 * (quantities and figure values kept as they are written in each language, texts), so that a report
 * can be written and read back exactly.
 *
 * <h2>Vocabulary</h2>
 *
 * <p>{@code of} obtains and throws {@link io.github.esspetiteenfance.InvalidValueException} (codes
 * of {@link io.github.esspetiteenfance.indicator.IndicatorErrorCode}); {@code parse} reads the text
 * of {@code toString()}; {@code display} formats for a reader in French or English and never shows
 * a secret value; {@code with...} returns a modified copy. Every type is immutable and thread-safe;
 * optional values are {@link java.util.Optional}, never null.
 *
 * <p>Builders ({@code XBuilder.builder()}, {@code XBuilder.builder().from(x)} to copy): a missing
 * required attribute makes {@code build()} throw {@link
 * io.github.esspetiteenfance.MissingAttributesException} (code {@code model.missing-attributes},
 * with the missing names) rather than an {@link IllegalStateException}.
 */
@Value.Style(
    newBuilder = "builder",
    throwForInvalidImmutableState = MissingAttributesException.class)
package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.MissingAttributesException;
import org.immutables.value.Value;
