package io.github.esspetiteenfance.structure;

import java.time.Month;

/**
 * A season of the northern hemisphere, as in the Extended Date/Time Format (EDTF, ISO 8601-2),
 * where {@code 2024-21} is spring 2024.
 *
 * <p>A season belongs to the year in which it begins: winter 2024 runs from December 2024 to March
 * 2025. The months given here are wide bounds that contain the astronomical season (which starts
 * around the 20th of March, June, September and December).
 */
public enum Season implements Labelled {
  /** Spring: March to June; EDTF code 21. */
  SPRING("printemps", "spring", 21, Month.MARCH, Month.JUNE),
  /** Summer: June to September; EDTF code 22. */
  SUMMER("été", "summer", 22, Month.JUNE, Month.SEPTEMBER),
  /** Autumn: September to December; EDTF code 23. */
  AUTUMN("automne", "autumn", 23, Month.SEPTEMBER, Month.DECEMBER),
  /** Winter: December to March of the next year; EDTF code 24. */
  WINTER("hiver", "winter", 24, Month.DECEMBER, Month.MARCH);

  private final String label;
  private final String englishLabel;
  private final int edtfCode;
  private final Month firstMonth;
  private final Month lastMonth;

  Season(String label, String englishLabel, int edtfCode, Month firstMonth, Month lastMonth) {
    this.label = label;
    this.englishLabel = englishLabel;
    this.edtfCode = edtfCode;
    this.firstMonth = firstMonth;
    this.lastMonth = lastMonth;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String englishLabel() {
    return englishLabel;
  }

  /**
   * Returns the EDTF code of the season, 21 to 24.
   *
   * @return the code
   */
  public int edtfCode() {
    return edtfCode;
  }

  /**
   * Returns the first month that may belong to the season.
   *
   * @return the month, not null
   */
  public Month firstMonth() {
    return firstMonth;
  }

  /**
   * Returns the last month that may belong to the season (in the next year for winter).
   *
   * @return the month, not null
   */
  public Month lastMonth() {
    return lastMonth;
  }

  /**
   * Obtains a season from its EDTF code.
   *
   * @param code the code, 21 to 24
   * @return the season, not null
   * @throws IllegalArgumentException if the code is not 21 to 24
   */
  public static Season ofEdtfCode(int code) {
    for (Season s : values()) {
      if (s.edtfCode == code) {
        return s;
      }
    }
    throw new IllegalArgumentException("Not an EDTF season code: " + code);
  }
}
