package io.github.esspetiteenfance.network;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.internal.ResourceCsv;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.organization.EssFamily;
import io.github.esspetiteenfance.organization.Membership;
import io.github.esspetiteenfance.organization.SpecificStatus;
import io.github.esspetiteenfance.territory.Cog;
import io.github.esspetiteenfance.territory.Territory;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The reference networks bundled with the library: the structuring networks of early childhood and
 * parenting support in Pays de la Loire that the project's seed names, with their figures.
 *
 * <p>Familles Rurales, the Union régionale des centres sociaux des Pays de la Loire, the Fédération
 * des acteurs de la solidarité Pays de la Loire, the URIOPSS Pays de la Loire, the ACEPP, the Pôle
 * ESS Vendée and the CRESS Pays de la Loire. They are read once, on first use, from {@code
 * networks.csv} and {@code network-figures.csv} beside this class (see the {@code README.md}
 * there). Legal statuses come from secondary sources and are labelled so; none of these networks'
 * SIREN was checked, so none is given.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Networks {

  /** The dialect of the bundled files: RFC 4180 quoting, blank lines skipped. */
  private Networks() {}

  /**
   * Returns the reference networks, in the order of the seed.
   *
   * @return the networks, an unmodifiable list, not null
   */
  public static List<Network> reference() {
    return Holder.ALL;
  }

  /**
   * Returns the reference network with a key, or else with an acronym (ignoring case).
   *
   * @param keyOrAcronym a key such as {@code "familles-rurales"} or an acronym such as {@code
   *     "URIOPSS"}; not null
   * @return the network, empty if none matches
   */
  public static Optional<Network> find(String keyOrAcronym) {
    Objects.requireNonNull(keyOrAcronym, "keyOrAcronym");
    Optional<Network> byKey =
        Holder.ALL.stream().filter(n -> n.key().equals(keyOrAcronym)).findFirst();
    if (byKey.isPresent()) {
      return byKey;
    }
    return Holder.ALL.stream()
        .filter(n -> n.acronym().map(a -> a.equalsIgnoreCase(keyOrAcronym)).orElse(false))
        .findFirst();
  }

  /**
   * Returns the reference network with a key or an acronym, or throws.
   *
   * @param keyOrAcronym the key or acronym, not null
   * @return the network, not null
   * @throws InvalidValueException with code {@link NetworkErrorCode#UNKNOWN_NETWORK} if none
   *     matches
   */
  public static Network require(String keyOrAcronym) {
    return find(keyOrAcronym)
        .orElseThrow(
            () ->
                new InvalidValueException(
                    NetworkErrorCode.UNKNOWN_NETWORK, "network", keyOrAcronym));
  }

  /**
   * Returns the reference network a membership points to.
   *
   * @param membership the membership, not null
   * @return the network, empty if the membership names a network outside the reference set
   */
  public static Optional<Network> resolve(Membership membership) {
    return find(membership.network());
  }

  /**
   * Obtains a territory from the text the resource files use: {@code FR}, {@code region:52}, {@code
   * departement:85} or {@code commune:44109}, looked up in the bundled COG 2026.
   */
  static Territory territory(String text) {
    try {
      return Cog.bundled().territory(text);
    } catch (io.github.esspetiteenfance.EssPetiteEnfanceException e) {
      throw new IllegalStateException("ess-petite-enfance bug: bad territory " + text, e);
    }
  }

  private static Optional<String> optional(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private static <E extends Enum<E>> List<E> enums(Class<E> type, String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(text.split("\\|")).map(s -> Enum.valueOf(type, s)).toList();
  }

  private static final class Holder {
    static final List<Network> ALL = load();

    private static List<Network> load() {
      Map<String, List<NetworkFigure>> figures = new LinkedHashMap<>();
      for (ResourceCsv.Row row : ResourceCsv.read(Networks.class, "network-figures.csv").rows()) {
        NetworkFigure figure =
            NetworkFigureBuilder.builder()
                .kind(FigureKind.valueOf(row.get("kind")))
                .quantity(Quantity.parse(row.get("quantity")))
                .scope(territory(row.get("scope")))
                .year(optional(row.get("year")).map(Year::parse))
                .wording(row.get("wording"))
                .source(new Citation(row.get("source"), Confidence.valueOf(row.get("confidence"))))
                .build();
        figures.computeIfAbsent(row.get("network"), k -> new ArrayList<>()).add(figure);
      }
      List<Network> networks = new ArrayList<>();
      for (ResourceCsv.Row row : ResourceCsv.read(Networks.class, "networks.csv").rows()) {
        String key = row.get("key");
        NetworkLegalStatus status =
            new NetworkLegalStatus(
                EssFamily.valueOf(row.get("family")),
                enums(SpecificStatus.class, row.get("statuses")),
                Confidence.valueOf(row.get("statusConfidence")),
                row.get("statusNote"));
        networks.add(
            NetworkBuilder.builder()
                .key(key)
                .name(row.get("name"))
                .acronym(optional(row.get("acronym")))
                .legalStatus(status)
                .territory(territory(row.get("territory")))
                .level(NetworkLevel.valueOf(row.get("level")))
                .federates(enums(MemberKind.class, row.get("federates")))
                .figures(figures.getOrDefault(key, List.of()))
                .parent(optional(row.get("parent")))
                .source(new Citation(row.get("source"), Confidence.valueOf(row.get("confidence"))))
                .note(row.get("note"))
                .build());
        figures.remove(key);
      }
      if (!figures.isEmpty()) {
        throw new IllegalStateException(
            "ess-petite-enfance bug: figures of unknown networks " + figures.keySet());
      }
      return List.copyOf(networks);
    }
  }
}
