package io.github.esspetiteenfance.opendata.sirene;

import io.github.esspetiteenfance.indicator.Panorama;
import io.github.esspetiteenfance.indicator.PanoramaView;
import io.github.esspetiteenfance.indicator.SecrecyRule;
import io.github.esspetiteenfance.indicator.Source;
import io.github.esspetiteenfance.opendata.RowAccounting;
import io.github.esspetiteenfance.organization.PerimeterDefinition;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The panorama of a pair of SIRENE stock files under both ESS perimeters, with the accounting of
 * every row of both files.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param request what was asked, not null
 * @param statutory the panorama with families of the statutory perimeter (loi 2014-856 art. 1)
 * @param statistical the panorama with families of the statistical perimeter (INSEE, CRESS)
 * @param establishments what became of every row of the establishment file, not null
 * @param legalUnits what became of every row of the legal-unit file, not null
 */
@Value.Builder
public record SireneResult(
    SireneRequest request,
    Panorama statutory,
    Panorama statistical,
    RowAccounting establishments,
    RowAccounting legalUnits) {

  /** Creates a result. */
  public SireneResult {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(statutory, "statutory");
    Objects.requireNonNull(statistical, "statistical");
    Objects.requireNonNull(establishments, "establishments");
    Objects.requireNonNull(legalUnits, "legalUnits");
  }

  /**
   * Returns a builder of a result ({@link SirenePanorama#compute} is the usual way to obtain one).
   *
   * @return a new builder, not null
   */
  public static SireneResultBuilder builder() {
    return SireneResultBuilder.builder();
  }

  /**
   * Returns the panorama of the requested perimeter.
   *
   * @return the panorama, not null
   */
  public Panorama panorama() {
    return panorama(request.perimeter());
  }

  /**
   * Returns the panorama of a perimeter.
   *
   * @param definition the perimeter, not null
   * @return the panorama, not null
   */
  public Panorama panorama(PerimeterDefinition definition) {
    return definition == PerimeterDefinition.STATUTORY ? statutory : statistical;
  }

  /**
   * Returns the secrecy rule the request asks for.
   *
   * @return {@link SecrecyRule#INSEE} by default, {@link SecrecyRule#NONE} if secrecy is off
   */
  public SecrecyRule secrecyRule() {
    return request.secrecy() ? SecrecyRule.INSEE : SecrecyRule.NONE;
  }

  /**
   * Returns the indicators of the requested perimeter, with the requested secrecy.
   *
   * @return the view, not null
   */
  public PanoramaView view() {
    return panorama().view(secrecyRule(), Source.computed());
  }

  /**
   * Returns this result showing another perimeter (both are computed: nothing is read again).
   *
   * @param definition the perimeter of {@link #panorama()} and {@link #view()}, not null
   * @return the result, not null
   */
  public SireneResult withPerimeterShown(PerimeterDefinition definition) {
    return new SireneResult(
        request.withPerimeter(definition), statutory, statistical, establishments, legalUnits);
  }

  /**
   * Returns this result with secrecy on or off in {@link #view()} (nothing is read again).
   *
   * @param on true for INSEE's secrecy rules, false for internal work
   * @return the result, not null
   */
  public SireneResult withSecrecyShown(boolean on) {
    return new SireneResult(
        request.withSecrecy(on), statutory, statistical, establishments, legalUnits);
  }
}
