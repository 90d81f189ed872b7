/**
 * Family fees (participations familiales) of PSU-funded early-childhood care with the CNAF national
 * barème, and the CNAF barème of médiation familiale.
 *
 * <h2>Vocabulary</h2>
 *
 * <ul>
 *   <li>{@link io.github.esspetiteenfance.fee.FamilyFeeCalculator}: computes an {@link
 *       io.github.esspetiteenfance.fee.HourlyRate}, a {@link
 *       io.github.esspetiteenfance.fee.MonthlyFee} (mensualisation) or an {@link
 *       io.github.esspetiteenfance.fee.OccasionalFee} for a {@link
 *       io.github.esspetiteenfance.fee.Family} on a date and a {@link
 *       io.github.esspetiteenfance.fee.CareType};
 *   <li>{@link io.github.esspetiteenfance.fee.FeeParameters}: the dated plancher, plafond and taux
 *       d'effort tables, bundled ({@code bundled()}) and completed by the caller ({@code with...});
 *   <li>{@link io.github.esspetiteenfance.fee.MediationFamiliale}: the médiation familiale
 *       contribution per session.
 * </ul>
 *
 * <h2>Traceability</h2>
 *
 * <p>Every result lists the legal bases it used ({@code legalBases()}) and the weakest of their
 * confidences ({@code confidence()}). A parameter the project does not know for a date is never
 * guessed: the calculation fails with a typed error ({@code legal.timeline.no-value-on-date},
 * {@code fee.taux-effort.unknown}), and the caller may supply the value. Assumptions the library
 * makes (the 2022 barème still in force in 2026, the 2020 plancher unchanged from 2019) are data
 * rows labelled UNCONFIRMED, so they show in the answer.
 *
 * <h2>Money</h2>
 *
 * <p>Amounts are {@link java.math.BigDecimal} euros, never {@code double}. Each result exposes its
 * exact value ({@code exact()}) and its rounded value ({@code rounded()}); {@link
 * io.github.esspetiteenfance.fee.FeeRounding} documents the single rounding step and mode.
 *
 * <p>This package depends only on the root error model and {@code legal}.
 *
 * <p>Builders ({@code XBuilder.builder()}, {@code XBuilder.builder().from(x)} to copy): a missing
 * required attribute makes {@code build()} throw {@link
 * io.github.esspetiteenfance.MissingAttributesException} (code {@code model.missing-attributes},
 * with the missing names) rather than an {@link IllegalStateException}.
 */
@Value.Style(
    newBuilder = "builder",
    throwForInvalidImmutableState = MissingAttributesException.class)
package io.github.esspetiteenfance.fee;

import io.github.esspetiteenfance.MissingAttributesException;
import org.immutables.value.Value;
