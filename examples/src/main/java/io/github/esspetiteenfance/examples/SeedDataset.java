package io.github.esspetiteenfance.examples;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.indicator.Indicator;
import io.github.esspetiteenfance.indicator.PublishedFigures;
import io.github.esspetiteenfance.network.Networks;
import io.github.esspetiteenfance.organization.Organization;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The content of the seed text « Accompagner la petite enfance et la parentalité » (Pays de la
 * Loire): the published regional figures, the networks it describes and its four portraits.
 *
 * <p>Every part is a type of the core model: the published figures are an {@code indicator} {@link
 * PublishedFigures} set; the portraits hold {@code Establishment}s with their {@code Organization}
 * and {@code Structure}; the networks are keys of core's reference set ({@link
 * Networks#reference()}), which holds their figures.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param title the title of the source text, not blank
 * @param source where the content comes from, and what is not known about it; not blank
 * @param figures the published regional figures with their sources, not empty
 * @param networks the keys of the networks the text describes, in core's reference set of networks
 *     ({@link Networks#reference()}, which holds their figures), unique
 * @param portraits the portraits, not empty, names unique
 */
public record SeedDataset(
    String title,
    String source,
    PublishedFigures figures,
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
    Objects.requireNonNull(figures, "figures");
    networks = List.copyOf(networks);
    portraits = List.copyOf(portraits);
    requireNotEmpty("figures", figures.figures());
    requireNotEmpty("portraits", portraits);
    unique("figures", figures.figures().stream().map(Indicator::id).toList());
    unique("networks", networks);
    for (String key : networks) {
      if (Networks.find(key).isEmpty()) {
        throw new InvalidValueException(ExamplesErrorCode.UNKNOWN_NETWORK, "networks", key);
      }
    }
    unique("portraits", portraits.stream().map(p -> p.organization().name()).toList());
  }

  /**
   * Reads the bundled dataset, {@code pays-de-la-loire.json} beside this class, with the {@code
   * json} module's strict validating reader, and checks that its figures can all be true.
   *
   * @return the dataset, not null
   */
  public static SeedDataset bundled() {
    return DatasetLoader.bundled();
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
