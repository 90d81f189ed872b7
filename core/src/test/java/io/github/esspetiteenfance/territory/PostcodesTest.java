package io.github.esspetiteenfance.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodePostal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostcodesTest {

  private final Postcodes postcodes = Postcodes.bundled();

  private static CodePostal cp(String code) {
    return CodePostal.of(code);
  }

  private static List<String> texts(List<?> values) {
    return values.stream().map(Object::toString).toList();
  }

  private static List<String> codes(List<Commune> communes) {
    return communes.stream().map(c -> c.code().toString()).toList();
  }

  @Test
  void vintage_isCog2023() {
    assertThat(postcodes.vintage()).isEqualTo(CogVintage.COG_2023);
    assertThat(postcodes.vintage()).hasToString("COG 2023");
    assertThat(Postcodes.bundled()).isSameAs(postcodes);
  }

  @Test
  void postcodes_countEveryPostcodeOfTheTable() {
    assertThat(postcodes.postcodes()).hasSize(6_187).first().hasToString("01000");
    int pairs =
        postcodes.postcodes().stream().mapToInt(p -> postcodes.communeCodes(p).size()).sum();
    assertThat(pairs).isEqualTo(35_425);
  }

  @Test
  void postcode44100_isNantesWhileCommuneCode44100_isMonnieres() {
    assertThat(texts(postcodes.communeCodes(cp("44100")))).containsExactly("44109");
    assertThat(postcodes.currentCommunes(cp("44100")))
        .singleElement()
        .extracting(Commune::name)
        .isEqualTo("Nantes");
    assertThat(Cog.bundled().requireCommune(CodeCommune.of("44100")).name()).isEqualTo("Monnières");
    assertThat(texts(postcodes.postcodes(CodeCommune.of("44100")))).containsExactly("44690");
  }

  @Test
  void postcodes_ofNantes_areFour() {
    assertThat(texts(postcodes.postcodes(CodeCommune.of("44109"))))
        .containsExactly("44000", "44100", "44200", "44300");
    assertThat(postcodes.currentPostcodes(CodeCommune.of("44109")))
        .isEqualTo(postcodes.postcodes(CodeCommune.of("44109")));
  }

  @Test
  void communeCodes_ofAPostcodeServingSeveralCommunes_areAllListed() {
    assertThat(postcodes.currentCommunes(cp("44190")))
        .extracting(Commune::name)
        .contains("Clisson", "Gétigné", "Saint-Hilaire-de-Clisson")
        .hasSize(6);
    assertThat(postcodes.findUniqueCommune(cp("44190"))).isEmpty();
    assertThat(postcodes.findUniqueCommune(cp("44000"))).map(Commune::name).contains("Nantes");
  }

  @Test
  void currentCommunes_mergesCommunesThatMergedSince2023() {
    // 72220 served Laigné-en-Belin (72155) and Saint-Gervais-en-Belin (72287), one commune since
    // 2025
    assertThat(texts(postcodes.communeCodes(cp("72220")))).contains("72155", "72287").hasSize(8);
    assertThat(codes(postcodes.currentCommunes(cp("72220"))))
        .contains("72155")
        .doesNotContain("72287")
        .hasSize(7)
        .doesNotHaveDuplicates();
  }

  @Test
  void currentCommunes_mapsACodeThatChangedToTheCurrentCode() {
    // in 2023 Orée d'Anjou had the code 49069; it is 49126 since 2025
    assertThat(texts(postcodes.communeCodes(cp("49530")))).containsExactly("49069");
    assertThat(codes(postcodes.currentCommunes(cp("49530")))).containsExactly("49126");
    assertThat(postcodes.postcodes(CodeCommune.of("49126"))).isEmpty();
    assertThat(texts(postcodes.currentPostcodes(CodeCommune.of("49126"))))
        .containsExactly("49270", "49530");
  }

  @Test
  void currentPostcodes_ofACommuneReEstablishedAfter2023_isEmpty() {
    assertThat(postcodes.currentPostcodes(CodeCommune.of("85165"))).isEmpty();
  }

  @Test
  void unknownPostcode_givesEmptyOrThrows() {
    assertThat(postcodes.isKnown(cp("00000"))).isFalse();
    assertThat(postcodes.communeCodes(cp("00000"))).isEmpty();
    assertThat(postcodes.currentCommunes(cp("00000"))).isEmpty();
    assertThatThrownBy(() -> postcodes.requireCurrentCommunes(cp("00000")))
        .isInstanceOfSatisfying(
            UnknownTerritoryException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(TerritoryErrorCode.POSTCODE_UNKNOWN);
              assertThat(e.rejectedValue()).isEqualTo(cp("00000"));
              assertThat(e.message(java.util.Locale.ENGLISH)).contains("COG 2023");
            });
    assertThat(postcodes.requireCurrentCommunes(cp("85300")))
        .extracting(Commune::name)
        .contains("Challans");
  }
}
