package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.establishment.Jobs;
import io.github.esspetiteenfance.establishment.TrancheEffectif;
import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.organization.EssFamily;
import io.github.esspetiteenfance.organization.EssPerimeter;
import io.github.esspetiteenfance.organization.Organization;
import io.github.esspetiteenfance.organization.PerimeterDefinition;
import io.github.esspetiteenfance.territory.Cog;
import io.github.esspetiteenfance.territory.Commune;
import io.github.esspetiteenfance.territory.CommuneResolution;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One establishment as the aggregation sees it: where it is, the ESS family of its organization,
 * whether it employs staff, its sector, and its jobs (an exact count or a range).
 *
 * <p>The record is small on purpose: any source (Sirene stock files, an {@code Establishment} of
 * the library, a CSV of a network) can be turned into it, and a {@link Panorama} needs nothing
 * else. The commune is a current commune of the COG 2026 ({@link Commune#isCurrent()}); a former or
 * delegated commune code is resolved first with {@link #currentCommune(CodeCommune, Cog)}, so that
 * every record is counted in exactly one commune, département and région.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param establishmentId the establishment's identifier (a SIRET, or any stable key), not blank
 * @param commune the current commune where it is, not null
 * @param family the ESS family of its organization, as the perimeter classified it; not null
 * @param employer true if it employs (or employed during the year) at least one person
 * @param sector its activity (a NAF code or a kind of structure, not {@link Sector#ALL}); not null
 * @param jobs its salaried jobs; a range for a headcount band, {@link CountRange#UNKNOWN} if not
 *     known; not null
 */
@Value.Builder
public record IndicatorInput(
    String establishmentId,
    Commune commune,
    EssFamily family,
    boolean employer,
    Sector sector,
    CountRange jobs) {

  /**
   * Creates a record.
   *
   * @throws InvalidValueException with code {@link CommonErrorCode#BLANK} if the id is blank,
   *     {@link IndicatorErrorCode#COMMUNE_NOT_CURRENT} if the commune is not a current commune,
   *     {@link IndicatorErrorCode#SECTOR_INVALID} if the sector is {@link Sector#ALL}, or {@link
   *     IndicatorErrorCode#INPUT_INCONSISTENT} if a non-employer has jobs
   */
  public IndicatorInput {
    Objects.requireNonNull(establishmentId, "establishmentId");
    Objects.requireNonNull(commune, "commune");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(jobs, "jobs");
    io.github.esspetiteenfance.internal.TextChecks.characters(establishmentId, "establishmentId");
    if (establishmentId.isBlank()) {
      throw new InvalidValueException(CommonErrorCode.BLANK, "establishmentId", establishmentId);
    }
    if (!commune.isCurrent()) {
      throw new InvalidValueException(
          IndicatorErrorCode.COMMUNE_NOT_CURRENT, "commune", commune.code(), commune.type());
    }
    if (sector.kind() == Sector.Kind.ALL) {
      throw new InvalidValueException(IndicatorErrorCode.SECTOR_INVALID, "sector", sector, "ALL");
    }
    if (!employer && jobs.lower() > 0) {
      throw new InvalidValueException(
          IndicatorErrorCode.INPUT_INCONSISTENT, "jobs", jobs, establishmentId);
    }
  }

  /**
   * Obtains a record from a Sirene headcount band: the band gives both the jobs and the employer
   * status ({@link TrancheEffectif#NON_EMPLOYER}, {@code NN}, is a non-employer).
   *
   * @param establishmentId the establishment's identifier, not blank
   * @param commune the current commune, not null
   * @param family the ESS family, not null
   * @param sector the sector, not null
   * @param band the headcount band, not null
   * @return the record, not null
   */
  public static IndicatorInput ofBand(
      String establishmentId,
      Commune commune,
      EssFamily family,
      Sector sector,
      TrancheEffectif band) {
    return new IndicatorInput(
        establishmentId, commune, family, band.isEmployer(), sector, CountRange.of(band));
  }

  /**
   * Obtains the record of an {@link Establishment} of the library, classifying its operator with
   * the ESS perimeter.
   *
   * <ul>
   *   <li>the id is the SIRET if known, the name otherwise;
   *   <li>the commune is that of the first site (the SIRET's address when a SIRET is given),
   *       resolved to a current commune of the COG; an establishment on several sites is counted
   *       once, where its first site is;
   *   <li>the family is {@link EssPerimeter#classify(Organization, PerimeterDefinition, LocalDate)}
   *       of the operator ({@link PerimeterDefinition#STATISTICAL} for observatory figures, which
   *       counts non-employers outside the ESS);
   *   <li>the jobs are the headcount if known, else the band's range, else at least the full-time
   *       equivalents rounded up (a headcount is never below the FTE), else unknown;
   *   <li>the establishment is an employer if its jobs say so (a positive headcount or FTE, or any
   *       band but {@code NN}), else if its operator is one; a non-employer band ({@code NN}) makes
   *       it a non-employer.
   * </ul>
   *
   * @param establishment the establishment, not null
   * @param sector its sector, such as {@link Sector#EAJE} or {@link #sectorOf(Establishment)}; not
   *     null
   * @param definition the ESS perimeter to apply, not null
   * @param date the date of the classification, not null
   * @param cog the COG to resolve the commune with, such as {@link Cog#bundled()}; not null
   * @return the record, not null
   * @throws InvalidValueException with code {@link IndicatorErrorCode#COMMUNE_UNKNOWN} if the first
   *     site's commune is not known, {@link IndicatorErrorCode#EMPLOYER_UNKNOWN} if neither the
   *     jobs nor the operator tell whether it employs staff, {@link
   *     IndicatorErrorCode#COMMUNE_AMBIGUOUS} if the commune code resolves to several communes
   */
  public static IndicatorInput fromEstablishment(
      Establishment establishment,
      Sector sector,
      PerimeterDefinition definition,
      LocalDate date,
      Cog cog) {
    Objects.requireNonNull(establishment, "establishment");
    String id = establishment.siret().map(Object::toString).orElse(establishment.name());
    CodeCommune code =
        establishment
            .sites()
            .get(0)
            .commune()
            .orElseThrow(
                () ->
                    new InvalidValueException(
                        IndicatorErrorCode.COMMUNE_UNKNOWN, "sites[0]", establishment.name()));
    EssFamily family = EssPerimeter.classify(establishment.operator(), definition, date).family();
    Optional<Jobs> jobs = establishment.jobs();
    CountRange range =
        jobs.flatMap(Jobs::headcount)
            .map(n -> CountRange.exact(n))
            .or(() -> jobs.flatMap(Jobs::band).map(CountRange::of))
            .or(
                () ->
                    jobs.flatMap(Jobs::fte)
                        .map(
                            f ->
                                CountRange.atLeast(
                                    f.setScale(0, RoundingMode.CEILING).longValue())))
            .orElse(CountRange.UNKNOWN);
    boolean employer;
    if (jobs.flatMap(Jobs::band).filter(b -> !b.isEmployer()).isPresent()) {
      employer = false;
    } else if (range.lower() > 0 || jobs.flatMap(Jobs::band).isPresent()) {
      employer = true;
    } else {
      employer =
          switch (establishment.operator().employer()) {
            case EMPLOYER -> true;
            case NON_EMPLOYER -> false;
            case UNKNOWN ->
                throw new InvalidValueException(
                    IndicatorErrorCode.EMPLOYER_UNKNOWN, "employer", establishment.name());
          };
    }
    return new IndicatorInput(id, currentCommune(code, cog), family, employer, sector, range);
  }

  /**
   * Returns the sector of an establishment's kind of structure, such as {@code KIND:MICRO_CRECHE}.
   *
   * @param establishment the establishment, not null
   * @return the sector, not null
   */
  public static Sector sectorOf(Establishment establishment) {
    return Sector.structureKind(establishment.kind().name());
  }

  /**
   * Returns the current commune a commune code stands for, through a COG.
   *
   * @param code a current, delegated or former commune code, not null
   * @param cog the COG, such as {@link Cog#bundled()}; not null
   * @return the one current commune, not null
   * @throws io.github.esspetiteenfance.territory.UnknownTerritoryException if the code is unknown
   * @throws InvalidValueException with code {@link IndicatorErrorCode#COMMUNE_AMBIGUOUS} if the
   *     code's territory was shared out between several current communes
   */
  public static Commune currentCommune(CodeCommune code, Cog cog) {
    CommuneResolution resolution = cog.resolveCurrent(code);
    if (resolution.communes().size() != 1) {
      throw new InvalidValueException(
          IndicatorErrorCode.COMMUNE_AMBIGUOUS, "commune", code, resolution.communes().size());
    }
    return resolution.communes().get(0);
  }
}
