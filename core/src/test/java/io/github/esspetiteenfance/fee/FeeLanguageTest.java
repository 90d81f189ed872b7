package io.github.esspetiteenfance.fee;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esspetiteenfance.legal.Dated;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.testing.OneLanguage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every fee of the bundled data reads in one language: French for French, English for English. */
class FeeLanguageTest {

  @Test
  void everyFeeOfTheBundledData_describesItsBasesInEachLanguage() {
    FamilyFeeCalculator calculator = FamilyFeeCalculator.bundled();
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (Dated<BigDecimal> d : FeeParameters.bundled().plafonds().values()) {
      dates.add(d.validity().start());
    }
    for (Dated<BigDecimal> d : FeeParameters.bundled().planchers().values()) {
      dates.add(d.validity().start());
    }
    int fees = 0;
    for (LocalDate date : dates) {
      for (CareType care : CareType.values()) {
        for (Resources resources :
            List.of(
                Resources.unknown(),
                Resources.monthly(new BigDecimal("2500")),
                Resources.monthly(new BigDecimal("20000")))) {
          MonthlyFee fee =
              calculator.monthlyFee(
                  date,
                  care,
                  new Family(2, 1, resources),
                  new MonthlyContract(new BigDecimal("40"), 47, 12));
          for (LegalBasis basis : fee.legalBases()) {
            String fr = basis.description(Locale.FRENCH);
            assertThat(fr.isBlank()).as("%s has a description", basis).isFalse();
            OneLanguage.assertFrench(basis.toString(), fr);
            OneLanguage.assertEnglish(basis.toString(), basis.description(Locale.ENGLISH));
          }
          fees++;
        }
      }
    }
    assertThat(fees).isGreaterThan(100);
  }
}
