package io.github.esspetiteenfance.opendata.lists;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.organization.EmployerStatus;
import io.github.esspetiteenfance.organization.EssFamily;
import io.github.esspetiteenfance.structure.StructureFamily;
import io.github.esspetiteenfance.structure.StructureKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How to read one published list of EAJE: how its file is written, which column holds which {@link
 * ListField}, and how each value of its type and manager columns maps to a {@link StructureKind}
 * and to an {@link EssFamily}.
 *
 * <p>Give it as a small CSV file ({@link #read(Path)}, format below) or build it ({@link
 * #builder()}). The mapping file has three columns, {@code section,key,value}, a comma between
 * them, UTF-8, lines starting with {@code #} ignored:
 *
 * <pre>
 * section,key,value
 * # how the list file is written: separator (a character, or comma / semicolon / tab),
 * # encoding (UTF-8, windows-1252, ISO-8859-1...)
 * format,delimiter,;
 * format,encoding,UTF-8
 * # the source, for attribution in reports (required)
 * list,source,Ville de Nantes : structures d'accueil petite enfance (2025)
 * # whether the establishments employ staff: yes, no or unknown (required; say it, never assumed)
 * list,employer,yes
 * # optional: one commune for the whole list when it has no commune column (INSEE code)
 * list,commune,44109
 * # optional: one family for the whole list when it has no manager column
 * list,manager,association
 * # which column (header name) holds which field: name and kind are required
 * column,name,Nom
 * column,kind,Type
 * column,manager,Gestion
 * column,capacity,Nb places
 * column,commune,Code INSEE
 * column,postcode,Code postal
 * # each value of the type column: a kind code of the library, "parental" after it for a crèche
 * # à gestion parentale, or "skip" to leave the rows out (counted as filtered)
 * kind,Multi-accueil,multi-accueil
 * kind,Crèche parentale,creche-collective parental
 * kind,Micro-crèche,micro-creche
 * kind,MAM,skip
 * # each value of the manager column: association, cooperative, mutuelle, fondation,
 * # societe-commerciale-ess, other-non-profit, public-sector, outside-ess, or unknown (the rows
 * # are left out, counted as filtered: the library does not guess a legal form)
 * manager,Associatif,association
 * manager,Commune,public-sector
 * manager,Privé,unknown
 * </pre>
 *
 * <p>Values are matched ignoring case and repeated spaces ({@code "Micro crèche"} matches {@code
 * "micro crèche"}), not accents. A value the mapping does not list rejects the row with {@link
 * ListErrorCode#KIND_UNMAPPED} or {@link ListErrorCode#MANAGER_UNMAPPED}: a list is never read by
 * guessing. Kinds are the EAJE kinds of {@link StructureKind} (a MAM, which is not an EAJE and
 * needs its assistants to be described, can only be skipped).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ListMapping {

  private final String name;
  private final char delimiter;
  private final Charset encoding;
  private final String source;
  private final EmployerStatus employer;
  private final Optional<CodeCommune> commune;
  private final Optional<Optional<EssFamily>> manager;
  private final Map<ListField, String> columns;
  private final Map<String, KindMapping> kinds;
  private final Map<String, Optional<EssFamily>> managers;

  private ListMapping(Builder b) {
    this.name = b.name;
    this.delimiter = b.delimiter;
    this.encoding = b.encoding;
    this.source = b.source;
    this.employer = b.employer;
    this.commune = b.commune;
    this.manager = b.manager;
    this.columns = Map.copyOf(b.columns);
    this.kinds = Map.copyOf(b.kinds);
    this.managers = Map.copyOf(b.managers);
  }

  /**
   * Returns a builder of a mapping, named {@code "mapping"}, separator {@code ;}, UTF-8.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder("mapping");
  }

  /**
   * Reads a mapping file.
   *
   * @param file the file, not null
   * @return the mapping, not null
   * @throws ListMappingException if the file cannot be read, or a line is wrong, or the mapping is
   *     incomplete; its field gives the file and line
   */
  public static ListMapping read(Path file) {
    Objects.requireNonNull(file, "file");
    String fileName = file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, fileName);
    } catch (IOException e) {
      throw new ListMappingException(
          ListErrorCode.MAPPING_SYNTAX, fileName, file, "unreadable: " + e.getMessage());
    }
  }

  /**
   * Reads a mapping in the file format from a stream (UTF-8).
   *
   * @param in the stream, not null; not closed
   * @param fileName the name to give in errors, not null
   * @return the mapping, not null
   * @throws ListMappingException if a line is wrong or the mapping is incomplete
   */
  public static ListMapping read(InputStream in, String fileName) {
    Builder b = new Builder(fileName);
    CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .commentStrategy(CommentStrategy.SKIP)
            .commentCharacter('#')
            .skipEmptyLines(true)
            .allowMissingFields(true)
            .allowExtraFields(true)
            .detectBomHeader(true)
            .ofCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8));
    try {
      boolean first = true;
      for (CsvRecord row : csv) {
        String where = fileName + ":" + row.getStartingLineNumber();
        if (first
            && row.getFieldCount() == 3
            && row.getField(0).strip().equalsIgnoreCase("section")) {
          first = false;
          continue;
        }
        first = false;
        if (row.getFieldCount() == 1 && row.getField(0).isBlank()) {
          continue;
        }
        if (row.getFieldCount() != 3) {
          throw new ListMappingException(
              ListErrorCode.MAPPING_SYNTAX,
              where,
              String.join(",", row.getFields()),
              row.getFieldCount() + " fields, 3 expected: section,key,value");
        }
        b.line(where, row.getField(0).strip(), row.getField(1), row.getField(2).strip());
      }
    } catch (CsvParseException | UncheckedIOException e) {
      throw new ListMappingException(
          ListErrorCode.MAPPING_SYNTAX, fileName, "", String.valueOf(e.getMessage()));
    }
    return b.build();
  }

  /**
   * Returns the name of the mapping (its file name).
   *
   * @return the name, not null
   */
  public String name() {
    return name;
  }

  /**
   * Returns the field separator of the list file.
   *
   * @return the separator
   */
  public char delimiter() {
    return delimiter;
  }

  /**
   * Returns the encoding of the list file.
   *
   * @return the charset, not null
   */
  public Charset encoding() {
    return encoding;
  }

  /**
   * Returns the source of the list, for attribution.
   *
   * @return the source, not blank
   */
  public String source() {
    return source;
  }

  /**
   * Returns whether the listed establishments employ staff, as the mapping states it.
   *
   * @return the status, not null
   */
  public EmployerStatus employer() {
    return employer;
  }

  /**
   * Returns the one commune of the whole list, if the mapping gives it.
   *
   * @return the commune code
   */
  public Optional<CodeCommune> commune() {
    return commune;
  }

  /**
   * Returns the column of a field.
   *
   * @param field the field, not null
   * @return the header name of its column, empty if the list does not give it
   */
  public Optional<String> column(ListField field) {
    return Optional.ofNullable(columns.get(field));
  }

  /**
   * Returns how a value of the type column maps.
   *
   * @param value the value as written in the list, not null
   * @return the kind mapping, empty if the mapping does not list the value
   */
  public Optional<KindMapping> kind(String value) {
    return Optional.ofNullable(kinds.get(normalize(value)));
  }

  /**
   * Returns how a value of the manager column maps, or the mapping's fixed manager when the list
   * has no manager column.
   *
   * @param value the value as written in the list, not null
   * @return empty if the value is not listed; a present empty family for {@code unknown}
   */
  public Optional<Optional<EssFamily>> manager(String value) {
    if (columns.get(ListField.MANAGER) == null) {
      return manager;
    }
    return Optional.ofNullable(managers.get(normalize(value)));
  }

  /** Returns the mapping's name and columns. */
  @Override
  public String toString() {
    return "ListMapping[" + name + ", " + columns + "]";
  }

  static String normalize(String value) {
    return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * How a value of the type column maps: to an EAJE kind, parental or not, or to nothing (the rows
   * are skipped).
   *
   * <p>This record is immutable and thread-safe.
   *
   * @param kind the kind, empty to skip the rows
   * @param parental true for an EAJE à gestion parentale (CSP R2324-17 IV and R2324-50)
   */
  public record KindMapping(Optional<StructureKind> kind, boolean parental) {

    /** Creates a kind mapping. */
    public KindMapping {
      Objects.requireNonNull(kind, "kind");
    }

    /**
     * Obtains the mapping that skips the rows.
     *
     * @return the mapping, not null
     */
    public static KindMapping skip() {
      return new KindMapping(Optional.empty(), false);
    }
  }

  /** A builder of a mapping; {@link #build()} checks that it is complete. */
  public static final class Builder {
    private final String name;
    private char delimiter = ';';
    private Charset encoding = StandardCharsets.UTF_8;
    private String source;
    private EmployerStatus employer;
    private Optional<CodeCommune> commune = Optional.empty();
    private Optional<Optional<EssFamily>> manager = Optional.empty();
    private final Map<ListField, String> columns = new EnumMap<>(ListField.class);
    private final Map<String, KindMapping> kinds = new LinkedHashMap<>();
    private final Map<String, Optional<EssFamily>> managers = new LinkedHashMap<>();

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Sets the field separator of the list file ({@code ;} by default).
     *
     * @param separator the separator
     * @return this builder
     */
    public Builder delimiter(char separator) {
      this.delimiter = separator;
      return this;
    }

    /**
     * Sets the encoding of the list file (UTF-8 by default).
     *
     * @param charset the charset, not null
     * @return this builder
     */
    public Builder encoding(Charset charset) {
      this.encoding = Objects.requireNonNull(charset, "charset");
      return this;
    }

    /**
     * Sets the source of the list, for attribution (required).
     *
     * @param text the source, not blank
     * @return this builder
     */
    public Builder source(String text) {
      this.source = Objects.requireNonNull(text, "text").strip();
      return this;
    }

    /**
     * Sets whether the listed establishments employ staff (required).
     *
     * @param status the status, not null
     * @return this builder
     */
    public Builder employer(EmployerStatus status) {
      this.employer = Objects.requireNonNull(status, "status");
      return this;
    }

    /**
     * Sets one commune for the whole list, for a list without a commune column.
     *
     * @param code the commune, not null
     * @return this builder
     */
    public Builder commune(CodeCommune code) {
      this.commune = Optional.of(code);
      return this;
    }

    /**
     * Sets one family for the whole list, for a list without a manager column.
     *
     * @param family the family, empty for unknown; not null
     * @return this builder
     */
    public Builder manager(Optional<EssFamily> family) {
      this.manager = Optional.of(Objects.requireNonNull(family, "family"));
      return this;
    }

    /**
     * Maps a field to a column of the list.
     *
     * @param field the field, not null
     * @param header the header name of the column, not blank
     * @return this builder
     */
    public Builder column(ListField field, String header) {
      columns.put(Objects.requireNonNull(field, "field"), header.strip());
      return this;
    }

    /**
     * Maps a value of the type column.
     *
     * @param value the value as written in the list, not blank
     * @param mapping the kind mapping, not null
     * @return this builder
     */
    public Builder kind(String value, KindMapping mapping) {
      if (mapping.kind().isPresent() && mapping.kind().get().family() != StructureFamily.EAJE) {
        throw new ListMappingException(
            ListErrorCode.MAPPING_VALUE_INVALID, name, mapping.kind().get(), eajeCodes());
      }
      kinds.put(normalize(value), mapping);
      return this;
    }

    /**
     * Maps a value of the manager column.
     *
     * @param value the value as written in the list, not blank
     * @param family the family, empty for unknown (the rows are left out); not null
     * @return this builder
     */
    public Builder manager(String value, Optional<EssFamily> family) {
      managers.put(normalize(value), Objects.requireNonNull(family, "family"));
      return this;
    }

    /**
     * Returns the mapping.
     *
     * @return the mapping, not null
     * @throws ListMappingException with code {@link ListErrorCode#MAPPING_INCOMPLETE} if the
     *     source, the employer status, the name or kind column, the kinds, or a way to find the
     *     commune or the manager is missing
     */
    public ListMapping build() {
      require(source != null && !source.isBlank(), "list,source");
      require(employer != null, "list,employer (yes, no or unknown)");
      require(columns.containsKey(ListField.NAME), "column,name");
      require(columns.containsKey(ListField.KIND), "column,kind");
      require(!kinds.isEmpty(), "kind,<value>,<kind> lines");
      require(
          columns.containsKey(ListField.COMMUNE)
              || columns.containsKey(ListField.POSTCODE)
              || commune.isPresent(),
          "column,commune or column,postcode or list,commune");
      require(
          columns.containsKey(ListField.MANAGER) ? !managers.isEmpty() : manager.isPresent(),
          "column,manager with manager,<value>,<family> lines, or list,manager");
      return new ListMapping(this);
    }

    private void require(boolean present, String what) {
      if (!present) {
        throw new ListMappingException(ListErrorCode.MAPPING_INCOMPLETE, name, "", what);
      }
    }

    /** One line of a mapping file. */
    void line(String where, String section, String key, String value) {
      switch (section.toLowerCase(Locale.ROOT)) {
        case "format" -> format(where, key.strip().toLowerCase(Locale.ROOT), value);
        case "list" -> list(where, key.strip().toLowerCase(Locale.ROOT), value);
        case "column" -> column(field(where, key), value);
        case "kind" -> kind(key, kindMapping(where, value));
        case "manager" -> manager(key, family(where, value));
        default -> unknown(where, section, "format, list, column, kind, manager");
      }
    }

    private void format(String where, String key, String value) {
      switch (key) {
        case "delimiter" -> delimiter(separator(where, value));
        case "encoding" -> encoding(charset(where, value));
        default -> unknown(where, key, "delimiter, encoding");
      }
    }

    private void list(String where, String key, String value) {
      switch (key) {
        case "source" -> source(value);
        case "employer" ->
            employer(
                switch (value.toLowerCase(Locale.ROOT)) {
                  case "yes", "oui" -> EmployerStatus.EMPLOYER;
                  case "no", "non" -> EmployerStatus.NON_EMPLOYER;
                  case "unknown", "inconnu" -> EmployerStatus.UNKNOWN;
                  default -> throw invalid(where, value, "yes, no, unknown");
                });
        case "commune" -> {
          if (!CodeCommune.isValid(value)) {
            throw invalid(where, value, "an INSEE commune code such as 44109");
          }
          commune(CodeCommune.of(value));
        }
        case "manager" -> manager(family(where, value));
        default -> unknown(where, key, "source, employer, commune, manager");
      }
    }

    private ListField field(String where, String key) {
      String k = key.strip().toUpperCase(Locale.ROOT);
      for (ListField f : ListField.values()) {
        if (f.name().equals(k)) {
          return f;
        }
      }
      throw unknown(
          where,
          key,
          Arrays.stream(ListField.values()).map(ListField::key).collect(Collectors.joining(", ")));
    }

    private KindMapping kindMapping(String where, String value) {
      String[] words = value.strip().toLowerCase(Locale.ROOT).split("\\s+");
      if (words.length == 1 && words[0].equals("skip")) {
        return KindMapping.skip();
      }
      boolean parental = words.length == 2 && words[1].equals("parental");
      if (words.length > 2 || (words.length == 2 && !parental)) {
        throw invalid(where, value, "<kind> or <kind> parental or skip");
      }
      for (StructureKind k : StructureKind.values()) {
        if (k.family() == StructureFamily.EAJE
            && (k.code().equals(words[0]) || k.name().equalsIgnoreCase(words[0]))) {
          return new KindMapping(Optional.of(k), parental);
        }
      }
      throw invalid(where, value, eajeCodes() + ", skip");
    }

    private Optional<EssFamily> family(String where, String value) {
      String v = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
      if (v.equals("UNKNOWN")) {
        return Optional.empty();
      }
      for (EssFamily f : EssFamily.values()) {
        if (f.name().equals(v)) {
          return Optional.of(f);
        }
      }
      throw invalid(where, value, familyCodes() + ", unknown");
    }

    private static char separator(String where, String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "comma", "," -> ',';
        case "semicolon", ";" -> ';';
        case "tab", "\\t" -> '\t';
        case "pipe", "|" -> '|';
        default -> {
          if (value.length() != 1) {
            throw invalid(where, value, "one character, comma, semicolon or tab");
          }
          yield value.charAt(0);
        }
      };
    }

    private static Charset charset(String where, String value) {
      try {
        return Charset.forName(value);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw invalid(where, value, "UTF-8, windows-1252, ISO-8859-1...");
      }
    }

    private static ListMappingException invalid(String where, String value, String expected) {
      return new ListMappingException(ListErrorCode.MAPPING_VALUE_INVALID, where, value, expected);
    }

    private static ListMappingException unknown(String where, String key, String known) {
      throw new ListMappingException(ListErrorCode.MAPPING_UNKNOWN_KEY, where, key, known);
    }

    private static String eajeCodes() {
      return Arrays.stream(StructureKind.values())
          .filter(k -> k.family() == StructureFamily.EAJE)
          .map(StructureKind::code)
          .collect(Collectors.joining(", "));
    }

    private static String familyCodes() {
      return Arrays.stream(EssFamily.values())
          .map(f -> f.name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .collect(Collectors.joining(", "));
    }
  }
}
