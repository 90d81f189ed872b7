package io.github.esspetiteenfance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceCsvTest {

  private static ResourceCsv.Table read(String text) {
    return ResourceCsv.read(new StringReader(text), "t.csv");
  }

  @Test
  void read_quotedFields_unquotesSeparatorsAndDoubledQuotes() {
    ResourceCsv.Table table = read("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\n");
    assertThat(table.rows()).hasSize(1);
    assertThat(table.rows().get(0).fields()).containsExactly("x, y", "say \"hi\"", "");
  }

  @Test
  void get_byHeaderName_returnsTheField() {
    ResourceCsv.Row row = read("code,label\n0001,One\n").rows().get(0);
    assertThat(row.get("label")).isEqualTo("One");
    assertThat(row.get("code")).isEqualTo("0001");
    assertThat(row.get(1)).isEqualTo("One");
    assertThat(row.line()).isEqualTo(2);
  }

  @Test
  void get_unknownColumn_throwsWithResourceAndLine() {
    ResourceCsv.Row row = read("code,label\n0001,One\n").rows().get(0);
    assertThatThrownBy(() -> row.get("nope"))
        .isInstanceOfSatisfying(
            ResourceCsv.MalformedException.class,
            e -> {
              assertThat(e.resource()).isEqualTo("t.csv");
              assertThat(e.line()).isEqualTo(2);
            });
  }

  @Test
  void read_wrongNumberOfFields_reportsResourceAndLine() {
    assertThatThrownBy(() -> read("a,b\n1,2\n1,2,3\n"))
        .isInstanceOfSatisfying(
            ResourceCsv.MalformedException.class,
            e -> {
              assertThat(e.resource()).isEqualTo("t.csv");
              assertThat(e.line()).isEqualTo(3);
              assertThat(e).hasMessageContaining("t.csv line 3");
            });
  }

  @Test
  void read_openQuote_reportsResourceAndLine() {
    assertThatThrownBy(() -> read("a,b\n1,2\n\n\"1,2\n"))
        .isInstanceOfSatisfying(
            ResourceCsv.MalformedException.class,
            e -> {
              assertThat(e.resource()).isEqualTo("t.csv");
              assertThat(e.line()).isEqualTo(4);
            });
  }

  @Test
  void read_commentsAndBlankLines_skipped() {
    String text = "# note\n\na,b\n  \n1,2\n";
    ResourceCsv.Table table = read(text);
    assertThat(table.header()).containsExactly("a", "b");
    assertThat(table.rows()).hasSize(1);
    assertThat(table.rows().get(0).line()).isEqualTo(5);
  }

  @Test
  void read_otherSeparator_isOneField() {
    ResourceCsv.Table table = read("a;b\n1;2\n");
    assertThat(table.header()).containsExactly("a;b");
    assertThat(table.rows().get(0).fields()).isEqualTo(List.of("1;2"));
  }

  @Test
  void requireHeader_otherHeader_throws() {
    ResourceCsv.Table table = read("a,b\n");
    assertThat(table.requireHeader("a", "b")).isSameAs(table);
    assertThatThrownBy(() -> table.requireHeader("a"))
        .isInstanceOf(ResourceCsv.MalformedException.class)
        .hasMessageContaining("t.csv")
        .hasMessageContaining("header");
  }

  @Test
  void read_emptyOrRepeatedHeader_throws() {
    assertThatThrownBy(() -> read("")).isInstanceOf(ResourceCsv.MalformedException.class);
    assertThatThrownBy(() -> read("a,a\n")).isInstanceOf(ResourceCsv.MalformedException.class);
  }

  @Test
  void read_missingResource_throwsWithItsName() {
    assertThatThrownBy(() -> ResourceCsv.read(ResourceCsvTest.class, "nope.csv"))
        .isInstanceOfSatisfying(
            ResourceCsv.MalformedException.class,
            e -> {
              assertThat(e.resource()).isEqualTo("nope.csv");
              assertThat(e).isInstanceOf(IllegalStateException.class);
            });
  }
}
