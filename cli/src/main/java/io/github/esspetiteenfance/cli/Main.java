package io.github.esspetiteenfance.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command-line tool {@code ess-petite-enfance}: {@code report} (the default), {@code panorama},
 * {@code export} and {@code help}.
 *
 * <pre>
 * java -jar cli/target/ess-petite-enfance-cli.jar                 # the seed report, in French
 * java -jar cli/target/ess-petite-enfance-cli.jar report --lang en
 * java -jar cli/target/ess-petite-enfance-cli.jar panorama --help
 * </pre>
 *
 * <p>The help is in French, or in English when {@code --lang en} is on the command line; the exit
 * statuses are those of {@link ExitCode}.
 */
@Command(
    name = "ess-petite-enfance",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    resourceBundle = "io.github.esspetiteenfance.cli.Help",
    subcommands = {
      ReportCommand.class,
      PanoramaCommand.class,
      ExportCommand.class,
      CommandLine.HelpCommand.class
    },
    sortOptions = false,
    usageHelpAutoWidth = true)
public final class Main implements Callable<Integer> {

  static final String BUNDLE = "io.github.esspetiteenfance.cli.Help";

  /** Kept in a field: a logger only referenced locally may be collected with its level. */
  private static final Logger QUIET = Logger.getLogger("org.hibernate.validator");

  @Option(names = "--lang", paramLabel = "fr|en", descriptionKey = "lang")
  Language language = Language.FR;

  @Option(names = "--date", paramLabel = "AAAA-MM-JJ", descriptionKey = "report.date")
  Optional<LocalDate> date = Optional.empty();

  private final PrintStream out;
  private final PrintStream err;
  private final boolean progress;

  Main(PrintStream out, PrintStream err, boolean progress) {
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
    this.progress = progress;
  }

  /**
   * Runs the tool and exits with its status.
   *
   * @param args the command-line arguments, not null
   */
  public static void main(String[] args) {
    QUIET.setLevel(Level.WARNING); // Hibernate Validator logs its version at INFO
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err, Terminal.isStandardErrorTerminal()));
  }

  /**
   * Runs the tool.
   *
   * @param args the command-line arguments, not null
   * @param out where results go, not null
   * @param err where errors, accounting and the progress bar go, not null
   * @param progress true to show a progress bar on {@code err} during long reads (when it is a
   *     terminal)
   * @return the exit status, one of {@link ExitCode}
   */
  public static int run(String[] args, PrintStream out, PrintStream err, boolean progress) {
    return commandLine(out, err, progress, Language.requested(args)).execute(args);
  }

  /** Returns the command line, its help in a language, its output on two streams. */
  static CommandLine commandLine(
      PrintStream out, PrintStream err, boolean progress, Language helpLanguage) {
    CommandLine cli = new CommandLine(new Main(out, err, progress));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cli.setResourceBundle(bundle(helpLanguage));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          err.println(
              helpLanguage == Language.EN
                  ? "Internal error (a bug of the tool, please report it):"
                  : "Erreur interne (un défaut de l'outil, merci de le signaler) :");
          e.printStackTrace(err);
          return ExitCode.INTERNAL_ERROR;
        });
    cli.setParameterExceptionHandler(
        (e, args) -> {
          CommandLine c = e.getCommandLine();
          c.getErr().println(e.getMessage());
          if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, c.getErr())) {
            c.getErr()
                .println(
                    helpLanguage == Language.EN
                        ? "Try '" + c.getCommandSpec().qualifiedName() + " --help'."
                        : "Voir '" + c.getCommandSpec().qualifiedName() + " --help'.");
          }
          return ExitCode.USAGE;
        });
    return cli;
  }

  static ResourceBundle bundle(Language language) {
    return ResourceBundle.getBundle(
        BUNDLE,
        language.locale(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  boolean progress() {
    return progress;
  }

  /** Without a subcommand: the seed report. */
  @Override
  public Integer call() {
    return ReportCommand.report(language, date, Optional.empty(), out, err);
  }

  /** The version printed by {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"ess-petite-enfance " + (version == null ? "(development)" : version)};
    }
  }
}
