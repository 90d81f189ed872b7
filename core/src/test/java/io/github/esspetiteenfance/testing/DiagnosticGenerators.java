package io.github.esspetiteenfance.testing;

import io.github.esspetiteenfance.diagnostic.Argument;
import io.github.esspetiteenfance.diagnostic.Finding;
import io.github.esspetiteenfance.diagnostic.FindingKind;
import io.github.esspetiteenfance.legal.LegalBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators of findings ({@link Finding}) whose arguments follow the argument table of their code,
 * each argument over the whole range of its type: any integer, decimals of any sign with a scale
 * from -4 to 12, texts with accents, quotes, backslashes, control characters and emoji, dates and
 * months of the years 0000 to 9999, every constant of an enum, and phrases of any text.
 *
 * <p>Published in core's test-jar for the JSON round-trip tests.
 */
public final class DiagnosticGenerators {

  private static final List<String> TEXTS =
      List.of(
          "capacity",
          "#1",
          "2..73",
          "[42.5 %, 43.5 %)",
          "Maëlle",
          "l'accueil « 5 € »",
          "quote \" and backslash \\",
          "line\nbreak\ttab\u0000nul",
          "emoji 👶🏽",
          "");

  private DiagnosticGenerators() {}

  /**
   * Returns a generator of texts: Basic Latin texts and texts with accents, quotes, backslashes,
   * control characters and emoji.
   *
   * @return the generator, not null
   */
  public static Gen<String> texts() {
    return Generate.oneOf(
        SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 30), Generate.pick(TEXTS));
  }

  /**
   * Returns a generator of the arguments of a code, as its argument table declares.
   *
   * @param code the code, not null
   * @return the generator, not null
   */
  public static Gen<List<Argument>> arguments(FindingKind code) {
    List<Gen<Argument>> each = new ArrayList<>();
    for (Class<?> type : code.argumentTypes()) {
      each.add(argument(type));
    }
    return rs -> {
      List<Argument> out = new ArrayList<>(each.size());
      each.forEach(g -> out.add(g.generate(rs)));
      return out;
    };
  }

  /**
   * Returns a generator of the arguments of a declared type.
   *
   * @param type a type of an argument table, not null
   * @return the generator, not null
   */
  public static Gen<Argument> argument(Class<?> type) {
    LocalDate first = LocalDate.of(0, 1, 1);
    int days = (int) ChronoUnit.DAYS.between(first, LocalDate.of(9999, 12, 31));
    Gen<LocalDate> anyDate = Generate.range(0, days).map(d -> first.plusDays(d));
    if (type == Integer.class) {
      return SourceDSL.integers().all().map(i -> Argument.of(i));
    }
    if (type == BigDecimal.class) {
      return SourceDSL.longs()
          .all()
          .zip(Generate.range(-4, 12), (u, s) -> Argument.of(BigDecimal.valueOf(u, s)));
    }
    if (type == String.class) {
      return texts().map(t -> Argument.of(t));
    }
    if (type == LocalDate.class) {
      return anyDate.map(d -> Argument.of(d));
    }
    if (type == YearMonth.class) {
      return anyDate.map(d -> Argument.of(YearMonth.from(d)));
    }
    if (type.isEnum()) {
      Object[] constants = type.getEnumConstants();
      return Generate.range(0, constants.length - 1).map(i -> Argument.of(constants[i]));
    }
    return texts().zip(texts(), (en, fr) -> new Argument.PhraseValue(en, fr));
  }

  /**
   * Returns a generator of findings of every code of an enum, with arguments as each code's table
   * declares.
   *
   * @param <E> the enum of codes
   * @param codes the enum of codes, not null
   * @param about the generator of the ids of figures (used for the codes about figures), not null
   * @param bases the generator of legal bases, not null
   * @return the generator, not null
   */
  public static <E extends Enum<E> & FindingKind> Gen<Finding> findings(
      Class<E> codes, Gen<List<String>> about, Gen<List<LegalBasis>> bases) {
    Gen<E> code = Generate.enumValues(codes);
    return rs -> {
      E c = code.generate(rs);
      return new Finding(
          c,
          c.aboutFigures() ? about.generate(rs) : List.of(),
          bases.generate(rs),
          arguments(c).generate(rs));
    };
  }
}
