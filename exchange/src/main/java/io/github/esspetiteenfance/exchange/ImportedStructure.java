package io.github.esspetiteenfance.exchange;

import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.establishment.EstablishmentBuilder;
import io.github.esspetiteenfance.establishment.Site;
import io.github.esspetiteenfance.identifier.Siret;
import io.github.esspetiteenfance.organization.Organization;
import io.github.esspetiteenfance.structure.Structure;
import io.github.esspetiteenfance.structure.StructureKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A data·inclusion structure read back into the model, as far as it maps: data·inclusion says
 * nothing of the operator, so this is not yet an {@link Establishment}; {@link
 * #toEstablishment(Organization)} makes one with an operator the caller knows.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id the data·inclusion identifier, not blank
 * @param name the structure's {@code nom}, not blank
 * @param siret its SIRET, if valid
 * @param kind the structure kind its services designate, if any
 * @param structure the structure of the kind its services designate (with its opening hours), empty
 *     if no service designates a kind
 * @param sites the sites its services (else the structure itself) locate, possibly empty
 * @param description its description, if any
 * @param gaps the fields not carried over, with the reason, not null
 */
public record ImportedStructure(
    String id,
    String name,
    Optional<Siret> siret,
    Optional<StructureKind> kind,
    Optional<Structure> structure,
    List<Site> sites,
    Optional<String> description,
    List<Gap> gaps) {

  /** Creates a record; copies the lists. */
  public ImportedStructure {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(siret, "siret");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(structure, "structure");
    sites = List.copyOf(sites);
    Objects.requireNonNull(description, "description");
    gaps = List.copyOf(gaps);
  }

  /**
   * Returns the establishment this structure describes, run by an operator.
   *
   * @param operator the operator, not null
   * @return the establishment, not null
   * @throws ExchangeException with code {@code exchange.import.missing-field} if no kind or no site
   *     could be read
   * @throws io.github.esspetiteenfance.EssPetiteEnfanceException from the model if the SIRET does
   *     not belong to the operator's SIREN
   */
  public Establishment toEstablishment(Organization operator) {
    Objects.requireNonNull(operator, "operator");
    if (structure.isEmpty()) {
      throw new ExchangeException(ExchangeErrorCode.MISSING_FIELD, id + ".services[].nom", null);
    }
    if (sites.isEmpty()) {
      throw new ExchangeException(ExchangeErrorCode.MISSING_FIELD, id + ".code_insee", null);
    }
    EstablishmentBuilder builder =
        EstablishmentBuilder.builder()
            .name(name)
            .operator(operator)
            .structure(structure.get())
            .sites(sites)
            .description(description);
    siret.ifPresent(builder::siret);
    return builder.build();
  }
}
