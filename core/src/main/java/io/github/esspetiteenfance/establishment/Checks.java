package io.github.esspetiteenfance.establishment;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.internal.TextChecks;
import io.github.esspetiteenfance.structure.Labelled;
import java.util.Objects;
import java.util.Optional;

/** Shared invariant checks of the package; not part of the API. */
final class Checks {

  /**
   * The Bean Validation pattern of an optional text that must not be blank when present (see {@link
   * TextChecks#NON_BLANK}).
   */
  static final String NON_BLANK = TextChecks.NON_BLANK;

  private Checks() {}

  /** Rejects a blank text. */
  static String nonBlank(String value, String field) {
    return TextChecks.nonBlank(value, field, CommonErrorCode.BLANK);
  }

  /** Rejects a present but blank optional text. */
  static Optional<String> nonBlank(Optional<String> value, String field) {
    return TextChecks.nonBlank(value, field, CommonErrorCode.BLANK);
  }

  /** Rejects an {@code OTHER} type without a description. */
  static void descriptionForOther(Labelled type, Optional<String> description, String field) {
    Objects.requireNonNull(type, "type");
    nonBlank(description, field);
    if (type.isOther() && description.isEmpty()) {
      throw new InvalidValueException(
          EstablishmentErrorCode.OTHER_WITHOUT_DESCRIPTION, field, null, type);
    }
  }
}
