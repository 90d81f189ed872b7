package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.ErrorCode;
import io.github.esspetiteenfance.EssPetiteEnfanceException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An input that an aggregation could not count, with why: its position, a label to find it (a
 * SIRET, a name), and the library's error, which carries the stable code, the field, the rejected
 * value and the message in French and English.
 *
 * <p>This record is immutable and thread-safe if the error's rejected value is.
 *
 * @param index the position of the input in what was given, from 0
 * @param input a label of the input for readers (its SIRET, its name or {@code "#index"}), not
 *     blank
 * @param error why it was not counted, not null
 */
public record RejectedInput(long index, String input, EssPetiteEnfanceException error) {

  /**
   * Creates a rejected input.
   *
   * @throws IllegalArgumentException if the index is negative or the label blank
   */
  public RejectedInput {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(error, "error");
    if (index < 0 || input.isBlank()) {
      throw new IllegalArgumentException("index " + index + ", input '" + input + "'");
    }
  }

  /**
   * Returns the stable code of the error, such as {@code "indicator.employer.unknown"}.
   *
   * @return the code, not null
   */
  public String code() {
    return error.code();
  }

  /**
   * Returns the error code.
   *
   * @return the code, not null
   */
  public ErrorCode errorCode() {
    return error.errorCode();
  }

  /**
   * Returns the field the error is about, if any.
   *
   * @return the field, such as {@code "employer"}
   */
  public Optional<String> field() {
    return error.field();
  }

  /**
   * Returns the message of the error in a language, prefixed by the input's label.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the message, such as {@code "Crèche des Lilas: ..."}; not null
   */
  public String message(Locale locale) {
    return input + ": " + error.getMessage(locale);
  }
}
