package io.github.esspetiteenfance.examples;

import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.establishment.Jobs;
import io.github.esspetiteenfance.establishment.Site;
import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodeRegion;
import io.github.esspetiteenfance.indicator.Indicator;
import io.github.esspetiteenfance.indicator.IndicatorInput;
import io.github.esspetiteenfance.indicator.Panorama;
import io.github.esspetiteenfance.indicator.PanoramaView;
import io.github.esspetiteenfance.indicator.SecrecyRule;
import io.github.esspetiteenfance.indicator.Sector;
import io.github.esspetiteenfance.indicator.Source;
import io.github.esspetiteenfance.organization.DeclaredEssStatus;
import io.github.esspetiteenfance.organization.EmployerStatus;
import io.github.esspetiteenfance.organization.LegalForm;
import io.github.esspetiteenfance.organization.Organization;
import io.github.esspetiteenfance.organization.OrganizationBuilder;
import io.github.esspetiteenfance.organization.PerimeterDefinition;
import io.github.esspetiteenfance.structure.CrecheCollective;
import io.github.esspetiteenfance.structure.MicroCreche;
import io.github.esspetiteenfance.structure.Structure;
import io.github.esspetiteenfance.territory.Cog;
import io.github.esspetiteenfance.territory.Region;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Computes observatory indicators from a list of establishments: how many EAJE belong to the ESS,
 * the ESS share of establishments and jobs, the share of associations, by territory.
 *
 * <p>The six establishments are <b>fictional</b> (no name, no identifier of a real organization):
 * three associations, a SCOP, a commune and a SAS, in Loire-Atlantique and Vendée. Each operator's
 * family comes from its catégorie juridique through the ESS perimeter ({@link
 * PerimeterDefinition#STATISTICAL}, the observatories' one).
 *
 * <p>The panorama is shown without statistical secrecy ({@link SecrecyRule#NONE}): with INSEE's
 * rules, so few establishments would be secret.
 */
public final class IndicatorsExample {

  /** The date of the ESS classification. */
  public static final LocalDate DATE = LocalDate.of(2026, 1, 15);

  private IndicatorsExample() {}

  /**
   * Runs the example in French, or in English with {@code --lang en}.
   *
   * @param args {@code --lang fr|en}, optional
   */
  public static void main(String[] args) {
    print(Console.out(), Cli.parse(args).locale());
  }

  /**
   * Returns the fictional establishments of the example.
   *
   * @return six establishments, not null
   */
  public static List<Establishment> establishments() {
    return List.of(
        eaje("Crèche associative (fictive)", "9220", crecheCollective(), "44109", 14),
        eaje("Micro-crèche coopérative (fictive)", "5458", microCreche(), "44100", 4),
        eaje("Crèche municipale (fictive)", "7210", crecheCollective(), "44109", 22),
        eaje("Micro-crèche d'une SAS (fictive)", "5710", microCreche(), "85191", 5),
        eaje("Multi-accueil associatif (fictif)", "9220", crecheCollective(), "85191", 16),
        eaje("Crèche parentale (fictive)", "9220", crecheCollective(), "85047", 3));
  }

  /**
   * Computes the panorama of the establishments and prints the indicators of the région and of
   * Vendée.
   *
   * @param out where to print, not null
   * @param locale the language, not null
   */
  public static void print(PrintStream out, Locale locale) {
    Cog cog = Cog.bundled();
    Panorama panorama =
        establishments().stream()
            .map(
                e ->
                    IndicatorInput.fromEstablishment(
                        e, Sector.EAJE, PerimeterDefinition.STATISTICAL, DATE, cog))
            .collect(Panorama.collector());
    PanoramaView view = panorama.view(SecrecyRule.NONE, Source.computed());
    Region region = cog.requireRegion(CodeRegion.of("52"));
    out.println("records: " + panorama.records());
    out.println("== " + region.name() + " ==");
    for (Indicator indicator : view.standardIndicators(region, Sector.EAJE)) {
      out.println("  " + indicator.message(locale));
    }
    var vendee =
        cog.requireDepartement(io.github.esspetiteenfance.identifier.CodeDepartement.of("85"));
    out.println("== " + vendee.name() + " ==");
    view.essShareOfEstablishments(vendee, Sector.EAJE)
        .ifPresent(i -> out.println("  " + i.message(locale)));
    view.essShareOfJobs(vendee, Sector.EAJE).ifPresent(i -> out.println("  " + i.message(locale)));
  }

  private static Establishment eaje(
      String name, String categorieJuridique, Structure structure, String commune, int jobs) {
    Organization operator =
        OrganizationBuilder.builder()
            .name("Gestionnaire de " + name)
            .legalForm(LegalForm.of(categorieJuridique))
            .declaredStatus(DeclaredEssStatus.NOT_DECLARED)
            .employer(EmployerStatus.EMPLOYER)
            .build();
    return Establishment.builder()
        .name(name)
        .operator(operator)
        .structure(structure)
        .addSites(Site.of(CodeCommune.of(commune)))
        .jobs(Jobs.ofHeadcount(2024, jobs))
        .build();
  }

  private static Structure crecheCollective() {
    return CrecheCollective.builder().build();
  }

  private static Structure microCreche() {
    return MicroCreche.builder().build();
  }
}
