package io.github.esspetiteenfance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.esspetiteenfance.cli.Runs.Outcome;
import io.github.esspetiteenfance.testing.OneLanguage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One language per output (issue 15.6): the {@code export-report.json} the {@code export} command
 * writes for the seed dataset, in each format, is in the language of {@code --lang} (French by
 * default): its summary and every message hold no marker word of the other language ({@link
 * OneLanguage}), and every gap and every establishment not exported carries its stable code. The
 * names of establishments, of formats and of their fields stay as they are (they are written beside
 * the messages, or are the formats' own spelling).
 */
class ExportLanguageTest {

  @ParameterizedTest
  @ValueSource(strings = {"data-inclusion", "hsds", "schema-org"})
  void export_seedAccount_isInTheLanguageOfLang(String format, @TempDir Path dir)
      throws IOException {
    JsonNode french = export(format, dir.resolve("default"), List.of());
    assertThat(french.path("language").asText()).isEqualTo("fr");
    for (String text : texts(french)) {
      OneLanguage.assertFrench(format + " account", text);
    }
    assertThat(french).isEqualTo(export(format, dir.resolve("fr"), List.of("--lang", "fr")));
    JsonNode english = export(format, dir.resolve("en"), List.of("--lang", "en"));
    assertThat(english.path("language").asText()).isEqualTo("en");
    for (String text : texts(english)) {
      OneLanguage.assertEnglish(format + " account", text);
    }
    assertThat(codes(english)).isEqualTo(codes(french)).isNotEmpty();
  }

  private static JsonNode export(String format, Path out, List<String> language)
      throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of("export", "--format", format, "--out", out.toString(), "--date", "2026-06-01"));
    args.addAll(language);
    Outcome o = Runs.run(args.toArray(String[]::new));
    assertThat(o.status()).isIn(ExitCode.DONE, ExitCode.DATA_PROBLEMS);
    JsonNode account =
        new ObjectMapper().readTree(out.resolve(format).resolve("export-report.json").toFile());
    assertThat(o.err()).contains(account.path("summary").asText());
    return account;
  }

  /** Returns the texts a person reads in an account: the summary and every message. */
  private static List<String> texts(JsonNode account) {
    List<String> texts = new ArrayList<>();
    texts.add(account.path("summary").asText());
    account
        .path("exported")
        .forEach(e -> e.path("gaps").forEach(g -> texts.add(g.path("message").asText())));
    account.path("notExported").forEach(n -> texts.add(n.path("message").asText()));
    assertThat(texts).hasSizeGreaterThan(1).allMatch(t -> !t.isBlank());
    return texts;
  }

  /** Returns the stable codes of an account, in order; checks each is present. */
  private static List<String> codes(JsonNode account) {
    List<String> codes = new ArrayList<>();
    account
        .path("exported")
        .forEach(e -> e.path("gaps").forEach(g -> codes.add(g.path("code").asText())));
    account.path("notExported").forEach(n -> codes.add(n.path("code").asText()));
    assertThat(codes).allMatch(c -> c.startsWith("exchange."));
    return codes;
  }
}
