package io.github.esspetiteenfance.legal;

import io.github.esspetiteenfance.ErrorCode;

/** Error codes of the {@code legal} package. */
public enum LegalErrorCode implements ErrorCode {
  /** The end of a validity period is before its start. */
  PERIOD_REVERSED("legal.period.reversed"),
  /** Two values of a timeline apply on the same date. */
  TIMELINE_OVERLAP("legal.timeline.overlap"),
  /** No value of a timeline applies on the date asked. */
  NO_VALUE_ON_DATE("legal.timeline.no-value-on-date"),
  /** No bundled legal basis has the id asked. */
  UNKNOWN_BASIS("legal.basis.unknown");

  private final String code;

  LegalErrorCode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
