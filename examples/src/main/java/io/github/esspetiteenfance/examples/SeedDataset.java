package io.github.esspetiteenfance.examples;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.network.Networks;
import io.github.esspetiteenfance.organization.Organization;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The content of the seed text « Accompagner la petite enfance et la parentalité » (Pays de la
 * Loire): the published regional figures, the networks it describes and its four portraits.
 *
 * <p>Organizations and structures are the core model's; the figures, networks and establishments
 * are simple records here until core's {@code indicator} and {@code establishment} packages
 * describe them. The networks are those of core's reference set, by key.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param title the title of the source text, not blank
 * @param source where the content comes from, and what is not known about it; not blank
 * @param figures the published regional figures, not empty, keys unique
 * @param networks the keys of the networks the text describes, in core's reference set of networks
 *     ({@link Networks#reference()}, which holds their figures), unique
 * @param portraits the portraits, not empty, names unique
 */
public record SeedDataset(
    String title,
    String source,
    List<@NotNull @Valid Figure> figures,
    List<String> networks,
    List<@NotNull @Valid Portrait> portraits) {

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
    unique("networks", networks);
    for (String key : networks) {
      if (Networks.find(key).isEmpty()) {
        throw new InvalidValueException(ExamplesErrorCode.UNKNOWN_NETWORK, "networks", key);
      }
    }
    unique("portraits", portraits.stream().map(p -> p.organization().name()).toList());
  }

  /**
   * Returns the number of establishments of all portraits.
   *
   * @return the number, not negative
   */
  public int establishmentCount() {
    return portraits.stream().mapToInt(p -> p.establishments().size()).sum();
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
   * A portrait: the establishments of one organization, as the text presents them.
   *
   * @param title the portrait's headline, not blank
   * @param establishments the establishments the text describes, not empty, all run by the same
   *     organization
   * @param summary the portrait in one sentence, in French; not blank
   */
  public record Portrait(
      String title, List<@NotNull @Valid Establishment> establishments, String summary) {

    /**
     * Creates a portrait.
     *
     * @throws InvalidValueException if a text is blank, there is no establishment, or two
     *     establishments have different operators
     */
    public Portrait {
      requireText("title", title);
      establishments = List.copyOf(establishments);
      requireNotEmpty("establishments", establishments);
      requireText("summary", summary);
      Organization operator = establishments.get(0).operator();
      for (int i = 1; i < establishments.size(); i++) {
        if (!establishments.get(i).operator().equals(operator)) {
          throw new InvalidValueException(
              ExamplesErrorCode.OPERATOR_MISMATCH,
              "establishments[" + i + "].operator",
              establishments.get(i).operator().name(),
              operator.name());
        }
      }
    }

    /**
     * Returns the organization of the portrait: the operator of its establishments.
     *
     * @return the organization, not null
     */
    public Organization organization() {
      return establishments.get(0).operator();
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
