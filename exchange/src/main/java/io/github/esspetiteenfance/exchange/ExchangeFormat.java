package io.github.esspetiteenfance.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The exchange formats the library writes: data·inclusion v1, Open Referral HSDS 3.0 and schema.org
 * JSON-LD.
 */
public enum ExchangeFormat {
  /**
   * data·inclusion schema v1 (GIP Plateforme de l'inclusion, v1.0.8 of 2026-04-27): {@code
   * structures.json} and {@code services.json}.
   */
  DATA_INCLUSION("data-inclusion"),
  /**
   * Open Referral Human Services Data Specification 3.0: one full {@code service} per
   * establishment.
   */
  HSDS("hsds"),
  /** schema.org JSON-LD: one document per establishment ({@code ChildCare} for an EAJE). */
  SCHEMA_ORG("schema-org");

  private final String code;

  ExchangeFormat(String code) {
    this.code = code;
  }

  /**
   * Returns the format's code, as the command line spells it ({@code data-inclusion}, {@code hsds},
   * {@code schema-org}).
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Obtains the format of a code.
   *
   * @param code the code, not null
   * @return the format, not null
   * @throws ExchangeException with code {@code exchange.format.unknown} if no format has this code
   */
  public static ExchangeFormat ofCode(String code) {
    Objects.requireNonNull(code, "code");
    return Arrays.stream(values())
        .filter(f -> f.code.equals(code))
        .findFirst()
        .orElseThrow(
            () -> new ExchangeException(ExchangeErrorCode.UNKNOWN_FORMAT, "format", code, codes()));
  }

  /**
   * Returns the codes of every format.
   *
   * @return the codes, in declaration order, not null
   */
  public static List<String> codes() {
    return Arrays.stream(values()).map(ExchangeFormat::code).toList();
  }
}
