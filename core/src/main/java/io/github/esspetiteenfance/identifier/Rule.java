package io.github.esspetiteenfance.identifier;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The one rule of an identifier, shared by its value type's {@code of}, {@code parse}, {@code
 * check} and {@code isValid} and by its Bean Validation constraint: how a text is normalized (the
 * lenient reading of {@code of}) and which violation, if any, a normalized text breaks.
 *
 * @param normalize gives the normalized form of a text (spaces removed...), not null
 * @param checkNormalized gives the first violation of a normalized text, empty if it is valid
 */
record Rule(
    UnaryOperator<String> normalize,
    Function<String, Optional<IdentifierViolation>> checkNormalized) {

  /** Returns the violation of a text once normalized, empty if it is valid; never throws. */
  Optional<IdentifierViolation> check(CharSequence text) {
    return checkNormalized.apply(normalize.apply(Objects.requireNonNull(text, "text").toString()));
  }

  /** Checks if a text is valid once normalized; false for null. */
  boolean isValid(CharSequence text) {
    return text != null && check(text).isEmpty();
  }

  /** Returns the normalized text, or throws the violation with the text as given. */
  String lenient(String text) {
    String normalized = normalize.apply(Objects.requireNonNull(text, "text"));
    return valid(normalized, text);
  }

  /** Returns the text if it is valid and canonical as given, or throws its violation. */
  String strict(CharSequence text) {
    String given = Objects.requireNonNull(text, "text").toString();
    return valid(given, given);
  }

  private String valid(String candidate, String given) {
    Optional<IdentifierViolation> violation = checkNormalized.apply(candidate);
    if (violation.isPresent()) {
      throw new InvalidIdentifierException(violation.get(), given);
    }
    return candidate;
  }
}
