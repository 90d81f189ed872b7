package io.github.esspetiteenfance.moduletest;

import io.github.esspetiteenfance.constraints.fr.ValidSiret;
import io.github.esspetiteenfance.identifier.InvalidIdentifierException;
import io.github.esspetiteenfance.identifier.Siren;
import io.github.esspetiteenfance.json.EssJson;
import io.github.esspetiteenfance.json.JsonDocumentException;
import io.github.esspetiteenfance.organization.DeclaredEssStatus;
import io.github.esspetiteenfance.organization.EmployerStatus;
import io.github.esspetiteenfance.organization.LegalForm;
import io.github.esspetiteenfance.organization.Organization;
import io.github.esspetiteenfance.organization.OrganizationBuilder;
import io.github.esspetiteenfance.validation.ModelValidator;
import java.util.Locale;

/**
 * What an application on the module path does with the library: builds a model object, validates it
 * with Hibernate Validator, writes and reads it as JSON, and reads messages of core and json in
 * French. Each method returns what the test checks.
 */
public final class ModuleSmoke {

  private ModuleSmoke() {}

  /**
   * Builds an organization: an association (catégorie juridique 9220) with its SIREN.
   *
   * @return the organization, not null
   */
  public static Organization organization() {
    return OrganizationBuilder.builder()
        .name("Association des crèches parentales")
        .siren(Siren.parse("552081317"))
        .legalForm(LegalForm.of("9220"))
        .declaredStatus(DeclaredEssStatus.NOT_DECLARED)
        .employer(EmployerStatus.EMPLOYER)
        .build();
  }

  /**
   * Returns the number of problems Hibernate Validator finds on the organization.
   *
   * @return 0 for a valid organization
   */
  public static int problems() {
    return ModelValidator.shared().validate(organization()).problems().size();
  }

  /**
   * Writes the organization as JSON and reads it back.
   *
   * @return the organization read back, not null
   */
  public static Organization roundTrip() {
    return EssJson.reader(Organization.class).read(EssJson.encode(organization()));
  }

  /**
   * Returns the French message of an invalid SIREN (a message file of core).
   *
   * @return the message, not null
   */
  public static String identifierMessage() {
    try {
      Siren.of("552081318");
      throw new AssertionError("an invalid SIREN was accepted");
    } catch (InvalidIdentifierException e) {
      return e.message(Locale.FRENCH);
    }
  }

  /**
   * Returns the codes and the French message of a refused document (a message file of json).
   *
   * @return the codes and the message, not null
   */
  public static String refusedDocument() {
    try {
      EssJson.reader(Organization.class).read("{\"name\":\"\"}");
      throw new AssertionError("an invalid document was accepted");
    } catch (JsonDocumentException e) {
      return e.codes() + " " + e.message(Locale.FRENCH);
    }
  }

  /**
   * A form of an application: a SIRET typed by a person, checked with the library's constraint.
   *
   * @param siret the SIRET as typed, may be null
   */
  public record Form(@ValidSiret String siret) {}

  /**
   * Returns the codes of the problems the library's constraint finds on a form: Hibernate Validator
   * creates the constraint's validator, which lives in a package core opens but does not export.
   *
   * @param siret the SIRET as typed
   * @return the codes, empty for a valid SIRET
   */
  public static java.util.List<String> siretProblems(String siret) {
    return ModelValidator.shared().validate(new Form(siret)).codes();
  }
}
