package io.github.esspetiteenfance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esspetiteenfance.json.EssJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps the bundled JSON document and the Java description of the seed ({@link SeedDatasets}) in
 * step: each is the other's independent check.
 */
class DatasetJsonTest {

  @Test
  void bundled_readByTheJsonModule_equalsTheJavaDataset() throws IOException {
    SeedDataset expected = SeedDatasets.paysDeLaLoire();
    SeedDataset bundled = SeedDataset.bundled();

    if (!bundled.equals(expected)) {
      // to update the document after changing SeedDatasets: copy this file over the resource
      Path written = Path.of("target", "pays-de-la-loire.expected.json");
      Files.writeString(
          written,
          EssJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(expected) + "\n",
          StandardCharsets.UTF_8);
    }
    assertThat(bundled).isEqualTo(expected);
  }

  @Test
  void bundled_writtenAgain_readsBackEqual() {
    SeedDataset bundled = SeedDataset.bundled();

    assertThat(EssJson.reader(SeedDataset.class).read(EssJson.encode(bundled))).isEqualTo(bundled);
  }
}
