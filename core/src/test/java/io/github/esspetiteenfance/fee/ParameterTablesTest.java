package io.github.esspetiteenfance.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esspetiteenfance.EssPetiteEnfanceException;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.ValidityPeriod;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParameterTablesTest {

  private static List<ParameterTables.Row> read(String text) throws IOException {
    return ParameterTables.read(new StringReader(text), "t.csv", 1);
  }

  @Test
  void read_skipsCommentsBlankLinesAndTheHeader() throws IOException {
    List<ParameterTables.Row> rows =
        read(
            "# comment\n\nk;start;end;v;c;t;a;s\n"
                + "PLANCHER;2024-01-01;;1.5;SECONDARY;text;art;src\n"
                + "   \n"
                + "PLAFOND;;2024-12-31;2;CONFIRMED;text;;src\n");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).keys()).containsExactly("PLANCHER");
    assertThat(rows.get(0).value()).isEqualTo("1.5");
    assertThat(rows.get(0).basis().validity())
        .isEqualTo(ValidityPeriod.from(LocalDate.of(2024, 1, 1)));
    assertThat(rows.get(0).basis().confidence()).isEqualTo(Confidence.SECONDARY);
    assertThat(rows.get(0).basis().text()).isEqualTo("text");
    assertThat(rows.get(0).basis().article()).isEqualTo("art");
    assertThat(rows.get(0).basis().source()).isEqualTo("src");
    assertThat(rows.get(1).basis().validity())
        .isEqualTo(ValidityPeriod.until(LocalDate.of(2024, 12, 31)));
    assertThat(ParameterTables.amount(rows.get(0))).isEqualByComparingTo("1.5");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "P;2024-01-01;;1;SECONDARY;t;a",
        "P;2024-01-01;;1;SECONDARY;t;a;s;extra",
        "P;2024-13-01;;1;SECONDARY;t;a;s",
        "P;2024-01-01;2023-01-01;1;SECONDARY;t;a;s",
        "P;2024-01-01;;1;SURE;t;a;s",
        "P;2024-01-01;;1;SECONDARY;;a;s"
      })
  void read_malformedLine_throwsWithItsPosition(String line) {
    assertThatThrownBy(() -> read("header\n" + line + "\n"))
        .isInstanceOfSatisfying(
            EssPetiteEnfanceException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(FeeErrorCode.DATA_MALFORMED);
              assertThat(e.field()).contains("t.csv:2");
              assertThat(e.rejectedValue()).isEqualTo(line);
            });
  }

  @Test
  void read_wrongNumberOfCells_saysHowMany() {
    assertThatThrownBy(() -> read("h\nP;;;1;SECONDARY;t;a\n"))
        .hasMessageContaining("expected 8 cells, got 7");
  }

  @Test
  void amount_notANumber_throws() throws IOException {
    ParameterTables.Row row = read("h\nP;;;x;SECONDARY;t;a;s\n").get(0);
    assertThatThrownBy(() -> ParameterTables.amount(row))
        .isInstanceOfSatisfying(
            EssPetiteEnfanceException.class,
            e -> assertThat(e.errorCode()).isEqualTo(FeeErrorCode.DATA_MALFORMED));
  }

  @Test
  void readResource_missing_isALibraryBug() {
    assertThatThrownBy(() -> ParameterTables.readResource("nope.csv", 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nope.csv");
    assertThat(ParameterTables.readResource("plancher-plafond.csv", 1)).hasSize(19);
    assertThat(ParameterTables.readResource("taux-effort.csv", 2)).hasSize(54);
  }
}
