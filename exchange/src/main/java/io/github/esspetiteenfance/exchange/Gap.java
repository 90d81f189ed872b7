package io.github.esspetiteenfance.exchange;

import java.util.Objects;

/**
 * One field that an export or an import could not carry over as it is, with the reason.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param field the field of the target format (for exports, e.g. {@code service.frais}) or of the
 *     source record (for imports), not blank
 * @param kind what happened to it, not null
 * @param detail why, in English, not blank
 */
public record Gap(String field, Kind kind, String detail) {

  /** What happened to a field. */
  public enum Kind {
    /** The target format has the field but the model holds no value for it: left empty. */
    NOT_FILLED,
    /** The model holds a fact the target format cannot carry: lost in this format. */
    LOST,
    /** The value was derived or approximated (e.g. ages in months written in years). */
    APPROXIMATED,
    /** A field of an imported record has no counterpart in the model: reported, not kept. */
    UNMAPPED
  }

  /**
   * Creates a gap.
   *
   * @throws ExchangeException with code {@code exchange.import.invalid-field} if the field or the
   *     detail is blank
   */
  public Gap {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
    if (field.isBlank() || detail.isBlank()) {
      throw new ExchangeException(
          ExchangeErrorCode.INVALID_FIELD, field.isBlank() ? "field" : "detail", field, "blank");
    }
  }

  /**
   * Returns a gap for a field left empty.
   *
   * @param field the target field, not blank
   * @param detail why, not blank
   * @return the gap, not null
   */
  public static Gap notFilled(String field, String detail) {
    return new Gap(field, Kind.NOT_FILLED, detail);
  }

  /**
   * Returns a gap for a fact of the model the format cannot carry.
   *
   * @param field the model's field, not blank
   * @param detail why, not blank
   * @return the gap, not null
   */
  public static Gap lost(String field, String detail) {
    return new Gap(field, Kind.LOST, detail);
  }

  /**
   * Returns a gap for a derived or approximated value.
   *
   * @param field the target field, not blank
   * @param detail how it was derived, not blank
   * @return the gap, not null
   */
  public static Gap approximated(String field, String detail) {
    return new Gap(field, Kind.APPROXIMATED, detail);
  }

  /**
   * Returns a gap for an imported field with no counterpart in the model.
   *
   * @param field the source field, not blank
   * @param detail its value or why it is not kept, not blank
   * @return the gap, not null
   */
  public static Gap unmapped(String field, String detail) {
    return new Gap(field, Kind.UNMAPPED, detail);
  }

  @Override
  public String toString() {
    return field + " " + kind + ": " + detail;
  }
}
