package io.github.esspetiteenfance.network;

import io.github.esspetiteenfance.ErrorCode;

/** Error codes of the {@code network} package. */
public enum NetworkErrorCode implements ErrorCode {
  /** A network key is not lower-case letters, digits and hyphens. */
  KEY_FORMAT("network.key.format"),
  /** The level of a network does not match the level of its territory. */
  LEVEL_TERRITORY_MISMATCH("network.level.territory-mismatch"),
  /** A figure's territory lies outside the network's territory. */
  FIGURE_OUTSIDE_TERRITORY("network.figure.outside-territory"),
  /** A specific status of a network belongs to another family than its legal status. */
  STATUS_FAMILY_MISMATCH("network.status.family-mismatch"),
  /** A network federates nothing. */
  NOTHING_FEDERATED("network.federates.empty"),
  /** A quantity's text cannot be read. */
  QUANTITY_FORMAT("network.quantity.format"),
  /** No reference network has this key or acronym. */
  UNKNOWN_NETWORK("network.unknown");

  private final String code;

  NetworkErrorCode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
