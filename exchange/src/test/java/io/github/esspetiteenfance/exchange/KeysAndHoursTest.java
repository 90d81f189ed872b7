package io.github.esspetiteenfance.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.structure.OpeningHours;
import io.github.esspetiteenfance.testing.EstablishmentGenerators;
import io.github.esspetiteenfance.testing.StructureGenerators;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Natural keys, name-based UUIDs and the OSM opening-hours writer. */
class KeysAndHoursTest {

  @Test
  void uuid5_rfcNamespaceDns_matchesTheKnownValue() {
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
    UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    assertThat(Keys.uuid5(dns, "python.org"))
        .isEqualTo(UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"));
    assertThat(Keys.uuid("service:x").version()).isEqualTo(5);
    assertThat(Keys.uuid("service:x").variant()).isEqualTo(2);
  }

  @Test
  void slug_accentsAndPunctuation_becomeAsciiHyphens() {
    assertThat(Keys.slug("Inalta – point rencontre de la Mayenne"))
        .isEqualTo("inalta-point-rencontre-de-la-mayenne");
    assertThat(Keys.slug("Crèche « Les P'tits Loups »")).isEqualTo("creche-les-p-tits-loups");
    assertThat(Keys.slug("–")).isEqualTo("x");
  }

  @Test
  void export_twice_givesTheSameDocuments() {
    qt().withExamples(200)
        .forAll(EstablishmentGenerators.establishments())
        .checkAssert(
            e -> {
              for (ExchangeFormat f : ExchangeFormat.values()) {
                assertThat(Exporter.exportOne(e, f, OfficialSchemaPropertyTest.OPTIONS).documents())
                    .isEqualTo(
                        Exporter.exportOne(e, f, OfficialSchemaPropertyTest.OPTIONS).documents());
              }
            });
  }

  @Test
  void osm_daysWithTheSameRanges_areGroupedIntoDisjointRules() {
    OpeningHours h = OpeningHours.parse("Mo-Fr 07:30-12:00; Mo,Tu,Th 13:30-18:30; Sa 08:00-12:00");
    assertThat(Hours.osm(h))
        .isEqualTo("Mo,Tu,Th 07:30-12:00,13:30-18:30; We,Fr 07:30-12:00; Sa 08:00-12:00");
  }

  @Test
  void osm_specialTimes_useOsmConventions() {
    assertThat(Hours.osm(OpeningHours.parse("Mo,Tu 22:00-06:00"))).isEqualTo("Mo,Tu 22:00-06:00");
    // a range past midnight: additional rules (", "), else Tuesday's rule would override its end
    assertThat(Hours.osm(OpeningHours.parse("Mo 22:00-06:00; Tu 08:00-12:00")))
        .isEqualTo("Mo 22:00-06:00, Tu 08:00-12:00");
    assertThat(
            OpeningHours.parse(
                    Hours.normalRuleSeparators("Mo,We 22:00-06:00, Tu 08:00-12:00,14:00-16:00"))
                .slots())
        .hasSize(3);
    assertThat(Hours.osm(OpeningHours.parse("Su 00:00-24:00"))).isEqualTo("Su 00:00-24:00");
    assertThat(Hours.osm(OpeningHours.parse("Mo 18:00-24:00"))).isEqualTo("Mo 18:00-24:00");
    assertThat(Hours.osm(OpeningHours.parse("Sa 08:00-08:00"))).isEqualTo("Sa 08:00-32:00");
    assertThat(Hours.hasWholeDayFromNonMidnight(OpeningHours.parse("Sa 08:00-08:00"))).isTrue();
  }

  @Test
  void osm_generatedHours_readBackToTheSameWeek() {
    qt().withExamples(1000)
        .forAll(StructureGenerators.openingHours())
        .assuming(h -> !Hours.hasWholeDayFromNonMidnight(h))
        .checkAssert(
            h -> {
              OpeningHours back = OpeningHours.parse(Hours.normalRuleSeparators(Hours.osm(h)));
              assertThat(back.weeklyDuration()).isEqualTo(h.weeklyDuration());
              assertThat(Hours.osm(back)).isEqualTo(Hours.osm(h));
              for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
                for (int m = 0; m < 24 * 60; m += 30) {
                  java.time.LocalTime t = java.time.LocalTime.of(m / 60, m % 60);
                  assertThat(back.isOpenAt(d, t)).isEqualTo(h.isOpenAt(d, t));
                }
              }
            });
  }
}
