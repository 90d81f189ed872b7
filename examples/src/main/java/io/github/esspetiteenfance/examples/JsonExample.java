package io.github.esspetiteenfance.examples;

import io.github.esspetiteenfance.json.EssDocument;
import io.github.esspetiteenfance.json.EssJson;
import io.github.esspetiteenfance.json.JsonDocumentException;
import io.github.esspetiteenfance.json.JsonProblem;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.legal.ValidityPeriod;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Writes a document with the JSON module, reads it back, and shows how the strict reader rejects an
 * invalid document: every problem, with its JSON Pointer and stable code.
 *
 * <p>The document is a {@link LegalBasis}, the legal source that every rule of the library carries.
 */
public final class JsonExample {

  private JsonExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(Console.out());
  }

  /**
   * Writes, reads and rejects documents, and prints what happens.
   *
   * @param out where to print, not null
   */
  public static void print(PrintStream out) {
    LegalBasis plafond =
        new LegalBasis(
            "Décision CNAF (FNAS)",
            "plafond de ressources mensuelles : 8 500 €",
            ValidityPeriod.from(LocalDate.of(2025, 9, 1)),
            Confidence.CONFIRMED,
            "https://caf.fr/professionnels/actualites/le-plafond-de-ressources-mensuelles-en-hausse"
                + "-pour-les-eaje-au-1er-septembre-2025");

    String json = EssJson.encode(plafond);
    out.println("written: " + json);
    LegalBasis back = EssJson.read(EssDocument.LEGAL_BASIS, json);
    out.println("read back equal: " + back.equals(plafond));

    String invalid =
        "{\"text\":\"  \",\"article\":\"R2324-46\",\"validity\":{\"start\":\"2021-13-01\"},"
            + "\"confidence\":\"SURE\",\"source\":\"x\",\"page\":12}";
    try {
      EssJson.reader(LegalBasis.class).read(invalid);
      out.println("invalid document accepted");
    } catch (JsonDocumentException e) {
      out.println("rejected: " + e.codes());
      for (JsonProblem problem : e.problems()) {
        out.println(
            "  "
                + problem.pointer()
                + " ["
                + problem.code()
                + "] "
                + problem.message(Locale.ENGLISH)
                + " / "
                + problem.message(Locale.FRENCH));
      }
    }
  }
}
