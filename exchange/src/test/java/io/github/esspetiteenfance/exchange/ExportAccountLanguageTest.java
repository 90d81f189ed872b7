package io.github.esspetiteenfance.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.esspetiteenfance.Messages;
import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.establishment.EstablishmentBuilder;
import io.github.esspetiteenfance.examples.SeedDataset;
import io.github.esspetiteenfance.json.EssJson;
import io.github.esspetiteenfance.structure.StructureKind;
import io.github.esspetiteenfance.testing.EstablishmentGenerators;
import io.github.esspetiteenfance.testing.OneLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The account of an export or an import reads in the reader's language (issue 15.6): every gap code
 * and error code has a message in both languages with the same arguments, and the whole account of
 * the seed dataset, in each format, holds no marker word of English in French nor of French in
 * English ({@link OneLanguage}). Names stay as they are (the formats' and their fields' names, the
 * establishments' names, which the account writes beside the messages, not inside them). Every
 * offending text is listed at once.
 */
class ExportAccountLanguageTest {

  private static final String BUNDLE = GapCode.class.getPackageName() + ".messages";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)[^}]*}");

  @Test
  void gapCodes_everyCode_hasBothMessagesWithTheSameArgumentsAndRendersThemAll()
      throws IOException {
    Properties english = properties("messages.properties");
    Properties french = properties("messages_fr.properties");
    Set<String> codes = new HashSet<>();
    for (GapCode code : GapCode.values()) {
      assertThat(codes.add(code.code())).as("%s is unique", code).isTrue();
      assertThat(code.code()).startsWith("exchange.gap.");
      assertThat(Messages.hasBothLanguages(BUNDLE, code.code())).as(code.code()).isTrue();
      Set<String> arguments = placeholders(english.getProperty(code.code()));
      assertThat(placeholders(french.getProperty(code.code())))
          .as("arguments of %s in French", code.code())
          .isEqualTo(arguments);
      Object[] values = arguments.stream().map(a -> "«" + a + "»").toArray();
      Gap gap = Gap.of("field", code, values);
      for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
        String message = gap.message(locale);
        assertThat(message).as("%s %s", code.code(), locale).doesNotContain("{").isNotBlank();
        arguments.forEach(a -> assertThat(message).contains("«" + a + "»"));
      }
      assertThat(gap.message(Locale.FRENCH)).isNotEqualTo(gap.message(Locale.ENGLISH));
      assertThat(gap.kind()).isEqualTo(code.kind());
    }
  }

  @Test
  void exchangeErrorCodes_everyCode_hasBothMessagesWithTheSameArguments() throws IOException {
    Properties english = properties("messages.properties");
    Properties french = properties("messages_fr.properties");
    for (ExchangeErrorCode code : ExchangeErrorCode.values()) {
      assertThat(Messages.hasBothLanguages(BUNDLE, code.code())).as(code.code()).isTrue();
      assertThat(placeholders(french.getProperty(code.code())))
          .as(code.code())
          .isEqualTo(placeholders(english.getProperty(code.code())));
    }
  }

  @Test
  void gap_structureKindArgument_isWrittenWithTheLabelOfTheLanguage() {
    Gap gap = Gap.of("service.frais", GapCode.NO_FEES, StructureKind.MICRO_CRECHE);
    assertThat(gap.message(Locale.FRENCH)).contains(StructureKind.MICRO_CRECHE.label());
    assertThat(gap.message(Locale.ENGLISH)).contains(StructureKind.MICRO_CRECHE.englishLabel());
  }

  @ParameterizedTest
  @EnumSource(ExchangeFormat.class)
  void seedDataset_exportAccount_readsInOneLanguage(ExchangeFormat format) {
    List<Establishment> establishments = seedEstablishments();
    Establishment first = establishments.get(0);
    // one duplicate and one name too short, so that the account also says what was not exported
    establishments.add(first);
    establishments.add(EstablishmentBuilder.builder().from(first).name("MS").build());
    ExportReport report =
        Exporter.export(establishments, format, OfficialSchemaPropertyTest.OPTIONS);
    assertThat(report.gapCount()).isPositive();
    assertThat(report.notExported()).isNotEmpty();
    Set<String> mixed = new TreeSet<>();
    for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
      ObjectNode account = Exporter.account(report, locale);
      assertThat(account.path("language").asText()).isEqualTo(locale.getLanguage());
      for (String text : texts(account)) {
        check(mixed, format.code() + " " + locale, text, locale);
      }
      check(mixed, format.code() + " summary " + locale, report.message(locale), locale);
    }
    assertThat(mixed).as("texts holding a marker word of the other language").isEmpty();
  }

  @Test
  void generatedEstablishments_exportAccount_readsInOneLanguage() {
    Set<String> mixed = new TreeSet<>();
    Set<GapCode> seen = new HashSet<>();
    qt().withExamples(300)
        .forAll(EstablishmentGenerators.establishments())
        .checkAssert(
            e -> {
              for (ExchangeFormat format : ExchangeFormat.values()) {
                ExportReport report =
                    Exporter.export(List.of(e), format, OfficialSchemaPropertyTest.OPTIONS);
                for (ExportedRecord r : report.exported()) {
                  for (Gap g : r.gaps()) {
                    seen.add(g.code());
                    check(mixed, g.code().code(), g.message(Locale.FRENCH), Locale.FRENCH);
                    check(mixed, g.code().code(), g.message(Locale.ENGLISH), Locale.ENGLISH);
                  }
                }
                for (ExportReport.NotExported n : report.notExported()) {
                  check(mixed, n.code(), n.message(Locale.FRENCH), Locale.FRENCH);
                  check(mixed, n.code(), n.message(Locale.ENGLISH), Locale.ENGLISH);
                }
              }
            });
    assertThat(mixed).as("texts holding a marker word of the other language").isEmpty();
    // the generated establishments reach most export codes, so the test is not vacuous
    assertThat(seen).hasSizeGreaterThan(GapCode.values().length / 2);
  }

  @Test
  void seedDataset_importAccount_readsInOneLanguage() throws IOException {
    ExportReport exported =
        Exporter.export(
            seedEstablishments(),
            ExchangeFormat.DATA_INCLUSION,
            OfficialSchemaPropertyTest.OPTIONS);
    var collections = Exporter.collections(exported.exported());
    List<ImportReport> reports = new ArrayList<>();
    reports.add(
        DataInclusionImport.read(
            collections.get(DataInclusion.STRUCTURES), collections.get(DataInclusion.SERVICES)));
    reports.add(
        DataInclusionImport.read(
            resource("/import/structures.json"), resource("/import/services.json")));
    Set<String> mixed = new TreeSet<>();
    int gaps = 0;
    for (ImportReport report : reports) {
      for (ImportedStructure s : report.structures()) {
        for (Gap g : s.gaps()) {
          gaps++;
          if (g.code() == GapCode.UNMAPPED_VALUE) {
            // its argument is the value read, a text of the document in its own language
            continue;
          }
          check(mixed, g.code().code(), g.message(Locale.FRENCH), Locale.FRENCH);
          check(mixed, g.code().code(), g.message(Locale.ENGLISH), Locale.ENGLISH);
        }
      }
      for (ImportReport.Rejected r : report.rejected()) {
        check(mixed, r.code(), r.message(Locale.FRENCH), Locale.FRENCH);
        check(mixed, r.code(), r.message(Locale.ENGLISH), Locale.ENGLISH);
      }
    }
    assertThat(gaps).isPositive();
    assertThat(reports.get(1).rejected()).isNotEmpty();
    assertThat(mixed).as("texts holding a marker word of the other language").isEmpty();
  }

  private static List<Establishment> seedEstablishments() {
    List<Establishment> all = new ArrayList<>();
    SeedDataset.bundled().portraits().forEach(p -> all.addAll(p.establishments()));
    return all;
  }

  /** Returns the texts a person reads in an account: the summary and every message. */
  private static List<String> texts(JsonNode account) {
    List<String> texts = new ArrayList<>();
    texts.add(account.path("summary").asText());
    account
        .path("exported")
        .forEach(e -> e.path("gaps").forEach(g -> texts.add(g.path("message").asText())));
    account.path("notExported").forEach(n -> texts.add(n.path("message").asText()));
    assertThat(texts).allMatch(t -> !t.isBlank());
    return texts;
  }

  private static void check(Set<String> mixed, String what, String text, Locale locale) {
    try {
      if (locale == Locale.FRENCH) {
        OneLanguage.assertFrench(what, text);
      } else {
        OneLanguage.assertEnglish(what, text);
      }
    } catch (AssertionError e) {
      mixed.add(what + " " + locale + ": " + text);
    }
  }

  private static Set<String> placeholders(String pattern) {
    assertThat(pattern).isNotNull();
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Properties properties(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = GapCode.class.getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static JsonNode resource(String name) throws IOException {
    try (InputStream in = ExportAccountLanguageTest.class.getResourceAsStream(name)) {
      return EssJson.mapper().readTree(in);
    }
  }
}
