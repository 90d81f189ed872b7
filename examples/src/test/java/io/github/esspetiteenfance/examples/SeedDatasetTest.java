package io.github.esspetiteenfance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.examples.SeedDataset.Figure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedDatasetTest {

  @Test
  void paysDeLaLoire_holdsTheSeedsFiguresNetworksAndPortraits() {
    SeedDataset dataset = SeedDatasets.paysDeLaLoire();

    assertThat(dataset.figure("ess-eaje").value()).isEqualByComparingTo("233");
    assertThat(dataset.figure("ess-jobs").value()).isEqualByComparingTo("3239");
    assertThat(dataset.figure("associative-share").value()).isEqualByComparingTo("80");
    assertThat(dataset.figure("ess-job-share").value()).isEqualByComparingTo("47");
    assertThat(dataset.figure("ess-eaje-share").value()).isEqualByComparingTo("43");
    assertThat(dataset.figure("ess-eaje-share-france").value()).isEqualByComparingTo("30");
    assertThat(dataset.networks())
        .containsExactly("familles-rurales", "urcs-pdl", "fas-pdl", "uriopss-pdl");
    assertThat(dataset.portraits())
        .extracting(p -> p.organization().name())
        .containsExactly("MicroScop", "Les Polichinelles", "Inalta", "Vista");
  }

  @Test
  void new_duplicateFigure_throwsDuplicate() {
    SeedDataset dataset = SeedDatasets.paysDeLaLoire();
    List<Figure> figures = new ArrayList<>(dataset.figures());
    figures.add(dataset.figure("ess-eaje"));

    assertThatThrownBy(
            () ->
                new SeedDataset(
                    dataset.title(),
                    dataset.source(),
                    figures,
                    dataset.networks(),
                    dataset.portraits()))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).code())
        .isEqualTo("examples.dataset.duplicate");
  }

  @Test
  void newFigure_shareAbove100_throwsOutOfRange() {
    assertThatThrownBy(() -> new Figure("x", new BigDecimal("143"), true, "PdL", "143 %"))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).code())
        .isEqualTo("examples.dataset.figure-out-of-range");
  }

  @Test
  void new_noPortrait_throwsEmpty() {
    SeedDataset dataset = SeedDatasets.paysDeLaLoire();

    assertThatThrownBy(
            () ->
                new SeedDataset(
                    dataset.title(),
                    dataset.source(),
                    dataset.figures(),
                    dataset.networks(),
                    List.of()))
        .extracting(e -> ((InvalidValueException) e).code())
        .isEqualTo("examples.dataset.empty");
  }
}
