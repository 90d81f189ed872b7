package io.github.esspetiteenfance.indicator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The result of an aggregation that does not stop at the first bad input: the {@link Panorama} of
 * the inputs that could be counted, and the {@link RejectedInput rejected} ones with their codes.
 * Nothing is dropped silently: {@link #read()} is the number of inputs given.
 *
 * <p>Obtained from {@link Panorama#collect(Iterable, java.util.function.Function,
 * java.util.function.Function)} or, for establishments of the library, {@link
 * Panorama#collectEstablishments(Iterable, java.util.function.Function,
 * io.github.esspetiteenfance.organization.PerimeterDefinition, java.time.LocalDate,
 * io.github.esspetiteenfance.territory.Cog)}. Like the panorama, it merges: the result of parts
 * merged is the result of the whole (its rejected inputs in the order of the parts).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param panorama the panorama of the counted inputs, not null
 * @param rejected the inputs not counted, in the order given; not null
 */
public record CollectedPanorama(Panorama panorama, List<RejectedInput> rejected) {

  private static final CollectedPanorama EMPTY = new CollectedPanorama(Panorama.empty(), List.of());

  /** Creates a result. */
  public CollectedPanorama {
    Objects.requireNonNull(panorama, "panorama");
    rejected = List.copyOf(rejected);
  }

  /**
   * Returns the result of no input: the neutral element of {@link #merge(CollectedPanorama)}.
   *
   * @return the empty result, not null
   */
  public static CollectedPanorama empty() {
    return EMPTY;
  }

  /**
   * Returns the result of this part and another: the panoramas merged, the rejected inputs of this
   * part then of the other.
   *
   * @param other the other part, not null
   * @return the merged result, not null
   */
  public CollectedPanorama merge(CollectedPanorama other) {
    Objects.requireNonNull(other, "other");
    List<RejectedInput> all = new ArrayList<>(rejected);
    all.addAll(other.rejected);
    return new CollectedPanorama(panorama.merge(other.panorama), all);
  }

  /**
   * Returns the number of inputs read: counted plus rejected.
   *
   * @return the number of inputs, at least 0
   */
  public long read() {
    return panorama.records() + rejected.size();
  }

  /**
   * Checks if every input was counted.
   *
   * @return true if none was rejected
   */
  public boolean isComplete() {
    return rejected.isEmpty();
  }

  /**
   * Returns the number of rejected inputs per error code, sorted by code.
   *
   * @return the counts, such as {@code {indicator.employer.unknown=2}}; unmodifiable, not null
   */
  public Map<String, Long> rejectedByCode() {
    Map<String, Long> counts = new TreeMap<>();
    rejected.forEach(r -> counts.merge(r.code(), 1L, Long::sum));
    return Collections.unmodifiableMap(counts);
  }
}
