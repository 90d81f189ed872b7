/**
 * Dated regulatory checks of early-childhood structures, with their legal basis.
 *
 * <p>{@code RegulatoryChecker.bundled().check(structure, date, observation)} answers "is this
 * structure compliant on this date, given these observations?" with a {@link
 * io.github.esspetiteenfance.regulation.ComplianceReport} of {@link
 * io.github.esspetiteenfance.diagnostic.Finding findings}: a stable {@link
 * io.github.esspetiteenfance.regulation.FindingCode code}, a {@link
 * io.github.esspetiteenfance.diagnostic.Severity severity}, a message in French and English and the
 * {@link io.github.esspetiteenfance.legal.LegalBasis legal bases} (text, article, validity period,
 * confidence). A finding that rests on a basis that is not confirmed says so in its confidence and
 * at the end of its message.
 *
 * <p>Rules are data where they are parameters: every threshold, ratio, time and surface is a dated
 * {@link io.github.esspetiteenfance.regulation.Parameter} of {@link
 * io.github.esspetiteenfance.regulation.RegulatoryParameters}, read from the bundled {@code
 * parameters.csv} into {@link io.github.esspetiteenfance.legal.Timeline}s. Rules are code where
 * they are logic (how groups combine, when a minimum applies). {@link
 * io.github.esspetiteenfance.regulation.StaffingCalculator} computes required staff on its own.
 *
 * <p>Both services have one shape: {@code bundled()} (the bundled parameters) or {@code
 * of(parameters)}, and the date is an argument of every call; no method applies an implicit date.
 * Counts are named ({@link io.github.esspetiteenfance.regulation.ChildrenPresent}, {@link
 * io.github.esspetiteenfance.regulation.StaffPresent}) rather than positional integers.
 *
 * <h2>Vocabulary</h2>
 *
 * <ul>
 *   <li>the structure checked is the record of its kind ({@code structure} package), described
 *       once: an EAJE record carries its regulatory facts (ratio option, largest unit, date of the
 *       authorisation request, very dense zone), which the checker reads directly; a fact left
 *       empty makes the rule that needs it "not checked", never guessed;
 *   <li>{@link io.github.esspetiteenfance.regulation.Observation}: what was observed (children and
 *       staff present, hours, surfaces, times...); a rule whose data is absent is not checked;
 *   <li>{@link io.github.esspetiteenfance.regulation.EajeCategory}: the capacity categories of
 *       R2324-46, R2324-47 and R2324-48;
 *   <li>{@link io.github.esspetiteenfance.regulation.FindingCode}: the codes of the findings, each
 *       with its severity and its argument table (integer, decimal, text, date, month, {@link
 *       io.github.esspetiteenfance.regulation.EajeCategory category}, {@link
 *       io.github.esspetiteenfance.regulation.RatioOption ratio option}, {@link
 *       io.github.esspetiteenfance.regulation.Subject subject}), checked by every finding so that a
 *       report can be written and read back exactly.
 * </ul>
 *
 * <p>These checks encode facts for a validation library, not legal advice.
 *
 * <p>Builders ({@code X.builder()}, {@code X.builder().from(x)} to copy): a missing required
 * attribute makes {@code build()} throw {@link
 * io.github.esspetiteenfance.MissingAttributesException} (code {@code model.missing-attributes},
 * with the missing names) rather than an {@link IllegalStateException}.
 */
@Value.Style(
    newBuilder = "builder",
    throwForInvalidImmutableState = MissingAttributesException.class)
package io.github.esspetiteenfance.regulation;

import io.github.esspetiteenfance.MissingAttributesException;
import org.immutables.value.Value;
