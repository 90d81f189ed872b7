package io.github.esspetiteenfance.opendata.lists;

import io.github.esspetiteenfance.indicator.CountRange;
import io.github.esspetiteenfance.indicator.IndicatorInput;
import io.github.esspetiteenfance.indicator.Panorama;
import io.github.esspetiteenfance.opendata.RowAccounting;
import io.github.esspetiteenfance.organization.PerimeterDefinition;
import io.github.esspetiteenfance.regulation.ComplianceReport;
import io.github.esspetiteenfance.regulation.Observation;
import io.github.esspetiteenfance.regulation.RegulatoryChecker;
import io.github.esspetiteenfance.structure.Eaje;
import io.github.esspetiteenfance.structure.Structure;
import io.github.esspetiteenfance.territory.Territory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a published list holds once read: its establishments, the accounting of every row, their
 * panorama under both ESS perimeters, their places, and their regulatory checks.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param mapping the mapping it was read with, not null
 * @param establishments the accepted rows, in file order; not null
 * @param unclassified the rows left out of the panorama because the mapping does not know their
 *     manager's legal status ({@link ListFilter#MANAGER_UNKNOWN}): their structures are still
 *     checked; in file order, not null
 * @param accounting what became of every row, not null
 */
public record ListResult(
    ListMapping mapping,
    List<ListedEstablishment> establishments,
    List<Unclassified> unclassified,
    RowAccounting accounting) {

  /** Creates a result. */
  public ListResult {
    Objects.requireNonNull(mapping, "mapping");
    establishments = List.copyOf(establishments);
    unclassified = List.copyOf(unclassified);
    Objects.requireNonNull(accounting, "accounting");
  }

  /**
   * Returns the panorama of the establishments under a perimeter.
   *
   * @param definition the perimeter, not null
   * @return the panorama, not null
   */
  public Panorama panorama(PerimeterDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    List<IndicatorInput> inputs = new ArrayList<>();
    establishments.forEach(e -> inputs.add(e.input(definition)));
    return Panorama.of(inputs);
  }

  /**
   * Returns the places of the establishments in a territory: the sum of their capacities, exact if
   * the list gives every capacity, at least that sum otherwise.
   *
   * @param territory the territory, not null
   * @return the places, not null
   */
  public CountRange places(Territory territory) {
    Objects.requireNonNull(territory, "territory");
    long sum = 0;
    boolean allKnown = true;
    for (ListedEstablishment e : establishments) {
      if (!territory.contains(e.statistical().commune())) {
        continue;
      }
      if (e.establishment().structure() instanceof Eaje eaje && eaje.capacity().isPresent()) {
        sum += eaje.capacity().get().places();
      } else {
        allKnown = false;
      }
    }
    return allKnown ? CountRange.exact(sum) : CountRange.atLeast(sum);
  }

  /**
   * Returns the number of structures checked by {@link #checks(LocalDate)}: the accepted rows and
   * the unclassified ones.
   *
   * @return the count, at least 0
   */
  public int checkedCount() {
    return establishments.size() + unclassified.size();
  }

  /**
   * Returns the regulatory checks, on a date, of the structures of the list (accepted rows and
   * unclassified ones) that have findings: capacity categories, micro-crèche at most 12 places,
   * crèche parentale at most 24...
   *
   * @param date the date of the checks, not null
   * @return one report per structure with a finding, in file order; not null
   */
  public List<Checked> checks(LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<Checked> checked = new ArrayList<>();
    List<Unclassified> all = new ArrayList<>(unclassified);
    establishments.forEach(
        e ->
            all.add(
                new Unclassified(
                    e.line(), e.establishment().name(), e.establishment().structure())));
    all.sort(java.util.Comparator.comparingLong(Unclassified::line));
    for (Unclassified u : all) {
      ComplianceReport report =
          RegulatoryChecker.bundled().check(u.structure(), date, Observation.empty());
      if (!report.findings().isEmpty()) {
        checked.add(new Checked(u.line(), u.name(), report));
      }
    }
    return List.copyOf(checked);
  }

  /**
   * A structure of the list whose manager's legal status is unknown: left out of the panorama,
   * still checked.
   *
   * <p>This record is immutable and thread-safe.
   *
   * @param line the line of the row in the list file
   * @param name the name of the structure, not blank
   * @param structure the structure, not null
   */
  public record Unclassified(long line, String name, Structure structure) {

    /** Creates an unclassified structure. */
    public Unclassified {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(structure, "structure");
    }
  }

  /**
   * The regulatory check of one structure of the list.
   *
   * <p>This record is immutable and thread-safe.
   *
   * @param line the line of the row in the list file
   * @param name the name of the structure, not null
   * @param report its findings, not null
   */
  public record Checked(long line, String name, ComplianceReport report) {

    /** Creates a checked structure. */
    public Checked {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(report, "report");
    }
  }
}
