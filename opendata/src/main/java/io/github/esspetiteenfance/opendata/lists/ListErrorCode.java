package io.github.esspetiteenfance.opendata.lists;

import io.github.esspetiteenfance.ErrorCode;

/**
 * Error codes of the published-list reader: a mapping file that cannot be used (thrown in {@link
 * ListMappingException}, the run does not start) and the reasons a row of a list is rejected.
 *
 * <p>Message arguments: {@code {0}} the column (or the mapping file's line), {@code {1}} the
 * rejected value, {@code {2}}... extra arguments.
 */
public enum ListErrorCode implements ErrorCode {
  // ---------------------------------------------------------------- the mapping file (stops a run)
  /** A line of the mapping file is not {@code section,key,value}: {@code {2}} why. */
  MAPPING_SYNTAX("list.mapping.syntax"),
  /** A mapping names an unknown section, field or option: {@code {2}} the known ones. */
  MAPPING_UNKNOWN_KEY("list.mapping.unknown-key"),
  /** A mapping value is not valid for its key: {@code {2}} the expected values. */
  MAPPING_VALUE_INVALID("list.mapping.value-invalid"),
  /** A mapping lacks something required: {@code {2}} what. */
  MAPPING_INCOMPLETE("list.mapping.incomplete"),
  // --------------------------------------------------------------------- reasons to reject a row
  /** A required value (the name, the type) is blank. */
  VALUE_BLANK("list.value.blank"),
  /** A type of structure the mapping does not list. */
  KIND_UNMAPPED("list.kind.unmapped"),
  /** A manager (gestionnaire) value the mapping does not list. */
  MANAGER_UNMAPPED("list.manager.unmapped"),
  /** A capacity that is not a whole number of places, at least 1. */
  CAPACITY_INVALID("list.capacity.invalid"),
  /** A commune code or postcode that is not valid or not known: {@code {2}} why. */
  COMMUNE_UNKNOWN("list.commune.unknown"),
  /** A postcode shared by several communes, and no commune code to choose: {@code {2}} them. */
  COMMUNE_AMBIGUOUS("list.commune.ambiguous");

  private final String code;

  ListErrorCode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
