package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.internal.ResourceCsv;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.territory.Cog;
import io.github.esspetiteenfance.territory.Territory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A named set of published figures with their sources, such as the seed's figures on EAJE in Pays
 * de la Loire: the input of {@link ConsistencyChecker#check(PublishedFigures)}.
 *
 * <p>The bundled sets are read from {@code published-figures.csv} and {@code published-sources.csv}
 * beside this class (see the {@code README.md} there):
 *
 * <ul>
 *   <li>{@link #paysDeLaLoireEaje()}: the figures of the seed text « Accompagner la petite enfance
 *       et la parentalité » attributed to the CRESS Pays de la Loire: 233 ESS EAJE in région 52, 3
 *       239 jobs, 80 % of them associative, 47 % of the sector's jobs, 43 % of the région's EAJE,
 *       30 % nationally. The publication, its year and its dataset are not identified (reference
 *       §9): every figure is UNCONFIRMED and has no period;
 *   <li>{@link #franceEssEaje()}: ESS France's « chiffre de la semaine » (with Aésio Mutuelle): 3
 *       EAJE out of 10, about 4 000 ESS EAJE, 46 258 jobs, 11 000 children in mutualist EAJE;
 *       SECONDARY, year not stated.
 * </ul>
 *
 * <p>How the figures are read (an interpretation, DERIVED): establishments are employer
 * establishments of APE {@code 88.91A} (reference §6.2); percentages are rounded half up to the
 * unit, the usual rule (the texts do not say; for these figures the closed reading {@link
 * Rounding#NEAREST} gives the same implied ranges); "3 sur 10" is a share rounded to 10 points;
 * "environ 4 000" and "11 000" are read as rounded to the thousand.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id the set's id, such as {@code "pdl-eaje-seed"}; not blank
 * @param title a title for readers, not blank
 * @param figures the figures, not null
 */
public record PublishedFigures(String id, String title, List<Indicator> figures) {

  private static final String FIGURES = "published-figures.csv";
  private static final String SOURCES = "published-sources.csv";

  /** Creates a set. */
  public PublishedFigures {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    figures = List.copyOf(figures);
    if (id.isBlank()) {
      throw new InvalidValueException(CommonErrorCode.BLANK, "id", id);
    }
    if (title.isBlank()) {
      throw new InvalidValueException(CommonErrorCode.BLANK, "title", title);
    }
  }

  /**
   * Returns the seed's figures on EAJE in Pays de la Loire (CRESS Pays de la Loire, UNCONFIRMED).
   *
   * @return the set {@code pdl-eaje-seed}, not null
   */
  public static PublishedFigures paysDeLaLoireEaje() {
    return bundled("pdl-eaje-seed");
  }

  /**
   * Returns ESS France's figures on ESS EAJE nationally (SECONDARY).
   *
   * @return the set {@code fr-eaje-ess-france}, not null
   */
  public static PublishedFigures franceEssEaje() {
    return bundled("fr-eaje-ess-france");
  }

  /**
   * Returns a bundled set by id.
   *
   * @param setId the id, such as {@code "pdl-eaje-seed"}; not null
   * @return the set, not null
   * @throws InvalidValueException with code {@link IndicatorErrorCode#PUBLISHED_FORMAT} if no set
   *     has that id
   */
  public static PublishedFigures bundled(String setId) {
    PublishedFigures set = Bundled.SETS.get(setId);
    if (set == null) {
      throw new InvalidValueException(
          IndicatorErrorCode.PUBLISHED_FORMAT, "0", FIGURES, "no set " + setId);
    }
    return set;
  }

  /**
   * Reads sets of published figures from two files in the format of the bundled ones (see the
   * {@code README.md} beside {@code published-figures.csv}): the figures, one per line ({@code
   * set,set_title,id,measure,territory,period,population,base,value,source,quote}), and their
   * sources ({@code source,publisher,dataset,vintage,url,confidence,note}); UTF-8, comma-separated,
   * double quotes, lines starting with {@code #} ignored.
   *
   * @param figures the figures file, not null
   * @param sources the sources file, not null
   * @return the sets of the figures file, in their order; not null
   * @throws InvalidValueException with code {@link IndicatorErrorCode#PUBLISHED_FORMAT} if a file
   *     cannot be read or a line is malformed (the field is the line number, the value the file)
   */
  public static List<PublishedFigures> read(Path figures, Path sources) {
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(sources, "sources");
    return List.copyOf(
        read(rows(sources.toString(), open(sources)), rows(figures.toString(), open(figures)))
            .values());
  }

  private static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new InvalidValueException(
          IndicatorErrorCode.PUBLISHED_FORMAT, "0", file.toString(), "unreadable: " + e);
    }
  }

  /**
   * Returns the set of this set's figures and another's.
   *
   * @param other the other set, not null
   * @return a set with both sets' figures, not null
   */
  public PublishedFigures with(PublishedFigures other) {
    List<Indicator> all = new ArrayList<>(figures);
    all.addAll(other.figures);
    return new PublishedFigures(id + "+" + other.id, title + " + " + other.title, all);
  }

  /**
   * Returns a figure by id.
   *
   * @param figureId the id, not null
   * @return the figure, empty if none has that id
   */
  public Optional<Indicator> find(String figureId) {
    return figures.stream().filter(f -> f.id().equals(figureId)).findFirst();
  }

  /** The bundled sets, read once. */
  private static final class Bundled {
    static final Map<String, PublishedFigures> SETS =
        Map.copyOf(read(rows(SOURCES, resource(SOURCES)), rows(FIGURES, resource(FIGURES))));
  }

  private static InputStream resource(String name) {
    InputStream in = PublishedFigures.class.getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("missing resource " + name));
    }
    return in;
  }

  private static Map<String, PublishedFigures> read(List<Row> sourceRows, List<Row> figureRows) {
    Map<String, Source> sources = new HashMap<>();
    for (Row row : sourceRows) {
      try {
        sources.put(
            row.get("source"),
            new Source(
                row.get("publisher"),
                row.get("dataset"),
                optional(row.get("vintage")),
                optional(row.get("url")),
                Confidence.valueOf(row.get("confidence")),
                row.get("note")));
      } catch (IllegalArgumentException e) {
        if (e instanceof InvalidValueException iv
            && iv.errorCode() == IndicatorErrorCode.PUBLISHED_FORMAT) {
          throw iv;
        }
        throw row.error(e.getMessage());
      }
    }
    Map<String, List<Indicator>> figures = new LinkedHashMap<>();
    Map<String, String> titles = new HashMap<>();
    for (Row row : figureRows) {
      try {
        Source source = sources.get(row.get("source"));
        if (source == null) {
          throw row.error("unknown source " + row.get("source"));
        }
        titles.putIfAbsent(row.get("set"), row.get("set_title"));
        figures
            .computeIfAbsent(row.get("set"), k -> new ArrayList<>())
            .add(
                new Indicator(
                    row.get("id"),
                    Measure.valueOf(row.get("measure")),
                    value(row.get("value"), row),
                    territory(row.get("territory"), row),
                    period(row.get("period")),
                    Population.parse(row.get("population")),
                    optional(row.get("base")).map(Population::parse),
                    source,
                    Origin.PUBLISHED,
                    Secrecy.NONE));
      } catch (IllegalArgumentException e) {
        if (e instanceof InvalidValueException iv
            && iv.errorCode() == IndicatorErrorCode.PUBLISHED_FORMAT) {
          throw iv;
        }
        throw row.error(e.getMessage());
      }
    }
    Map<String, PublishedFigures> sets = new LinkedHashMap<>();
    figures.forEach((k, v) -> sets.put(k, new PublishedFigures(k, titles.get(k), v)));
    return sets;
  }

  private static Optional<String> optional(String text) {
    return text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  private static Optional<ReferencePeriod> period(String text) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        text.length() == 4
            ? ReferencePeriod.ofYear(Integer.parseInt(text))
            : ReferencePeriod.ofDate(LocalDate.parse(text)));
  }

  /** The one territory reference ({@link Territory#reference()}): {@code region:52}... */
  private static Territory territory(String text, Row row) {
    try {
      return Cog.bundled().territory(text);
    } catch (RuntimeException e) {
      throw row.error("territory " + text);
    }
  }

  /**
   * {@code count:233}, {@code about:4000:1000} (nearest), {@code percent:43:1:HALF_UP}, {@code
   * range:[3, 5]}, {@code amount:12.5}.
   */
  private static IndicatorValue value(String text, Row row) {
    String[] p = text.split(":", -1);
    return switch (p[0]) {
      case "count" -> Count.of(Long.parseLong(p[1]));
      case "about" ->
          new RoundedCount(Long.parseLong(p[1]), Long.parseLong(p[2]), Rounding.NEAREST);
      case "percent" ->
          new RoundedPercentage(new BigDecimal(p[1]), new BigDecimal(p[2]), Rounding.valueOf(p[3]));
      case "range" -> CountRange.parse(p[1]);
      case "amount" -> new Amount(new BigDecimal(p[1]));
      default -> throw row.error("value " + text);
    };
  }

  // ------------------------------------------------------------ rows of the library's one CSV
  // dialect

  private record Row(String resource, ResourceCsv.Row row) {
    String get(String column) {
      try {
        return row.get(column);
      } catch (ResourceCsv.MalformedException e) {
        throw error("no column " + column);
      }
    }

    InvalidValueException error(String detail) {
      return new InvalidValueException(
          IndicatorErrorCode.PUBLISHED_FORMAT, Integer.toString(row.line()), resource, detail);
    }
  }

  /**
   * Reads rows in the library's one CSV dialect ({@link ResourceCsv}); a malformed line (a caller's
   * file or a bundled one) is refused with {@link IndicatorErrorCode#PUBLISHED_FORMAT}, the line
   * number as the field.
   */
  private static List<Row> rows(String resource, InputStream stream) {
    try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
      return ResourceCsv.read(in, resource).rows().stream().map(r -> new Row(resource, r)).toList();
    } catch (ResourceCsv.MalformedException e) {
      throw new InvalidValueException(
          IndicatorErrorCode.PUBLISHED_FORMAT,
          Integer.toString(e.line()),
          resource,
          e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
