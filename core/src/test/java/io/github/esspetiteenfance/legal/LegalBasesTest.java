package io.github.esspetiteenfance.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.internal.ResourceCsv;
import io.github.esspetiteenfance.testing.OneLanguage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LegalBasesTest {

  private static final Path MAIN = Path.of("src/main");
  private static final Pattern GET = Pattern.compile("LegalBases\\.get\\(\"([^\"]+)\"\\)");
  private static final Pattern LITERAL = Pattern.compile("\"([a-z0-9][a-z0-9.-]+)\"");

  @Test
  void everyReferencedId_exists_andEveryEntry_isReferenced() throws IOException {
    Set<String> ids = LegalBases.all().keySet();
    Set<String> called = new TreeSet<>();
    Set<String> literals = new HashSet<>();
    Set<String> inTables = new TreeSet<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".java")) {
          String text = Files.readString(file);
          collect(GET.matcher(text), called);
          collect(LITERAL.matcher(text), literals);
        } else if (name.endsWith(".csv") && !name.equals("legal-bases.csv")) {
          ResourceCsv.Table table;
          try (var reader = Files.newBufferedReader(file)) {
            table = ResourceCsv.read(reader, name);
          }
          if (table.header().contains("basis")) {
            table.rows().forEach(r -> inTables.add(r.get("basis")));
          }
        }
      }
    }
    assertThat(called).as("ids referred to by code").isNotEmpty().isSubsetOf(ids);
    assertThat(inTables).as("ids referred to by data").isNotEmpty().isSubsetOf(ids);
    Set<String> unused = new TreeSet<>(ids);
    unused.removeAll(inTables);
    unused.removeAll(literals);
    assertThat(unused).as("entries of legal-bases.csv that nothing refers to").isEmpty();
  }

  private static void collect(Matcher m, Set<String> into) {
    while (m.find()) {
      into.add(m.group(1));
    }
  }

  @Test
  void everyBasis_isDescribedInBothLanguages_eachInItsOwn() {
    assertThat(LegalBases.all()).hasSizeGreaterThan(100);
    LegalBases.all()
        .forEach(
            (id, basis) -> {
              OneLanguage.assertFrench(id, basis.description(Locale.FRENCH));
              OneLanguage.assertEnglish(id, basis.description(Locale.ENGLISH));
              OneLanguage.assertFrench(id + " names", basis.text() + " " + basis.article());
            });
  }

  @Test
  void get_unknownId_throwsTypedError() {
    assertThatThrownBy(() -> LegalBases.get("no.such.basis"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo("legal.basis.unknown");
              assertThat(e.rejectedValue()).isEqualTo("no.such.basis");
            });
  }

  @Test
  void get_knownId_givesTheRowOfTheTable() {
    LegalBasis plafond = LegalBases.get("cnaf.plafond.2025-09");
    assertThat(plafond.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(plafond.validity()).isEqualTo(ValidityPeriod.from(LocalDate.of(2025, 9, 1)));
    assertThat(plafond.description(Locale.FRENCH)).contains("contrats en cours");
    assertThat(plafond.description(Locale.ENGLISH)).contains("running contracts");
  }

  @Test
  void table_rowOutsideTheBasisPeriod_isRefused() {
    String header = "parameter,key,start,end,value,basis\n";
    assertThat(LegalBases.table(header + "P,,2025-09-01,,1,cnaf.plafond.2025-09\n", "t"))
        .singleElement()
        .satisfies(r -> assertThat(r.value().basis().validity().start()).hasYear(2025));
    assertThatThrownBy(
            () -> LegalBases.table(header + "P,,2024-01-01,,1,cnaf.plafond.2025-09\n", "t"))
        .isInstanceOf(ResourceCsv.MalformedException.class)
        .hasMessageContaining("outside");
    assertThatThrownBy(() -> LegalBases.table(header + "P,,,,1,nope\n", "t"))
        .isInstanceOf(ResourceCsv.MalformedException.class)
        .hasMessageContaining("unknown legal basis");
  }

  @Test
  void legalBasis_oneDescriptionWithoutTheOther_isRefused() {
    assertThatThrownBy(
            () ->
                new LegalBasis(
                    "Code", "", ValidityPeriod.always(), Confidence.CONFIRMED, "s", "texte", ""))
        .isInstanceOf(InvalidValueException.class);
    LegalBasis none =
        new LegalBasis("Code", "", ValidityPeriod.always(), Confidence.CONFIRMED, "s");
    assertThat(none.description(Locale.FRENCH)).isEmpty();
  }
}
