package io.github.esspetiteenfance.testing;

import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.identifier.CodeNaf;
import io.github.esspetiteenfance.identifier.RnaNumber;
import io.github.esspetiteenfance.identifier.Siren;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.organization.DeclaredEssStatus;
import io.github.esspetiteenfance.organization.EmployerStatus;
import io.github.esspetiteenfance.organization.EssFamily;
import io.github.esspetiteenfance.organization.EsusAgrement;
import io.github.esspetiteenfance.organization.LegalForm;
import io.github.esspetiteenfance.organization.Membership;
import io.github.esspetiteenfance.organization.MembershipRole;
import io.github.esspetiteenfance.organization.Organization;
import io.github.esspetiteenfance.organization.OrganizationBuilder;
import io.github.esspetiteenfance.organization.Origin;
import io.github.esspetiteenfance.organization.PerimeterFacts;
import io.github.esspetiteenfance.organization.SpecificStatus;
import io.github.esspetiteenfance.territory.Cog;
import io.github.esspetiteenfance.territory.Territory;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of organizations, legal forms and ESS perimeter facts, for property
 * tests.
 *
 * <p>Every generated value is valid by construction: an RNA number only on a registered
 * association, specific statuses only where the legal form allows them, an ESUS agrément only on a
 * form that can be in the ESS, one membership per network. Catégories juridiques cover the whole
 * bundled nomenclature; about one legal form in five is a declared family without a code.
 *
 * <pre>
 *   qt().withExamples(1000)
 *       .forAll(OrganizationGenerators.organizations())
 *       .checkAssert(o -&gt; assertThat(o.name()).isNotBlank());
 * </pre>
 *
 * <p>The class is published in core's {@code test-jar}. Names and identifiers are synthetic.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OrganizationGenerators {

  /** The keys of the networks memberships point to (those of {@code Networks.reference()}). */
  public static final List<String> NETWORK_KEYS =
      List.of(
          "familles-rurales",
          "urcs-pdl",
          "fas-pdl",
          "uriopss-pdl",
          "acepp",
          "pole-ess-vendee",
          "cress-pdl");

  private static final List<String> NAMES =
      List.of(
          "Crèche Les Petits Pas",
          "Maison des familles",
          "Coopérative Petite Enfance",
          "Association Parentalité 85",
          "Fondation Enfance et Familles",
          "Mutuelle des Familles",
          "Multi-accueil Les Lutins");

  private OrganizationGenerators() {}

  /**
   * Returns a generator of legal forms: mostly a catégorie juridique of the nomenclature, sometimes
   * a declared family.
   *
   * @return the generator, not null
   */
  public static Gen<LegalForm> legalForms() {
    Gen<LegalForm> coded = IdentifierGenerators.categoriesJuridiques().map(LegalForm::of);
    Gen<LegalForm> declared =
        Generate.enumValues(EssFamily.class)
            .zip(
                Generate.enumValues(Confidence.class),
                (family, confidence) ->
                    LegalForm.declared(
                        family, family.label().toLowerCase(Locale.ROOT), confidence, "generated"));
    return Generate.frequency(Pair.of(4, coded), Pair.of(1, declared));
  }

  /**
   * Returns a generator of ESUS agréments granted between 2015 and 2030, with known or estimated
   * expiry.
   *
   * @return the generator, not null
   */
  public static Gen<EsusAgrement> esusAgrements() {
    Gen<LocalDate> granted =
        Generate.range(0, 16 * 365).map(days -> LocalDate.of(2015, 1, 1).plusDays(days));
    return granted.zip(
        Generate.range(0, 3),
        Generate.range(0, 6 * 365),
        (start, kind, length) ->
            switch (kind) {
              case 0 -> EsusAgrement.estimated(start, false);
              case 1 -> EsusAgrement.estimated(start, true);
              default -> EsusAgrement.of(start, start.plusDays(length));
            });
  }

  /**
   * Returns a generator of the facts the ESS perimeter uses, in every combination: any legal form,
   * declared status, agrément or none, NAF code or none, employer status.
   *
   * @return the generator, not null
   */
  public static Gen<PerimeterFacts> perimeterFacts() {
    return legalForms()
        .zip(
            Generate.enumValues(DeclaredEssStatus.class),
            esusAgrements().toOptionals(30),
            activities().toOptionals(80),
            Generate.enumValues(EmployerStatus.class),
            PerimeterFacts::new);
  }

  /**
   * Returns a generator of NAF codes that mixes arbitrary codes with those of the statistical
   * perimeter's exclusions (division 84, 94.11, 94.12, 94.20, 94.91, 94.92, rév. 2 and 2025).
   *
   * @return the generator, not null
   */
  public static Gen<CodeNaf> activities() {
    Gen<CodeNaf> excluded =
        Generate.pick(
                List.of(
                    "84.11Z", "84.12Z", "84.30A", "94.11Z", "94.12Z", "94.20Z", "94.91Z", "94.92Z",
                    "84.11Y", "94.20Y", "94.91Y", "94.92Y", "94.12Y", "88.91A", "88.91G", "94.99Z",
                    "88.99B", "62.01Z"))
            .map(CodeNaf::of);
    return Generate.frequency(Pair.of(1, IdentifierGenerators.codesNaf()), Pair.of(1, excluded));
  }

  /**
   * Returns a generator of valid organizations.
   *
   * @return the generator, not null
   */
  public static Gen<Organization> organizations() {
    Gen<Optional<Siren>> sirens = IdentifierGenerators.sirens().toOptionals(50);
    Gen<Optional<RnaNumber>> rnas = IdentifierGenerators.rnaNumbers().toOptionals(50);
    Gen<Long> choices = Generate.longRange(0, Long.MAX_VALUE);
    Gen<Optional<Origin>> origins = origins().toOptionals(50);
    return perimeterFacts()
        .zip(
            sirens,
            rnas,
            choices,
            origins,
            (facts, siren, rna, choice, origin) -> build(facts, siren, rna, choice, origin));
  }

  /**
   * Returns a generator of origins: creations and mergers of two or three predecessors.
   *
   * @return the generator, not null
   */
  public static Gen<Origin> origins() {
    return Generate.range(0, 2)
        .zip(
            Generate.range(1950, 2026).toOptionals(70),
            (n, year) ->
                n == 0
                    ? year.map(y -> Origin.creation(Year.of(y), "")).orElse(Origin.creation(""))
                    : merger(year, NAMES.subList(0, n + 1)));
  }

  private static Origin merger(java.util.Optional<Integer> year, List<String> names) {
    String note = "née de la fusion de " + names.size() + " associations";
    return year.map(y -> Origin.merger(Year.of(y), names, note)).orElse(Origin.merger(names, note));
  }

  private static Organization build(
      PerimeterFacts facts,
      Optional<Siren> siren,
      Optional<RnaNumber> rna,
      long choice,
      Optional<Origin> origin) {
    LegalForm form = facts.legalForm();
    DeclaredEssStatus declared = facts.declaredStatus();
    List<SpecificStatus> statuses = new ArrayList<>();
    long bits = choice;
    for (SpecificStatus s : SpecificStatus.values()) {
      if ((bits & 1) == 1 && s.isCompatibleWith(form, declared) && !excluded(statuses, s)) {
        statuses.add(s);
      }
      bits >>>= 1;
    }
    List<Membership> memberships = new ArrayList<>();
    for (String key : NETWORK_KEYS) {
      if ((bits & 1) == 1) {
        MembershipRole role = MembershipRole.values()[(int) ((bits >>> 1) & 3)];
        memberships.add(Membership.of(key, role));
      }
      bits >>>= 3;
    }
    boolean registeredAssociation =
        form.family() == EssFamily.ASSOCIATION
            && form.categorieJuridique()
                .map(cj -> !cj.toString().equals("9210") && !cj.toString().equals("9260"))
                .orElse(true)
            && !statuses.contains(SpecificStatus.ASSOCIATION_DROIT_LOCAL);
    return OrganizationBuilder.builder()
        .name(NAMES.get((int) Math.floorMod(choice, (long) NAMES.size())))
        .siren(siren)
        .rna(registeredAssociation ? rna : Optional.empty())
        .legalForm(form)
        .declaredStatus(declared)
        .esusAgrement(form.family().isEss() ? facts.esusAgrement() : Optional.empty())
        .statuses(statuses)
        .memberships(memberships)
        .origin(origin)
        .activity(facts.activity())
        .employer(facts.employer())
        .territories(territories(bits))
        .build();
  }

  private static List<Territory> territories(long bits) {
    List<Territory> territories = new ArrayList<>();
    for (String code : List.of("44", "49", "53", "72", "85")) {
      if ((bits & 1) == 1) {
        territories.add(Cog.bundled().requireDepartement(CodeDepartement.of(code)));
      }
      bits >>>= 1;
    }
    return territories;
  }

  private static boolean excluded(List<SpecificStatus> chosen, SpecificStatus candidate) {
    return chosen.stream().anyMatch(candidate::excludes);
  }
}
