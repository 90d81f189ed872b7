package io.github.esspetiteenfance.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples of the module's README are the golden files, as they are. */
class ReadmeTest {

  static final List<String> EXAMPLES =
      List.of(
          "establishment",
          "structure",
          "organization",
          "network",
          "indicator",
          "legal-basis",
          "compliance-report",
          "finding",
          "consistency-report",
          "indicator-finding");

  @Test
  void readme_showsEveryGoldenExampleAndEveryDocument() throws IOException {
    String readme =
        Files.readString(Path.of("README.md"), StandardCharsets.UTF_8).replace("\r\n", "\n");
    for (String name : EXAMPLES) {
      assertThat(readme).as("README example %s", name).contains(GoldenFilesTest.golden(name));
    }
    for (String document : JsonModel.standard().documents().keySet()) {
      assertThat(readme).as("README documents %s", document).contains("| `" + document + "` |");
    }
  }
}
