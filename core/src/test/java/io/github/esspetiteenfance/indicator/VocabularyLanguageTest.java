package io.github.esspetiteenfance.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esspetiteenfance.Localized;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.organization.EssFamily;
import io.github.esspetiteenfance.testing.OneLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * One language per output (issue 15.6) for the vocabulary an indicator line shows: its origin, its
 * source's confidence and the ESS families of its population are written in the reader's language.
 */
class VocabularyLanguageTest {

  @Test
  void message_ofOriginConfidenceAndFamily_isInEachLanguage() {
    List<Localized> words = new ArrayList<>(List.of(Origin.values()));
    words.addAll(List.of(Confidence.values()));
    words.addAll(List.of(EssFamily.values()));
    words.addAll(List.of(io.github.esspetiteenfance.diagnostic.Severity.values()));
    for (Localized word : words) {
      String fr = word.message(Locale.FRENCH);
      String en = word.message(Locale.ENGLISH);
      assertThat(fr).as("%s", word).isNotBlank();
      assertThat(en).as("%s", word).isNotBlank();
      OneLanguage.assertFrench(word.toString(), fr);
      OneLanguage.assertEnglish(word.toString(), en);
    }
    assertThat(Confidence.UNCONFIRMED.message(Locale.FRENCH)).isEqualTo("non confirmé");
    assertThat(Confidence.SECONDARY.message(Locale.ENGLISH)).isEqualTo("secondary source");
    assertThat(Origin.PUBLISHED.message(Locale.FRENCH)).isEqualTo("publié");
    assertThat(EssFamily.COOPERATIVE.message(Locale.FRENCH)).isEqualTo("Coopérative");
    assertThat(EssFamily.COOPERATIVE.message(Locale.ENGLISH)).isEqualTo("Cooperative");
    assertThat(EssFamily.OTHER_NON_PROFIT.englishLabel())
        .isEqualTo("Other private non-profit body");
  }

  @Test
  void indicatorLine_isInTheReadersLanguage() {
    Indicator ess = PublishedFigures.paysDeLaLoireEaje().find("pdl-eaje-ess-jobs").orElseThrow();

    assertThat(ess.message(Locale.FRENCH)).endsWith(" : 3\u202f239 emplois (publié, non confirmé)");
    assertThat(ess.message(Locale.ENGLISH)).endsWith("ESS: 3,239 jobs (published, unconfirmed)");
    Population others = Population.family(Sector.EAJE, EssFamily.OTHER_NON_PROFIT);
    assertThat(others.familiesLabel(Locale.ENGLISH)).isEqualTo("Other private non-profit body");
    assertThat(others.familiesLabel(Locale.FRENCH))
        .isEqualTo("Autre organisme privé à but non lucratif");
  }
}
