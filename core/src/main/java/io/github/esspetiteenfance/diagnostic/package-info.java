/**
 * The library's one diagnostics model: a {@link io.github.esspetiteenfance.diagnostic.Finding} (a
 * stable code, its {@link io.github.esspetiteenfance.diagnostic.Severity}, the legal bases or the
 * figures it is about, and typed message {@link io.github.esspetiteenfance.diagnostic.Argument
 * arguments}), shared by the regulatory checks ({@code regulation}), the consistency checks of
 * figures ({@code indicator}) and Bean Validation reports ({@code validation}, for the severity).
 *
 * <p>Each code of a finding is a {@link io.github.esspetiteenfance.diagnostic.FindingKind}: it
 * declares its severity and its argument table (how many arguments, of which types), and a finding
 * whose arguments do not match the table of its code is refused with an {@link
 * io.github.esspetiteenfance.InvalidValueException} ({@link
 * io.github.esspetiteenfance.diagnostic.FindingErrorCode}), whether it is built in code or read
 * back from JSON, so that no message is ever rendered with a missing {@code {2}}.
 *
 * <p>This package depends only on the root package and {@code legal}.
 */
package io.github.esspetiteenfance.diagnostic;
