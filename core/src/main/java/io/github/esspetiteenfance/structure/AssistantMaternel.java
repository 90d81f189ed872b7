package io.github.esspetiteenfance.structure;

import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import java.util.Optional;

/**
 * An assistant maternel working in a MAM, with their agrément.
 *
 * <p>The name is optional: sources about structures rarely name people, and the library never
 * invents one.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the name, if given; not blank
 * @param agrement the agrément, not null
 */
public record AssistantMaternel(
    Optional<@Pattern(regexp = Checks.NON_BLANK) String> name, Agrement agrement) {

  /** Creates an assistant maternel. */
  public AssistantMaternel {
    Checks.nonBlank(name, "name");
    Objects.requireNonNull(agrement, "agrement");
  }

  /**
   * Obtains an unnamed assistant maternel.
   *
   * @param agrement the agrément, not null
   * @return the assistant maternel, not null
   */
  public static AssistantMaternel of(Agrement agrement) {
    return new AssistantMaternel(Optional.empty(), agrement);
  }
}
