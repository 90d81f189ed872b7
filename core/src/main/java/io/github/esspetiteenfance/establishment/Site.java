package io.github.esspetiteenfance.establishment;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.identifier.CodeCommune;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import java.util.Optional;

/**
 * A place where an establishment works: MicroScop has two sites, in Monnières and in
 * Saint-Hilaire-de-Clisson.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the site's name, if it has one; not blank
 * @param location the commune, or what is known of where the site is; not null
 * @param address the street address, if known; not blank
 */
public record Site(
    Optional<@Pattern(regexp = Checks.NON_BLANK) String> name,
    Location location,
    Optional<@Pattern(regexp = Checks.NON_BLANK) String> address) {

  /**
   * Creates a site.
   *
   * @throws io.github.esspetiteenfance.InvalidValueException with code {@link
   *     CommonErrorCode#BLANK} if the name or the address is blank
   */
  public Site {
    Checks.nonBlank(name, "name");
    Objects.requireNonNull(location, "location");
    Checks.nonBlank(address, "address");
  }

  /**
   * Obtains an unnamed site in a commune, without address.
   *
   * @param commune the commune, not null
   * @return the site, not null
   */
  public static Site of(CodeCommune commune) {
    return new Site(Optional.empty(), Location.of(commune), Optional.empty());
  }

  /**
   * Obtains a named site in a commune, without address.
   *
   * @param name the name, not blank
   * @param commune the commune, not null
   * @return the site, not null
   */
  public static Site of(String name, CodeCommune commune) {
    return new Site(Optional.of(name), Location.of(commune), Optional.empty());
  }

  /**
   * Obtains an unnamed site at a location, without address.
   *
   * @param location the location, not null
   * @return the site, not null
   */
  public static Site at(Location location) {
    return new Site(Optional.empty(), location, Optional.empty());
  }

  /**
   * Returns the commune of the site, if known.
   *
   * @return the commune, not null
   */
  public Optional<CodeCommune> commune() {
    return location.commune();
  }
}
