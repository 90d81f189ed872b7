package io.github.esspetiteenfance.establishment;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.structure.Labelled;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** Shared invariant checks of the package; not part of the API. */
final class Checks {

  /**
   * The Bean Validation pattern of an optional text that must not be blank when present (see the
   * same constant in the {@code structure} package).
   */
  static final String NON_BLANK = "(?s).*\\S.*";

  private static final Pattern NON_BLANK_PATTERN = Pattern.compile(NON_BLANK);

  private Checks() {}

  /** Rejects a blank text. */
  static String nonBlank(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new InvalidValueException(EstablishmentErrorCode.BLANK, field, value);
    }
    return value;
  }

  /** Rejects a present but blank optional text. */
  static Optional<String> nonBlank(Optional<String> value, String field) {
    Objects.requireNonNull(value, field);
    value.ifPresent(
        v -> {
          if (!NON_BLANK_PATTERN.matcher(v).matches()) {
            throw new InvalidValueException(EstablishmentErrorCode.BLANK, field, v);
          }
        });
    return value;
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
