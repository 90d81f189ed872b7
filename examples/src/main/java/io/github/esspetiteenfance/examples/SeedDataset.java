package io.github.esspetiteenfance.examples;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.organization.LegalForm;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The content of the seed text « Accompagner la petite enfance et la parentalité » (Pays de la
 * Loire): the published regional figures, the networks it describes and its four portraits.
 *
 * <p>Provisional shape: the components that the core model will describe ({@code Organization},
 * {@code Establishment}, {@code Structure}, {@code Network}, published figures) are simple records
 * here until those types are on the main branch.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param title the title of the source text, not blank
 * @param source where the content comes from, and what is not known about it; not blank
 * @param figures the published regional figures, not empty, keys unique
 * @param networks the networks the text describes, names unique
 * @param portraits the portraits, not empty, names unique
 */
public record SeedDataset(
    String title,
    String source,
    List<Figure> figures,
    List<NetworkProfile> networks,
    List<Portrait> portraits) {

  /**
   * Creates a dataset.
   *
   * @throws InvalidValueException if a text is blank, a list is empty or a key repeats
   */
  public SeedDataset {
    requireText("title", title);
    requireText("source", source);
    figures = List.copyOf(figures);
    networks = List.copyOf(networks);
    portraits = List.copyOf(portraits);
    requireNotEmpty("figures", figures);
    requireNotEmpty("portraits", portraits);
    unique("figures", figures.stream().map(Figure::key).toList());
    unique("networks", networks.stream().map(NetworkProfile::name).toList());
    unique("portraits", portraits.stream().map(Portrait::organization).toList());
  }

  /**
   * Returns the figure of a key.
   *
   * @param key the key, such as {@code "ess-eaje"}; not null
   * @return the figure, not null
   * @throws IllegalArgumentException if the dataset has no such figure
   */
  public Figure figure(String key) {
    return figures.stream()
        .filter(f -> f.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no figure " + key));
  }

  /**
   * A published figure: a count or a percentage, as printed.
   *
   * @param key a stable key, such as {@code "ess-eaje"}; not blank
   * @param value the value as published (a count, or a percentage from 0 to 100); not negative
   * @param percent true if the value is a percentage
   * @param territory the territory it describes, such as "Pays de la Loire"; not blank
   * @param wording the sentence of the source, in French; not blank
   */
  public record Figure(
      String key, BigDecimal value, boolean percent, String territory, String wording) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Creates a figure.
     *
     * @throws InvalidValueException if a text is blank or the value is out of range
     */
    public Figure {
      requireText("key", key);
      Objects.requireNonNull(value, "value");
      requireText("territory", territory);
      requireText("wording", wording);
      if (value.signum() < 0 || (percent && value.compareTo(HUNDRED) > 0)) {
        throw new InvalidValueException(
            ExamplesErrorCode.FIGURE_OUT_OF_RANGE, key, value, percent ? "0..100" : ">= 0");
      }
    }
  }

  /**
   * A network as the text describes it.
   *
   * @param name the name, not blank
   * @param description what it does, in French; not blank
   * @param figures its figures as printed, such as "34 400 familles adhérentes"
   */
  public record NetworkProfile(String name, String description, List<String> figures) {

    /**
     * Creates a network profile.
     *
     * @throws InvalidValueException if a text is blank
     */
    public NetworkProfile {
      requireText("name", name);
      requireText("description", description);
      figures = List.copyOf(figures);
    }
  }

  /**
   * A portrait: an organization, where it acts, and the structures it runs.
   *
   * @param title the portrait's headline, not blank
   * @param organization the organization's name, not blank
   * @param legalForm its legal form as the text declares it, not null
   * @param places where it acts (communes, départements), not empty
   * @param structures the structures it runs, as described, not empty
   * @param summary the portrait in one sentence, in French; not blank
   */
  public record Portrait(
      String title,
      String organization,
      LegalForm legalForm,
      List<String> places,
      List<String> structures,
      String summary) {

    /**
     * Creates a portrait.
     *
     * @throws InvalidValueException if a text is blank or a list is empty
     */
    public Portrait {
      requireText("title", title);
      requireText("organization", organization);
      Objects.requireNonNull(legalForm, "legalForm");
      places = List.copyOf(places);
      structures = List.copyOf(structures);
      requireNotEmpty("places", places);
      requireNotEmpty("structures", structures);
      requireText("summary", summary);
    }
  }

  private static void requireText(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new InvalidValueException(ExamplesErrorCode.BLANK, field, value);
    }
  }

  private static void requireNotEmpty(String field, List<?> list) {
    if (list.isEmpty()) {
      throw new InvalidValueException(ExamplesErrorCode.EMPTY, field, list);
    }
  }

  private static void unique(String field, List<String> keys) {
    Set<String> seen = new HashSet<>();
    for (String key : keys) {
      if (!seen.add(key)) {
        throw new InvalidValueException(ExamplesErrorCode.DUPLICATE, field, key);
      }
    }
  }
}
