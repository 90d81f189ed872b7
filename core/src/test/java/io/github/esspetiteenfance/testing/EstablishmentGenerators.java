package io.github.esspetiteenfance.testing;

import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.establishment.EstablishmentBuilder;
import io.github.esspetiteenfance.establishment.Jobs;
import io.github.esspetiteenfance.establishment.Location;
import io.github.esspetiteenfance.establishment.Milestone;
import io.github.esspetiteenfance.establishment.MilestoneKind;
import io.github.esspetiteenfance.establishment.Partner;
import io.github.esspetiteenfance.establishment.PartnerRole;
import io.github.esspetiteenfance.establishment.Site;
import io.github.esspetiteenfance.establishment.TrancheEffectif;
import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.identifier.Siren;
import io.github.esspetiteenfance.identifier.Siret;
import io.github.esspetiteenfance.organization.Organization;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid values of the {@code establishment} package: locations, sites,
 * jobs, milestones, partners and establishments of every structure kind.
 *
 * <p>Published in core's test-jar for the JSON round-trip and indicator tests. Every generated
 * establishment satisfies the invariants; when its operator has a SIREN, about half of them carry a
 * SIRET of that SIREN.
 */
public final class EstablishmentGenerators {

  private static final List<String> NAMES =
      List.of(
          "MicroScop",
          "Les Polichinelles",
          "Les P'tits Loups",
          "Crèche des Lutins",
          "Maison des familles",
          "Relais du Vignoble");

  private static final List<String> PARTNERS =
      List.of("Pôle ESS Vendée", "CAF de Loire-Atlantique", "Commune de Clisson", "URIOPSS");

  private EstablishmentGenerators() {}

  /**
   * Returns a generator of locations: communes, départements and sets of candidate départements.
   *
   * @return the generator, not null
   */
  public static Gen<Location> locations() {
    Gen<Location> communes = IdentifierGenerators.codesCommune().map(Location::of);
    Gen<Location> departements =
        IdentifierGenerators.codesDepartement().map(Location::inDepartement);
    Gen<Location> candidates =
        rs -> {
          Set<CodeDepartement> set = new LinkedHashSet<>();
          int n = Generate.range(2, 4).generate(rs);
          for (int i = 0; i < n; i++) {
            set.add(IdentifierGenerators.codesDepartement().generate(rs));
          }
          return new Location(Optional.empty(), set);
        };
    return Generate.frequency(
        org.quicktheories.api.Pair.of(6, communes),
        org.quicktheories.api.Pair.of(2, departements),
        org.quicktheories.api.Pair.of(1, candidates));
  }

  /**
   * Returns a generator of sites.
   *
   * @return the generator, not null
   */
  public static Gen<Site> sites() {
    return StructureGenerators.labels()
        .toOptionals(60)
        .zip(
            locations(),
            Generate.pick(List.of("1 rue de la Mairie", "12 place de l'Église", "La Gare"))
                .toOptionals(60),
            Site::new);
  }

  /**
   * Returns a generator of jobs, with any combination of headcount, FTE and band, consistent or
   * not.
   *
   * @return the generator, not null
   */
  public static Gen<Jobs> jobs() {
    return rs -> {
      int year = Generate.range(2000, 2030).generate(rs);
      Optional<Integer> headcount = Generate.range(0, 300).toOptionals(40).generate(rs);
      Optional<BigDecimal> fte =
          Generate.range(0, 30_000)
              .map(cents -> BigDecimal.valueOf(cents, 2))
              .toOptionals(40)
              .generate(rs);
      Optional<TrancheEffectif> band =
          Generate.enumValues(TrancheEffectif.class).toOptionals(50).generate(rs);
      if (headcount.isEmpty() && fte.isEmpty() && band.isEmpty()) {
        headcount = Optional.of(Generate.range(0, 300).generate(rs));
      }
      return new Jobs(year, headcount, fte, band);
    };
  }

  /**
   * Returns a generator of milestones, dated or not.
   *
   * @return the generator, not null
   */
  public static Gen<Milestone> milestones() {
    return Generate.enumValues(MilestoneKind.class)
        .zip(
            StructureGenerators.partialDates().toOptionals(30),
            StructureGenerators.labels().toOptionals(30),
            (kind, date, text) ->
                new Milestone(
                    kind,
                    date,
                    kind == MilestoneKind.OTHER && text.isEmpty() ? Optional.of("autre") : text));
  }

  /**
   * Returns a generator of establishments of every structure kind.
   *
   * @return the generator, not null
   */
  public static Gen<Establishment> establishments() {
    return establishments(StructureGenerators.structures());
  }

  /**
   * Returns a generator of establishments of the given structures.
   *
   * @param structures the structures, not null
   * @return the generator, not null
   */
  public static Gen<Establishment> establishments(
      Gen<? extends io.github.esspetiteenfance.structure.Structure> structures) {
    return rs -> establishment(structures.generate(rs), rs);
  }

  private static Establishment establishment(
      io.github.esspetiteenfance.structure.Structure structure, RandomnessSource rs) {
    Organization operator = OrganizationGenerators.organizations().generate(rs);
    EstablishmentBuilder builder =
        EstablishmentBuilder.builder()
            .name(Generate.pick(NAMES).generate(rs))
            .operator(operator)
            .structure(structure)
            .sites(distinct(sites(), 1, 3, rs))
            .jobs(jobs().toOptionals(40).generate(rs))
            .history(listOf(milestones(), 3, rs))
            .partners(partners(rs))
            .description(StructureGenerators.labels().toOptionals(70).generate(rs));
    if (operator.siren().isPresent()
        && !operator.siren().get().isLaPoste()
        && Generate.booleans().generate(rs)) {
      builder.siret(siretOf(operator.siren().get(), rs));
    }
    return builder.build();
  }

  /**
   * Returns a SIRET of a SIREN: 4 random digits and the Luhn check digit.
   *
   * @param siren the SIREN, not La Poste's, not null
   * @param rs the randomness, not null
   * @return the SIRET, not null
   */
  static Siret siretOf(Siren siren, RandomnessSource rs) {
    String payload = siren + IdentifierGenerators.digits(4).generate(rs);
    return Siret.of(payload + IdentifierGenerators.luhnCheckDigit(payload));
  }

  private static List<Partner> partners(RandomnessSource rs) {
    List<Partner> all = new ArrayList<>();
    for (String name : PARTNERS) {
      if (Generate.range(0, 3).generate(rs) == 0) {
        PartnerRole role = Generate.enumValues(PartnerRole.class).generate(rs);
        Optional<String> details =
            role == PartnerRole.OTHER
                ? Optional.of("mécénat de compétences")
                : StructureGenerators.labels().toOptionals(70).generate(rs);
        all.add(new Partner(name, role, details));
      }
    }
    return all;
  }

  private static <T> List<T> distinct(Gen<T> values, int min, int max, RandomnessSource rs) {
    int n = Generate.range(min, max).generate(rs);
    Set<T> set = new LinkedHashSet<>();
    // bounded: while shrinking, the source may repeat the same value
    for (int attempt = 0; set.size() < n && attempt < 10 * n; attempt++) {
      set.add(values.generate(rs));
    }
    if (set.size() < min) {
      throw new IllegalStateException("could not generate " + min + " distinct values");
    }
    return List.copyOf(set);
  }

  private static <T> List<T> listOf(Gen<T> values, int max, RandomnessSource rs) {
    int n = Generate.range(0, max).generate(rs);
    List<T> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(values.generate(rs));
    }
    return list;
  }
}
