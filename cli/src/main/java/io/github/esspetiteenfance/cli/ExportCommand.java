package io.github.esspetiteenfance.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.esspetiteenfance.EssPetiteEnfanceException;
import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.examples.SeedDataset;
import io.github.esspetiteenfance.exchange.ExchangeFormat;
import io.github.esspetiteenfance.exchange.ExportOptions;
import io.github.esspetiteenfance.exchange.ExportReport;
import io.github.esspetiteenfance.exchange.Exporter;
import io.github.esspetiteenfance.json.EssJson;
import io.github.esspetiteenfance.json.JsonDocumentException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * The {@code export} subcommand: writes a dataset (the seed's by default) in data·inclusion, HSDS
 * or schema.org JSON-LD with the exchange module's {@link Exporter}; the files written go to the
 * standard output, the account (what was exported, what could not be and why) to the standard error
 * and to {@code export-report.json}.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false)
final class ExportCommand implements Callable<Integer> {

  @ParentCommand Main main;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "data-inclusion|hsds|schema-org",
      descriptionKey = "export.format")
  String format;

  @Option(names = "--dataset", paramLabel = "FICHIER.json", descriptionKey = "export.dataset")
  Optional<Path> dataset = Optional.empty();

  @Option(names = "--out", paramLabel = "DOSSIER", descriptionKey = "export.out")
  Path out = Path.of("export");

  @Option(names = "--date", paramLabel = "AAAA-MM-JJ", descriptionKey = "export.date")
  Optional<LocalDate> date = Optional.empty();

  @Option(names = "--lang", paramLabel = "fr|en", descriptionKey = "lang")
  Language language = Language.FR;

  @Override
  public Integer call() {
    PrintStream err = main.err();
    ExchangeFormat exchangeFormat;
    List<Establishment> establishments;
    try {
      exchangeFormat = ExchangeFormat.ofCode(format);
      establishments = load(dataset);
    } catch (JsonDocumentException e) {
      err.println(e.getMessage(language.locale()));
      return ExitCode.DATA_PROBLEMS;
    } catch (EssPetiteEnfanceException e) {
      err.println(e.getMessage(language.locale()));
      return ExitCode.USAGE;
    }
    ExportReport report =
        Exporter.export(
            establishments,
            exchangeFormat,
            out,
            new ExportOptions(ExportOptions.DEFAULT_SOURCE, date.orElseGet(LocalDate::now)));
    report.files().forEach(main.out()::println);
    err.println(report.message(language.locale()));
    report
        .notExported()
        .forEach(n -> err.println("  " + n.establishment() + " (" + n.key() + "): " + n.reason()));
    return report.notExported().isEmpty() ? ExitCode.DONE : ExitCode.DATA_PROBLEMS;
  }

  /**
   * Reads the establishments: the bundled seed dataset, or a file holding either a dataset in the
   * seed's format (an object with {@code portraits}) or a JSON array of establishments.
   */
  static List<Establishment> load(Optional<Path> file) {
    if (file.isEmpty()) {
      return establishments(SeedDataset.bundled());
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file.get());
    } catch (IOException e) {
      throw new io.github.esspetiteenfance.exchange.ExchangeException(
          io.github.esspetiteenfance.exchange.ExchangeErrorCode.MALFORMED_DOCUMENT,
          "--dataset",
          file.get(),
          e.toString());
    }
    String start =
        new String(bytes, 0, Math.min(bytes.length, 64), java.nio.charset.StandardCharsets.UTF_8)
            .strip();
    if (start.startsWith("[")) {
      return EssJson.reader(new TypeReference<List<Establishment>>() {}).read(bytes);
    }
    return establishments(EssJson.reader(SeedDataset.class).read(bytes));
  }

  private static List<Establishment> establishments(SeedDataset dataset) {
    return dataset.portraits().stream().flatMap(p -> p.establishments().stream()).toList();
  }
}
