package io.github.esspetiteenfance.testing;

import io.github.esspetiteenfance.identifier.CategorieJuridique;
import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.identifier.CodeNaf;
import io.github.esspetiteenfance.identifier.CodePostal;
import io.github.esspetiteenfance.identifier.CodeRegion;
import io.github.esspetiteenfance.identifier.FinessNumber;
import io.github.esspetiteenfance.identifier.Nic;
import io.github.esspetiteenfance.identifier.RnaNumber;
import io.github.esspetiteenfance.identifier.Siren;
import io.github.esspetiteenfance.identifier.Siret;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators of valid French identifiers, for property-based tests.
 *
 * <p>Every generator produces values that are valid by construction (their check digits are
 * computed, not filtered), so tests can rely on them and write their own properties:
 *
 * <pre>
 *   qt().withExamples(1000)
 *       .forAll(IdentifierGenerators.sirets())
 *       .check(siret -&gt; Siret.isValid(siret.toString()));
 * </pre>
 *
 * <p>The class is published in core's {@code test-jar} (<code>&lt;type&gt;test-jar&lt;/type&gt;
 * </code>) for use by other modules and by users. Values are syntactically valid; they do not
 * necessarily exist in Sirene, the RNA, FINESS or the COG.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IdentifierGenerators {

  private static final String UPPER_CASE_AND_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private IdentifierGenerators() {}

  /**
   * Returns a generator of strings of ASCII digits of a fixed length, leading zeros included.
   *
   * @param length the number of digits, from 1 to 18
   * @return the generator, not null
   */
  public static Gen<String> digits(int length) {
    long bound = (long) Math.pow(10, length) - 1;
    return Generate.longRange(0, bound).map(n -> String.format("%0" + length + "d", n));
  }

  /**
   * Returns the Luhn check digit of a payload of ASCII digits: the digit that, appended, makes the
   * Luhn sum a multiple of 10. Written independently of core's (package-private) implementation, so
   * that the generators are an oracle for it.
   *
   * @param payload the digits, not null
   * @return the check digit, 0 to 9
   */
  public static int luhnCheckDigit(String payload) {
    int sum = 0;
    for (int i = 0; i < payload.length(); i++) {
      int digit = payload.charAt(payload.length() - 1 - i) - '0';
      // the check digit will take position 0 from the right, so the payload's rightmost is doubled
      sum += i % 2 == 0 ? (2 * digit) / 10 + (2 * digit) % 10 : digit;
    }
    return (10 - sum % 10) % 10;
  }

  /**
   * Returns the plain sum of the digits of a text of ASCII digits (La Poste's SIRET rule).
   *
   * @param digits the digits, not null
   * @return the sum
   */
  public static int digitSum(String digits) {
    return digits.chars().map(c -> c - '0').sum();
  }

  /**
   * Returns a generator of valid SIRENs: 8 random digits followed by their Luhn check digit. La
   * Poste's SIREN (356000000) may appear, as any other.
   *
   * @return the generator, not null
   */
  public static Gen<Siren> sirens() {
    return digits(8).map(payload -> Siren.of(payload + luhnCheckDigit(payload)));
  }

  /**
   * Returns a generator of valid NICs: 5 random digits (a NIC has no check of its own).
   *
   * @return the generator, not null
   */
  public static Gen<Nic> nics() {
    return digits(5).map(Nic::of);
  }

  /**
   * Returns a generator of valid SIRETs outside La Poste: a valid SIREN other than 356000000, 4
   * random digits and the Luhn check digit over the 14 digits.
   *
   * @return the generator, not null
   */
  public static Gen<Siret> sirets() {
    return sirens()
        .assuming(siren -> !siren.isLaPoste())
        .zip(
            digits(4),
            (siren, serial) -> {
              String payload = siren.toString() + serial;
              return Siret.of(payload + luhnCheckDigit(payload));
            });
  }

  /**
   * Returns a generator of valid La Poste SIRETs other than its head office: 356000000, 4 random
   * digits and a last digit that makes the digit sum a multiple of 5 (one of the two that do).
   *
   * @return the generator, not null
   */
  public static Gen<Siret> laPosteSirets() {
    return digits(4)
        .zip(
            Generate.booleans(),
            (serial, high) -> {
              String payload = "356000000" + serial;
              int last = (5 - digitSum(payload) % 5) % 5 + (high ? 5 : 0);
              return Siret.of(payload + last);
            });
  }

  /**
   * Returns a generator of valid RNA numbers: mostly W followed by 9 digits (the confirmed form),
   * and one time in five W followed by 9 digits or upper-case letters (the UNCONFIRMED form).
   *
   * @return the generator, not null
   */
  public static Gen<RnaNumber> rnaNumbers() {
    Gen<String> allDigits = digits(9);
    Gen<String> withLetters = fromAlphabet(UPPER_CASE_AND_DIGITS, 9);
    return Generate.frequency(Pair.of(4, allDigits), Pair.of(1, withLetters))
        .map(tail -> RnaNumber.of("W" + tail));
  }

  /**
   * Returns a generator of valid NAF codes, of either nomenclature: 2 digits, a dot, 2 digits and
   * an upper-case letter (not necessarily a code of the nomenclature).
   *
   * @return the generator, not null
   */
  public static Gen<CodeNaf> codesNaf() {
    return digits(4)
        .zip(
            Generate.characters('A', 'Z'),
            (d, letter) -> CodeNaf.of(d.substring(0, 2) + "." + d.substring(2) + letter));
  }

  /**
   * Returns a generator of the catégories juridiques of the bundled INSEE nomenclature.
   *
   * @return the generator, not null
   */
  public static Gen<CategorieJuridique> categoriesJuridiques() {
    return Generate.pick(CategorieJuridique.all());
  }

  /**
   * Returns a generator of the 101 codes département: 01 to 95 without 20, 2A, 2B, 971 to 974 and
   * 976.
   *
   * @return the generator, not null
   */
  public static Gen<CodeDepartement> codesDepartement() {
    return Generate.pick(allDepartements());
  }

  /**
   * Returns a generator of valid codes commune: a département code and a non-zero commune number (3
   * digits, or 2 digits overseas).
   *
   * @return the generator, not null
   */
  public static Gen<CodeCommune> codesCommune() {
    return codesDepartement()
        .zip(
            Generate.range(1, 999),
            (departement, number) -> {
              String dep = departement.toString();
              String commune =
                  dep.length() == 3
                      ? String.format("%02d", 1 + number % 99)
                      : String.format("%03d", number);
              return CodeCommune.of(dep + commune);
            });
  }

  /**
   * Returns a generator of codes région: any 2 digits (the check is syntactic).
   *
   * @return the generator, not null
   */
  public static Gen<CodeRegion> codesRegion() {
    return digits(2).map(CodeRegion::of);
  }

  /**
   * Returns a generator of codes postaux: any 5 digits (the check is syntactic).
   *
   * @return the generator, not null
   */
  public static Gen<CodePostal> codesPostaux() {
    return digits(5).map(CodePostal::of);
  }

  /**
   * Returns a generator of structurally valid FINESS numbers: a mainland département prefix and 7
   * digits, {@code 97} with a territory digit (1 to 5) in 4th position, or {@code 98} (Mayotte).
   * The last character is a random digit, as the check key is not known.
   *
   * @return the generator, not null
   */
  public static Gen<FinessNumber> finessNumbers() {
    List<String> mainland = new ArrayList<>();
    for (CodeDepartement d : allDepartements()) {
      if (!d.isOverseas()) {
        mainland.add(d.toString());
      }
    }
    Gen<String> mainlandNumbers = Generate.pick(mainland).zip(digits(7), String::concat);
    Gen<String> overseasNumbers =
        digits(1)
            .zip(
                Generate.range(1, 5),
                digits(5),
                (third, territory, rest) -> "97" + third + territory + rest);
    Gen<String> mayotteNumbers = digits(7).map(rest -> "98" + rest);
    return Generate.frequency(
            Pair.of(8, mainlandNumbers), Pair.of(1, overseasNumbers), Pair.of(1, mayotteNumbers))
        .map(FinessNumber::of);
  }

  /**
   * Returns a generator of texts to throw at a validator: arbitrary Unicode strings, basic-Latin
   * strings, strings of identifier-like characters (digits, spaces, dot, A, B, W, Y, Z) and valid
   * identifiers with one character replaced. Most are invalid, some are valid.
   *
   * @return the generator, not null
   */
  public static Gen<String> identifierLikeTexts() {
    Gen<String> arbitrary = SourceDSL.strings().allPossible().ofLengthBetween(0, 20);
    Gen<String> basicLatin = SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 16);
    Gen<String> identifierLike =
        SourceDSL.integers()
            .between(0, 16)
            .flatMap(n -> fromAlphabet("0123456789 .ABWYZ\u00A0", n));
    Gen<String> mutatedValid =
        Generate.oneOf(
                sirens().map(Object::toString),
                sirets().map(Object::toString),
                laPosteSirets().map(Object::toString),
                rnaNumbers().map(Object::toString),
                codesNaf().map(Object::toString),
                codesCommune().map(Object::toString),
                finessNumbers().map(Object::toString))
            .zip(
                SourceDSL.integers().between(0, 13),
                SourceDSL.characters().ascii(),
                (text, at, c) -> {
                  int i = Math.min(at, text.length() - 1);
                  return text.substring(0, i) + c + text.substring(i + 1);
                });
    return Generate.frequency(
        List.of(
            Pair.of(2, arbitrary),
            Pair.of(2, basicLatin),
            Pair.of(3, identifierLike),
            Pair.of(3, mutatedValid)));
  }

  /**
   * Returns a generator of strings of a fixed length whose characters are taken from an alphabet.
   *
   * @param alphabet the characters to pick from, not empty
   * @param length the length of the strings, zero or positive
   * @return the generator, not null
   */
  public static Gen<String> fromAlphabet(String alphabet, int length) {
    return in -> {
      StringBuilder text = new StringBuilder(length);
      Gen<Integer> index = Generate.range(0, alphabet.length() - 1);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(index.generate(in)));
      }
      return text.toString();
    };
  }

  private static List<CodeDepartement> allDepartements() {
    List<CodeDepartement> codes = new ArrayList<>();
    for (int i = 1; i <= 95; i++) {
      if (i == 20) {
        codes.add(CodeDepartement.of("2A"));
        codes.add(CodeDepartement.of("2B"));
      } else {
        codes.add(CodeDepartement.of(String.format("%02d", i)));
      }
    }
    for (String overseas : List.of("971", "972", "973", "974", "976")) {
      codes.add(CodeDepartement.of(overseas));
    }
    return List.copyOf(codes);
  }
}
