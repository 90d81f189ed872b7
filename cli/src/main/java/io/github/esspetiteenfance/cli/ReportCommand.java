package io.github.esspetiteenfance.cli;

import io.github.esspetiteenfance.examples.PaysDeLaLoireReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * The {@code report} subcommand: the report of the seed's Pays de la Loire dataset, printed by the
 * examples' {@link PaysDeLaLoireReport}.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false)
final class ReportCommand implements Callable<Integer> {

  @ParentCommand Main main;

  @Option(names = "--lang", paramLabel = "fr|en", descriptionKey = "lang")
  Language language = Language.FR;

  @Option(names = "--date", paramLabel = "AAAA-MM-JJ", descriptionKey = "report.date")
  Optional<LocalDate> date = Optional.empty();

  @Option(names = "--dataset", paramLabel = "FICHIER.json", descriptionKey = "report.dataset")
  Optional<Path> dataset = Optional.empty();

  @Override
  public Integer call() {
    return report(language, date, dataset, main.out(), main.err());
  }

  /** Prints the report; returns {@link ExitCode#DATA_PROBLEMS} for an invalid dataset. */
  static int report(
      Language language,
      Optional<LocalDate> date,
      Optional<Path> dataset,
      PrintStream out,
      PrintStream err) {
    List<String> args = new ArrayList<>(List.of("--lang", language.code()));
    date.ifPresent(d -> args.addAll(List.of("--date", d.toString())));
    dataset.ifPresent(d -> args.addAll(List.of("--dataset", d.toString())));
    int status = PaysDeLaLoireReport.run(args.toArray(String[]::new), out, err);
    return switch (status) {
      case 0 -> ExitCode.DONE;
      case PaysDeLaLoireReport.EXIT_INVALID_DATASET -> ExitCode.DATA_PROBLEMS;
      default -> ExitCode.USAGE;
    };
  }
}
