package io.github.esspetiteenfance.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** {@link Confidence}: the declared order, the documented order and {@code weakest} agree. */
class ConfidenceTest {

  private static Gen<Confidence> confidences() {
    return SourceDSL.arbitrary().enumValues(Confidence.class);
  }

  @Test
  void declaredOrder_isTheDocumentedOrder_strongestFirst() {
    assertThat(Confidence.values())
        .containsExactly(
            Confidence.CONFIRMED, Confidence.SECONDARY, Confidence.DERIVED, Confidence.UNCONFIRMED);
  }

  @Test
  void weakest_isTheMaximumUnderTheDeclaredOrder() {
    qt().withExamples(1000)
        .forAll(confidences(), confidences())
        .check((a, b) -> a.weakest(b) == Collections.max(List.of(a, b)));
  }

  @Test
  void weakest_isCommutativeAssociativeAndIdempotent_confirmedIsItsIdentity() {
    qt().withExamples(1000)
        .forAll(confidences(), confidences(), confidences())
        .check(
            (a, b, c) ->
                a.weakest(b) == b.weakest(a)
                    && a.weakest(b).weakest(c) == a.weakest(b.weakest(c))
                    && a.weakest(a) == a
                    && a.weakest(Confidence.CONFIRMED) == a
                    && a.weakest(Confidence.UNCONFIRMED) == Confidence.UNCONFIRMED);
  }

  @Test
  void weakest_derivedAndUnconfirmed_isUnconfirmed() {
    assertThat(Confidence.DERIVED.weakest(Confidence.UNCONFIRMED))
        .isEqualTo(Confidence.UNCONFIRMED);
    assertThat(Confidence.UNCONFIRMED.weakest(Confidence.DERIVED))
        .isEqualTo(Confidence.UNCONFIRMED);
    assertThat(Confidence.SECONDARY.weakest(Confidence.DERIVED)).isEqualTo(Confidence.DERIVED);
  }

  @Test
  void weakest_null_throws() {
    assertThatThrownBy(() -> Confidence.CONFIRMED.weakest(null))
        .isInstanceOf(NullPointerException.class);
  }
}
