package io.github.esspetiteenfance.opendata.sirene;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.identifier.CategorieJuridique;
import io.github.esspetiteenfance.identifier.CodeNaf;
import io.github.esspetiteenfance.opendata.OpenDataErrorCode;
import io.github.esspetiteenfance.organization.CjMappings;
import io.github.esspetiteenfance.organization.DeclaredEssStatus;
import io.github.esspetiteenfance.organization.LegalForm;
import io.github.esspetiteenfance.organization.PerimeterFacts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the rows of a {@code StockUniteLegale} file (one chunk): for the SIRENs of the selected
 * establishments only, the catégorie juridique, the declared ESS status and the unit's main
 * activity; every other unit is counted as {@link SireneFilter#UNIT_NOT_SELECTED} without being
 * decoded, so that memory does not grow with the number of legal units.
 *
 * <p>The unit's activity is its NAF rév. 2 code on a {@code NAFRev2} row, else its NAF 2025 code
 * when the file has that column, else unknown (the statistical perimeter then carries a caveat).
 * {@code [ND]} in the ESS column is an unknown declaration.
 */
final class LegalUnitScan extends ChunkVisitor {

  /** The columns this reader needs. */
  static final List<String> REQUIRED =
      List.of(
          "siren",
          "categorieJuridiqueUniteLegale",
          "economieSocialeSolidaireUniteLegale",
          "activitePrincipaleUniteLegale",
          "nomenclatureActivitePrincipaleUniteLegale");

  private static final byte[] NAF_REV2 = "NAFRev2".getBytes(StandardCharsets.US_ASCII);

  /** The positions of the columns in a header. */
  record Layout(int fields, int siren, int cj, int ess, int naf, int nomenclature, int naf25)
      implements ChunkedRead.Header {

    static Layout of(String file, String[] names) {
      Columns c = new Columns(file, names);
      c.requireAll(REQUIRED);
      return new Layout(
          c.fields(),
          c.require("siren"),
          c.require("categorieJuridiqueUniteLegale"),
          c.require("economieSocialeSolidaireUniteLegale"),
          c.require("activitePrincipaleUniteLegale"),
          c.require("nomenclatureActivitePrincipaleUniteLegale"),
          c.optional("activitePrincipaleNAF25UniteLegale"));
    }
  }

  /**
   * A legal unit of a selected establishment.
   *
   * @param siren the SIREN
   * @param line its line, relative to its chunk until the chunks are merged
   * @param facts what the ESS perimeter needs (the employer status is the establishment's)
   */
  record Unit(int siren, long line, PerimeterFacts facts) {}

  private final Layout layout;
  private final SirenSet selected;
  final List<Unit> units = new ArrayList<>();

  LegalUnitScan(String source, Layout layout, SirenSet selected) {
    super(source, layout.fields());
    this.layout = layout;
    this.selected = selected;
  }

  @Override
  public boolean row(CsvRow row) {
    rows++;
    Layout l = layout;
    int siren = row.digits(l.siren(), 9);
    if (siren < 0) {
      reject(row, "siren", l.siren(), OpenDataErrorCode.SIREN_INVALID);
      return true;
    }
    if (!selected.contains(siren)) {
      counter.filter(SireneFilter.UNIT_NOT_SELECTED);
      return true;
    }
    String cj = row.string(l.cj()).strip();
    if (!CategorieJuridique.isValid(cj) || CjMappings.find(cj).isEmpty()) {
      reject(row, "categorieJuridiqueUniteLegale", l.cj(), OpenDataErrorCode.VALUE_INVALID);
      return true;
    }
    String ess = row.string(l.ess()).strip();
    DeclaredEssStatus status;
    if ("[ND]".equals(ess)) {
      status = DeclaredEssStatus.UNKNOWN;
    } else {
      try {
        status = DeclaredEssStatus.fromSirene(ess);
      } catch (InvalidValueException e) {
        reject(
            row, "economieSocialeSolidaireUniteLegale", l.ess(), OpenDataErrorCode.VALUE_INVALID);
        return true;
      }
    }
    Optional<CodeNaf> activity = Optional.empty();
    String naf = row.string(l.naf()).strip();
    if (row.equalsBytes(l.nomenclature(), NAF_REV2) && CodeNaf.isValid(naf)) {
      activity = Optional.of(CodeNaf.of(naf));
    } else if (l.naf25() >= 0) {
      String naf25 = row.string(l.naf25()).strip();
      if (CodeNaf.isValid(naf25)) {
        activity = Optional.of(CodeNaf.of(naf25));
      }
    }
    PerimeterFacts facts =
        PerimeterFacts.of(new LegalForm.Coded(CategorieJuridique.of(cj)))
            .withDeclaredStatus(status);
    if (activity.isPresent()) {
      facts = facts.withActivity(activity.get());
    }
    units.add(new Unit(siren, row.line(), facts));
    return true;
  }
}
