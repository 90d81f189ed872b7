package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.Localized;
import io.github.esspetiteenfance.diagnostic.Finding;
import io.github.esspetiteenfance.diagnostic.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of a consistency check of figures: what they imply, and the inconsistencies and
 * remarks found.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param implications the ranges implied for the quantities the figures speak about, not null
 * @param findings the inconsistencies ({@link Severity#ERROR}) and remarks, not null
 */
public record ConsistencyReport(List<Implication> implications, List<Finding> findings)
    implements Localized {

  /** Creates a report. */
  public ConsistencyReport {
    implications = List.copyOf(implications);
    findings = List.copyOf(findings);
  }

  /**
   * Checks if the figures can all be true: no finding of severity {@link Severity#ERROR}.
   *
   * @return true if there is no error
   */
  public boolean isConsistent() {
    return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * Returns the findings of a severity.
   *
   * @param severity the severity, not null
   * @return the findings, not null
   */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  /**
   * Returns the implied range of a quantity.
   *
   * @param what the quantity, not null
   * @return the range, empty if the figures imply nothing about it
   */
  public Optional<CountRange> rangeOf(Quantity what) {
    Objects.requireNonNull(what, "what");
    return implications.stream()
        .filter(i -> i.what().equals(what))
        .map(Implication::range)
        .findFirst();
  }

  /**
   * Returns the report as text: one line per implication, then one per finding.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the text, not null
   */
  @Override
  public String message(Locale locale) {
    StringBuilder text = new StringBuilder();
    implications.forEach(i -> text.append("= ").append(i.message(locale)).append('\n'));
    findings.forEach(
        f ->
            text.append(f.severity())
                .append(" [")
                .append(f.code().code())
                .append("] ")
                .append(f.message(locale))
                .append('\n'));
    return text.toString();
  }
}
