package io.github.esspetiteenfance.establishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.testing.EstablishmentGenerators;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class JobsTest {

  @Test
  void trancheEffectif_codes_areTheInseeCodes() {
    assertThat(TrancheEffectif.codes())
        .containsExactly(
            "NN", "00", "01", "02", "03", "11", "12", "21", "22", "31", "32", "41", "42", "51",
            "52", "53");
  }

  @Test
  void trancheEffectif_bounds() {
    assertThat(TrancheEffectif.ofCode("11").lowerBound()).isEqualTo(10);
    assertThat(TrancheEffectif.ofCode("11").upperBound()).isEqualTo(OptionalInt.of(19));
    assertThat(TrancheEffectif.ofCode("53").upperBound()).isEmpty();
    assertThat(TrancheEffectif.ofCode("NN").isEmployer()).isFalse();
    assertThat(TrancheEffectif.ofCode(" 00 ")).isEqualTo(TrancheEffectif.NONE_AT_YEAR_END);
    assertThat(TrancheEffectif.containing(0)).isEqualTo(TrancheEffectif.NONE_AT_YEAR_END);
    assertThat(TrancheEffectif.containing(2)).isEqualTo(TrancheEffectif.FROM_1_TO_2);
    assertThat(TrancheEffectif.containing(250)).isEqualTo(TrancheEffectif.FROM_250_TO_499);
  }

  @Test
  void trancheEffectif_unknownCode_throws() {
    assertThatThrownBy(() -> TrancheEffectif.ofCode("04"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(EstablishmentErrorCode.UNKNOWN_TRANCHE));
  }

  @Test
  void trancheEffectif_employerBandsPartitionTheHeadcounts() {
    List<TrancheEffectif> employers =
        List.of(TrancheEffectif.values()).subList(1, TrancheEffectif.values().length);
    for (int i = 1; i < employers.size(); i++) {
      assertThat(employers.get(i).lowerBound())
          .isEqualTo(employers.get(i - 1).upperBound().getAsInt() + 1);
    }
    qt().withExamples(1000)
        .forAll(integers().between(0, 50_000))
        .checkAssert(
            n -> {
              assertThat(TrancheEffectif.containing(n).contains(n)).isTrue();
              assertThat(employers.stream().filter(t -> t.contains(n))).hasSize(1);
            });
  }

  @Test
  void jobs_fte_isNormalisedWithoutTrailingZeros() {
    assertThat(Jobs.ofFte(2024, new BigDecimal("2.50")))
        .isEqualTo(Jobs.ofFte(2024, new BigDecimal("2.5")));
    assertThat(Jobs.ofFte(2024, new BigDecimal("100.00")).fte()).contains(new BigDecimal("100"));
  }

  @Test
  void jobs_invalid_throwTheirCodes() {
    assertThatThrownBy(() -> new Jobs(2024, Optional.empty(), Optional.empty(), Optional.empty()))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(EstablishmentErrorCode.JOBS_EMPTY));
    assertThatThrownBy(() -> Jobs.ofHeadcount(2024, -1))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CommonErrorCode.NEGATIVE));
    assertThatThrownBy(() -> Jobs.ofFte(2024, new BigDecimal("-0.5")))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Jobs.ofHeadcount(1850, 3))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(EstablishmentErrorCode.YEAR_OUT_OF_RANGE));
  }

  @Test
  void jobs_consistency_isAFindingNotAnInvariant() {
    Jobs inconsistent =
        new Jobs(
            2023,
            Optional.of(5),
            Optional.of(new BigDecimal("7.5")),
            Optional.of(TrancheEffectif.FROM_10_TO_19));
    assertThat(inconsistent.isConsistent()).isFalse();
    assertThat(
            new Jobs(
                    2023,
                    Optional.of(12),
                    Optional.of(new BigDecimal("9.8")),
                    Optional.of(TrancheEffectif.FROM_10_TO_19))
                .isConsistent())
        .isTrue();
    assertThat(Jobs.ofHeadcount(2023, 12).effectiveBand()).contains(TrancheEffectif.FROM_10_TO_19);
    assertThat(Jobs.ofFte(2023, BigDecimal.ONE).effectiveBand()).isEmpty();
  }

  @Test
  void jobs_anyGenerated_effectiveBandContainsTheHeadcountWhenDerived() {
    qt().withExamples(1000)
        .forAll(EstablishmentGenerators.jobs())
        .checkAssert(
            j -> {
              assertThat(j.headcount().isPresent() || j.fte().isPresent() || j.band().isPresent())
                  .isTrue();
              if (j.band().isEmpty() && j.headcount().isPresent()) {
                assertThat(j.effectiveBand().orElseThrow().contains(j.headcount().get())).isTrue();
              }
              j.fte().ifPresent(f -> assertThat(f.scale()).isNotNegative());
              assertThat(new Jobs(j.year(), j.headcount(), j.fte(), j.band())).isEqualTo(j);
            });
  }
}
