package io.github.esspetiteenfance.validation;

import jakarta.validation.Payload;

/**
 * The Bean Validation payload that makes a constraint report a {@link Severity#WARNING} instead of
 * an {@link Severity#ERROR}: {@code @Size(max = 80, payload = Warning.class)}.
 *
 * <p>Sub-interfaces are warnings too.
 */
public interface Warning extends Payload {}
