package io.github.esspetiteenfance.establishment;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;

/**
 * An organization that supports or works with an establishment, named as the source names it: Les
 * Polichinelles was "accompagné à sa création par le Pôle ESS Vendée".
 *
 * <p>Partners are named, not identified: the library never invents a SIREN. An operator, by
 * contrast, is a full {@link io.github.esspetiteenfance.organization.Organization}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the partner's name, not blank
 * @param role what the partner does, not null
 * @param details a precision; required for {@link PartnerRole#OTHER}; not blank
 */
public record Partner(
    @NotBlank String name,
    PartnerRole role,
    Optional<@Pattern(regexp = Checks.NON_BLANK) String> details) {

  /**
   * Creates a partner.
   *
   * @throws InvalidValueException with code {@link CommonErrorCode#BLANK} or {@link
   *     EstablishmentErrorCode#OTHER_WITHOUT_DESCRIPTION}
   */
  public Partner {
    Checks.nonBlank(name, "name");
    Checks.descriptionForOther(role, details, "details");
  }

  /**
   * Obtains a partner.
   *
   * @param name the name, not blank
   * @param role the role, not {@code OTHER}
   * @return the partner, not null
   */
  public static Partner of(String name, PartnerRole role) {
    return new Partner(name, role, Optional.empty());
  }
}
