package io.github.esspetiteenfance.json;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.esspetiteenfance.diagnostic.Finding;
import io.github.esspetiteenfance.json.testmodel.AgeRange;
import io.github.esspetiteenfance.json.testmodel.Catalog;
import io.github.esspetiteenfance.json.testmodel.Colour;
import io.github.esspetiteenfance.json.testmodel.Place;
import io.github.esspetiteenfance.json.testmodel.TestCode;
import io.github.esspetiteenfance.legal.Confidence;
import io.github.esspetiteenfance.legal.Dated;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.legal.Timeline;
import io.github.esspetiteenfance.legal.ValidityPeriod;
import io.github.esspetiteenfance.regulation.ComplianceReport;
import io.github.esspetiteenfance.regulation.FindingCode;
import io.github.esspetiteenfance.testing.DiagnosticGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for the {@code legal} types and the test model. (The legal types have no generator in
 * core's {@code testing} package yet.)
 */
final class ModelGenerators {
  private ModelGenerators() {}

  /** Any text, including non-ASCII, quotes, backslashes and control characters. */
  static Gen<String> texts(int maxLength) {
    return Generate.oneOf(
            strings().allPossible().ofLengthBetween(0, maxLength),
            strings().basicLatinAlphabet().ofLengthBetween(0, maxLength),
            Generate.pick(
                List.of("Code de la santé publique", "L'\"État\"\\ €", "a\u0000b\n", "🙂")))
        .map(ModelGenerators::wellFormedUtf16);
  }

  /** Replaces lone surrogates (which no JSON text can carry) with U+FFFD. */
  static String wellFormedUtf16(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append('\uFFFD');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static Gen<String> nonBlankTexts(int maxLength) {
    return lineTexts(maxLength).map(s -> s.isBlank() ? "x" + s : s);
  }

  /**
   * Any one-line free text the model accepts: as {@link #texts(int)}, with control characters and
   * line separators replaced by U+FFFD (core's {@code TextChecks} refuses them).
   */
  static Gen<String> lineTexts(int maxLength) {
    return texts(maxLength)
        .map(
            s -> {
              StringBuilder out = new StringBuilder(s.length());
              s.chars()
                  .forEach(
                      c ->
                          out.append(
                              c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
                                  ? '\uFFFD'
                                  : (char) c));
              return out.toString();
            });
  }

  static Gen<LocalDate> dates() {
    LocalDate first = LocalDate.of(0, 1, 1);
    int days = (int) (LocalDate.of(9999, 12, 31).toEpochDay() - first.toEpochDay());
    return integers().between(0, days).map(first::plusDays);
  }

  static Gen<ValidityPeriod> periods() {
    Gen<Optional<LocalDate>> bound = dates().toOptionals(25);
    return bound.zip(
        bound,
        (a, b) -> {
          LocalDate start = a.orElse(null);
          LocalDate end = b.orElse(null);
          if (start != null && end != null && end.isBefore(start)) {
            return new ValidityPeriod(end, start);
          }
          return new ValidityPeriod(start, end);
        });
  }

  static Gen<LegalBasis> legalBases() {
    return nonBlankTexts(40)
        .zip(
            lineTexts(12),
            periods(),
            Generate.enumValues(Confidence.class),
            nonBlankTexts(60),
            LegalBasis::new);
  }

  /**
   * Regulatory findings of any code, with 0 to 3 legal bases and the arguments each code declares
   * ({@link DiagnosticGenerators#findings}), texts with any character included.
   */
  static Gen<Finding> findings() {
    return DiagnosticGenerators.findings(
        FindingCode.class, rs -> List.of(), lists().of(legalBases()).ofSizeBetween(0, 3));
  }

  /** Reports of every structure kind, dates of the years 0000 to 9999 and 0 to 5 findings. */
  static Gen<ComplianceReport> complianceReports() {
    return Generate.enumValues(io.github.esspetiteenfance.structure.StructureKind.class)
        .zip(dates(), lists().of(findings()).ofSizeBetween(0, 5), ComplianceReport::new);
  }

  /**
   * Findings of the consistency checks of figures of any code, with 0 to 4 figure ids and the
   * arguments each code declares.
   */
  static Gen<Finding> indicatorFindings() {
    return DiagnosticGenerators.findings(
        io.github.esspetiteenfance.indicator.CheckCode.class,
        lists().of(texts(20)).ofSizeBetween(0, 4),
        rs -> List.of());
  }

  /** Implications of generated quantities and ranges, from 0 to 3 figure ids. */
  static Gen<io.github.esspetiteenfance.indicator.Implication> implications() {
    return io.github.esspetiteenfance.testing.IndicatorGenerators.quantities()
        .zip(
            io.github.esspetiteenfance.testing.IndicatorGenerators.indicatorValues()
                .map(v -> v.asCountRange())
                .map(r -> r.orElse(io.github.esspetiteenfance.indicator.CountRange.UNKNOWN)),
            lists().of(texts(20)).ofSizeBetween(0, 3),
            io.github.esspetiteenfance.indicator.Implication::new);
  }

  /** Consistency reports of 0 to 4 generated implications and 0 to 5 generated findings. */
  static Gen<io.github.esspetiteenfance.indicator.ConsistencyReport> consistencyReports() {
    return lists()
        .of(implications())
        .ofSizeBetween(0, 4)
        .zip(
            lists().of(indicatorFindings()).ofSizeBetween(0, 5),
            io.github.esspetiteenfance.indicator.ConsistencyReport::new);
  }

  static Gen<BigDecimal> decimals() {
    return longs()
        .between(-1_000_000_000_000L, 1_000_000_000_000L)
        .zip(integers().between(0, 8), BigDecimal::valueOf);
  }

  static Gen<Dated<BigDecimal>> datedDecimals() {
    return decimals().zip(legalBases(), Dated::new);
  }

  /** Timelines of up to 5 values over consecutive, non-overlapping periods. */
  static Gen<Timeline<BigDecimal>> timelines() {
    Gen<List<LocalDate>> cuts = lists().of(dates()).ofSizeBetween(0, 6);
    Gen<List<BigDecimal>> values = lists().of(decimals()).ofSize(6);
    Gen<List<LegalBasis>> bases = lists().of(legalBases()).ofSize(6);
    return cuts.zip(
        values,
        bases,
        (c, v, b) -> {
          List<LocalDate> sorted = new ArrayList<>(new TreeSet<>(c));
          List<Dated<BigDecimal>> dated = new ArrayList<>();
          for (int i = 0; i + 1 < sorted.size(); i++) {
            ValidityPeriod p = new ValidityPeriod(sorted.get(i), sorted.get(i + 1).minusDays(1));
            LegalBasis basis = b.get(i);
            dated.add(
                new Dated<>(
                    v.get(i),
                    new LegalBasis(
                        basis.text(), basis.article(), p, basis.confidence(), basis.source())));
          }
          return Timeline.of(dated);
        });
  }

  static Gen<TestCode> testCodes() {
    return strings()
        .betweenCodePoints('A', 'Z')
        .ofLength(2)
        .zip(
            integers().between(0, 999),
            (letters, n) -> TestCode.of(letters + String.format("%03d", evenDigitSum(n))));
  }

  private static int evenDigitSum(int n) {
    int sum = n / 100 + n / 10 % 10 + n % 10;
    return sum % 2 == 0 ? n : n ^ 1;
  }

  static Gen<AgeRange> ageRanges() {
    return integers()
        .between(0, 72)
        .zip(integers().between(0, 72), (a, b) -> new AgeRange(Math.min(a, b), Math.max(a, b)));
  }

  static Gen<Place> places() {
    Gen<Place> nurseries =
        nonBlankTexts(20)
            .zip(
                integers().all(),
                testCodes().toOptionals(40),
                ageRanges(),
                (n, c, code, ages) -> new Place.Nursery(n, c, code, ages));
    Gen<Set<Colour>> colours =
        lists()
            .of(Generate.enumValues(Colour.class))
            .ofSizeBetween(0, 3)
            .map(l -> l.isEmpty() ? EnumSet.noneOf(Colour.class) : EnumSet.copyOf(l));
    Gen<Place> playgrounds =
        texts(20)
            .zip(
                colours,
                lists().of(dates()).ofSizeBetween(0, 3),
                (n, c, d) -> new Place.Playground(n, c, d));
    return Generate.oneOf(nurseries, playgrounds);
  }

  static Gen<Catalog> catalogs() {
    Gen<Map<Colour, BigDecimal>> prices =
        lists()
            .of(Generate.enumValues(Colour.class).zip(decimals(), Map::entry))
            .ofSizeBetween(0, 3)
            .map(ModelGenerators::toMap);
    Gen<Map<TestCode, Integer>> counts =
        lists()
            .of(testCodes().zip(integers().all(), Map::entry))
            .ofSizeBetween(0, 3)
            .map(ModelGenerators::toMap);
    Gen<Object[]> head =
        texts(30)
            .zip(
                lists().of(places()).ofSizeBetween(0, 4),
                prices,
                counts,
                (t, p, pr, c) -> new Object[] {t, p, pr, c});
    Gen<Object[]> middle =
        legalBases()
            .toOptionals(30)
            .zip(
                timelines(),
                dates().map(YearMonth::from),
                integers().between(-5000, 5000).map(Year::of),
                (b, r, m, y) -> new Object[] {b, r, m, y});
    Gen<Object[]> tail =
        integers()
            .between(0, 24 * 3600 - 1)
            .map(s -> LocalTime.ofSecondOfDay(s))
            .zip(
                integers()
                    .between(-100, 100)
                    .zip(integers().between(-30, 30), (mo, d) -> Period.of(0, mo, d)),
                longs().all(),
                places().toOptionals(50),
                (o, tr, v, f) -> new Object[] {o, tr, v, f});
    return head.zip(middle, tail, Generate.booleans(), ModelGenerators::catalog);
  }

  @SuppressWarnings("unchecked")
  private static Catalog catalog(Object[] h, Object[] m, Object[] t, Boolean open) {
    return new Catalog(
        (String) h[0],
        (List<Place>) h[1],
        (Map<Colour, BigDecimal>) h[2],
        (Map<TestCode, Integer>) h[3],
        (Optional<LegalBasis>) m[0],
        (Timeline<BigDecimal>) m[1],
        (YearMonth) m[2],
        (Year) m[3],
        (LocalTime) t[0],
        (Period) t[1],
        (Long) t[2],
        open,
        (Optional<Place>) t[3]);
  }

  private static <K, V> Map<K, V> toMap(List<Map.Entry<K, V>> entries) {
    Map<K, V> map = new HashMap<>();
    entries.forEach(e -> map.put(e.getKey(), e.getValue()));
    return map;
  }

  /**
   * Compliance reports of the checker on generated facilities, or built from generated findings.
   */
  static Gen<io.github.esspetiteenfance.regulation.ComplianceReport> anyComplianceReports() {
    return org.quicktheories.generators.Generate.oneOf(
        io.github.esspetiteenfance.testing.RegulationGenerators.reports(), complianceReports());
  }

  /** Consistency reports of the checker on generated figures, or built from generated findings. */
  static Gen<io.github.esspetiteenfance.indicator.ConsistencyReport> anyConsistencyReports() {
    return org.quicktheories.generators.Generate.oneOf(
        io.github.esspetiteenfance.testing.IndicatorGenerators.consistencyReports(),
        consistencyReports());
  }
}
