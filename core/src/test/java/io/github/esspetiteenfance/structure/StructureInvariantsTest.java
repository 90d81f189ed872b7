package io.github.esspetiteenfance.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.testing.StructureGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StructureInvariantsTest {

  private static AssistantMaternel assistant(int children) {
    return AssistantMaternel.of(Agrement.of(children, LocalDate.of(2022, 1, 10)));
  }

  @Test
  void mam_oneToSixAssistants_acceptedOtherwiseRejected() {
    qt().withExamples(1000)
        .forAll(integers().between(0, 12))
        .checkAssert(
            n -> {
              List<AssistantMaternel> assistants = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                assistants.add(assistant(4));
              }
              MaisonAssistantsMaternelsBuilder builder =
                  MaisonAssistantsMaternelsBuilder.builder().assistants(assistants);
              if (n >= 1 && n <= 6) {
                assertThat(builder.build().capacity()).contains(Capacity.of(4 * n));
              } else {
                assertThatThrownBy(builder::build)
                    .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> {
                          assertThat(e.errorCode())
                              .isEqualTo(StructureErrorCode.MAM_ASSISTANTS_COUNT);
                          assertThat(e.rejectedValue()).isEqualTo(n);
                        });
              }
            });
  }

  @Test
  void agrement_oneToSixChildren_acceptedOtherwiseRejected() {
    qt().withExamples(1000)
        .forAll(integers().between(-3, 12))
        .checkAssert(
            n -> {
              assertThat(Agrement.isValid(n)).isEqualTo(n >= 1 && n <= 6);
              if (Agrement.isValid(n)) {
                assertThat(assistant(n).agrement().children()).isEqualTo(n);
              } else {
                assertThatThrownBy(() -> assistant(n))
                    .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e ->
                            assertThat(e.errorCode())
                                .isEqualTo(StructureErrorCode.AGREMENT_CHILDREN_OUT_OF_RANGE));
              }
            });
  }

  @Test
  void agrement_message_isInBothLanguages() {
    InvalidValueException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidValueException.class, () -> Agrement.of(7, LocalDate.of(2022, 1, 1)));
    assertThat(e.message(Locale.ENGLISH)).isEqualTo("An agrément allows 1 to 6 children, not 7.");
    assertThat(e.message(Locale.FRENCH)).isEqualTo("Un agrément porte sur 1 à 6 enfants, pas 7.");
  }

  @Test
  void multiAccueil_modesMustCombineOneDimension() {
    for (Set<CareMode> modes : subsets()) {
      MultiAccueilBuilder builder = MultiAccueilBuilder.builder().modes(modes);
      boolean combined =
          modes.isEmpty()
              || modes.containsAll(EnumSet.of(CareMode.COLLECTIVE, CareMode.FAMILIAL))
              || modes.containsAll(EnumSet.of(CareMode.REGULAR, CareMode.OCCASIONAL));
      if (combined) {
        assertThat(builder.build().modes()).isEqualTo(modes);
      } else {
        assertThatThrownBy(builder::build)
            .as(modes.toString())
            .isInstanceOfSatisfying(
                InvalidValueException.class,
                e ->
                    assertThat(e.errorCode())
                        .isEqualTo(StructureErrorCode.MULTI_ACCUEIL_NOT_COMBINED));
      }
    }
  }

  private static List<Set<CareMode>> subsets() {
    List<Set<CareMode>> all = new ArrayList<>();
    CareMode[] values = CareMode.values();
    for (int mask = 0; mask < 1 << values.length; mask++) {
      Set<CareMode> s = EnumSet.noneOf(CareMode.class);
      for (int i = 0; i < values.length; i++) {
        if ((mask & 1 << i) != 0) {
          s.add(values[i]);
        }
      }
      all.add(s);
    }
    return all;
  }

  @Test
  void crecheFamiliale_zeroAssistants_throws() {
    assertThatThrownBy(() -> CrecheFamilialeBuilder.builder().assistantsMaternels(0).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.errorCode())
                    .isEqualTo(StructureErrorCode.CRECHE_FAMILIALE_NO_ASSISTANT));
  }

  @Test
  void crecheItinerante_samePlaceTwice_throws() {
    assertThatThrownBy(
            () ->
                CrecheItineranteBuilder.builder()
                    .addStops(ItineraryStop.of("Vallet"), ItineraryStop.of(" vallet"))
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(StructureErrorCode.ITINERARY_DUPLICATE_STOP);
              assertThat(e.field()).contains("stops[1].place");
            });
  }

  @Test
  void sets_areCopiedUnmodifiableAndStablyOrdered() {
    Set<Commitment> input = new java.util.HashSet<>();
    input.add(Commitment.of(CommitmentKind.WASTE_SORTING));
    input.add(Commitment.of(CommitmentKind.COMPOST));
    MicroCreche m = MicroCrecheBuilder.builder().commitments(input).build();
    input.clear();
    assertThat(m.commitments())
        .containsExactly(
            Commitment.of(CommitmentKind.COMPOST), Commitment.of(CommitmentKind.WASTE_SORTING));
    assertThatThrownBy(() -> m.commitments().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void constructor_nullComponent_throwsNullPointer() {
    assertThatThrownBy(() -> new RelaisPetiteEnfance(null, Set.of(), java.util.Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("openingHours");
  }

  @Test
  void everyGeneratedStructure_satisfiesTheCrossComponentInvariants() {
    qt().withExamples(1000)
        .forAll(StructureGenerators.structures())
        .checkAssert(
            s -> {
              if (s instanceof Eaje e && e.capacity().isPresent()) {
                e.inclusiveCare()
                    .flatMap(InclusiveCare::places)
                    .ifPresent(p -> assertThat(p).isLessThanOrEqualTo(e.capacity().get().places()));
              }
              if (s instanceof MaisonAssistantsMaternels m) {
                assertThat(m.assistants()).hasSizeBetween(1, 6);
              }
              s.capacity().ifPresent(c -> assertThat(c.places()).isPositive());
            });
  }
}
