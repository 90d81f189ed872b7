package io.github.esspetiteenfance.examples;

import io.github.esspetiteenfance.EssPetiteEnfanceException;
import io.github.esspetiteenfance.diagnostic.Finding;
import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.establishment.Location;
import io.github.esspetiteenfance.establishment.Milestone;
import io.github.esspetiteenfance.establishment.Site;
import io.github.esspetiteenfance.examples.SeedDataset.Portrait;
import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.indicator.ConsistencyChecker;
import io.github.esspetiteenfance.indicator.ConsistencyReport;
import io.github.esspetiteenfance.indicator.CountRange;
import io.github.esspetiteenfance.indicator.Implication;
import io.github.esspetiteenfance.indicator.Indicator;
import io.github.esspetiteenfance.indicator.PublishedFigures;
import io.github.esspetiteenfance.indicator.Quantity;
import io.github.esspetiteenfance.json.JsonDocumentException;
import io.github.esspetiteenfance.json.JsonProblem;
import io.github.esspetiteenfance.network.Network;
import io.github.esspetiteenfance.network.NetworkFigure;
import io.github.esspetiteenfance.network.Networks;
import io.github.esspetiteenfance.organization.EssClassification;
import io.github.esspetiteenfance.organization.EssPerimeter;
import io.github.esspetiteenfance.organization.LegalForm;
import io.github.esspetiteenfance.organization.Membership;
import io.github.esspetiteenfance.organization.Organization;
import io.github.esspetiteenfance.organization.PerimeterDefinition;
import io.github.esspetiteenfance.regulation.ComplianceReport;
import io.github.esspetiteenfance.regulation.Observation;
import io.github.esspetiteenfance.regulation.RegulatoryChecker;
import io.github.esspetiteenfance.structure.Structure;
import io.github.esspetiteenfance.territory.Cog;
import io.github.esspetiteenfance.territory.TerritoryLevel;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

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

  private static final String ESS_ESTABLISHMENTS = "pdl-eaje-ess-establishments";
  private static final String ESS_JOBS = "pdl-eaje-ess-jobs";
  private static final String ESS_SHARE = "pdl-eaje-ess-establishment-share";
  private static final String ESS_JOB_SHARE = "pdl-eaje-ess-job-share";
  private static final String ASSOCIATION_SHARE = "pdl-eaje-association-share";

  private static final Logger QUIET = Logger.getLogger("org.hibernate.validator");

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
    QUIET.setLevel(Level.WARNING); // Hibernate Validator logs its version at INFO
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
    LoadedDataset dataset;
    try {
      dataset = DatasetLoader.loadWithTexts(cli.dataset());
    } catch (EssPetiteEnfanceException e) {
      err.println(texts.get("report.invalid-dataset", DatasetLoader.describe(cli.dataset())));
      if (e instanceof JsonDocumentException document) {
        for (JsonProblem problem : document.problems()) {
          err.println(
              "  "
                  + (problem.pointer().isEmpty() ? "/" : problem.pointer())
                  + " ["
                  + problem.code()
                  + "] "
                  + problem.message(texts.locale()));
        }
      } else {
        err.println("  [" + e.code() + "] " + e.message(texts.locale()));
      }
      return EXIT_INVALID_DATASET;
    }
    print(dataset, out, texts, cli.date());
    return 0;
  }

  /**
   * Prints the report of a valid dataset, in one language: the free texts of the dataset in that
   * language ({@link SeedTexts}), names of texts and organizations as they are.
   *
   * @param loaded the dataset with its texts, not null
   * @param out where to print, not null
   * @param texts the language, not null
   * @param date the date of the regulatory checks and of the ESS classification, not null
   */
  public static void print(LoadedDataset loaded, PrintStream out, Texts texts, LocalDate date) {
    SeedDataset dataset = loaded.dataset();
    out.println(RULE);
    out.println(texts.get("report.title", dataset.title()));
    out.println(RULE);
    out.println(texts.get("report.source", loaded.text("/source", texts)));
    out.println(
        loaded.texts().isTranslated()
            ? texts.get("report.translated")
            : texts.get(
                "report.as-written",
                DatasetLoader.translationsOf(java.nio.file.Path.of(loaded.name())).toString()));
    out.println(
        texts.get(
            "report.validated",
            loaded.name(),
            dataset.figures().figures().size(),
            dataset.networks().size(),
            dataset.portraits().size(),
            dataset.establishmentCount()));
    out.println();
    panorama(dataset, out, texts);
    portraits(loaded, out, texts, date);
    networks(dataset, out, texts);
    section(out, texts.get("report.section.fee"));
    FeeExample.print(out, texts);
    out.println();
    section(out, texts.get("report.section.staffing"));
    StaffingExample.print(out, texts);
    out.println();
  }

  private static void section(PrintStream out, String title) {
    out.println(title);
    out.println(SUBRULE);
  }

  private static void panorama(SeedDataset dataset, PrintStream out, Texts texts) {
    section(out, texts.get("report.section.panorama"));
    PublishedFigures figures = dataset.figures();
    for (Indicator figure : figures.figures()) {
      out.println(INDENT + "- " + figure.message(texts.locale()));
    }
    out.println();
    ConsistencyReport consistency = ConsistencyChecker.check(figures);
    out.println(
        INDENT
            + texts.get(
                "report.consistency",
                texts.get(
                    consistency.isConsistent() ? "report.consistent" : "report.inconsistent")));
    headline(
        out, texts, figures, consistency, "report.implied.eaje", ESS_ESTABLISHMENTS, ESS_SHARE);
    headline(out, texts, figures, consistency, "report.implied.jobs", ESS_JOBS, ESS_JOB_SHARE);
    headline(
        out,
        texts,
        figures,
        consistency,
        "report.implied.associative",
        ESS_ESTABLISHMENTS,
        ASSOCIATION_SHARE);
    out.println(INDENT + texts.get("report.consistency.detail"));
    for (Implication implication : consistency.implications()) {
      out.println(INDENT + INDENT + "= " + implication.message(texts.locale()));
    }
    for (Finding finding : consistency.findings()) {
      out.println(
          INDENT
              + INDENT
              + texts.get(
                  "report.consistency.finding",
                  texts.get("consistency.severity." + finding.severity()),
                  finding.message(texts.locale()),
                  finding.code().code()));
    }
    out.println();
  }

  /**
   * Prints what a count and a share imply, in a sentence: the whole of a share of the whole ("233
   * is 43 % of N") or the part of a share of the count itself ("80 % of 233").
   */
  private static void headline(
      PrintStream out,
      Texts texts,
      PublishedFigures figures,
      ConsistencyReport consistency,
      String key,
      String countId,
      String shareId) {
    Optional<Indicator> count = figures.find(countId);
    Optional<Indicator> share = figures.find(shareId);
    if (count.isEmpty() || share.isEmpty()) {
      return;
    }
    Quantity counted = Quantity.of(count.get());
    Quantity part = Quantity.of(share.get());
    Optional<Quantity> what =
        part.equals(counted) ? Quantity.baseOf(share.get()) : Optional.of(part);
    Optional<CountRange> range = what.flatMap(consistency::rangeOf);
    if (range.isEmpty()) {
      return;
    }
    out.println(
        INDENT
            + "- "
            + texts.get(
                key,
                count.get().shown().message(texts.locale()),
                share.get().shown().message(texts.locale()),
                lower(texts, range.get()),
                upper(texts, range.get())));
  }

  private static String lower(Texts texts, CountRange range) {
    return texts.number(range.lower());
  }

  private static String upper(Texts texts, CountRange range) {
    return range.upper().isPresent() ? texts.number(range.upper().getAsLong()) : "∞";
  }

  private static void portraits(
      LoadedDataset loaded, PrintStream out, Texts texts, LocalDate date) {
    section(out, texts.get("report.section.portraits"));
    Cog cog = Cog.bundled();
    List<Portrait> portraits = loaded.dataset().portraits();
    for (int p = 0; p < portraits.size(); p++) {
      Portrait portrait = portraits.get(p);
      String at = "/portraits/" + p;
      // the organization of a portrait is the operator of its first establishment
      String operator = at + "/establishments/0/operator";
      Organization organization = portrait.organization();
      out.println(
          texts.get("report.portrait", organization.name(), loaded.text(at + "/title", texts)));
      out.println(INDENT + INDENT + loaded.text(at + "/summary", texts));
      LegalForm form = organization.legalForm();
      String status =
          form instanceof LegalForm.Declared declared
              ? texts.get(
                  "report.portrait.declared-form",
                  loaded.text(operator + "/legalForm/wording", texts),
                  texts.get("confidence." + declared.confidence()))
              : texts.get(
                  "report.portrait.coded-form",
                  form.categorieJuridique().map(Object::toString).orElse("?"));
      out.println(INDENT + INDENT + texts.get("report.portrait.legal-form", status));
      if (organization.origin().isPresent()) {
        out.println(
            INDENT
                + INDENT
                + texts.get(
                    "report.portrait.origin", loaded.text(operator + "/origin/note", texts)));
      }
      EssClassification ess =
          EssPerimeter.classify(organization, PerimeterDefinition.STATUTORY, date);
      out.println(
          INDENT
              + INDENT
              + texts.get(
                  "report.portrait.ess",
                  ess.family().message(texts.locale()),
                  texts.get(ess.inEss() ? "report.yes" : "report.no"),
                  texts.get("confidence." + ess.confidence()),
                  ess.caveats().isEmpty()
                      ? "-"
                      : String.join(
                          ", ",
                          ess.caveats().stream().map(c -> texts.get("caveat." + c)).toList())));
      out.println(
          INDENT
              + INDENT
              + texts.get(
                  "report.portrait.identifiers",
                  organization.siren().map(Object::toString).orElse(texts.get("report.none"))));
      for (Membership membership : organization.memberships()) {
        String network =
            Networks.resolve(membership).map(Network::name).orElse(membership.network());
        out.println(
            INDENT
                + INDENT
                + texts.get(
                    "report.portrait.membership",
                    network,
                    texts.get("membership-role." + membership.role())));
      }
      for (int e = 0; e < portrait.establishments().size(); e++) {
        Establishment establishment = portrait.establishments().get(e);
        String place = at + "/establishments/" + e;
        Structure structure = establishment.structure();
        out.println(
            INDENT
                + INDENT
                + "- "
                + texts.get(
                    "report.portrait.establishment",
                    establishment.name(),
                    structure.kind().message(texts.locale()),
                    places(cog, establishment)));
        if (establishment.description().isPresent()) {
          out.println(INDENT + INDENT + INDENT + loaded.text(place + "/description", texts));
        }
        for (int m = 0; m < establishment.history().size(); m++) {
          Milestone milestone = establishment.history().get(m);
          out.println(
              INDENT
                  + INDENT
                  + INDENT
                  + texts.get(
                      "report.portrait.milestone",
                      milestone.date().map(Object::toString).orElse(texts.get("report.undated")),
                      milestone.kind().message(texts.locale()),
                      milestone.description().isPresent()
                          ? loaded.text(place + "/history/" + m + "/description", texts)
                          : "-"));
        }
        ComplianceReport report =
            RegulatoryChecker.bundled().check(structure, date, Observation.empty());
        if (report.findings().isEmpty()) {
          out.println(INDENT + INDENT + INDENT + texts.get("report.no-finding", date.toString()));
        }
        for (Finding finding : report.findings()) {
          out.println(
              INDENT
                  + INDENT
                  + INDENT
                  + texts.get(
                      "report.finding",
                      date.toString(),
                      texts.get("severity." + finding.severity()),
                      finding.message(texts.locale()),
                      finding.code().code()));
        }
      }
      out.println();
    }
  }

  private static String places(Cog cog, Establishment establishment) {
    List<String> names = new ArrayList<>();
    for (Site site : establishment.sites()) {
      Location location = site.location();
      if (location.commune().isPresent()) {
        CodeCommune commune = location.commune().get();
        names.add(cog.requireCommune(commune).name() + " (" + commune + ")");
      } else {
        names.add(
            String.join(
                " / ",
                location.possibleDepartements().stream()
                    .map(d -> cog.requireDepartement(d).name() + " (" + d + ")")
                    .toList()));
      }
    }
    return String.join(", ", names);
  }

  private static void networks(SeedDataset dataset, PrintStream out, Texts texts) {
    section(out, texts.get("report.section.networks"));
    for (String key : dataset.networks()) {
      Network network = Networks.require(key);
      out.println(
          texts.get(
              "report.network",
              network.name(),
              network.acronym().map(a -> a + ", ").orElse("")
                  + texts.get("network-level." + network.level()),
              network.source().confidence() == null
                  ? ""
                  : texts.get("confidence." + network.source().confidence())));
      List<String> figures = new ArrayList<>();
      for (NetworkFigure figure : network.figures()) {
        io.github.esspetiteenfance.network.Quantity quantity = figure.quantity();
        String qualifier = quantity.qualifier().message(texts.locale());
        figures.add(
            (qualifier.isEmpty() ? "" : qualifier + " ")
                + texts.number(quantity.value())
                + " "
                + figure.kind().message(texts.locale())
                + (figure.scope().level() == TerritoryLevel.REGION
                    ? ""
                    : " (" + figure.scope().name() + ")"));
      }
      out.println(
          INDENT
              + INDENT
              + texts.get(
                  "report.network.figures", String.join(texts.isFrench() ? " ; " : "; ", figures)));
    }
    out.println();
  }
}
