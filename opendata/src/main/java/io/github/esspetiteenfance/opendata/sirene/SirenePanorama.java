package io.github.esspetiteenfance.opendata.sirene;

import io.github.esspetiteenfance.indicator.IndicatorInput;
import io.github.esspetiteenfance.indicator.Panorama;
import io.github.esspetiteenfance.opendata.OpenDataErrorCode;
import io.github.esspetiteenfance.opendata.OpenDataException;
import io.github.esspetiteenfance.opendata.ProgressListener;
import io.github.esspetiteenfance.opendata.RowCounter;
import io.github.esspetiteenfance.opendata.RowRejection;
import io.github.esspetiteenfance.opendata.sirene.ChunkedRead.Part;
import io.github.esspetiteenfance.opendata.sirene.EstablishmentScan.Candidate;
import io.github.esspetiteenfance.opendata.sirene.LegalUnitScan.Unit;
import io.github.esspetiteenfance.organization.EmployerStatus;
import io.github.esspetiteenfance.organization.EssFamily;
import io.github.esspetiteenfance.organization.EssPerimeter;
import io.github.esspetiteenfance.organization.PerimeterFacts;
import io.github.esspetiteenfance.territory.Cog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes the panorama of a sector from a pair of SIRENE stock files: the entry point of the
 * {@code sirene} package.
 *
 * <p>How it works, in two passes and bounded memory:
 *
 * <ol>
 *   <li>both headers are checked first, by column name (unknown columns ignored; a missing required
 *       column stops the run at once, naming it);
 *   <li>the establishment file is scanned (a plain {@code .csv} in parallel chunks, one per thread;
 *       {@code .csv.gz} and {@code .zip} in one stream): each row's activity is tested on its raw
 *       bytes, and only the rows of the requested activities are decoded ({@link
 *       EstablishmentScan}); the kept establishments wait for their legal unit;
 *   <li>the legal-unit file is scanned: only the SIRENs of the kept establishments are decoded
 *       ({@link LegalUnitScan}), so memory grows with the selected establishments, never with the
 *       29.9 million legal units;
 *   <li>each chunk's establishments are classified under both ESS perimeters ({@link EssPerimeter})
 *       and added to a partial {@link Panorama}; the partial panoramas are merged ({@link
 *       Panorama#merge(Panorama)}), which gives the panorama of one pass.
 * </ol>
 *
 * <p>Every row of both files ends accepted, filtered out with a {@link SireneFilter}, or rejected
 * with a {@link RowRejection}: see {@link SireneResult#establishments()} and {@link
 * SireneResult#legalUnits()}. An establishment whose legal unit is missing or was rejected is
 * rejected ({@link OpenDataErrorCode#LEGAL_UNIT_UNUSABLE}); a SIREN seen twice in the legal-unit
 * file keeps its first row ({@link OpenDataErrorCode#KEY_DUPLICATE} for the next).
 *
 * <p>The family under the statistical perimeter uses the establishment's employer status (the
 * observatories count employer establishments) and the legal unit's main activity for the activity
 * exclusions.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SirenePanorama {

  /** The buffer of each scanner: {@value} bytes. */
  static final int BUFFER = 1 << 20;

  private SirenePanorama() {}

  /**
   * Reads a pair of SIRENE stock files and computes the panorama they describe.
   *
   * @param request the files, sector, territory and options; not null
   * @param listener told of the progress of the reads, such as {@link ProgressListener#NONE}; not
   *     null
   * @return the panoramas under both perimeters and the accounting of every row, not null
   * @throws OpenDataException if a file cannot be read or lacks a required column
   */
  public static SireneResult compute(SireneRequest request, ProgressListener listener) {
    return compute(request, listener, BUFFER, ChunkedRead.MIN_CHUNK);
  }

  /**
   * As {@link #compute(SireneRequest, ProgressListener)}, with a buffer size and the smallest chunk
   * worth a thread (small ones in tests, to split small files).
   */
  static SireneResult compute(
      SireneRequest request, ProgressListener listener, int bufferSize, long minChunk) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(listener, "listener");
    Cog cog = Cog.bundled();
    Selection selection = new Selection(request);
    InputFile establishments = InputFile.open(request.establishments());
    InputFile legalUnits = InputFile.open(request.legalUnits());
    String estName = establishments.name();
    String ulName = legalUnits.name();
    EstablishmentScan.Layout.of(estName, ChunkedRead.header(establishments), selection);
    LegalUnitScan.Layout.of(ulName, ChunkedRead.header(legalUnits));

    List<Part<EstablishmentScan>> estParts =
        ChunkedRead.run(
            establishments,
            request.threads(),
            bufferSize,
            minChunk,
            names -> EstablishmentScan.Layout.of(estName, names, selection),
            layout -> new EstablishmentScan(estName, layout, selection, cog),
            listener);
    int count = estParts.stream().mapToInt(p -> p.visitor().candidates.size()).sum();
    int[] sirens = new int[count];
    int i = 0;
    for (Part<EstablishmentScan> p : estParts) {
      for (Candidate c : p.visitor().candidates) {
        sirens[i++] = c.siren();
      }
    }
    SirenSet selected = new SirenSet(sirens);

    List<Part<LegalUnitScan>> ulParts =
        ChunkedRead.run(
            legalUnits,
            request.threads(),
            bufferSize,
            minChunk,
            names -> LegalUnitScan.Layout.of(ulName, names),
            layout -> new LegalUnitScan(ulName, layout, selected),
            listener);
    RowCounter ulCounter = new RowCounter(ulName);
    Map<Integer, Unit> units = new HashMap<>();
    for (Part<LegalUnitScan> p : ulParts) {
      ulCounter.merge(p.visitor().counter, p.lineOffset());
      for (Unit u : p.visitor().units) {
        long line = u.line() + p.lineOffset();
        Unit first = units.putIfAbsent(u.siren(), new Unit(u.siren(), line, u.facts()));
        if (first == null) {
          ulCounter.accept();
        } else {
          ulCounter.reject(
              RowRejection.of(
                  ulName,
                  line,
                  "siren",
                  OpenDataErrorCode.KEY_DUPLICATE,
                  String.format("%09d", u.siren()),
                  List.of(first.line())));
        }
      }
    }

    RowCounter estCounter = new RowCounter(estName);
    Panorama statutory = Panorama.empty();
    Panorama statistical = Panorama.empty();
    Map<PerimeterFacts, EssFamily[]> families = new HashMap<>();
    for (Part<EstablishmentScan> p : estParts) {
      estCounter.merge(p.visitor().counter, p.lineOffset());
      List<IndicatorInput> byLaw = new ArrayList<>();
      List<IndicatorInput> byStatistics = new ArrayList<>();
      for (Candidate c : p.visitor().candidates) {
        Unit unit = units.get(c.siren());
        if (unit == null) {
          estCounter.reject(
              RowRejection.of(
                  estName,
                  c.line() + p.lineOffset(),
                  "siret",
                  OpenDataErrorCode.LEGAL_UNIT_UNUSABLE,
                  c.siret(),
                  List.of()));
          continue;
        }
        estCounter.accept();
        PerimeterFacts facts =
            unit.facts()
                .withEmployer(c.employer() ? EmployerStatus.EMPLOYER : EmployerStatus.NON_EMPLOYER);
        EssFamily[] family =
            families.computeIfAbsent(
                facts,
                f ->
                    new EssFamily[] {
                      EssPerimeter.statutory(f, request.date()).family(),
                      EssPerimeter.statistical(f).family()
                    });
        byLaw.add(input(c, family[0]));
        byStatistics.add(input(c, family[1]));
      }
      statutory = statutory.merge(Panorama.of(byLaw));
      statistical = statistical.merge(Panorama.of(byStatistics));
    }
    return new SireneResult(
        request, statutory, statistical, estCounter.toAccounting(), ulCounter.toAccounting());
  }

  private static IndicatorInput input(Candidate c, EssFamily family) {
    return new IndicatorInput(c.siret(), c.commune(), family, c.employer(), c.sector(), c.jobs());
  }
}
