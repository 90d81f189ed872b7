package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.organization.EssFamily;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who an indicator counts: a sector, the ESS families of the organizations, and whether only
 * employer establishments count.
 *
 * <p>"233 EAJE ESS" counts {@code Population.ess(Sector.EAJE)}; "43 % of the EAJE" divides it by
 * {@code Population.all(Sector.EAJE)}; "80 % of them are associations" divides {@code
 * Population.family(Sector.EAJE, ASSOCIATION)} by the ESS population. Observatories count employer
 * establishments only (CRESS Pays de la Loire, SECONDARY, reference §2.1), which the factories here
 * do by default.
 *
 * <p>The families are those of {@link EssFamily}: the family each record is counted in is the
 * answer of the ESS perimeter the caller applied ({@code organization} package). {@link #ess} takes
 * every family for which {@link EssFamily#isEss()} is true.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param sector the activity, not null
 * @param families the families counted, not empty
 * @param employersOnly true if only employer establishments count
 */
public record Population(Sector sector, Set<EssFamily> families, boolean employersOnly) {

  private static final Set<EssFamily> ALL_FAMILIES = Set.copyOf(EnumSet.allOf(EssFamily.class));
  private static final Set<EssFamily> ESS_FAMILIES =
      Set.copyOf(
          Arrays.stream(EssFamily.values()).filter(EssFamily::isEss).collect(Collectors.toSet()));

  /**
   * Creates a population.
   *
   * @throws InvalidValueException with code {@link IndicatorErrorCode#POPULATION_EMPTY} if no
   *     family is counted
   */
  public Population {
    Objects.requireNonNull(sector, "sector");
    families = Set.copyOf(families);
    if (families.isEmpty()) {
      throw new InvalidValueException(IndicatorErrorCode.POPULATION_EMPTY, "families", families);
    }
  }

  /**
   * Obtains the employer establishments of every family (ESS or not) of a sector.
   *
   * @param sector the sector, not null
   * @return the population, not null
   */
  public static Population all(Sector sector) {
    return new Population(sector, ALL_FAMILIES, true);
  }

  /**
   * Obtains the employer establishments of the ESS families of a sector.
   *
   * @param sector the sector, not null
   * @return the population, not null
   */
  public static Population ess(Sector sector) {
    return new Population(sector, ESS_FAMILIES, true);
  }

  /**
   * Obtains the employer establishments of one family of a sector.
   *
   * @param sector the sector, not null
   * @param family the family, not null
   * @return the population, not null
   */
  public static Population family(Sector sector, EssFamily family) {
    return new Population(sector, Set.of(family), true);
  }

  /**
   * Returns this population counting every establishment, employer or not.
   *
   * @return the population, not null
   */
  public Population withNonEmployers() {
    return new Population(sector, families, false);
  }

  /**
   * Checks if this population contains another: what {@code other} counts, this one counts too.
   *
   * @param other the other population, not null
   * @return true if this sector covers the other's, these families include the other's, and this
   *     one counts non-employers or the other does not
   */
  public boolean includes(Population other) {
    return sector.covers(other.sector)
        && families.containsAll(other.families)
        && (!employersOnly || other.employersOnly);
  }

  /**
   * Returns the rest of this population once a part is taken out: the same sector and employers,
   * the families of this one that are not the part's.
   *
   * @param part a population with the same sector and employer scope, whose families are a strict
   *     subset of these; not null
   * @return the rest, empty if {@code part} is not such a subset
   */
  public Optional<Population> minus(Population part) {
    if (!sector.equals(part.sector)
        || employersOnly != part.employersOnly
        || !families.containsAll(part.families)
        || families.equals(part.families)) {
      return Optional.empty();
    }
    Set<EssFamily> rest = EnumSet.copyOf(families);
    rest.removeAll(part.families);
    return Optional.of(new Population(sector, rest, employersOnly));
  }

  /**
   * Checks if this population counts every family, ESS or not.
   *
   * @return true for every family
   */
  public boolean isAllFamilies() {
    return families.equals(ALL_FAMILIES);
  }

  /**
   * Checks if this population counts exactly the ESS families.
   *
   * @return true for the families of {@link #ess(Sector)}
   */
  public boolean isEss() {
    return families.equals(ESS_FAMILIES);
  }

  /**
   * Returns a short label of the families, such as {@code "ESS"}, {@code "all"} or {@code
   * "Association"}.
   *
   * @param locale French for {@code fr}, English otherwise; not null
   * @return the label, not null
   */
  public String familiesLabel(Locale locale) {
    if (isAllFamilies()) {
      return Display.isFrench(locale) ? "toutes" : "all";
    }
    if (isEss()) {
      return "ESS";
    }
    boolean fr = Display.isFrench(locale);
    if (families.stream().noneMatch(EssFamily::isEss)) {
      boolean allOthers = families.size() + ESS_FAMILIES.size() == ALL_FAMILIES.size();
      String nonEss = fr ? "hors ESS" : "non-ESS";
      return allOthers ? nonEss : nonEss + " (" + labels(families, locale) + ")";
    }
    if (ESS_FAMILIES.containsAll(families) && 2 * families.size() > ESS_FAMILIES.size()) {
      Set<EssFamily> missing = EnumSet.copyOf(ESS_FAMILIES);
      missing.removeAll(families);
      return (fr ? "ESS sauf " : "ESS except ") + labels(missing, locale);
    }
    return labels(families, locale);
  }

  private static String labels(Set<EssFamily> families, Locale locale) {
    return families.stream()
        .sorted()
        .map(f -> f.message(locale))
        .collect(Collectors.joining(" + "));
  }

  /**
   * Returns the families as text, the inverse of {@link #parseFamilies(String)}: {@code "ALL"},
   * {@code "ESS"}, or family names joined by {@code +}, such as {@code "ASSOCIATION"}.
   *
   * @return the text, not null
   */
  public String familiesCode() {
    if (isAllFamilies()) {
      return "ALL";
    }
    if (isEss()) {
      return "ESS";
    }
    return families.stream().sorted().map(Enum::name).collect(Collectors.joining("+"));
  }

  /**
   * Obtains families from their text: {@code "ALL"}, {@code "ESS"}, or family names joined by
   * {@code +}.
   *
   * @param text the text, not null
   * @return the families, not empty, not null
   * @throws InvalidValueException with code {@link IndicatorErrorCode#POPULATION_EMPTY} if a name
   *     is not a family
   */
  public static Set<EssFamily> parseFamilies(String text) {
    String t = text.strip();
    if ("ALL".equals(t)) {
      return ALL_FAMILIES;
    }
    if ("ESS".equals(t)) {
      return ESS_FAMILIES;
    }
    Set<EssFamily> families = EnumSet.noneOf(EssFamily.class);
    for (String name : t.split("\\+")) {
      try {
        families.add(EssFamily.valueOf(name.strip()));
      } catch (IllegalArgumentException e) {
        throw new InvalidValueException(IndicatorErrorCode.POPULATION_EMPTY, "families", text);
      }
    }
    return Set.copyOf(families);
  }

  /**
   * Obtains a population from its text, the inverse of {@link #toString()}: {@code
   * "NAF:88.91A/ESS"}, {@code "NAF:88.91A/ASSOCIATION/with-non-employers"}; {@code *} is every
   * sector.
   *
   * @param text the text, not null
   * @return the population, not null
   * @throws InvalidValueException with code {@link IndicatorErrorCode#SECTOR_INVALID} or {@link
   *     IndicatorErrorCode#POPULATION_EMPTY} if a part is not valid
   */
  public static Population parse(String text) {
    String[] parts = text.strip().split("/", -1);
    if (parts.length < 2
        || parts.length > 3
        || (parts.length == 3 && !"with-non-employers".equals(parts[2]))) {
      throw new InvalidValueException(IndicatorErrorCode.POPULATION_EMPTY, "population", text);
    }
    return new Population(Sector.parse(parts[0]), parseFamilies(parts[1]), parts.length == 2);
  }

  /** Returns the sector, the families and the employer scope, such as {@code NAF:88.91A/ESS}. */
  @Override
  public String toString() {
    return sector + "/" + familiesCode() + (employersOnly ? "" : "/with-non-employers");
  }
}
