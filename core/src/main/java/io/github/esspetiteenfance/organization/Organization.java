package io.github.esspetiteenfance.organization;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.identifier.CodeNaf;
import io.github.esspetiteenfance.identifier.RnaNumber;
import io.github.esspetiteenfance.identifier.Siren;
import io.github.esspetiteenfance.territory.Territory;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An organization (a legal unit): an association, a cooperative, a mutual, a foundation, a company,
 * a public body... with its identifiers, legal form, ESS declarations, specific statuses and
 * network memberships.
 *
 * <p><b>Identifiers are optional.</b> Many sources (press, observatory portraits) name an
 * organization without its SIREN or RNA number; the library never invents one. The RNA number is
 * always optional: associations de droit local in Alsace-Moselle have none.
 *
 * <p><b>The legal form is required, the catégorie juridique is not.</b> A {@link LegalForm} is
 * either the INSEE catégorie juridique ({@link LegalForm.Coded}) or, when the source says only "an
 * association" or "a SCOP", the declared family ({@link LegalForm.Declared}), so such a source can
 * be described without inventing a code.
 *
 * <p>Build one with {@link OrganizationBuilder}: {@code name}, {@code legalForm}, {@code
 * declaredStatus} and {@code employer} are required; say {@link DeclaredEssStatus#UNKNOWN} and
 * {@link EmployerStatus#UNKNOWN} when the organization was not looked up in Sirene.
 *
 * <p>Invariants, checked on construction:
 *
 * <ul>
 *   <li>the name is not blank;
 *   <li>an RNA number requires the association family ({@link
 *       OrganizationErrorCode#RNA_NOT_ASSOCIATION}), and is impossible for an association de droit
 *       local or an association non déclarée ({@link OrganizationErrorCode#RNA_NOT_REGISTERED});
 *   <li>every specific status is compatible with the legal form and the declared ESS status ({@link
 *       SpecificStatus#isCompatibleWith(LegalForm, DeclaredEssStatus)}, {@link
 *       OrganizationErrorCode#STATUS_INCOMPATIBLE}); SCOP and SCIC, or the association de droit
 *       local and the loi 1901 statuses, exclude each other ({@link
 *       OrganizationErrorCode#STATUSES_EXCLUSIVE});
 *   <li>an ESUS agrément requires a legal form that can be in the ESS ({@link
 *       OrganizationErrorCode#ESUS_FORM_NOT_ELIGIBLE});
 *   <li>no status, no network and no territory appears twice ({@link CommonErrorCode#DUPLICATE}).
 * </ul>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the name (dénomination), not blank
 * @param siren the SIREN number, if known
 * @param rna the RNA number, if any and known
 * @param legalForm the legal form, not null
 * @param declaredStatus the ESS status declared in Sirene, not null
 * @param esusAgrement the ESUS agrément, if any
 * @param statuses the specific statuses (SCOP, ARUP...), without duplicates; not null
 * @param memberships the network memberships, at most one per network; not null
 * @param origin how the organization came into being, if known
 * @param activity the main activity (APE code), if known
 * @param employer whether the organization employs staff, not null
 * @param territories the territories it acts in, as a source describes them (départements,
 *     communes...), without duplicates; not its registered address; not null
 */
@Value.Builder
public record Organization(
    String name,
    Optional<Siren> siren,
    Optional<RnaNumber> rna,
    LegalForm legalForm,
    DeclaredEssStatus declaredStatus,
    Optional<EsusAgrement> esusAgrement,
    List<SpecificStatus> statuses,
    List<Membership> memberships,
    Optional<Origin> origin,
    Optional<CodeNaf> activity,
    EmployerStatus employer,
    List<Territory> territories) {

  private static final Set<String> NOT_IN_RNA = Set.of("9210", "9260");

  /**
   * Creates an organization.
   *
   * @throws InvalidValueException if an invariant of the class documentation is broken
   */
  public Organization {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(siren, "siren");
    Objects.requireNonNull(rna, "rna");
    Objects.requireNonNull(legalForm, "legalForm");
    Objects.requireNonNull(declaredStatus, "declaredStatus");
    Objects.requireNonNull(esusAgrement, "esusAgrement");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(employer, "employer");
    statuses = List.copyOf(statuses);
    memberships = List.copyOf(memberships);
    territories = List.copyOf(territories);
    io.github.esspetiteenfance.internal.TextChecks.characters(name, "name");
    if (name.isBlank()) {
      throw new InvalidValueException(CommonErrorCode.BLANK, "name", name);
    }
    checkRna(rna, legalForm, statuses);
    checkStatuses(statuses, legalForm, declaredStatus);
    if (esusAgrement.isPresent() && !legalForm.family().isEss()) {
      throw new InvalidValueException(
          OrganizationErrorCode.ESUS_FORM_NOT_ELIGIBLE, "esusAgrement", legalForm);
    }
    if (territories.size() > 1 && new HashSet<>(territories).size() != territories.size()) {
      throw new InvalidValueException(CommonErrorCode.DUPLICATE, "territories", territories);
    }
    checkMemberships(memberships);
  }

  private static void checkMemberships(List<Membership> memberships) {
    if (memberships.size() <= 1) {
      return;
    }
    Set<String> networks = new HashSet<>();
    for (Membership m : memberships) {
      if (!networks.add(m.network())) {
        throw new InvalidValueException(CommonErrorCode.DUPLICATE, "memberships", m.network());
      }
    }
  }

  private static void checkRna(
      Optional<RnaNumber> rna, LegalForm form, List<SpecificStatus> statuses) {
    if (rna.isEmpty()) {
      return;
    }
    if (form.family() != EssFamily.ASSOCIATION) {
      throw new InvalidValueException(
          OrganizationErrorCode.RNA_NOT_ASSOCIATION, "rna", rna.get(), form);
    }
    boolean notRegisteredCode =
        form.categorieJuridique().map(cj -> NOT_IN_RNA.contains(cj.toString())).orElse(false);
    if (notRegisteredCode || statuses.contains(SpecificStatus.ASSOCIATION_DROIT_LOCAL)) {
      throw new InvalidValueException(
          OrganizationErrorCode.RNA_NOT_REGISTERED, "rna", rna.get(), form);
    }
  }

  private static void checkStatuses(
      List<SpecificStatus> statuses, LegalForm form, DeclaredEssStatus declared) {
    Set<SpecificStatus> seen = new HashSet<>();
    for (int i = 0; i < statuses.size(); i++) {
      SpecificStatus status = statuses.get(i);
      if (!seen.add(status)) {
        throw new InvalidValueException(CommonErrorCode.DUPLICATE, "statuses", status);
      }
      for (SpecificStatus other : seen) {
        if (status.excludes(other)) {
          throw new InvalidValueException(
              OrganizationErrorCode.STATUSES_EXCLUSIVE, "statuses[" + i + "]", status, other);
        }
      }
      if (!status.isCompatibleWith(form, declared)) {
        throw new InvalidValueException(
            OrganizationErrorCode.STATUS_INCOMPATIBLE,
            "statuses[" + i + "]",
            status,
            form,
            declared);
      }
    }
  }

  /**
   * Returns what the ESS perimeter needs to know of this organization.
   *
   * @return the facts, not null
   */
  public PerimeterFacts perimeterFacts() {
    return new PerimeterFacts(legalForm, declaredStatus, esusAgrement, activity, employer);
  }

  /**
   * Returns the family of this organization's legal form.
   *
   * @return the family, not null
   */
  public EssFamily legalFormFamily() {
    return legalForm.family();
  }

  /**
   * Checks if this organization holds a specific status.
   *
   * @param status the status, not null
   * @return true if {@link #statuses()} holds it
   */
  public boolean has(SpecificStatus status) {
    return statuses.contains(status);
  }

  /**
   * Returns this organization's membership of a network.
   *
   * @param network the network's key, not null
   * @return the membership, empty if the organization is not linked to the network
   */
  public Optional<Membership> membership(String network) {
    Objects.requireNonNull(network, "network");
    return memberships.stream().filter(m -> m.network().equals(network)).findFirst();
  }
}
