package io.github.esspetiteenfance.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esspetiteenfance.InvalidValueException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Published figures read from a user's files, in the format of the bundled ones. */
class PublishedFiguresFileTest {

  private static final String SOURCES =
      """
      source,publisher,dataset,vintage,url,confidence,note
      obs,Observatoire test,Chiffres test,2024,,SECONDARY,""
      """;

  private static final String FIGURES =
      """
      # a comment
      set,set_title,id,measure,territory,period,population,base,value,source,quote
      t1,Test set,t1-ess,ESTABLISHMENTS,departement:44,2024,NAF:88.91A/ESS,,count:120,obs,"120 EAJE ESS"
      t1,Test set,t1-share,ESTABLISHMENTS,departement:44,2024,NAF:88.91A/ESS,NAF:88.91A/ALL,percent:40:1:HALF_UP,obs,"40 %"
      t2,Other set,t2-jobs,JOBS,region:52,,NAF:88.91A/ESS,,about:3000:100,obs,"environ 3 000"
      """;

  @Test
  void read_userFiles_giveTheirSetsInOrder(@TempDir Path dir) throws IOException {
    List<PublishedFigures> sets = read(dir, FIGURES, SOURCES);

    assertThat(sets).extracting(PublishedFigures::id).containsExactly("t1", "t2");
    Indicator ess = sets.get(0).find("t1-ess").orElseThrow();
    assertThat(ess.value()).isEqualTo(Count.of(120));
    assertThat(ess.source().publisher()).isEqualTo("Observatoire test");
    assertThat(ess.period()).contains(ReferencePeriod.ofYear(2024));
    assertThat(ConsistencyChecker.check(sets.get(0)).isConsistent()).isTrue();
    Quantity all = Quantity.baseOf(sets.get(0).find("t1-share").orElseThrow()).orElseThrow();
    assertThat(ConsistencyChecker.check(sets.get(0)).rangeOf(all))
        .hasValueSatisfying(r -> assertThat(r.contains(300)).isTrue());
  }

  @Test
  void read_malformedLineOrMissingFile_refusedWithTheLine(@TempDir Path dir) throws IOException {
    String bad = FIGURES.replace("count:120", "many:120");
    assertThatThrownBy(() -> read(dir, bad, SOURCES))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e -> {
              InvalidValueException iv = (InvalidValueException) e;
              assertThat(iv.errorCode()).isEqualTo(IndicatorErrorCode.PUBLISHED_FORMAT);
              assertThat(iv.field()).contains("3");
            });
    assertThatThrownBy(() -> read(dir, FIGURES, SOURCES.replace("SECONDARY", "SURE")))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(
            () -> PublishedFigures.read(dir.resolve("none.csv"), dir.resolve("none2.csv")))
        .isInstanceOf(InvalidValueException.class);
  }

  private static List<PublishedFigures> read(Path dir, String figures, String sources)
      throws IOException {
    Path f = dir.resolve("figures.csv");
    Path s = dir.resolve("sources.csv");
    Files.writeString(f, figures, StandardCharsets.UTF_8);
    Files.writeString(s, sources, StandardCharsets.UTF_8);
    return PublishedFigures.read(f, s);
  }
}
