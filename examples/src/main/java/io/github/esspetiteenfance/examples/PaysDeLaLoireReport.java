package io.github.esspetiteenfance.examples;

import io.github.esspetiteenfance.EssPetiteEnfanceException;
import io.github.esspetiteenfance.examples.SeedDataset.Figure;
import io.github.esspetiteenfance.examples.SeedDataset.NetworkProfile;
import io.github.esspetiteenfance.examples.SeedDataset.Portrait;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The main program of the README: loads the Pays de la Loire dataset of the seed, validates it, and
 * prints a report in French (in English with {@code --lang en}).
 *
 * <pre>
 * mvn -B -q -DskipTests -pl examples -am package exec:java
 * mvn -B -q -DskipTests -pl examples -am package exec:java -Dexec.args="--lang en"
 * </pre>
 *
 * <p>The report shows the regional panorama and the consistency check of the published figures,
 * each portrait, the networks, one family-fee calculation and one staffing calculation. If the
 * dataset is invalid, the program prints why to standard error and exits with status {@value
 * #EXIT_INVALID_DATASET}; a wrong argument exits with {@value #EXIT_USAGE}.
 */
public final class PaysDeLaLoireReport {

  /** The exit status when the dataset is invalid. */
  public static final int EXIT_INVALID_DATASET = 1;

  /** The exit status when the arguments are wrong. */
  public static final int EXIT_USAGE = 2;

  private static final String INDENT = "  ";

  private static final String RULE = "=".repeat(72);
  private static final String SUBRULE = "-".repeat(72);

  private PaysDeLaLoireReport() {}

  /**
   * Runs the report and exits with a non-zero status if it fails.
   *
   * @param args {@code --lang fr|en}, {@code --dataset <file.json>}; optional
   */
  public static void main(String[] args) {
    int status = run(args, Console.out(), Console.err());
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the report.
   *
   * @param args the command-line arguments, not null
   * @param out where the report goes, not null
   * @param err where errors go, not null
   * @return the exit status: 0, {@link #EXIT_INVALID_DATASET} or {@link #EXIT_USAGE}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Objects.requireNonNull(args, "args");
    Cli cli;
    try {
      cli = Cli.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return EXIT_USAGE;
    }
    Texts texts = Texts.of(cli.locale());
    SeedDataset dataset;
    try {
      dataset = DatasetLoader.load(cli.dataset());
    } catch (EssPetiteEnfanceException e) {
      err.println(texts.get("report.invalid-dataset", DatasetLoader.describe(cli.dataset())));
      err.println("  [" + e.code() + "] " + e.getMessage(texts.locale()));
      return EXIT_INVALID_DATASET;
    }
    print(dataset, out, texts);
    return 0;
  }

  /**
   * Prints the report of a valid dataset.
   *
   * @param dataset the dataset, not null
   * @param out where to print, not null
   * @param texts the language, not null
   */
  public static void print(SeedDataset dataset, PrintStream out, Texts texts) {
    out.println(RULE);
    out.println(texts.get("report.title", dataset.title()));
    out.println(RULE);
    out.println(texts.get("report.source", dataset.source()));
    out.println();
    panorama(dataset, out, texts);
    portraits(dataset, out, texts);
    networks(dataset, out, texts);
    section(out, texts.get("report.section.fee"));
    FeeExample.print(out, texts);
    out.println();
  }

  private static void section(PrintStream out, String title) {
    out.println(title);
    out.println(SUBRULE);
  }

  private static void panorama(SeedDataset dataset, PrintStream out, Texts texts) {
    section(out, texts.get("report.section.panorama"));
    for (Figure figure : dataset.figures()) {
      String value =
          figure.percent()
              ? texts.percent(figure.value())
              : texts.number(figure.value().longValue());
      out.println(
          INDENT
              + texts.get(
                  "report.figure", value, texts.get("figure." + figure.key()), figure.territory()));
    }
    out.println();
    out.println(INDENT + texts.get("report.consistency"));
    Figure eaje = dataset.figure("ess-eaje");
    Figure eajeShare = dataset.figure("ess-eaje-share");
    long[] all = ImpliedRanges.wholeFromPart(eaje.value().longValue(), eajeShare.value());
    out.println(
        INDENT
            + "- "
            + texts.get(
                "report.implied.eaje",
                texts.number(eaje.value().longValue()),
                texts.percent(eajeShare.value()),
                texts.number(all[0]),
                texts.number(all[1])));
    Figure jobs = dataset.figure("ess-jobs");
    Figure jobShare = dataset.figure("ess-job-share");
    long[] allJobs = ImpliedRanges.wholeFromPart(jobs.value().longValue(), jobShare.value());
    out.println(
        INDENT
            + "- "
            + texts.get(
                "report.implied.jobs",
                texts.number(jobs.value().longValue()),
                texts.percent(jobShare.value()),
                texts.number(allJobs[0]),
                texts.number(allJobs[1])));
    Figure associative = dataset.figure("associative-share");
    long[] assoc = ImpliedRanges.partFromWhole(eaje.value().longValue(), associative.value());
    out.println(
        INDENT
            + "- "
            + texts.get(
                "report.implied.associative",
                texts.percent(associative.value()),
                texts.number(eaje.value().longValue()),
                texts.number(assoc[0]),
                texts.number(assoc[1])));
    BigDecimal perEaje = jobs.value().divide(eaje.value(), 1, RoundingMode.HALF_UP);
    out.println(INDENT + "- " + texts.get("report.jobs-per-eaje", texts.decimal(perEaje, 1)));
    out.println();
  }

  private static void portraits(SeedDataset dataset, PrintStream out, Texts texts) {
    section(out, texts.get("report.section.portraits"));
    for (Portrait portrait : dataset.portraits()) {
      out.println(texts.get("report.portrait", portrait.organization(), portrait.title()));
      out.println(
          INDENT
              + INDENT
              + texts.get("report.portrait.places", String.join(", ", portrait.places())));
      out.println(
          INDENT
              + INDENT
              + texts.get(
                  "report.portrait.legal-form",
                  portrait.legalForm()
                          instanceof io.github.esspetiteenfance.organization.LegalForm.Declared d
                      ? d.wording()
                      : portrait.legalForm().categorieJuridique().map(Object::toString).orElse("?"),
                  portrait.legalForm().family().label(),
                  texts.get(portrait.legalForm().family().isEss() ? "report.yes" : "report.no"),
                  texts.get("confidence." + portrait.legalForm().confidence())));
      for (String structure : portrait.structures()) {
        out.println(INDENT + INDENT + "- " + texts.get("report.portrait.structure", structure));
      }
      out.println();
    }
  }

  private static void networks(SeedDataset dataset, PrintStream out, Texts texts) {
    section(out, texts.get("report.section.networks"));
    for (NetworkProfile network : dataset.networks()) {
      out.println(texts.get("report.network", network.name()));
      out.println(
          INDENT
              + INDENT
              + texts.get("report.network.figures", String.join(" ; ", network.figures())));
    }
    out.println();
  }
}
