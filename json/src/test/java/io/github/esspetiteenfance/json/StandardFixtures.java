package io.github.esspetiteenfance.json;

import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.identifier.CodeNaf;
import io.github.esspetiteenfance.identifier.RnaNumber;
import io.github.esspetiteenfance.identifier.Siren;
import io.github.esspetiteenfance.network.Network;
import io.github.esspetiteenfance.network.Networks;
import io.github.esspetiteenfance.organization.DeclaredEssStatus;
import io.github.esspetiteenfance.organization.EmployerStatus;
import io.github.esspetiteenfance.organization.LegalForm;
import io.github.esspetiteenfance.organization.Membership;
import io.github.esspetiteenfance.organization.MembershipRole;
import io.github.esspetiteenfance.organization.Organization;
import io.github.esspetiteenfance.organization.OrganizationBuilder;
import io.github.esspetiteenfance.organization.SpecificStatus;
import io.github.esspetiteenfance.structure.AgeRange;
import io.github.esspetiteenfance.structure.Capacity;
import io.github.esspetiteenfance.structure.Funding;
import io.github.esspetiteenfance.structure.FundingMode;
import io.github.esspetiteenfance.structure.MicroCreche;
import io.github.esspetiteenfance.structure.OpeningHours;
import io.github.esspetiteenfance.structure.PartialDate;
import io.github.esspetiteenfance.structure.PedagogicalApproach;
import io.github.esspetiteenfance.structure.Pedagogy;
import io.github.esspetiteenfance.territory.Cog;
import java.time.LocalDate;
import java.util.Optional;

/** Reference objects of the library's model, for golden files and documentation. */
final class StandardFixtures {
  private StandardFixtures() {}

  static MicroCreche microCreche() {
    return MicroCreche.builder()
        .capacity(Capacity.of(12))
        .ages(AgeRange.ofMonths(2, 48))
        .funding(Funding.of(FundingMode.PAJE_CMG))
        .openingHours(OpeningHours.parse("Mo-Fr 06:00-21:00; Sa 08:00-18:00"))
        .addPedagogies(Pedagogy.inspiredBy(PedagogicalApproach.MONTESSORI))
        .opened(PartialDate.ofYear(2017))
        .build();
  }

  static Organization association() {
    return OrganizationBuilder.builder()
        .name("Crèche Les Lutins")
        .siren(Siren.of("732829320"))
        .rna(RnaNumber.of("W751515517"))
        .legalForm(LegalForm.of("9220"))
        .declaredStatus(DeclaredEssStatus.NOT_DECLARED)
        .addStatuses(SpecificStatus.ASSOCIATION_DECLAREE)
        .addMemberships(
            new Membership("acepp", MembershipRole.MEMBER, Optional.of(LocalDate.of(2012, 3, 1))))
        .activity(CodeNaf.of("88.91A"))
        .employer(EmployerStatus.EMPLOYER)
        .addTerritories(Cog.bundled().requireDepartement(CodeDepartement.of("44")))
        .build();
  }

  static io.github.esspetiteenfance.indicator.Indicator indicator() {
    io.github.esspetiteenfance.territory.Commune nantes =
        Cog.bundled().requireCommune(io.github.esspetiteenfance.identifier.CodeCommune.of("44109"));
    java.util.List<io.github.esspetiteenfance.indicator.IndicatorInput> inputs =
        java.util.List.of(
            input("a", nantes, io.github.esspetiteenfance.organization.EssFamily.ASSOCIATION),
            input("b", nantes, io.github.esspetiteenfance.organization.EssFamily.ASSOCIATION),
            input("c", nantes, io.github.esspetiteenfance.organization.EssFamily.OUTSIDE_ESS));
    return io.github.esspetiteenfance.indicator.Panorama.of(inputs)
        .view()
        .essShareOfEstablishments(nantes, io.github.esspetiteenfance.indicator.Sector.EAJE)
        .orElseThrow();
  }

  private static io.github.esspetiteenfance.indicator.IndicatorInput input(
      String id,
      io.github.esspetiteenfance.territory.Commune commune,
      io.github.esspetiteenfance.organization.EssFamily family) {
    return new io.github.esspetiteenfance.indicator.IndicatorInput(
        id,
        commune,
        family,
        true,
        io.github.esspetiteenfance.indicator.Sector.EAJE,
        io.github.esspetiteenfance.indicator.CountRange.exact(5));
  }

  static io.github.esspetiteenfance.fee.Family family() {
    return io.github.esspetiteenfance.fee.Family.of(
        2, io.github.esspetiteenfance.fee.Resources.annual(new java.math.BigDecimal("32000.00")));
  }

  static io.github.esspetiteenfance.fee.MonthlyContract contract() {
    return new io.github.esspetiteenfance.fee.MonthlyContract(
        new java.math.BigDecimal("40"), 45, 11);
  }

  static io.github.esspetiteenfance.fee.HourlyRate hourlyRate() {
    return io.github.esspetiteenfance.fee.FamilyFeeCalculator.bundled()
        .hourlyRate(
            LocalDate.of(2024, 1, 15),
            io.github.esspetiteenfance.fee.CareType.COLLECTIVE,
            family());
  }

  /**
   * The report of the micro-crèche of {@link #microCreche()} on 15 March 2022, during the
   * transition of the décret 2021-1131: two professionals for twelve children who do not walk
   * (enough for one ratio option only, and the option is not stated), a qualified staff month
   * before the rule existed, a director at 0.1 FTE and premises authorised before the référentiel
   * bâtimentaire. Its findings hold arguments of every kind but the month ({@link #finding()} has
   * one).
   */
  static io.github.esspetiteenfance.regulation.ComplianceReport complianceReport() {
    MicroCreche authorised2019 = microCreche().withAuthorisationRequested(LocalDate.of(2019, 5, 2));
    io.github.esspetiteenfance.regulation.Observation observation =
        io.github.esspetiteenfance.regulation.Observation.of(
                io.github.esspetiteenfance.regulation.ChildrenPresent.of(12, 0),
                io.github.esspetiteenfance.regulation.StaffPresent.of(2, 1))
            .withQualifiedStaff(
                new io.github.esspetiteenfance.regulation.QualifiedStaffMonth(
                    java.time.YearMonth.of(2022, 2),
                    new java.math.BigDecimal("1.50"),
                    new java.math.BigDecimal("4.00")))
            .withDirection(
                io.github.esspetiteenfance.regulation.Direction.of(
                    new java.math.BigDecimal("0.10")))
            .withIndoorSurfaceM2(new java.math.BigDecimal("60.5"));
    return io.github.esspetiteenfance.regulation.RegulatoryChecker.bundled()
        .check(authorised2019, LocalDate.of(2022, 3, 15), observation);
  }

  /**
   * The finding on the qualified staff of a crèche collective of 40 places in January 2024: 35 % of
   * the monthly reference headcount, below the 40 % required since 2023.
   */
  static io.github.esspetiteenfance.diagnostic.Finding finding() {
    io.github.esspetiteenfance.regulation.Observation observation =
        io.github.esspetiteenfance.regulation.Observation.empty()
            .withQualifiedStaff(
                new io.github.esspetiteenfance.regulation.QualifiedStaffMonth(
                    java.time.YearMonth.of(2024, 1),
                    new java.math.BigDecimal("2.80"),
                    new java.math.BigDecimal("8.00")));
    return io.github.esspetiteenfance.regulation.RegulatoryChecker.bundled()
        .check(
            io.github.esspetiteenfance.structure.CrecheCollective.builder()
                .capacity(Capacity.of(40))
                .build(),
            LocalDate.of(2024, 2, 12),
            observation)
        .first(io.github.esspetiteenfance.regulation.FindingCode.QUALIFIED_SHARE_TOO_LOW)
        .orElseThrow();
  }

  /**
   * The consistency check of the Pays de la Loire EAJE figures ({@link
   * io.github.esspetiteenfance.indicator.PublishedFigures#paysDeLaLoireEaje()}) with a hypothetical
   * published total of 600 employer EAJE in the région: "233 ESS EAJE, 43 % of the EAJE" implies
   * 536 to 548, so the report holds its implications, a contradiction (a quantity and ranges of
   * counts as arguments) and the remarks on the seed's UNCONFIRMED source and unstated periods.
   */
  static io.github.esspetiteenfance.indicator.ConsistencyReport consistencyReport() {
    java.util.List<io.github.esspetiteenfance.indicator.Indicator> figures =
        new java.util.ArrayList<>(
            io.github.esspetiteenfance.indicator.PublishedFigures.paysDeLaLoireEaje().figures());
    figures.add(
        publishedFigure(
            "pdl-eaje-establishments",
            io.github.esspetiteenfance.indicator.Population.all(
                io.github.esspetiteenfance.indicator.Sector.EAJE),
            java.util.Optional.empty(),
            io.github.esspetiteenfance.indicator.Count.of(600)));
    return io.github.esspetiteenfance.indicator.ConsistencyChecker.check(figures);
  }

  /**
   * The finding of two incompatible shares of ESS EAJE among the EAJE of Pays de la Loire: the
   * seed's 43 % and a hypothetical 50 %. Its arguments are quantities and texts (the intervals of
   * shares each figure stands for).
   */
  static io.github.esspetiteenfance.diagnostic.Finding indicatorFinding() {
    java.util.List<io.github.esspetiteenfance.indicator.Indicator> figures =
        new java.util.ArrayList<>(
            io.github.esspetiteenfance.indicator.PublishedFigures.paysDeLaLoireEaje().figures());
    figures.add(
        publishedFigure(
            "pdl-eaje-ess-establishment-share-2",
            io.github.esspetiteenfance.indicator.Population.ess(
                io.github.esspetiteenfance.indicator.Sector.EAJE),
            java.util.Optional.of(
                io.github.esspetiteenfance.indicator.Population.all(
                    io.github.esspetiteenfance.indicator.Sector.EAJE)),
            io.github.esspetiteenfance.indicator.RoundedPercentage.ofUnit(50)));
    return io.github.esspetiteenfance.indicator.ConsistencyChecker.check(figures)
        .findings()
        .stream()
        .filter(f -> f.code() == io.github.esspetiteenfance.indicator.CheckCode.SHARES_DISAGREE)
        .findFirst()
        .orElseThrow();
  }

  private static io.github.esspetiteenfance.indicator.Indicator publishedFigure(
      String id,
      io.github.esspetiteenfance.indicator.Population population,
      java.util.Optional<io.github.esspetiteenfance.indicator.Population> base,
      io.github.esspetiteenfance.indicator.IndicatorValue value) {
    return new io.github.esspetiteenfance.indicator.Indicator(
        id,
        io.github.esspetiteenfance.indicator.Measure.ESTABLISHMENTS,
        value,
        Cog.bundled().requireRegion(io.github.esspetiteenfance.identifier.CodeRegion.of("52")),
        java.util.Optional.empty(),
        population,
        base,
        new io.github.esspetiteenfance.indicator.Source(
            "Observatoire (hypothetical)",
            "consistency example",
            java.util.Optional.of("2024"),
            java.util.Optional.empty(),
            io.github.esspetiteenfance.legal.Confidence.DERIVED,
            "a figure made up to show a finding"),
        io.github.esspetiteenfance.indicator.Origin.PUBLISHED,
        io.github.esspetiteenfance.indicator.Secrecy.NONE);
  }

  static Network network() {
    return Networks.require("familles-rurales");
  }
}
