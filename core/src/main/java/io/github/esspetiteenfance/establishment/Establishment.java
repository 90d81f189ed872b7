package io.github.esspetiteenfance.establishment;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.identifier.Siret;
import io.github.esspetiteenfance.organization.Organization;
import io.github.esspetiteenfance.structure.Structure;
import io.github.esspetiteenfance.structure.StructureKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An establishment: a structure of some kind, run by an operating organization on one or more
 * sites, with its jobs and its history.
 *
 * <p>Example (the seed's MicroScop, without its commitments):
 *
 * <pre>{@code
 * Establishment microScop = Establishment.builder()
 *     .name("MicroScop")
 *     .operator(scop)
 *     .structure(MicroCreche.builder().ages(AgeRange.ofMonths(2, 48)).build())
 *     .addSites(Site.of(CodeCommune.of("44100")), Site.of(CodeCommune.of("44165")))
 *     .build();
 * }</pre>
 *
 * <p>Invariants: the name is not blank; there is at least one site and no two sites are equal; when
 * a SIRET is given and the operator has a SIREN, the SIRET belongs to that SIREN; partners are
 * distinct. The SIRET is optional: sources such as the seed give none, and the library never
 * invents identifiers. Sites are kept in the order the source gives them; when a SIRET is given,
 * the first site is the one at the SIRET's address.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param siret the SIRET (Sirene establishment number), if known
 * @param name the establishment's name, not blank
 * @param operator the organization that runs it (its gestionnaire), not null
 * @param structure the kind of structure with its attributes, not null
 * @param sites the sites, at least one, distinct, in the source's order
 * @param jobs the jobs of a year, if known
 * @param history the events of its history, in order; empty if none is known
 * @param partners the organizations that support or work with it; empty if none is known
 * @param description a free presentation, in the source's words, for facts the model does not type;
 *     not blank
 */
@Value.Builder
public record Establishment(
    Optional<Siret> siret,
    @NotBlank String name,
    Organization operator,
    Structure structure,
    @NotEmpty List<Site> sites,
    Optional<Jobs> jobs,
    List<Milestone> history,
    List<Partner> partners,
    Optional<@Pattern(regexp = Checks.NON_BLANK) String> description)
    implements WithEstablishment {

  /**
   * Creates an establishment; prefer {@code EstablishmentBuilder}.
   *
   * @throws InvalidValueException with code {@link CommonErrorCode#BLANK}, {@link
   *     EstablishmentErrorCode#NO_SITE}, {@link EstablishmentErrorCode#DUPLICATE_SITE}, {@link
   *     EstablishmentErrorCode#SIRET_SIREN_MISMATCH} or {@link
   *     EstablishmentErrorCode#DUPLICATE_PARTNER}
   */
  public Establishment {
    Objects.requireNonNull(siret, "siret");
    Checks.nonBlank(name, "name");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(structure, "structure");
    sites = List.copyOf(Objects.requireNonNull(sites, "sites"));
    Objects.requireNonNull(jobs, "jobs");
    history = List.copyOf(Objects.requireNonNull(history, "history"));
    partners = List.copyOf(Objects.requireNonNull(partners, "partners"));
    Checks.nonBlank(description, "description");
    checkSites(sites);
    checkSiren(siret, operator);
    checkPartners(partners);
  }

  private static void checkSites(List<Site> sites) {
    if (sites.isEmpty()) {
      throw new InvalidValueException(EstablishmentErrorCode.NO_SITE, "sites", sites);
    }
    for (int i = 1; i < sites.size(); i++) {
      int first = sites.subList(0, i).indexOf(sites.get(i));
      if (first >= 0) {
        throw new InvalidValueException(
            EstablishmentErrorCode.DUPLICATE_SITE, "sites[" + i + "]", sites.get(i), first);
      }
    }
  }

  private static void checkSiren(Optional<Siret> siret, Organization operator) {
    if (siret.isPresent()
        && operator.siren().isPresent()
        && !siret.get().siren().equals(operator.siren().get())) {
      throw new InvalidValueException(
          EstablishmentErrorCode.SIRET_SIREN_MISMATCH,
          "siret",
          siret.get(),
          operator.siren().get());
    }
  }

  private static void checkPartners(List<Partner> partners) {
    Set<List<Object>> seen = new HashSet<>();
    for (int i = 0; i < partners.size(); i++) {
      Partner p = partners.get(i);
      if (!seen.add(List.of(p.name().strip(), p.role()))) {
        throw new InvalidValueException(
            EstablishmentErrorCode.DUPLICATE_PARTNER, "partners[" + i + "]", p.name());
      }
    }
  }

  /**
   * Returns the kind of the establishment's structure.
   *
   * @return the kind, not null
   */
  public StructureKind kind() {
    return structure.kind();
  }

  /**
   * Returns the communes of the sites whose commune is known, in the sites' order.
   *
   * @return the communes, not null, empty if no site's commune is known
   */
  public Set<CodeCommune> communes() {
    Set<CodeCommune> communes = new LinkedHashSet<>();
    sites.forEach(s -> s.commune().ifPresent(communes::add));
    return Collections.unmodifiableSet(communes);
  }

  /**
   * Returns the départements of the sites whose département is known, in the sites' order.
   *
   * @return the départements, not null, empty if no site's département is known
   */
  public Set<CodeDepartement> departements() {
    Set<CodeDepartement> departements = new LinkedHashSet<>();
    sites.forEach(s -> s.location().departement().ifPresent(departements::add));
    return Collections.unmodifiableSet(departements);
  }

  /**
   * Returns the sites whose commune is not known.
   *
   * @return the sites, in order, not null
   */
  public List<Site> sitesWithoutCommune() {
    List<Site> unknown = new ArrayList<>();
    sites.forEach(
        s -> {
          if (s.commune().isEmpty()) {
            unknown.add(s);
          }
        });
    return List.copyOf(unknown);
  }

  /**
   * Obtains a builder of Establishment (the generated {@code EstablishmentBuilder}); copy an
   * instance with {@code builder().from(x)}.
   *
   * @return a new builder, not null
   */
  public static EstablishmentBuilder builder() {
    return EstablishmentBuilder.builder();
  }
}
