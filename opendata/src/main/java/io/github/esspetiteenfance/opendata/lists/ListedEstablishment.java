package io.github.esspetiteenfance.opendata.lists;

import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.indicator.IndicatorInput;
import io.github.esspetiteenfance.organization.PerimeterDefinition;
import java.util.Objects;

/**
 * One accepted row of a published list: where it is in the file, the library's establishment it
 * describes, and its records for the aggregation under both ESS perimeters.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param line the line of the row in the list file (1 is the header)
 * @param establishment the establishment, not null
 * @param statutory its record under the statutory perimeter (loi 2014-856 art. 1), not null
 * @param statistical its record under INSEE's statistical perimeter, not null
 */
public record ListedEstablishment(
    long line, Establishment establishment, IndicatorInput statutory, IndicatorInput statistical) {

  /** Creates a listed establishment. */
  public ListedEstablishment {
    Objects.requireNonNull(establishment, "establishment");
    Objects.requireNonNull(statutory, "statutory");
    Objects.requireNonNull(statistical, "statistical");
  }

  /**
   * Returns the record under a perimeter.
   *
   * @param definition the perimeter, not null
   * @return the record, not null
   */
  public IndicatorInput input(PerimeterDefinition definition) {
    return definition == PerimeterDefinition.STATUTORY ? statutory : statistical;
  }
}
