package io.github.esspetiteenfance.regulation;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One assistant maternel working in a MAM at the moment observed (CASF L421-4).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name a name or label for the messages, empty to use the assistant's position
 * @param agrement the number of children of the assistant's agrément, positive
 * @param childrenInCare children cared for at once as assistant maternel, not negative
 * @param minors minors under the assistant's exclusive responsibility at once, the assistant's own
 *     children included: under 11 since 21 May 2021, of all ages before; not negative
 * @param childrenUnder3 children under 3 among them, not negative, at most {@code minors}
 * @param temporaryExtension true if the exceptional, temporary extension of L421-4 II (holidays,
 *     unforeseeable needs) is in use
 */
@Value.Builder
public record AssistantObservation(
    Optional<String> name,
    int agrement,
    int childrenInCare,
    int minors,
    int childrenUnder3,
    boolean temporaryExtension) {

  /** Creates an observation of an assistant. */
  public AssistantObservation {
    Objects.requireNonNull(name, "name");
    Inputs.positive("agrement", agrement);
    Inputs.nonNegative("childrenInCare", childrenInCare);
    Inputs.nonNegative("minors", minors);
    Inputs.nonNegative("childrenUnder3", childrenUnder3);
    Inputs.partOf("childrenUnder3", childrenUnder3, minors);
  }

  /**
   * Obtains an assistant observed without the temporary extension.
   *
   * @param agrement the agrément, positive
   * @param childrenInCare children in care as assistant maternel
   * @param minors minors under exclusive responsibility
   * @param childrenUnder3 children under 3 among them
   * @return the observation
   */
  public static AssistantObservation of(
      int agrement, int childrenInCare, int minors, int childrenUnder3) {
    return new AssistantObservation(
        Optional.empty(), agrement, childrenInCare, minors, childrenUnder3, false);
  }

  /**
   * Obtains a builder of AssistantObservation (the generated {@code AssistantObservationBuilder});
   * copy an instance with {@code builder().from(x)}.
   *
   * @return a new builder, not null
   */
  public static AssistantObservationBuilder builder() {
    return AssistantObservationBuilder.builder();
  }
}
