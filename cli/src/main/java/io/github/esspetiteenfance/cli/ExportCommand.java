package io.github.esspetiteenfance.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.esspetiteenfance.EssPetiteEnfanceException;
import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.examples.DatasetLoader;
import io.github.esspetiteenfance.examples.SeedDataset;
import io.github.esspetiteenfance.exchange.ExchangeFormat;
import io.github.esspetiteenfance.exchange.ExportOptions;
import io.github.esspetiteenfance.exchange.ExportReport;
import io.github.esspetiteenfance.exchange.Exporter;
import io.github.esspetiteenfance.opendata.ProgressListener;
import io.github.esspetiteenfance.opendata.lists.ListMapping;
import io.github.esspetiteenfance.opendata.lists.ListReader;
import io.github.esspetiteenfance.opendata.lists.ListResult;
import io.github.esspetiteenfance.opendata.lists.ListedEstablishment;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code export} subcommand: the establishments of the seed dataset, of a dataset file or of a
 * published list, exported to data·inclusion, Open Referral HSDS or schema.org JSON-LD with the
 * {@code exchange} module's {@link Exporter}.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false)
final class ExportCommand implements Callable<Integer> {

  @ParentCommand Main main;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "data-inclusion|hsds|schema-org",
      converter = FormatConverter.class,
      descriptionKey = "export.format")
  ExchangeFormat format;

  @ArgGroup(exclusive = true)
  Input input;

  /** The establishments to export: a dataset file, or a published list; the seed's by default. */
  static final class Input {
    @Option(names = "--dataset", paramLabel = "FICHIER.json", descriptionKey = "export.dataset")
    Path dataset;

    @ArgGroup(exclusive = false)
    ListOptions list;
  }

  @Option(names = "--out", paramLabel = "DOSSIER", descriptionKey = "export.out")
  Optional<Path> out = Optional.empty();

  @Option(names = "--date", paramLabel = "AAAA-MM-JJ", descriptionKey = "export.date")
  Optional<LocalDate> date = Optional.empty();

  @Option(names = "--lang", paramLabel = "fr|en", descriptionKey = "lang")
  Language language = Language.FR;

  /** Reads {@code data-inclusion}, {@code hsds} or {@code schema-org}. */
  static final class FormatConverter implements ITypeConverter<ExchangeFormat> {
    @Override
    public ExchangeFormat convert(String value) {
      for (ExchangeFormat f : ExchangeFormat.values()) {
        if (f.code().equalsIgnoreCase(value.strip())) {
          return f;
        }
      }
      throw new TypeConversionException("'" + value + "': data-inclusion, hsds or schema-org");
    }
  }

  @Override
  public Integer call() {
    PrintStream stdout = main.out();
    PrintStream err = main.err();
    CliTexts texts = new CliTexts(language);
    Locale locale = language.locale();
    LocalDate on = date.orElse(LocalDate.now());
    List<Establishment> establishments = new ArrayList<>();
    boolean rowsRejected = false;
    try {
      if (input != null && input.list != null) {
        ListMapping mapping = ListMapping.read(input.list.mapping);
        ListResult result = ListReader.read(input.list.list, mapping, on, ProgressListener.NONE);
        err.println(result.accounting().summary(locale));
        result.establishments().stream()
            .map(ListedEstablishment::establishment)
            .forEach(establishments::add);
        rowsRejected = result.accounting().rejected() > 0;
      } else {
        Optional<Path> file = Optional.ofNullable(input == null ? null : input.dataset);
        SeedDataset dataset = DatasetLoader.load(file);
        dataset.portraits().forEach(p -> establishments.addAll(p.establishments()));
      }
    } catch (EssPetiteEnfanceException e) {
      err.println(texts.get("input.unreadable", e.code(), e.message(locale)));
      return ExitCode.USAGE;
    }
    ExportOptions options = ExportOptions.asOf(on).withLanguage(locale);
    ExportReport report;
    if (out.isPresent()) {
      report = Exporter.export(establishments, format, out.get(), options);
      report.files().forEach(f -> stdout.println(f));
    } else {
      report = Exporter.export(establishments, format, options);
      try {
        stdout.println(
            new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(Exporter.collections(report.exported())));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
    err.println(report.message(locale));
    report
        .notExported()
        .forEach(n -> err.println("  " + n.establishment() + " : " + n.message(locale)));
    return rowsRejected || !report.notExported().isEmpty() ? ExitCode.DATA_PROBLEMS : ExitCode.DONE;
  }
}
