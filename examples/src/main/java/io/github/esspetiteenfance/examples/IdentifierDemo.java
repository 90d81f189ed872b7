package io.github.esspetiteenfance.examples;

import io.github.esspetiteenfance.identifier.CategorieJuridique;
import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodeNaf;
import io.github.esspetiteenfance.identifier.InvalidIdentifierException;
import io.github.esspetiteenfance.identifier.Siren;
import io.github.esspetiteenfance.identifier.Siret;
import java.util.List;
import java.util.Locale;

/**
 * Shows the French identifiers of the library: valid and invalid SIRETs, why an invalid one is
 * rejected (stable code and French/English messages), the La Poste exception, and a few codes.
 */
public final class IdentifierDemo {

  private IdentifierDemo() {}

  /**
   * Runs the demo.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("== SIRET ==");
    List<String> texts =
        List.of(
            "130 025 265 00013", // DINUM
            "55208131766522", // EDF
            "35600000049837", // La Poste: fails Luhn, digit sum 45
            "13002526500014", // wrong check digit
            "35600000049838", // La Poste, digit sum 46
            "1300252650001"); // 13 digits
    for (String text : texts) {
      try {
        Siret siret = Siret.of(text);
        System.out.printf(
            "%-20s valid: SIREN %s, NIC %s%s%n",
            text,
            siret.siren(),
            siret.nic(),
            siret.isLaPoste() ? " (La Poste: digit-sum rule)" : "");
      } catch (InvalidIdentifierException e) {
        System.out.printf("%-20s invalid [%s]%n", text, e.code());
        System.out.println("    en: " + e.message(Locale.ENGLISH));
        System.out.println("    fr: " + e.message(Locale.FRENCH));
      }
    }

    System.out.println("== SIREN ==");
    for (String text : List.of("552 081 317", "356000000", "552081318")) {
      System.out.printf("%-20s isValid: %s%n", text, Siren.isValid(text));
    }

    System.out.println("== Codes ==");
    CodeNaf naf = CodeNaf.of("8891A");
    System.out.println("NAF " + naf + " (" + naf.nomenclature() + ")");
    System.out.println("NAF 88.91G (" + CodeNaf.of("88.91G").nomenclature() + ")");
    CategorieJuridique scop = CategorieJuridique.of("5458");
    System.out.println("Catégorie juridique " + scop + ": " + scop.label());
    CodeCommune monnieres = CodeCommune.of("44100");
    System.out.println("Commune 44100 (Monnières), département " + monnieres.departement());
  }
}
