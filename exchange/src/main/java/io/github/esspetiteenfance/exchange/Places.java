package io.github.esspetiteenfance.exchange;

import io.github.esspetiteenfance.establishment.Site;
import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.identifier.CodePostal;
import io.github.esspetiteenfance.territory.Cog;
import io.github.esspetiteenfance.territory.Commune;
import io.github.esspetiteenfance.territory.Departement;
import io.github.esspetiteenfance.territory.Postcodes;
import java.util.List;
import java.util.Optional;

/**
 * What the bundled COG 2026 and postcode table say about a site: commune name, single postcode,
 * département and région names. Package-private support of the three exporters.
 */
record Places(
    Optional<CodeCommune> commune,
    Optional<String> communeName,
    Optional<CodePostal> postcode,
    int postcodeCount,
    List<CodeDepartement> departements,
    Optional<String> departementName,
    Optional<String> regionName,
    Optional<String> street) {

  static Places of(Site site) {
    Cog cog = Cog.bundled();
    Optional<CodeCommune> code = site.commune();
    Optional<Commune> commune = code.flatMap(cog::findCommune);
    List<CodePostal> postcodes = code.map(c -> Postcodes.bundled().postcodes(c)).orElse(List.of());
    Optional<Departement> departement = site.location().departement().flatMap(cog::findDepartement);
    return new Places(
        code,
        commune.map(Commune::name),
        postcodes.size() == 1 ? Optional.of(postcodes.get(0)) : Optional.empty(),
        postcodes.size(),
        List.copyOf(site.location().possibleDepartements()),
        departement.map(Departement::name),
        departement.map(d -> d.region().name()),
        site.address());
  }

  /** Returns the gap of a postcode field, if the postcode is not known. */
  Optional<Gap> postcodeGap(String field) {
    if (postcode.isPresent()) {
      return Optional.empty();
    }
    if (commune.isEmpty()) {
      return Optional.of(Gap.of(field, GapCode.LOCATED_TO_DEPARTEMENT));
    }
    if (postcodeCount == 0) {
      return Optional.of(Gap.of(field, GapCode.NO_POSTCODE, commune.get().toString()));
    }
    return Optional.of(
        Gap.of(field, GapCode.SEVERAL_POSTCODES, commune.get().toString(), postcodeCount));
  }
}
