package io.github.esspetiteenfance.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class QuantityTest {

  @Test
  void of_frenchText_keepsTheQualifier() {
    assertThat(Quantity.of("plus de 100 000")).isEqualTo(Quantity.of(100_000, Qualifier.MORE_THAN));
    assertThat(Quantity.of("Près de 200")).isEqualTo(Quantity.of(200, Qualifier.NEARLY));
    assertThat(Quantity.of("environ\u00a0900")).isEqualTo(Quantity.of(900, Qualifier.ABOUT));
    assertThat(Quantity.of("34\u202f400")).isEqualTo(Quantity.exact(34_400));
    assertThat(Quantity.of("au moins 3")).isEqualTo(Quantity.of(3, Qualifier.AT_LEAST));
    assertThat(Quantity.of("moins de 10")).isEqualTo(Quantity.of(10, Qualifier.LESS_THAN));
  }

  @Test
  void of_badText_throwsFormat() {
    for (String bad : new String[] {"", "beaucoup", "plus de", "-3", "plus de 1.5", "12a"}) {
      assertThatThrownBy(() -> Quantity.of(bad))
          .as(bad)
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.errorCode()).isEqualTo(NetworkErrorCode.QUANTITY_FORMAT));
    }
  }

  @Test
  void parse_nonCanonicalText_throws() {
    assertThatThrownBy(() -> Quantity.parse("plus de 100 000"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Quantity.parse("Plus de 100000"))
        .isInstanceOf(InvalidValueException.class);
    assertThat(Quantity.parse("plus de 100000")).isEqualTo(Quantity.of("plus de 100 000"));
  }

  @Test
  void new_negative_throws() {
    assertThatThrownBy(() -> Quantity.exact(-1))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CommonErrorCode.NEGATIVE));
  }

  @Test
  void bounds_followTheQualifier() {
    assertThat(Quantity.exact(600).admits(600)).isTrue();
    assertThat(Quantity.exact(600).admits(601)).isFalse();
    assertThat(Quantity.of(67, Qualifier.MORE_THAN).admits(67)).isFalse();
    assertThat(Quantity.of(67, Qualifier.MORE_THAN).admits(68)).isTrue();
    assertThat(Quantity.of(10, Qualifier.LESS_THAN).upperBound()).contains(9L);
    assertThat(Quantity.of(200, Qualifier.NEARLY).lowerBound()).isEmpty();
    assertThat(Quantity.of(200, Qualifier.NEARLY).admits(190)).isTrue();
    assertThat(Quantity.exact(5).isExact()).isTrue();
    assertThat(Quantity.of(5, Qualifier.ABOUT).isExact()).isFalse();
  }

  @Test
  void toString_parse_roundTripsForAnyQuantity() {
    qt().withExamples(1000)
        .forAll(Generate.longRange(0, 999_999_999_999L), Generate.enumValues(Qualifier.class))
        .checkAssert(
            (value, qualifier) -> {
              Quantity q = Quantity.of(value, qualifier);
              assertThat(Quantity.parse(q.toString())).isEqualTo(q);
              assertThat(Quantity.of(q.toString())).isEqualTo(q);
              q.lowerBound().ifPresent(l -> assertThat(q.admits(l)).isTrue());
              q.upperBound().ifPresent(u -> assertThat(q.admits(u)).isTrue());
              q.lowerBound().ifPresent(l -> assertThat(q.admits(l - 1)).isFalse());
            });
  }
}
