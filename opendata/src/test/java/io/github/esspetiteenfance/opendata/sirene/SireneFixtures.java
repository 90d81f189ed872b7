package io.github.esspetiteenfance.opendata.sirene;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Copies the test resources to a temporary folder, since the reader takes paths. */
final class SireneFixtures {

  static final String ESTABLISHMENTS_2026 = "stock-etablissement-2026-fixture.csv";
  static final String ESTABLISHMENTS_2019 = "stock-etablissement-2019-sample.csv";
  static final String UNITS_2026 = "stock-unite-legale-2026-fixture.csv";
  static final String UNITS_SAMPLE = "stock-unite-legale-2026-sample.csv";
  static final String UNITS_ESS_LIST = "unites-legales-ess-numerique.csv";

  private SireneFixtures() {}

  static Path copy(String resource, Path dir) {
    try (InputStream in = SireneFixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + resource);
      }
      Path target = dir.resolve(resource);
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String resource) {
    try (InputStream in = SireneFixtures.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
