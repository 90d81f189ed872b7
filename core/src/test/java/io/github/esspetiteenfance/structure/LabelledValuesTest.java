package io.github.esspetiteenfance.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class LabelledValuesTest {

  @Test
  void other_withoutLabel_throwsOtherWithoutLabel() {
    List<ThrowingCallable> others =
        List.of(
            () -> new Pedagogy(PedagogicalApproach.OTHER, Optional.empty(), false),
            () -> Commitment.of(CommitmentKind.OTHER),
            () -> Funding.of(FundingMode.OTHER),
            () -> RecyclerieActivity.of(RecyclerieActivityKind.OTHER));
    for (ThrowingCallable c : others) {
      assertThatThrownBy(c)
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.errorCode()).isEqualTo(StructureErrorCode.OTHER_WITHOUT_LABEL);
                assertThat(e.field()).contains("label");
              });
    }
  }

  @Test
  void blankLabel_throwsBlank() {
    assertThatThrownBy(() -> Commitment.other("  "))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CommonErrorCode.BLANK));
    assertThatThrownBy(() -> RecyclerieActivity.of(RecyclerieActivityKind.PARENT_WORKSHOPS, ""))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void factories_giveTheExpectedValues() {
    assertThat(Pedagogy.inspiredBy(PedagogicalApproach.MONTESSORI).inspirationOnly()).isTrue();
    assertThat(Pedagogy.of(PedagogicalApproach.MONTESSORI).inspirationOnly()).isFalse();
    assertThat(Pedagogy.other("autonomie des enfants").label()).contains("autonomie des enfants");
    assertThat(Commitment.other("jardin partagé").kind()).isEqualTo(CommitmentKind.OTHER);
    assertThat(Funding.other("contrat enfance jeunesse").mode()).isEqualTo(FundingMode.OTHER);
    assertThat(CommitmentKind.HEN_HOUSE.label()).isEqualTo("poulailler");
    assertThat(CommitmentKind.HEN_HOUSE.domain()).contains(CommitmentDomain.ENVIRONMENTAL);
    assertThat(CommitmentKind.OTHER.domain()).isEmpty();
  }

  @Test
  void everyCodeList_hasBothLabelsAndOneOtherAtMost() {
    Stream.of(
            PedagogicalApproach.values(),
            CommitmentKind.values(),
            CommitmentDomain.values(),
            FundingMode.values(),
            Management.values(),
            CareMode.values(),
            Mandate.values(),
            HostedPublic.values(),
            RecyclerieActivityKind.values(),
            AtypicalHours.values(),
            Season.values(),
            StructureFamily.values(),
            StructureKind.values())
        .forEach(
            values -> {
              assertThat(Stream.of(values).filter(Labelled::isOther).count())
                  .isLessThanOrEqualTo(1);
              for (Labelled v : values) {
                assertThat(v.message(Locale.FRENCH)).isNotBlank();
                assertThat(v.message(Locale.ENGLISH)).isNotBlank();
              }
            });
  }
}
