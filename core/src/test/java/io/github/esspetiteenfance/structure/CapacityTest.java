package io.github.esspetiteenfance.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CapacityTest {

  @Test
  void of_twelve_isTwelvePlaces() {
    assertThat(Capacity.of(12).places()).isEqualTo(12);
    assertThat(Capacity.of(12)).hasToString("12 places");
    assertThat(Capacity.of(1)).hasToString("1 place");
  }

  @Test
  void of_zero_throwsTooSmall() {
    assertThatThrownBy(() -> Capacity.of(0))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo("structure.capacity.too-small");
              assertThat(e.rejectedValue()).isEqualTo(0);
            });
  }

  @Test
  void of_anyInt_acceptedExactlyFromOne() {
    qt().withExamples(1000)
        .forAll(integers().all())
        .checkAssert(
            n -> {
              if (Capacity.isValid(n)) {
                assertThat(n).isPositive();
                assertThat(Capacity.of(n).places()).isEqualTo(n);
              } else {
                assertThat(n).isLessThan(1);
                assertThatThrownBy(() -> Capacity.of(n)).isInstanceOf(InvalidValueException.class);
              }
            });
  }

  @Test
  void plus_andCompareTo_followTheNumbers() {
    qt().withExamples(1000)
        .forAll(integers().between(1, 100_000), integers().between(1, 100_000))
        .checkAssert(
            (a, b) -> {
              assertThat(Capacity.of(a).plus(Capacity.of(b)).places()).isEqualTo(a + b);
              assertThat(Integer.signum(Capacity.of(a).compareTo(Capacity.of(b))))
                  .isEqualTo(Integer.signum(Integer.compare(a, b)));
            });
  }

  @Test
  void inclusiveCare_placesAboveCapacity_throws() {
    assertThatThrownBy(
            () ->
                MicroCrecheBuilder.builder()
                    .capacity(Capacity.of(10))
                    .inclusiveCare(InclusiveCare.withPlaces(11))
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.errorCode())
                  .isEqualTo(StructureErrorCode.INCLUSIVE_PLACES_EXCEED_CAPACITY);
              assertThat(e.field()).contains("inclusiveCare.places");
            });
  }

  @Test
  void inclusiveCare_placesWithinCapacityOrCapacityUnknown_isAccepted() {
    qt().withExamples(1000)
        .forAll(integers().between(1, 200), integers().between(1, 200))
        .checkAssert(
            (capacity, places) -> {
              MicroCrecheBuilder builder =
                  MicroCrecheBuilder.builder()
                      .capacity(Capacity.of(capacity))
                      .inclusiveCare(InclusiveCare.withPlaces(places));
              if (places <= capacity) {
                assertThat(builder.build().inclusiveCare().orElseThrow().places()).contains(places);
              } else {
                assertThatThrownBy(builder::build).isInstanceOf(InvalidValueException.class);
              }
              assertThat(
                      MicroCrecheBuilder.builder()
                          .inclusiveCare(InclusiveCare.withPlaces(places))
                          .build()
                          .capacity())
                  .isEmpty();
            });
  }

  @Test
  void inclusiveCare_zeroPlacesOrBlankDetails_throws() {
    assertThatThrownBy(() -> InclusiveCare.withPlaces(0)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new InclusiveCare(Optional.empty(), Optional.of(" ")))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CommonErrorCode.BLANK));
  }
}
