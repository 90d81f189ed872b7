package io.github.esspetiteenfance.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.esspetiteenfance.opendata.sirene.SireneFilter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class RowAccountingTest {

  private static RowRejection rejection(long line) {
    return RowRejection.of(
        "f.csv", line, "siret", OpenDataErrorCode.SIRET_INVALID, "12", List.of());
  }

  @Test
  void countersOfChunksMergeIntoTheCounterOfTheWholeFile() {
    qt().forAll(
            SourceDSL.lists().of(SourceDSL.integers().between(0, 3)).ofSizeBetween(0, 200),
            SourceDSL.integers().between(0, 200))
        .checkAssert(
            (outcomes, split) -> {
              int cut = Math.min(split, outcomes.size());
              RowCounter whole = new RowCounter("f.csv");
              RowCounter first = new RowCounter("f.csv");
              RowCounter second = new RowCounter("f.csv");
              for (int i = 0; i < outcomes.size(); i++) {
                long line = i + 2;
                apply(whole, outcomes.get(i), line);
                if (i < cut) {
                  apply(first, outcomes.get(i), line);
                } else {
                  apply(second, outcomes.get(i), line - cut);
                }
              }
              RowAccounting merged = first.merge(second, cut).toAccounting();
              RowAccounting expected = whole.toAccounting();
              assertThat(merged).isEqualTo(expected);
              assertThat(merged.read()).isEqualTo(outcomes.size());
              assertThat(merged.accepted() + merged.filteredCount() + merged.rejected())
                  .isEqualTo(merged.read());
            });
  }

  private static void apply(RowCounter counter, int outcome, long line) {
    switch (outcome) {
      case 0 -> counter.accept();
      case 1 -> counter.filter(SireneFilter.CLOSED);
      case 2 -> counter.filter(SireneFilter.OTHER_ACTIVITY);
      default -> counter.reject(rejection(line));
    }
  }

  @Test
  void anAccountingThatDoesNotAddUpCannotBeBuilt() {
    assertThatThrownBy(
            () ->
                new RowAccounting(
                    "f.csv", 10, 3, Map.of(SireneFilter.CLOSED, 6L), Map.of(), List.of(), 0))
        .isInstanceOfSatisfying(
            io.github.esspetiteenfance.InvalidValueException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(OpenDataErrorCode.ACCOUNTING_INCONSISTENT);
              assertThat(e.getMessage()).contains("read is 10", "3 + 6 + 0");
            });
  }

  @Test
  void onlyTheFirstRejectionsAreKeptButAllAreCounted() {
    RowCounter counter = new RowCounter("f.csv");
    for (int i = 0; i < RowCounter.MAX_KEPT_REJECTIONS + 5; i++) {
      counter.reject(rejection(i + 2));
    }

    RowAccounting a = counter.toAccounting();

    assertThat(a.rejected()).isEqualTo(RowCounter.MAX_KEPT_REJECTIONS + 5L);
    assertThat(a.rejections()).hasSize(RowCounter.MAX_KEPT_REJECTIONS);
    assertThat(a.rejectionsNotKept()).isEqualTo(5);
  }

  @Test
  void anEchoIsBoundedAndHasNoControlCharacter() {
    qt().forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 400))
        .checkAssert(
            raw -> {
              String echo = RowRejection.echo(raw);
              assertThat(echo.length()).isLessThanOrEqualTo(RowRejection.MAX_ECHO + 1);
              assertThat(echo.chars()).noneMatch(Character::isISOControl);
              assertThat(echo).doesNotContain("\u2028", "\u2029");
            });
    assertThat(RowRejection.echo("88.91A")).isEqualTo("88.91A");
    assertThat(RowRejection.echo("a\nb\u001b")).isEqualTo("a\\nb\\u001b");
    assertThat(RowRejection.echo("x".repeat(100))).isEqualTo("x".repeat(80) + "…");
  }

  @Test
  void aRejectionSaysWhereAndWhyInBothLanguages() {
    RowRejection r = rejection(12);

    assertThat(r.message(Locale.ENGLISH))
        .isEqualTo("f.csv, line 12, column siret: '12' is not a SIRET (14 digits).");
    assertThat(r.message(Locale.FRENCH))
        .isEqualTo("f.csv, ligne 12, colonne siret : '12' n'est pas un SIRET (14 chiffres).");
  }

  @Test
  void everyCodeHasAMessageInBothLanguages() {
    for (OpenDataErrorCode code : OpenDataErrorCode.values()) {
      assertThat(
              io.github.esspetiteenfance.Messages.hasBothLanguages(
                  code.messageBundle(), code.code()))
          .as(code.code())
          .isTrue();
    }
  }

  @Test
  void everyFilterReason_hasADescriptionInEachLanguage() {
    List<FilterReason> reasons = new java.util.ArrayList<>();
    reasons.addAll(List.of(io.github.esspetiteenfance.opendata.lists.ListFilter.values()));
    reasons.addAll(List.of(io.github.esspetiteenfance.opendata.sirene.SireneFilter.values()));
    for (FilterReason reason : reasons) {
      assertThat(
              io.github.esspetiteenfance.Messages.hasBothLanguages(
                  FilterReason.class.getPackageName() + ".messages", reason.code()))
          .as(reason.code())
          .isTrue();
      assertThat(reason.message(Locale.FRENCH)).isNotEqualTo(reason.message(Locale.ENGLISH));
    }
    assertThat(
            io.github.esspetiteenfance.opendata.sirene.SireneFilter.ABROAD.message(Locale.FRENCH))
        .isEqualTo("à l'étranger");
    assertThat(
            io.github.esspetiteenfance.opendata.lists.ListFilter.EMPTY_LINE.message(Locale.ENGLISH))
        .isEqualTo("empty line");
  }
}
