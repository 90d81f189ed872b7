package io.github.esspetiteenfance.opendata.sirene;

import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.identifier.CodeNaf;
import io.github.esspetiteenfance.identifier.CodeRegion;
import io.github.esspetiteenfance.identifier.NafNomenclature;
import io.github.esspetiteenfance.indicator.Sector;
import io.github.esspetiteenfance.territory.Commune;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** What a request keeps: activity codes as bytes, and the territory. */
final class Selection {

  final byte[][] rev2;
  final Sector[] rev2Sectors;
  final byte[][] naf25;
  final Sector[] naf25Sectors;
  private final Set<CodeRegion> regions;
  private final Set<CodeDepartement> departements;

  Selection(SireneRequest request) {
    List<CodeNaf> r2 = new ArrayList<>();
    List<CodeNaf> n25 = new ArrayList<>();
    request.activities().stream()
        .sorted(Comparator.comparing(CodeNaf::toString))
        .forEach(c -> (c.nomenclature() == NafNomenclature.NAF_2025 ? n25 : r2).add(c));
    rev2 = bytes(r2);
    rev2Sectors = r2.stream().map(Sector::naf).toArray(Sector[]::new);
    naf25 = bytes(n25);
    naf25Sectors = n25.stream().map(Sector::naf).toArray(Sector[]::new);
    regions = request.regions();
    departements = request.departements();
  }

  private static byte[][] bytes(List<CodeNaf> codes) {
    return codes.stream()
        .map(c -> c.toString().getBytes(StandardCharsets.US_ASCII))
        .toArray(byte[][]::new);
  }

  /** True if a commune is in the requested territory (all of it if none was asked). */
  boolean inTerritory(Commune commune) {
    if (regions.isEmpty() && departements.isEmpty()) {
      return true;
    }
    return regions.contains(commune.region().code())
        || departements.contains(commune.departement().code());
  }
}
