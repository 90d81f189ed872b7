package io.github.esspetiteenfance.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.testing.StructureGenerators;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StructureKindTest {

  /** The published codes: the JSON "type" discriminator. Changing one breaks users' data. */
  private static final List<String> PUBLISHED_CODES =
      List.of(
          "creche-collective",
          "halte-garderie",
          "multi-accueil",
          "micro-creche",
          "creche-familiale",
          "jardin-d-enfants",
          "creche-itinerante",
          "maison-assistants-maternels",
          "lieu-accueil-enfants-parents",
          "relais-petite-enfance",
          "espace-de-rencontre",
          "mediation-familiale",
          "centre-social",
          "maison-parentale",
          "residence-maternelle",
          "centre-parental",
          "aemo",
          "placement-familial",
          "centre-educatif-renforce",
          "recyclerie-petite-enfance");

  @Test
  void codes_areThePublishedOnes() {
    assertThat(StructureKind.codes()).containsExactlyElementsOf(PUBLISHED_CODES);
  }

  @Test
  void codes_areKebabCaseAndRoundTrip() {
    for (StructureKind kind : StructureKind.values()) {
      assertThat(kind.code()).matches("[a-z]+(-[a-z]+)*");
      assertThat(StructureKind.ofCode(kind.code())).isEqualTo(kind);
      assertThat(StructureKind.of(kind.recordType())).isEqualTo(kind);
      assertThat(kind.label()).isNotBlank();
      assertThat(kind.englishLabel()).isNotBlank();
      assertThat(kind.message(Locale.FRANCE)).isEqualTo(kind.label());
    }
  }

  @Test
  void ofCode_unknown_throwsWithKnownCodes() {
    assertThatThrownBy(() -> StructureKind.ofCode("creche-parentale"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(StructureErrorCode.UNKNOWN_KIND);
              assertThat(e.getMessage()).contains("micro-creche");
            });
  }

  @Test
  void recordTypes_areTheSealedPermittedRecords() {
    List<Class<?>> leaves = permittedRecords(Structure.class);
    assertThat(leaves)
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(StructureKind.values()).map(StructureKind::recordType).toList());
    assertThat(leaves).allMatch(Class::isRecord);
  }

  private static List<Class<?>> permittedRecords(Class<?> type) {
    if (!type.isSealed()) {
      return List.of(type);
    }
    return Arrays.stream(type.getPermittedSubclasses())
        .flatMap(c -> permittedRecords(c).stream())
        .toList();
  }

  @Test
  void families_matchTheSealedSubInterfaces() {
    for (StructureKind kind : StructureKind.values()) {
      Class<?> type = kind.recordType();
      StructureFamily expected =
          Eaje.class.isAssignableFrom(type)
              ? StructureFamily.EAJE
              : ParentingSupport.class.isAssignableFrom(type)
                  ? StructureFamily.PARENTING_SUPPORT
                  : ChildProtection.class.isAssignableFrom(type)
                      ? StructureFamily.CHILD_PROTECTION
                      : type == MaisonAssistantsMaternels.class
                          ? StructureFamily.ASSISTANTS_MATERNELS
                          : StructureFamily.RECYCLERIE;
      assertThat(kind.family()).as(kind.code()).isEqualTo(expected);
    }
  }

  @Test
  void legalBases_carryTheirConfidence() {
    assertThat(StructureKind.MICRO_CRECHE.legalBasis().orElseThrow().article())
        .isEqualTo("R2324-46 I");
    assertThat(StructureKind.MICRO_CRECHE.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(StructureKind.CRECHE_COLLECTIVE.legalBasis().orElseThrow().text())
        .isEqualTo("Code de la santé publique");
    assertThat(StructureKind.MAISON_ASSISTANTS_MATERNELS.legalBasis().orElseThrow().article())
        .isEqualTo("L424-1");
    assertThat(StructureKind.MAISON_PARENTALE.legalBasis()).isEmpty();
    assertThat(StructureKind.MAISON_PARENTALE.confidence()).isEqualTo(Confidence.UNCONFIRMED);
    assertThat(StructureKind.ESPACE_DE_RENCONTRE.legalBasis().orElseThrow().article())
        .isEqualTo("D216-1");
    assertThat(StructureKind.ESPACE_DE_RENCONTRE.confidence()).isEqualTo(Confidence.UNCONFIRMED);
    assertThat(StructureKind.CRECHE_ITINERANTE.confidence()).isEqualTo(Confidence.UNCONFIRMED);
    assertThat(StructureKind.RESIDENCE_MATERNELLE.confidence()).isEqualTo(Confidence.SECONDARY);
    assertThat(StructureKind.RECYCLERIE_PETITE_ENFANCE.legalBasis()).isEmpty();
  }

  @Test
  void kind_ofEveryGeneratedStructure_matchesItsRecordType() {
    qt().withExamples(1000)
        .forAll(StructureGenerators.structures())
        .checkAssert(
            s -> {
              assertThat(s.kind().recordType()).isEqualTo(s.getClass());
              assertThat(s.family()).isEqualTo(s.kind().family());
            });
  }
}
