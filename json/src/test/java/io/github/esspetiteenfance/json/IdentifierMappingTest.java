package io.github.esspetiteenfance.json;

import static io.github.esspetiteenfance.json.Failures.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.esspetiteenfance.identifier.CategorieJuridique;
import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.identifier.CodeNaf;
import io.github.esspetiteenfance.identifier.CodePostal;
import io.github.esspetiteenfance.identifier.CodeRegion;
import io.github.esspetiteenfance.identifier.FinessNumber;
import io.github.esspetiteenfance.identifier.Nic;
import io.github.esspetiteenfance.identifier.RnaNumber;
import io.github.esspetiteenfance.identifier.Siren;
import io.github.esspetiteenfance.identifier.Siret;
import io.github.esspetiteenfance.testing.IdentifierGenerators;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/** Every identifier of the model is a JSON string holding its canonical text. */
class IdentifierMappingTest {

  static Stream<Arguments> identifiers() {
    return Stream.of(
        Arguments.of(Siren.class, IdentifierGenerators.sirens()),
        Arguments.of(Siret.class, IdentifierGenerators.sirets()),
        Arguments.of(Siret.class, IdentifierGenerators.laPosteSirets()),
        Arguments.of(Nic.class, IdentifierGenerators.nics()),
        Arguments.of(RnaNumber.class, IdentifierGenerators.rnaNumbers()),
        Arguments.of(CodeNaf.class, IdentifierGenerators.codesNaf()),
        Arguments.of(CategorieJuridique.class, IdentifierGenerators.categoriesJuridiques()),
        Arguments.of(CodeCommune.class, IdentifierGenerators.codesCommune()),
        Arguments.of(CodeDepartement.class, IdentifierGenerators.codesDepartement()),
        Arguments.of(CodeRegion.class, IdentifierGenerators.codesRegion()),
        Arguments.of(CodePostal.class, IdentifierGenerators.codesPostaux()),
        Arguments.of(FinessNumber.class, IdentifierGenerators.finessNumbers()));
  }

  @ParameterizedTest
  @MethodSource("identifiers")
  <T> void roundTrip_randomIdentifier_isACanonicalStringMatchingThePattern(
      Class<T> type, Gen<T> values) {
    Pattern pattern = Pattern.compile(JsonModel.standard().identifierPattern(type).orElseThrow());
    EssJsonReader<T> reader = EssJson.reader(type);
    EssJsonReader<List<T>> lists =
        EssJsonReader.of(
            JsonModel.standard(),
            JsonLimits.defaults(),
            EssJson.standardMapper().getTypeFactory().constructCollectionType(List.class, type));
    qt().withExamples(1000)
        .forAll(values)
        .checkAssert(
            id -> {
              String json = EssJson.encode(id);
              assertThat(json).isEqualTo("\"" + id + "\"");
              assertThat(pattern.matcher(id.toString()).matches()).as("%s matches", id).isTrue();
              assertThat(reader.read(json)).isEqualTo(id);
              assertThat(lists.read("[" + json + "]")).containsExactly(id);
            });
  }

  @ParameterizedTest
  @MethodSource("identifiers")
  <T> void read_identifierLikeText_returnsTheIdentifierOrItsCoreCode(Class<T> type, Gen<T> unused) {
    EssJsonReader<T> reader = EssJson.reader(type);
    qt().withExamples(1000)
        .forAll(IdentifierGenerators.identifierLikeTexts())
        .checkAssert(
            text -> {
              String json = EssJson.encode(text);
              try {
                assertThat(reader.read(json).toString()).isEqualTo(text);
              } catch (JsonDocumentException e) {
                assertThat(e.problems()).hasSize(1);
                assertThat(e.problems().get(0).code())
                    .matches("identifier\\..*|json\\.value\\.not-canonical");
                assertThat(e.problems().get(0).pointer()).isEmpty();
              }
            });
  }

  @org.junit.jupiter.api.Test
  void read_invalidSiretInAMap_isReportedAtItsKey() {
    EssJsonReader<Map<Siret, Integer>> reader =
        EssJson.newReader(new TypeReference<Map<Siret, Integer>>() {}.getType());
    assertThat(reader.read("{\"13002526500013\":1}")).containsEntry(Siret.of("13002526500013"), 1);
    JsonDocumentException e = failure(reader, "{\"13002526500014\":1,\"130 025 265 00013\":2}");
    assertThat(e.problems())
        .extracting(JsonProblem::pointer, JsonProblem::code)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("/13002526500014", "identifier.siret.checksum"),
            org.assertj.core.api.Assertions.tuple(
                "/130 025 265 00013", "json.value.not-canonical"));
  }
}
