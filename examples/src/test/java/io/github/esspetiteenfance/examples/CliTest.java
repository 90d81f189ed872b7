package io.github.esspetiteenfance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CliTest {

  @Test
  void parse_noArgument_frenchAndBundledDataset() {
    Cli cli = Cli.parse();

    assertThat(cli.locale()).isEqualTo(Locale.FRENCH);
    assertThat(cli.dataset()).isEmpty();
  }

  @Test
  void parse_langAndDataset_bothForms() {
    assertThat(Cli.parse("--lang", "en").locale()).isEqualTo(Locale.ENGLISH);
    assertThat(Cli.parse("--lang=EN").locale()).isEqualTo(Locale.ENGLISH);
    assertThat(Cli.parse("--dataset", "x.json").dataset()).contains(Path.of("x.json"));
    assertThat(Cli.parse("--dataset=x.json", "--lang", "fr").locale()).isEqualTo(Locale.FRENCH);
  }

  @Test
  void parse_unknownArgumentOrLanguage_throwsWithUsage() {
    assertThatThrownBy(() -> Cli.parse("--verbose")).hasMessageContaining("Usage:");
    assertThatThrownBy(() -> Cli.parse("--lang", "de")).hasMessageContaining("unknown language");
    assertThatThrownBy(() -> Cli.parse("--lang")).hasMessageContaining("needs a value");
  }
}
