package io.github.esspetiteenfance.cli;

import io.github.esspetiteenfance.EssPetiteEnfanceException;
import io.github.esspetiteenfance.diagnostic.Severity;
import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.identifier.CodeNaf;
import io.github.esspetiteenfance.identifier.CodeRegion;
import io.github.esspetiteenfance.indicator.Indicator;
import io.github.esspetiteenfance.indicator.Measure;
import io.github.esspetiteenfance.indicator.Origin;
import io.github.esspetiteenfance.indicator.Panorama;
import io.github.esspetiteenfance.indicator.PanoramaView;
import io.github.esspetiteenfance.indicator.PublishedFigures;
import io.github.esspetiteenfance.indicator.SecrecyRule;
import io.github.esspetiteenfance.indicator.Sector;
import io.github.esspetiteenfance.indicator.Source;
import io.github.esspetiteenfance.opendata.OpenDataException;
import io.github.esspetiteenfance.opendata.ProgressListener;
import io.github.esspetiteenfance.opendata.RowAccounting;
import io.github.esspetiteenfance.opendata.lists.ListMapping;
import io.github.esspetiteenfance.opendata.lists.ListMappingException;
import io.github.esspetiteenfance.opendata.lists.ListReader;
import io.github.esspetiteenfance.opendata.lists.ListResult;
import io.github.esspetiteenfance.opendata.published.Comparison;
import io.github.esspetiteenfance.opendata.published.DreesOffreAccueil;
import io.github.esspetiteenfance.opendata.sirene.SirenePanorama;
import io.github.esspetiteenfance.opendata.sirene.SireneRequest;
import io.github.esspetiteenfance.opendata.sirene.SireneResult;
import io.github.esspetiteenfance.organization.PerimeterDefinition;
import io.github.esspetiteenfance.territory.Cog;
import io.github.esspetiteenfance.territory.Departement;
import io.github.esspetiteenfance.territory.France;
import io.github.esspetiteenfance.territory.Region;
import io.github.esspetiteenfance.territory.Territory;
import io.github.esspetiteenfance.territory.TerritoryLevel;
import io.github.esspetiteenfance.territory.UnknownTerritoryException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * The {@code panorama} subcommand: the panorama of a SIRENE stock pair or of a published EAJE list,
 * with the accounting of every row and the comparison with published figures.
 */
@Command(name = "panorama", mixinStandardHelpOptions = true, sortOptions = false)
final class PanoramaCommand implements Callable<Integer> {

  /** The largest number of rejected rows or regulatory findings printed one by one. */
  static final int SHOWN = 20;

  @ParentCommand Main main;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Input input;

  /** The two ways in: a SIRENE pair or a published list. */
  static final class Input {
    @ArgGroup(exclusive = false, multiplicity = "1")
    Sirene sirene;

    @ArgGroup(exclusive = false, multiplicity = "1")
    ListOptions list;
  }

  /** The SIRENE stock pair. */
  static final class Sirene {
    @Option(
        names = "--etablissements",
        required = true,
        paramLabel = "FICHIER",
        descriptionKey = "panorama.etablissements")
    Path establishments;

    @Option(
        names = "--unites-legales",
        required = true,
        paramLabel = "FICHIER",
        descriptionKey = "panorama.unites-legales")
    Path legalUnits;
  }

  @Option(names = "--region", split = ",", paramLabel = "CODE", descriptionKey = "panorama.region")
  List<String> regions = new ArrayList<>();

  @Option(
      names = "--departement",
      split = ",",
      paramLabel = "CODE",
      descriptionKey = "panorama.departement")
  List<String> departements = new ArrayList<>();

  @Option(names = "--naf", split = ",", paramLabel = "CODE", descriptionKey = "panorama.naf")
  List<String> naf = new ArrayList<>(List.of("88.91A"));

  @Option(
      names = "--perimeter",
      paramLabel = "statistical|statutory",
      descriptionKey = "panorama.perimeter")
  Perimeter perimeter = Perimeter.STATISTICAL;

  @Option(names = "--format", paramLabel = "table|csv|json", descriptionKey = "panorama.format")
  Format format = Format.TABLE;

  @Option(names = "--lang", paramLabel = "fr|en", descriptionKey = "lang")
  Language language = Language.FR;

  @Option(names = "--no-secrecy", descriptionKey = "panorama.no-secrecy")
  boolean noSecrecy;

  @Option(names = "--communes", descriptionKey = "panorama.communes")
  boolean communes;

  @Option(
      names = "--compare",
      paramLabel = "seed|ess-france|drees:ANNÉE|none",
      split = ",",
      descriptionKey = "panorama.compare")
  List<String> compare = new ArrayList<>();

  @Option(
      names = "--published-figures",
      paramLabel = "FICHIER",
      descriptionKey = "panorama.published-figures")
  Optional<Path> publishedFigures = Optional.empty();

  @Option(
      names = "--published-sources",
      paramLabel = "FICHIER",
      descriptionKey = "panorama.published-sources")
  Optional<Path> publishedSources = Optional.empty();

  @Option(
      names = "--comparisons-csv",
      paramLabel = "FICHIER",
      descriptionKey = "panorama.comparisons-csv")
  Optional<Path> comparisonsCsv = Optional.empty();

  @Option(names = "--date", paramLabel = "AAAA-MM-JJ", descriptionKey = "panorama.date")
  Optional<LocalDate> date = Optional.empty();

  @Option(names = "--threads", paramLabel = "N", descriptionKey = "panorama.threads")
  Optional<Integer> threads = Optional.empty();

  @Option(names = "--no-progress", descriptionKey = "panorama.no-progress")
  boolean noProgress;

  /** The ESS perimeter shown. */
  enum Perimeter {
    STATISTICAL(PerimeterDefinition.STATISTICAL),
    STATUTORY(PerimeterDefinition.STATUTORY);

    final PerimeterDefinition definition;

    Perimeter(PerimeterDefinition definition) {
      this.definition = definition;
    }
  }

  /** The output format. */
  enum Format {
    TABLE,
    CSV,
    JSON
  }

  @Override
  public Integer call() {
    PrintStream out = main.out();
    PrintStream err = main.err();
    CliTexts texts = new CliTexts(language);
    Cog cog = Cog.bundled();
    Set<Region> regionSet = new LinkedHashSet<>();
    Set<Departement> departementSet = new LinkedHashSet<>();
    List<CodeNaf> activities = new ArrayList<>();
    try {
      regions.forEach(r -> regionSet.add(cog.requireRegion(CodeRegion.of(r.strip()))));
      departements.forEach(
          d -> departementSet.add(cog.requireDepartement(CodeDepartement.of(d.strip()))));
      naf.forEach(n -> activities.add(CodeNaf.of(n.strip())));
    } catch (EssPetiteEnfanceException e) {
      err.println(texts.get("usage.invalid", e.message(language.locale())));
      return ExitCode.USAGE;
    }
    if (publishedFigures.isPresent() != publishedSources.isPresent()) {
      err.println(texts.get("usage.invalid", "--published-figures + --published-sources"));
      return ExitCode.USAGE;
    }
    List<PublishedFigures> fromFiles = new ArrayList<>();
    try {
      if (publishedFigures.isPresent()) {
        fromFiles.addAll(PublishedFigures.read(publishedFigures.get(), publishedSources.get()));
      }
    } catch (EssPetiteEnfanceException e) {
      err.println(texts.get("input.unreadable", e.code(), e.message(language.locale())));
      return ExitCode.USAGE;
    }
    LocalDate on = date.orElse(LocalDate.now());
    SecrecyRule rule = noSecrecy ? SecrecyRule.NONE : SecrecyRule.INSEE;
    ProgressBars bars = ProgressBars.on(err, language, main.progress() && !noProgress);
    ProgressListener listener = bars == null ? ProgressListener.NONE : bars;
    Run run;
    try {
      run =
          input.sirene != null
              ? sirene(regionSet, departementSet, activities, on, listener)
              : list(on, listener);
    } catch (OpenDataException | ListMappingException e) {
      if (bars != null) {
        bars.close();
      }
      err.println(texts.get("input.unreadable", e.code(), e.message(language.locale())));
      return ExitCode.USAGE;
    } finally {
      if (bars != null) {
        bars.close();
      }
    }
    for (RowAccounting accounting : run.accountings) {
      err.println(accounting.summary(language.locale()));
      accounting.rejections().stream()
          .limit(SHOWN)
          .forEach(r -> err.println("  " + r.message(language.locale())));
      long more = accounting.rejected() - Math.min(SHOWN, accounting.rejections().size());
      if (more > 0) {
        err.println("  " + texts.get("rejections.more", more));
      }
    }
    List<Territory> shown =
        territories(run.panorama, regionSet, departementSet, communes, run.list != null);
    PanoramaView view = run.panorama.view(rule, Source.computed());
    List<PanoramaOutput.Section> sections = new ArrayList<>();
    List<Indicator> computed = new ArrayList<>();
    for (Sector sector : run.sectors) {
      for (Territory t : shown) {
        List<Indicator> indicators = view.standardIndicators(t, sector);
        sections.add(new PanoramaOutput.Section(t, sector, indicators));
        computed.addAll(indicators);
      }
    }
    computed.addAll(run.extra(view, shown));
    List<Comparison> comparisons = new ArrayList<>();
    List<PublishedFigures> sets = new ArrayList<>(published(run));
    sets.addAll(fromFiles);
    for (PublishedFigures figures : sets) {
      comparisons.addAll(Comparison.compare(computed, figures));
    }
    PanoramaOutput output = new PanoramaOutput(texts, language.locale());
    switch (format) {
      case TABLE -> output.table(out, run.title, perimeter.definition, rule, sections, comparisons);
      case CSV -> output.csv(out, sections, comparisons);
      case JSON ->
          output.json(out, run.title, perimeter.definition, sections, comparisons, run.accountings);
    }
    if (comparisonsCsv.isPresent()) {
      if (!writeComparisons(output, comparisons, err, texts)) {
        return ExitCode.USAGE;
      }
    } else if (format == Format.CSV && !comparisons.isEmpty()) {
      // the figures' CSV has no room for them: say so rather than drop them silently
      err.println(texts.get("comparisons.not-written", comparisons.size()));
    }
    long regulatoryErrors = run.printChecks(err, texts, language.locale(), on);
    boolean problems =
        run.accountings.stream().anyMatch(a -> a.rejected() > 0) || regulatoryErrors > 0;
    return problems ? ExitCode.DATA_PROBLEMS : ExitCode.DONE;
  }

  private boolean writeComparisons(
      PanoramaOutput output, List<Comparison> comparisons, PrintStream err, CliTexts texts) {
    Path file = comparisonsCsv.orElseThrow();
    try (PrintStream csv =
        new PrintStream(Files.newOutputStream(file), false, StandardCharsets.UTF_8)) {
      output.comparisonsCsv(csv, comparisons);
      if (csv.checkError()) {
        throw new IOException("write error");
      }
    } catch (IOException e) {
      err.println(texts.get("output.unwritable", file, e.getMessage()));
      return false;
    }
    err.println(texts.get("comparisons.written", comparisons.size(), file));
    return true;
  }

  private List<PublishedFigures> published(Run run) {
    List<String> asked = compare.isEmpty() ? run.defaultComparisons : compare;
    List<PublishedFigures> sets = new ArrayList<>();
    for (String name : asked) {
      String n = name.strip().toLowerCase(Locale.ROOT);
      if (n.equals("none")) {
        return List.of();
      } else if (n.equals("seed")) {
        sets.add(PublishedFigures.paysDeLaLoireEaje());
      } else if (n.equals("ess-france")) {
        sets.add(PublishedFigures.franceEssEaje());
      } else if (n.startsWith("drees:")) {
        sets.add(DreesOffreAccueil.figures(Integer.parseInt(n.substring(6))));
      }
    }
    return sets;
  }

  private static List<Territory> territories(
      Panorama panorama,
      Set<Region> regions,
      Set<Departement> departements,
      boolean communes,
      boolean departementsOnly) {
    List<Territory> shown = new ArrayList<>();
    Set<Territory> present = panorama.territories();
    Comparator<Territory> byCode = Comparator.comparing(t -> String.valueOf(t.code()));
    if (regions.isEmpty() && departements.isEmpty()) {
      if (!departementsOnly) {
        shown.add(France.INSTANCE);
        present.stream()
            .filter(t -> t.level() == TerritoryLevel.REGION)
            .sorted(byCode)
            .forEach(shown::add);
      }
      present.stream()
          .filter(t -> t.level() == TerritoryLevel.DEPARTEMENT)
          .sorted(byCode)
          .forEach(shown::add);
    } else {
      shown.addAll(regions);
      regions.forEach(
          r ->
              present.stream()
                  .filter(t -> t.level() == TerritoryLevel.DEPARTEMENT && contains(r, t))
                  .sorted(byCode)
                  .forEach(t -> addOnce(shown, t)));
      departements.forEach(d -> addOnce(shown, d));
    }
    if (communes) {
      List<Territory> withCommunes = new ArrayList<>();
      for (Territory t : shown) {
        withCommunes.add(t);
        if (t.level() == TerritoryLevel.DEPARTEMENT) {
          present.stream()
              .filter(c -> c.level() == TerritoryLevel.COMMUNE && contains(t, c))
              .sorted(byCode)
              .forEach(withCommunes::add);
        }
      }
      return withCommunes;
    }
    return shown;
  }

  private static void addOnce(List<Territory> list, Territory t) {
    if (!list.contains(t)) {
      list.add(t);
    }
  }

  private static boolean contains(Territory large, Territory small) {
    try {
      return large.contains(small);
    } catch (UnknownTerritoryException e) {
      return false;
    }
  }

  // ------------------------------------------------------------------------------------ inputs

  private Run sirene(
      Set<Region> regionSet,
      Set<Departement> departementSet,
      List<CodeNaf> activities,
      LocalDate on,
      ProgressListener listener) {
    for (Path p : List.of(input.sirene.establishments, input.sirene.legalUnits)) {
      requireReadable(p);
    }
    SireneRequest request =
        SireneRequest.of(input.sirene.establishments, input.sirene.legalUnits)
            .withRegions(regionSet.stream().map(Region::code).toList())
            .withDepartements(departementSet.stream().map(Departement::code).toList())
            .withActivities(activities)
            .withPerimeter(perimeter.definition)
            .withSecrecy(!noSecrecy)
            .withCommunes(communes)
            .withDate(on);
    if (threads.isPresent()) {
      request = request.withThreads(Math.max(1, threads.get()));
    }
    SireneResult result = SirenePanorama.compute(request, listener);
    Run run = new Run();
    run.title =
        "SIRENE : "
            + input.sirene.establishments.getFileName()
            + " + "
            + input.sirene.legalUnits.getFileName();
    run.panorama = result.panorama(perimeter.definition);
    run.accountings = List.of(result.establishments(), result.legalUnits());
    run.sectors = activities.stream().map(Sector::naf).toList();
    run.defaultComparisons = List.of("seed", "ess-france");
    return run;
  }

  private Run list(LocalDate on, ProgressListener listener) {
    requireReadable(input.list.mapping);
    requireReadable(input.list.list);
    ListMapping mapping = ListMapping.read(input.list.mapping);
    ListResult result = ListReader.read(input.list.list, mapping, on, listener);
    Run run = new Run();
    run.title = input.list.list.getFileName() + " — " + mapping.source();
    run.panorama = result.panorama(perimeter.definition);
    run.accountings = List.of(result.accounting());
    run.sectors = List.of(Sector.EAJE);
    run.list = result;
    run.defaultComparisons =
        List.of(
            "drees:"
                + DreesOffreAccueil.years(
                        io.github.esspetiteenfance.opendata.published.DreesTable
                            .PLACES_CRECHES_COLLECTIVES)
                    .last());
    return run;
  }

  private static void requireReadable(Path file) {
    if (!Files.isReadable(file) || Files.isDirectory(file)) {
      throw new OpenDataException(
          io.github.esspetiteenfance.opendata.OpenDataErrorCode.FILE_UNREADABLE,
          file.toString(),
          Files.exists(file) ? "not a readable file" : "no such file",
          null);
    }
  }

  /** What an input gave. */
  static final class Run {
    String title;
    Panorama panorama;
    List<RowAccounting> accountings;
    List<Sector> sectors;
    List<String> defaultComparisons;
    ListResult list;

    /** The figures a list adds for the DREES comparison: EAJE of any family, and places. */
    List<Indicator> extra(PanoramaView view, List<Territory> shown) {
      if (list == null) {
        return List.of();
      }
      List<Indicator> extra = new ArrayList<>();
      for (Territory t : shown) {
        if (t.level() != TerritoryLevel.DEPARTEMENT) {
          continue;
        }
        Indicator count = view.count(Measure.ESTABLISHMENTS, t, DreesOffreAccueil.POPULATION);
        extra.add(count);
        extra.add(
            new Indicator(
                "computed:"
                    + t.level()
                    + ":"
                    + t.code()
                    + ":PLACES:"
                    + DreesOffreAccueil.POPULATION,
                Measure.PLACES,
                list.places(t),
                t,
                Optional.empty(),
                DreesOffreAccueil.POPULATION,
                Optional.empty(),
                Source.computed(),
                Origin.COMPUTED,
                count.secrecy()));
      }
      return extra;
    }

    /** Prints the regulatory findings of a list; returns the number of error findings. */
    long printChecks(PrintStream err, CliTexts texts, Locale locale, LocalDate on) {
      if (list == null) {
        return 0;
      }
      List<ListResult.Checked> checks = list.checks(on);
      long errors = checks.stream().mapToLong(c -> c.report().errors().size()).sum();
      List<ListResult.Checked> notable =
          checks.stream()
              .filter(c -> !c.report().errors().isEmpty() || !c.report().warnings().isEmpty())
              .toList();
      err.println(texts.get("checks.summary", on, list.checkedCount(), notable.size(), errors));
      for (ListResult.Checked c : notable.subList(0, Math.min(SHOWN, notable.size()))) {
        for (var f : c.report().findings()) {
          if (f.severity() != Severity.INFO) {
            err.println(
                "  "
                    + texts.get(
                        "checks.finding",
                        c.line(),
                        c.name(),
                        f.severity().message(locale).toUpperCase(locale),
                        f.code().code(),
                        f.message(locale)));
          }
        }
      }
      return errors;
    }
  }
}
