package io.github.esspetiteenfance.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.esspetiteenfance.InvalidValueException;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The {@code of(places)} factory of every EAJE kind: the record of that kind with its capacity and
 * nothing else, the same as its builder gives; an invalid capacity is refused as {@link
 * Capacity#of(int)} refuses it.
 */
class EajeOfCapacityTest {

  private record Kind(IntFunction<Eaje> of, IntFunction<Eaje> built) {}

  private static final List<Kind> KINDS =
      List.of(
          new Kind(MicroCreche::of, n -> MicroCreche.builder().capacity(Capacity.of(n)).build()),
          new Kind(
              CrecheCollective::of,
              n -> CrecheCollective.builder().capacity(Capacity.of(n)).build()),
          new Kind(
              CrecheFamiliale::of, n -> CrecheFamiliale.builder().capacity(Capacity.of(n)).build()),
          new Kind(
              CrecheItinerante::of,
              n -> CrecheItinerante.builder().capacity(Capacity.of(n)).build()),
          new Kind(
              HalteGarderie::of, n -> HalteGarderie.builder().capacity(Capacity.of(n)).build()),
          new Kind(
              JardinDEnfants::of, n -> JardinDEnfants.builder().capacity(Capacity.of(n)).build()),
          new Kind(MultiAccueil::of, n -> MultiAccueil.builder().capacity(Capacity.of(n)).build()));

  @Test
  void of_equalsTheBuilderWithTheCapacityAlone() {
    qt().forAll(integers().between(Capacity.MIN_PLACES, 200))
        .checkAssert(
            n -> {
              for (Kind kind : KINDS) {
                Eaje eaje = kind.of().apply(n);
                assertThat(eaje).isEqualTo(kind.built().apply(n));
                assertThat(eaje.capacity()).contains(Capacity.of(n));
                assertThat(eaje.ratioOption()).isEqualTo(Optional.empty());
              }
            });
  }

  @Test
  void of_refusesAnInvalidCapacity() {
    for (Kind kind : KINDS) {
      assertThatThrownBy(() -> kind.of().apply(0)).isInstanceOf(InvalidValueException.class);
      assertThatThrownBy(() -> kind.of().apply(-3)).isInstanceOf(InvalidValueException.class);
    }
  }
}
