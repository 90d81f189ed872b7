package io.github.esspetiteenfance.opendata.sirene;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.establishment.TrancheEffectif;
import io.github.esspetiteenfance.indicator.CountRange;
import io.github.esspetiteenfance.indicator.Sector;
import io.github.esspetiteenfance.opendata.OpenDataErrorCode;
import io.github.esspetiteenfance.territory.Cog;
import io.github.esspetiteenfance.territory.Commune;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rows of a {@code StockEtablissement} file (one chunk): keeps the establishments of the
 * requested activities, open, in a French commune of the requested territory, as {@link Candidate}s
 * waiting for their legal unit; counts every other row with its reason.
 *
 * <p>The tests run in this order and the first that fails gives the reason: the activity ({@link
 * SireneFilter#OTHER_ACTIVITY}; tested on the raw bytes of the column before anything is decoded),
 * the nomenclature ({@link SireneFilter#OTHER_NOMENCLATURE}: a NAF rév. 2 code matches only on a
 * {@code NAFRev2} row), the administrative state ({@link SireneFilter#CLOSED} for {@code F}), the
 * commune ({@link CommuneLookup}), the territory. Values are validated where the panorama uses
 * them, that is on the rows that pass the activity test: a bad SIRET, state, commune code, employer
 * flag or headcount band rejects the row.
 *
 * <p>Employer and jobs (DERIVED from the INSEE field descriptions): {@code
 * caractereEmployeurEtablissement} {@code O} is an employer, {@code N} a non-employer; empty or
 * {@code [ND]}, the band decides ({@code NN} or empty: non-employer, any other band: employer). An
 * employer's jobs are its band's range ({@code NN} or empty: unknown); a non-employer has none.
 */
final class EstablishmentScan extends ChunkVisitor {

  /** The columns this reader needs. */
  static final List<String> REQUIRED =
      List.of(
          "siret",
          "etatAdministratifEtablissement",
          "codeCommuneEtablissement",
          "activitePrincipaleEtablissement",
          "nomenclatureActivitePrincipaleEtablissement",
          "trancheEffectifsEtablissement",
          "caractereEmployeurEtablissement",
          "etablissementSiege");

  /** The NAF 2025 column, added at the end of the header on 16 December 2025. */
  static final String NAF25 = "activitePrincipaleNAF25Etablissement";

  private static final byte[] NAF_REV2 = "NAFRev2".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ACTIVE = {'A'};
  private static final byte[] CLOSED = {'F'};
  private static final String NOT_DIFFUSED = "[ND]";

  /** The positions of the columns in a header. */
  record Layout(
      int fields,
      int siret,
      int etat,
      int commune,
      int pays,
      int naf,
      int nomenclature,
      int naf25,
      int tranche,
      int employer,
      int siege)
      implements ChunkedRead.Header {

    static Layout of(String file, String[] names, Selection selection) {
      Columns c = new Columns(file, names);
      c.requireAll(REQUIRED);
      int naf25 = c.optional(NAF25);
      if (selection.naf25.length > 0 && naf25 < 0) {
        c.require(NAF25);
      }
      return new Layout(
          c.fields(),
          c.require("siret"),
          c.require("etatAdministratifEtablissement"),
          c.require("codeCommuneEtablissement"),
          c.optional("codePaysEtrangerEtablissement"),
          c.require("activitePrincipaleEtablissement"),
          c.require("nomenclatureActivitePrincipaleEtablissement"),
          naf25,
          c.require("trancheEffectifsEtablissement"),
          c.require("caractereEmployeurEtablissement"),
          c.require("etablissementSiege"));
    }
  }

  /**
   * An establishment kept, waiting for its legal unit.
   *
   * @param siren the SIREN (the SIRET's first 9 digits)
   * @param siret the SIRET
   * @param line its line, relative to its chunk until the chunks are merged
   * @param commune its current commune
   * @param sector the requested code it matched
   * @param employer whether it employs staff
   * @param jobs its jobs
   * @param siege whether it is the head office of its unit
   */
  record Candidate(
      int siren,
      String siret,
      long line,
      Commune commune,
      Sector sector,
      boolean employer,
      CountRange jobs,
      boolean siege) {}

  private final Layout layout;
  private final Selection selection;
  private final CommuneLookup communes;
  final List<Candidate> candidates = new ArrayList<>();

  EstablishmentScan(String source, Layout layout, Selection selection, Cog cog) {
    super(source, layout.fields());
    this.layout = layout;
    this.selection = selection;
    this.communes = new CommuneLookup(cog);
  }

  @Override
  public boolean row(CsvRow row) {
    rows++;
    Layout l = layout;
    Sector sector = null;
    boolean rev2 = false;
    byte[][] codes = selection.rev2;
    for (int i = 0; i < codes.length; i++) {
      if (row.equalsBytes(l.naf(), codes[i])) {
        sector = selection.rev2Sectors[i];
        rev2 = true;
        break;
      }
    }
    if (sector == null && l.naf25() >= 0) {
      codes = selection.naf25;
      for (int i = 0; i < codes.length; i++) {
        if (row.equalsBytes(l.naf25(), codes[i])) {
          sector = selection.naf25Sectors[i];
          break;
        }
      }
    }
    if (sector == null) {
      counter.filter(SireneFilter.OTHER_ACTIVITY);
      return true;
    }
    if (rev2 && !row.equalsBytes(l.nomenclature(), NAF_REV2)) {
      counter.filter(SireneFilter.OTHER_NOMENCLATURE);
      return true;
    }
    if (row.equalsBytes(l.etat(), CLOSED)) {
      counter.filter(SireneFilter.CLOSED);
      return true;
    }
    if (!row.equalsBytes(l.etat(), ACTIVE)) {
      reject(row, "etatAdministratifEtablissement", l.etat(), OpenDataErrorCode.VALUE_INVALID);
      return true;
    }
    String siret = row.string(l.siret()).strip();
    if (siret.length() != 14 || !siret.chars().allMatch(c -> c >= '0' && c <= '9')) {
      reject(row, "siret", l.siret(), OpenDataErrorCode.SIRET_INVALID);
      return true;
    }
    String code = row.string(l.commune()).strip();
    Commune commune;
    if (code.isEmpty() || NOT_DIFFUSED.equals(code)) {
      String pays = l.pays() < 0 ? "" : row.string(l.pays()).strip();
      counter.filter(
          pays.isEmpty() || NOT_DIFFUSED.equals(pays)
              ? SireneFilter.NO_COMMUNE
              : SireneFilter.ABROAD);
      return true;
    }
    Object resolved = communes.resolve(code);
    if (resolved == null) {
      reject(row, "codeCommuneEtablissement", l.commune(), OpenDataErrorCode.VALUE_INVALID);
      return true;
    }
    if (resolved instanceof SireneFilter reason) {
      counter.filter(reason);
      return true;
    }
    commune = (Commune) resolved;
    if (!selection.inTerritory(commune)) {
      counter.filter(SireneFilter.OUTSIDE_TERRITORY);
      return true;
    }
    String flag = row.string(l.employer()).strip();
    String band = row.string(l.tranche()).strip();
    if (NOT_DIFFUSED.equals(band)) {
      band = "";
    }
    TrancheEffectif tranche = null;
    if (!band.isEmpty()) {
      try {
        tranche = TrancheEffectif.ofCode(band);
      } catch (InvalidValueException e) {
        reject(row, "trancheEffectifsEtablissement", l.tranche(), OpenDataErrorCode.VALUE_INVALID);
        return true;
      }
    }
    boolean employer;
    switch (flag) {
      case "O" -> employer = true;
      case "N" -> employer = false;
      case "", NOT_DIFFUSED -> employer = tranche != null && tranche.isEmployer();
      default -> {
        reject(
            row, "caractereEmployeurEtablissement", l.employer(), OpenDataErrorCode.VALUE_INVALID);
        return true;
      }
    }
    String siege = row.string(l.siege()).strip();
    if (!siege.equals("true") && !siege.equals("false")) {
      reject(row, "etablissementSiege", l.siege(), OpenDataErrorCode.VALUE_INVALID);
      return true;
    }
    CountRange jobs;
    if (!employer) {
      jobs = CountRange.ZERO;
    } else if (tranche == null || !tranche.isEmployer()) {
      jobs = CountRange.UNKNOWN;
    } else {
      jobs = CountRange.of(tranche);
    }
    int siren = Integer.parseInt(siret.substring(0, 9));
    candidates.add(
        new Candidate(
            siren, siret, row.line(), commune, sector, employer, jobs, siege.equals("true")));
    return true;
  }
}
