package io.github.esspetiteenfance.legal;

import io.github.esspetiteenfance.InvalidValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The successive values of one parameter, each with its validity period and legal basis.
 *
 * <p>Periods never overlap, so at most one value applies on any date. A date that no period covers
 * has no value: {@link #at(LocalDate)} is empty and {@link #require(LocalDate, String)} throws; the
 * timeline never guesses.
 *
 * <p>This class is immutable and thread-safe if its values are.
 *
 * @param <T> the type of the values
 */
public final class Timeline<T> {

  private static final Comparator<Dated<?>> BY_START =
      Comparator.comparing(
          d -> d.validity().start(), Comparator.nullsFirst(Comparator.naturalOrder()));

  private final List<Dated<T>> values;

  private Timeline(List<Dated<T>> values) {
    this.values = values;
  }

  /**
   * Obtains a timeline from its dated values, in any order.
   *
   * @param <T> the type of the values
   * @param values the dated values, not null
   * @return the timeline, not null
   * @throws InvalidValueException if two periods overlap
   */
  public static <T> Timeline<T> of(List<Dated<T>> values) {
    List<Dated<T>> sorted = new ArrayList<>(values);
    sorted.forEach(v -> Objects.requireNonNull(v, "values[]"));
    sorted.sort(BY_START);
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i - 1).validity().overlaps(sorted.get(i).validity())) {
        throw new InvalidValueException(
            LegalErrorCode.TIMELINE_OVERLAP,
            "values[" + i + "]",
            sorted.get(i).validity(),
            sorted.get(i - 1).validity());
      }
    }
    return new Timeline<>(List.copyOf(sorted));
  }

  /**
   * Returns the value that applies on a date.
   *
   * @param date the date, not null
   * @return the dated value, empty if no period covers the date
   */
  public Optional<Dated<T>> at(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return values.stream().filter(v -> v.validity().contains(date)).findFirst();
  }

  /**
   * Returns the value that applies on a date, or throws.
   *
   * @param date the date, not null
   * @param parameter the name of the parameter, for the error message; not null
   * @return the dated value, not null
   * @throws InvalidValueException with code {@link LegalErrorCode#NO_VALUE_ON_DATE} if no period
   *     covers the date
   */
  public Dated<T> require(LocalDate date, String parameter) {
    return at(date)
        .orElseThrow(
            () -> new InvalidValueException(LegalErrorCode.NO_VALUE_ON_DATE, parameter, date));
  }

  /**
   * Returns the dated values, ordered by start date.
   *
   * @return the values, not null, unmodifiable
   */
  public List<Dated<T>> values() {
    return values;
  }

  /**
   * Returns a timeline with one more value.
   *
   * @param value the value to add, not null
   * @return the new timeline, not null
   * @throws InvalidValueException if the value's period overlaps an existing one
   */
  public Timeline<T> with(Dated<T> value) {
    List<Dated<T>> all = new ArrayList<>(values);
    all.add(Objects.requireNonNull(value, "value"));
    return of(all);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Timeline<?> other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "Timeline" + values;
  }
}
