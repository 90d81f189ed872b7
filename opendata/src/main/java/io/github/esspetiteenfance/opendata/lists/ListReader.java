package io.github.esspetiteenfance.opendata.lists;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.esspetiteenfance.ErrorCode;
import io.github.esspetiteenfance.EssPetiteEnfanceException;
import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.establishment.EstablishmentBuilder;
import io.github.esspetiteenfance.establishment.Site;
import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodePostal;
import io.github.esspetiteenfance.indicator.IndicatorInput;
import io.github.esspetiteenfance.indicator.Sector;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.opendata.OpenDataErrorCode;
import io.github.esspetiteenfance.opendata.OpenDataException;
import io.github.esspetiteenfance.opendata.ProgressListener;
import io.github.esspetiteenfance.opendata.RowCounter;
import io.github.esspetiteenfance.opendata.RowRejection;
import io.github.esspetiteenfance.organization.DeclaredEssStatus;
import io.github.esspetiteenfance.organization.EssFamily;
import io.github.esspetiteenfance.organization.LegalForm;
import io.github.esspetiteenfance.organization.Organization;
import io.github.esspetiteenfance.organization.OrganizationBuilder;
import io.github.esspetiteenfance.organization.PerimeterDefinition;
import io.github.esspetiteenfance.structure.Capacity;
import io.github.esspetiteenfance.structure.CrecheCollectiveBuilder;
import io.github.esspetiteenfance.structure.CrecheFamilialeBuilder;
import io.github.esspetiteenfance.structure.CrecheItineranteBuilder;
import io.github.esspetiteenfance.structure.HalteGarderieBuilder;
import io.github.esspetiteenfance.structure.JardinDEnfantsBuilder;
import io.github.esspetiteenfance.structure.Management;
import io.github.esspetiteenfance.structure.MicroCrecheBuilder;
import io.github.esspetiteenfance.structure.MultiAccueilBuilder;
import io.github.esspetiteenfance.structure.Structure;
import io.github.esspetiteenfance.structure.StructureKind;
import io.github.esspetiteenfance.territory.Cog;
import io.github.esspetiteenfance.territory.Commune;
import io.github.esspetiteenfance.territory.Postcodes;
import io.github.esspetiteenfance.territory.UnknownTerritoryException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a published list of EAJE (a CSV of a département, a city, a CAF) through a {@link
 * ListMapping} into the library's establishments, with the accounting of every row.
 *
 * <p>Each row ends as accepted (a {@link ListedEstablishment}), filtered out ({@link ListFilter}: a
 * type or a manager the mapping skips, an empty line) or rejected ({@link RowRejection}: the line,
 * the column, a {@link ListErrorCode} or the library's own code, the value, FR/EN message). A bad
 * row never stops the read and never shifts the rows after it: a row with more or fewer fields than
 * the header is rejected as a whole. Only an unreadable file, an empty file or a mapped column
 * missing from the header stops it ({@link OpenDataException}).
 *
 * <p>What a row becomes (each rule is the mapping's, never a guess):
 *
 * <ul>
 *   <li>a structure of the mapped {@link StructureKind}, with the capacity when the list gives one
 *       and {@link Management#PARENTAL} when the mapping says "parental";
 *   <li>an operating organization: the list does not name it, so it carries the establishment's
 *       name, with a {@link LegalForm.Declared declared} legal form of the mapped family
 *       (confidence {@link Confidence#SECONDARY}: the list's publisher says so), the employer
 *       status the mapping states, and an unknown declared ESS status;
 *   <li>one site, in the current commune of its INSEE code, else of its postcode (when the postcode
 *       belongs to one commune only), else of the mapping's fixed commune;
 *   <li>its records for the aggregation, in the sector {@link Sector#EAJE} (NAF 88.91A: every EAJE
 *       kind is an "accueil de jeunes enfants", DERIVED), under both ESS perimeters.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ListReader {

  private static final int PROGRESS_ROWS = 1_000;

  private ListReader() {}

  /**
   * Reads a list file.
   *
   * @param file the list, not null
   * @param mapping how to read it, not null
   * @param date the date of the ESS classification, not null
   * @param listener told of the progress, such as {@link ProgressListener#NONE}; not null
   * @return the establishments and the accounting, not null
   * @throws OpenDataException if the file cannot be read, is empty or lacks a mapped column
   */
  public static ListResult read(
      Path file, ListMapping mapping, LocalDate date, ProgressListener listener) {
    Objects.requireNonNull(file, "file");
    String name = file.getFileName().toString();
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new OpenDataException(
          OpenDataErrorCode.FILE_UNREADABLE, name, String.valueOf(e.getMessage()), e);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, name, size, mapping, date, listener);
    } catch (IOException e) {
      throw new OpenDataException(
          OpenDataErrorCode.FILE_UNREADABLE, name, String.valueOf(e.getMessage()), e);
    }
  }

  /**
   * Reads a list from a stream.
   *
   * @param in the list's bytes, in the mapping's encoding; not null, not closed
   * @param name the file name to give in the accounting, not null
   * @param size the size in bytes, -1 if not known
   * @param mapping how to read it, not null
   * @param date the date of the ESS classification, not null
   * @param listener told of the progress, not null
   * @return the establishments and the accounting, not null
   * @throws OpenDataException if the stream cannot be read, is empty or lacks a mapped column
   */
  public static ListResult read(
      InputStream in,
      String name,
      long size,
      ListMapping mapping,
      LocalDate date,
      ProgressListener listener) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mapping, "mapping");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(listener, "listener");
    Counting counting = new Counting(in);
    CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .fieldSeparator(mapping.delimiter())
            .skipEmptyLines(false)
            .allowMissingFields(true)
            .allowExtraFields(true)
            .detectBomHeader(true)
            .ofCsvRecord(new InputStreamReader(counting, mapping.encoding()));
    Run run = new Run(name, mapping, date);
    long rows = 0;
    try {
      var rowsIterator = csv.iterator();
      if (!rowsIterator.hasNext()) {
        throw new OpenDataException(OpenDataErrorCode.HEADER_MISSING, name, "", null);
      }
      run.header(rowsIterator.next());
      while (true) {
        CsvRecord row;
        try {
          if (!rowsIterator.hasNext()) {
            break;
          }
          row = rowsIterator.next();
        } catch (CsvParseException e) {
          run.unclosedQuote(e);
          break;
        }
        run.row(row);
        rows++;
        if (rows % PROGRESS_ROWS == 0) {
          listener.progress(new ProgressListener.Progress(name, counting.bytes, size, rows));
        }
      }
    } catch (UncheckedIOException e) {
      throw new OpenDataException(
          OpenDataErrorCode.FILE_UNREADABLE, name, String.valueOf(e.getMessage()), e);
    }
    listener.progress(new ProgressListener.Progress(name, counting.bytes, size, rows));
    return new ListResult(mapping, run.accepted, run.unclassified, run.counter.toAccounting());
  }

  /** The state of one read. */
  private static final class Run {
    private final String name;
    private final ListMapping mapping;
    private final LocalDate date;
    private final Cog cog = Cog.bundled();
    private final Postcodes postcodes = Postcodes.bundled();
    private final RowCounter counter;
    private final List<ListedEstablishment> accepted = new ArrayList<>();
    private final List<ListResult.Unclassified> unclassified = new ArrayList<>();
    private final Map<ListField, Integer> index = new EnumMap<>(ListField.class);
    private int columns;
    private long lastLine = 1;

    Run(String name, ListMapping mapping, LocalDate date) {
      this.name = name;
      this.mapping = mapping;
      this.date = date;
      this.counter = new RowCounter(name);
    }

    void header(CsvRecord header) {
      List<String> names = header.getFields().stream().map(String::strip).toList();
      columns = names.size();
      for (ListField field : ListField.values()) {
        Optional<String> column = mapping.column(field);
        if (column.isEmpty()) {
          continue;
        }
        int i = indexOf(names, column.get());
        if (i < 0) {
          throw new OpenDataException(
              OpenDataErrorCode.COLUMN_MISSING,
              name,
              column.get(),
              null,
              names.stream().collect(Collectors.joining(", ")));
        }
        index.put(field, i);
      }
    }

    private static int indexOf(List<String> names, String column) {
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i).equalsIgnoreCase(column.strip())) {
          return i;
        }
      }
      return -1;
    }

    void unclosedQuote(CsvParseException e) {
      counter.reject(
          new RowRejection(
              name,
              lastLine + 1,
              "",
              OpenDataErrorCode.ROW_UNCLOSED_QUOTE,
              "",
              List.of(String.valueOf(e.getMessage()))));
    }

    void row(CsvRecord row) {
      long line = row.getStartingLineNumber();
      lastLine = line;
      if (row.getFields().stream().allMatch(String::isBlank)) {
        counter.filter(ListFilter.EMPTY_LINE);
        return;
      }
      if (row.getFieldCount() != columns) {
        counter.reject(
            new RowRejection(
                name,
                line,
                "",
                row.getFieldCount() < columns
                    ? OpenDataErrorCode.ROW_TOO_SHORT
                    : OpenDataErrorCode.ROW_TOO_LONG,
                String.join(String.valueOf(mapping.delimiter()), row.getFields()),
                List.of(row.getFieldCount(), columns)));
        return;
      }
      try {
        accept(row, line);
      } catch (Rejected r) {
        counter.reject(r.rejection);
      }
    }

    private static RowRejection refusal(String name, long line, EssPetiteEnfanceException e) {
      return new RowRejection(
          name,
          line,
          e.field().orElse(""),
          new Refusal(e),
          String.valueOf(e.rejectedValue()),
          List.of());
    }

    private void accept(CsvRecord row, long line) {
      String label = value(row, ListField.NAME).orElse("");
      if (label.isBlank()) {
        throw reject(line, ListField.NAME, ListErrorCode.VALUE_BLANK, "");
      }
      String kindText = value(row, ListField.KIND).orElse("");
      if (kindText.isBlank()) {
        throw reject(line, ListField.KIND, ListErrorCode.VALUE_BLANK, "");
      }
      Optional<ListMapping.KindMapping> kind = mapping.kind(kindText);
      if (kind.isEmpty()) {
        throw reject(line, ListField.KIND, ListErrorCode.KIND_UNMAPPED, kindText);
      }
      if (kind.get().kind().isEmpty()) {
        counter.filter(ListFilter.KIND_SKIPPED);
        return;
      }
      String managerText = value(row, ListField.MANAGER).orElse("");
      Optional<Optional<EssFamily>> family = mapping.manager(managerText);
      if (family.isEmpty()) {
        throw reject(line, ListField.MANAGER, ListErrorCode.MANAGER_UNMAPPED, managerText);
      }
      Optional<Capacity> capacity = capacity(row, line);
      Commune commune = commune(row, line);
      if (family.get().isEmpty()) {
        try {
          unclassified.add(
              new ListResult.Unclassified(line, label.strip(), structure(kind.get(), capacity)));
        } catch (EssPetiteEnfanceException e) {
          throw new Rejected(refusal(name, line, e));
        }
        counter.filter(ListFilter.MANAGER_UNKNOWN);
        return;
      }
      Establishment establishment;
      IndicatorInput statutory;
      IndicatorInput statistical;
      try {
        Structure structure = structure(kind.get(), capacity);
        String wording = managerText.isBlank() ? family.get().get().label() : managerText.strip();
        Organization operator =
            OrganizationBuilder.builder()
                .name(label.strip())
                .legalForm(
                    LegalForm.declared(
                        family.get().get(), wording, Confidence.SECONDARY, mapping.source()))
                .declaredStatus(DeclaredEssStatus.UNKNOWN)
                .employer(mapping.employer())
                .build();
        establishment =
            EstablishmentBuilder.builder()
                .name(label.strip())
                .operator(operator)
                .structure(structure)
                .addSites(Site.of(commune.code()))
                .build();
        statutory =
            IndicatorInput.fromEstablishment(
                establishment, Sector.EAJE, PerimeterDefinition.STATUTORY, date, cog);
        statistical =
            IndicatorInput.fromEstablishment(
                establishment, Sector.EAJE, PerimeterDefinition.STATISTICAL, date, cog);
      } catch (EssPetiteEnfanceException e) {
        throw new Rejected(refusal(name, line, e));
      }
      counter.accept();
      accepted.add(new ListedEstablishment(line, establishment, statutory, statistical));
    }

    private Optional<Capacity> capacity(CsvRecord row, long line) {
      String text = value(row, ListField.CAPACITY).orElse("").replaceAll("[\\s\\u00a0]", "");
      if (text.isEmpty()) {
        return Optional.empty();
      }
      try {
        int places = Integer.parseInt(text);
        if (Capacity.isValid(places)) {
          return Optional.of(Capacity.of(places));
        }
      } catch (NumberFormatException e) {
        // rejected below
      }
      throw reject(line, ListField.CAPACITY, ListErrorCode.CAPACITY_INVALID, text);
    }

    private Commune commune(CsvRecord row, long line) {
      String code = value(row, ListField.COMMUNE).orElse("").strip();
      if (!code.isEmpty()) {
        return resolve(line, ListField.COMMUNE, code);
      }
      String postcode = value(row, ListField.POSTCODE).orElse("").strip();
      if (!postcode.isEmpty()) {
        if (!CodePostal.isValid(postcode)) {
          throw reject(line, ListField.POSTCODE, ListErrorCode.COMMUNE_UNKNOWN, postcode, "format");
        }
        List<Commune> communes = postcodes.currentCommunes(CodePostal.of(postcode));
        if (communes.isEmpty()) {
          throw reject(
              line, ListField.POSTCODE, ListErrorCode.COMMUNE_UNKNOWN, postcode, "La Poste");
        }
        if (communes.size() > 1) {
          throw reject(
              line,
              ListField.POSTCODE,
              ListErrorCode.COMMUNE_AMBIGUOUS,
              postcode,
              communes.stream().map(c -> c.code().toString()).collect(Collectors.joining(" ")));
        }
        return communes.get(0);
      }
      if (mapping.commune().isPresent()) {
        return resolve(line, ListField.COMMUNE, mapping.commune().get().toString());
      }
      throw reject(
          line,
          mapping.column(ListField.COMMUNE).isPresent() ? ListField.COMMUNE : ListField.POSTCODE,
          ListErrorCode.VALUE_BLANK,
          "");
    }

    private Commune resolve(long line, ListField field, String code) {
      if (!CodeCommune.isValid(code)) {
        throw reject(line, field, ListErrorCode.COMMUNE_UNKNOWN, code, "format");
      }
      try {
        return IndicatorInput.currentCommune(CodeCommune.of(code), cog);
      } catch (UnknownTerritoryException e) {
        throw reject(line, field, ListErrorCode.COMMUNE_UNKNOWN, code, "COG 2026");
      } catch (EssPetiteEnfanceException e) {
        throw reject(line, field, ListErrorCode.COMMUNE_AMBIGUOUS, code, "COG 2026");
      }
    }

    private static Structure structure(ListMapping.KindMapping mapping, Optional<Capacity> places) {
      Optional<Management> management =
          mapping.parental() ? Optional.of(Management.PARENTAL) : Optional.empty();
      StructureKind kind = mapping.kind().orElseThrow();
      return switch (kind) {
        case CRECHE_COLLECTIVE ->
            CrecheCollectiveBuilder.builder().capacity(places).management(management).build();
        case HALTE_GARDERIE ->
            HalteGarderieBuilder.builder().capacity(places).management(management).build();
        case MULTI_ACCUEIL ->
            MultiAccueilBuilder.builder().capacity(places).management(management).build();
        case MICRO_CRECHE ->
            MicroCrecheBuilder.builder().capacity(places).management(management).build();
        case CRECHE_FAMILIALE ->
            CrecheFamilialeBuilder.builder().capacity(places).management(management).build();
        case JARDIN_D_ENFANTS ->
            JardinDEnfantsBuilder.builder().capacity(places).management(management).build();
        case CRECHE_ITINERANTE ->
            CrecheItineranteBuilder.builder().capacity(places).management(management).build();
        default -> throw new IllegalStateException("not an EAJE kind: " + kind);
      };
    }

    private Optional<String> value(CsvRecord row, ListField field) {
      Integer i = index.get(field);
      return i == null ? Optional.empty() : Optional.of(row.getField(i));
    }

    private Rejected reject(
        long line, ListField field, ListErrorCode code, String value, Object... extra) {
      return new Rejected(
          new RowRejection(
              name, line, mapping.column(field).orElse(field.key()), code, value, List.of(extra)));
    }
  }

  /**
   * The library's own refusal of a row (an invariant of the model, an employer status nobody
   * tells): its code, and its message in French and English with all its arguments.
   */
  private record Refusal(EssPetiteEnfanceException error) implements ErrorCode {
    @Override
    public String code() {
      return error.code();
    }

    @Override
    public String message(Locale locale, Object... arguments) {
      return error.message(locale);
    }
  }

  /** A row rejected while being read: unwinds to the row loop. */
  private static final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient RowRejection rejection;

    Rejected(RowRejection rejection) {
      super(null, null, false, false);
      this.rejection = rejection;
    }
  }

  /** Counts the bytes read, for the progress bar. */
  private static final class Counting extends FilterInputStream {
    private volatile long bytes;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        bytes++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        bytes += n;
      }
      return n;
    }
  }
}
