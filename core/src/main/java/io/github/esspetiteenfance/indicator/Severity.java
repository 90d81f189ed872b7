package io.github.esspetiteenfance.indicator;

/** How serious a finding of a {@link ConsistencyReport} is. */
public enum Severity {
  /** The figures cannot all be true. */
  ERROR,
  /** The figures may be true, but something deserves a look (an unconfirmed source...). */
  WARNING,
  /** Information on how the figures were read. */
  INFO
}
