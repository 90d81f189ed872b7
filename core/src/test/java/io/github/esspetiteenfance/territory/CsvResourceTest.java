package io.github.esspetiteenfance.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CsvResourceTest {

  @Test
  void read_communes_hasEveryRowOfTheCog2026() {
    List<String[]> rows =
        CsvResource.read("cog-2026-communes.csv", "TYPECOM,COM,DEP,LIBELLE,COMPARENT");
    Map<String, Long> byType =
        rows.stream().collect(Collectors.groupingBy(r -> r[0], Collectors.counting()));
    assertThat(rows).hasSize(37_496);
    assertThat(byType)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("COM", 34_875L, "COMD", 2_105L, "COMA", 471L, "ARM", 45L));
  }

  @Test
  void read_wrongHeader_throws() {
    assertThatThrownBy(() -> CsvResource.read("cog-2026-regions.csv", "REG,LIBELLE"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("header");
  }

  @Test
  void read_missingResource_throws() {
    assertThatThrownBy(() -> CsvResource.read("nope.csv", "A"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nope.csv");
  }
}
