/**
 * PSU (prestation de service unique) funding indicators and occupancy rates of EAJE.
 *
 * <h2>Vocabulary</h2>
 *
 * <ul>
 *   <li>rates are exact {@link io.github.esspetiteenfance.Fraction}s (the library's one rational
 *       type), rounded only for display ({@code PsuIndicator.percent()}, scale 2, half-up);
 *   <li>{@link io.github.esspetiteenfance.psu.ActivityReport}: hours billed and realised, places
 *       and opening hours over a period, giving the taux de facturation, the taux d'occupation and
 *       the taux d'occupation financier ({@link io.github.esspetiteenfance.psu.PsuIndicator});
 *   <li>{@link io.github.esspetiteenfance.psu.BillingRateBands}: the bands of the taux de
 *       facturation that modulate the PSU prix plafond ({@link
 *       io.github.esspetiteenfance.psu.BillingRegime}: tiers 2014-2024, linear from 2025).
 * </ul>
 *
 * <p>The weekly occupancy rate of the accueil en surnombre rule (CSP R2324-27) is a regulatory
 * check: {@code regulation.WeeklyOccupancy}.
 *
 * <p>Every indicator and band names its legal basis and confidence: the taux d'occupation financier
 * definition and the 2025 linear formula are UNCONFIRMED and say so.
 *
 * <p>This package depends only on the root error model and {@code legal}.
 */
package io.github.esspetiteenfance.psu;
