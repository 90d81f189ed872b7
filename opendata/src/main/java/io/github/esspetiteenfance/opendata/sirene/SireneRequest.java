package io.github.esspetiteenfance.opendata.sirene;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.identifier.CodeNaf;
import io.github.esspetiteenfance.identifier.CodeRegion;
import io.github.esspetiteenfance.opendata.OpenDataErrorCode;
import io.github.esspetiteenfance.organization.PerimeterDefinition;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What to compute from a pair of SIRENE stock files: which files, which sector, which territory,
 * which ESS perimeter to show, and whether statistical secrecy applies.
 *
 * <p>Obtain one with {@link #of(Path, Path)} (the defaults below) and the {@code with...} methods:
 *
 * <pre>
 *   SireneRequest request = SireneRequest.of(etablissements, unitesLegales)
 *       .withRegions(Set.of(CodeRegion.of("52")))
 *       .withPerimeter(PerimeterDefinition.STATUTORY);
 * </pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param establishments the {@code StockEtablissement_utf8} file ({@code .csv}, {@code .csv.gz} or
 *     {@code .zip}), not null
 * @param legalUnits the {@code StockUniteLegale_utf8} file, not null
 * @param regions the régions to keep; empty for all of France (default); not null
 * @param departements the départements to keep (with the régions: a row is kept if it is in one of
 *     the régions or of the départements); empty for no restriction (default); not null
 * @param activities the activity codes to keep, NAF rév. 2 (such as {@code 88.91A}, the default) or
 *     NAF 2025 (such as {@code 88.91G}, matched on the NAF 2025 column when the file has it); not
 *     empty
 * @param perimeter the ESS perimeter of {@link SireneResult#panorama()}: {@link
 *     PerimeterDefinition#STATISTICAL} by default (observatory figures); both are always computed
 * @param secrecy true (default) to apply INSEE's secrecy rules to the figures, false for internal
 *     work only
 * @param communes true to show figures by commune (the panorama always holds them), false (default)
 * @param threads the number of threads reading a file (plain {@code .csv} only), at least 1;
 *     default the number of processors
 * @param date the date of the ESS classification (an ESUS agrément must be valid on it); default
 *     today; not null
 */
@Value.Builder
public record SireneRequest(
    Path establishments,
    Path legalUnits,
    Set<CodeRegion> regions,
    Set<CodeDepartement> departements,
    Set<CodeNaf> activities,
    PerimeterDefinition perimeter,
    boolean secrecy,
    boolean communes,
    int threads,
    LocalDate date) {

  /** NAF rév. 2 88.91A, "Accueil de jeunes enfants": the default sector. */
  public static final CodeNaf EAJE = CodeNaf.of("88.91A");

  /**
   * Creates a request.
   *
   * @throws InvalidValueException with code {@link OpenDataErrorCode#REQUEST_INVALID} if no
   *     activity is given or threads is below 1
   */
  public SireneRequest {
    Objects.requireNonNull(establishments, "establishments");
    Objects.requireNonNull(legalUnits, "legalUnits");
    Objects.requireNonNull(perimeter, "perimeter");
    Objects.requireNonNull(date, "date");
    regions = Set.copyOf(regions);
    departements = Set.copyOf(departements);
    activities = Set.copyOf(activities);
    if (activities.isEmpty()) {
      throw new InvalidValueException(OpenDataErrorCode.REQUEST_INVALID, "activities", activities);
    }
    if (threads < 1) {
      throw new InvalidValueException(OpenDataErrorCode.REQUEST_INVALID, "threads", threads);
    }
  }

  /**
   * Returns a builder of a request with every attribute to give; {@link #of(Path, Path)} gives the
   * defaults.
   *
   * @return a new builder, not null
   */
  public static SireneRequestBuilder builder() {
    return SireneRequestBuilder.builder();
  }

  /**
   * Obtains a request with the defaults: all of France, 88.91A, the statistical perimeter, secrecy
   * on, no commune figures, one thread per processor, classified today.
   *
   * @param establishments the establishment file, not null
   * @param legalUnits the legal-unit file, not null
   * @return the request, not null
   */
  public static SireneRequest of(Path establishments, Path legalUnits) {
    return new SireneRequest(
        establishments,
        legalUnits,
        Set.of(),
        Set.of(),
        Set.of(EAJE),
        PerimeterDefinition.STATISTICAL,
        true,
        false,
        Runtime.getRuntime().availableProcessors(),
        LocalDate.now());
  }

  /**
   * Returns a copy keeping only some régions.
   *
   * @param codes the régions, empty for no restriction; not null
   * @return the new request, not null
   */
  public SireneRequest withRegions(Collection<CodeRegion> codes) {
    return builder().from(this).regions(codes).build();
  }

  /**
   * Returns a copy keeping only some départements.
   *
   * @param codes the départements, empty for no restriction; not null
   * @return the new request, not null
   */
  public SireneRequest withDepartements(Collection<CodeDepartement> codes) {
    return builder().from(this).departements(codes).build();
  }

  /**
   * Returns a copy with other activity codes.
   *
   * @param codes NAF rév. 2 or NAF 2025 codes, not empty
   * @return the new request, not null
   */
  public SireneRequest withActivities(Collection<CodeNaf> codes) {
    return builder().from(this).activities(codes).build();
  }

  /**
   * Returns a copy with another perimeter shown.
   *
   * @param definition the perimeter, not null
   * @return the new request, not null
   */
  public SireneRequest withPerimeter(PerimeterDefinition definition) {
    return builder().from(this).perimeter(definition).build();
  }

  /**
   * Returns a copy with secrecy on or off.
   *
   * @param on true to apply INSEE's secrecy rules (the default), false for internal work
   * @return the new request, not null
   */
  public SireneRequest withSecrecy(boolean on) {
    return builder().from(this).secrecy(on).build();
  }

  /**
   * Returns a copy with commune figures on or off.
   *
   * @param on true to show figures by commune
   * @return the new request, not null
   */
  public SireneRequest withCommunes(boolean on) {
    return builder().from(this).communes(on).build();
  }

  /**
   * Returns a copy with another number of threads.
   *
   * @param count at least 1
   * @return the new request, not null
   */
  public SireneRequest withThreads(int count) {
    return builder().from(this).threads(count).build();
  }

  /**
   * Returns a copy classifying on another date.
   *
   * @param on the date, not null
   * @return the new request, not null
   */
  public SireneRequest withDate(LocalDate on) {
    return builder().from(this).date(on).build();
  }
}
