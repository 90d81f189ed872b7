package io.github.esspetiteenfance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FeeExampleTest {

  @Test
  void print_french_showsEveryStepOfTheCalculation() {
    String output = Run.capture(out -> FeeExample.print(out, Texts.of(Locale.FRENCH)));

    assertThat(output)
        .contains(
            "Plancher : 765,77 € (source secondaire) ; plafond : 7 000,00 € (source secondaire)")
        .contains("Taux d'effort : 0,0516 % par heure (barème accueil collectif, 2 enfants)")
        .contains("Tarif horaire : 3 000,00 € × 0,0516 % = 1,5480 € → 1,55 €")
        .contains("→ 156,67 h par mois")
        .contains("Participation mensuelle : 1,55 € × 156,67 h = 242,83 €")
        .contains("participation mensuelle non confirmé")
        .contains("Décision CNAF (FNAS), plafond 2024")
        .contains("Plafond du 1er septembre 2024, pour tous les contrats")
        .doesNotContain(" the ", " from ", " until ");
  }

  @Test
  void print_english_refusesTheDateWithoutPlancher() {
    String output = Run.capture(out -> FeeExample.print(out, Texts.of(Locale.ENGLISH)));

    assertThat(output)
        .contains("Hourly fee: €3,000.00 × 0.0516% = €1.5480 → €1.55")
        .contains("Monthly fee: €1.55 × 156.67 h = €242.83")
        .contains("On 2027-01-15, the calculation is refused [legal.timeline.no-value-on-date]")
        .contains("Plafond of 1 September 2024, for all contracts")
        .doesNotContain(" pour ", " est ", " avec ", " jusqu");
  }
}
