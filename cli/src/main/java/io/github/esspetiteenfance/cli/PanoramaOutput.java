package io.github.esspetiteenfance.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.esspetiteenfance.Fraction;
import io.github.esspetiteenfance.indicator.Amount;
import io.github.esspetiteenfance.indicator.Count;
import io.github.esspetiteenfance.indicator.CountRange;
import io.github.esspetiteenfance.indicator.Indicator;
import io.github.esspetiteenfance.indicator.IndicatorValue;
import io.github.esspetiteenfance.indicator.RationalInterval;
import io.github.esspetiteenfance.indicator.RoundedCount;
import io.github.esspetiteenfance.indicator.RoundedPercentage;
import io.github.esspetiteenfance.indicator.SecrecyRule;
import io.github.esspetiteenfance.indicator.Sector;
import io.github.esspetiteenfance.indicator.Share;
import io.github.esspetiteenfance.indicator.ShareRange;
import io.github.esspetiteenfance.opendata.RowAccounting;
import io.github.esspetiteenfance.opendata.published.Comparison;
import io.github.esspetiteenfance.organization.PerimeterDefinition;
import io.github.esspetiteenfance.territory.Territory;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints a panorama as a table for readers, as CSV or as JSON. */
final class PanoramaOutput {

  /** The indicators of one territory and sector. */
  record Section(Territory territory, Sector sector, List<Indicator> indicators) {}

  private final CliTexts texts;
  private final Locale locale;

  PanoramaOutput(CliTexts texts, Locale locale) {
    this.texts = texts;
    this.locale = locale;
  }

  /**
   * The label of an indicator without its territory, such as "ESS parmi toutes (établissements)".
   */
  String label(Indicator i) {
    String unit = i.measure().unit(locale);
    String who = i.population().familiesLabel(locale);
    String employers =
        i.population().employersOnly()
            ? ""
            : ("fr".equals(locale.getLanguage()) ? ", employeurs ou non" : ", employers or not");
    return i.base()
        .map(
            b ->
                who
                    + ("fr".equals(locale.getLanguage()) ? " parmi " : " among ")
                    + b.familiesLabel(locale)
                    + " ("
                    + unit
                    + employers
                    + ")")
        .orElse(who + " (" + unit + employers + ")");
  }

  void table(
      PrintStream out,
      String title,
      PerimeterDefinition perimeter,
      SecrecyRule rule,
      List<Section> sections,
      List<Comparison> comparisons) {
    String rule72 = "=".repeat(72);
    out.println(rule72);
    out.println(texts.get("table.title", title));
    out.println(
        texts.get(
            "table.perimeter",
            texts.get("table.perimeter." + perimeter.name()),
            texts.get(rule == SecrecyRule.NONE ? "table.secrecy.off" : "table.secrecy.on")));
    out.println(rule72);
    for (Section s : sections) {
      out.println();
      out.println(name(s.territory()) + " — " + texts.get("table.sector", s.sector()));
      out.println("-".repeat(72));
      for (Indicator i : s.indicators()) {
        out.println(String.format(Locale.ROOT, "  %-56s %s", label(i), i.shown().message(locale)));
      }
    }
    out.println();
    out.println(texts.get("table.comparisons"));
    out.println("-".repeat(72));
    if (comparisons.isEmpty()) {
      out.println("  " + texts.get("table.comparisons.none"));
    } else {
      long agree = comparisons.stream().filter(Comparison::agrees).count();
      out.println("  " + texts.get("table.agree", agree, comparisons.size() - agree));
      for (Comparison c : comparisons) {
        out.println("  - " + label(c.published()) + " — " + c.summary(locale));
        // publisher and dataset are names, shown as they are; the confidence is translated
        out.println(
            "    "
                + texts.get(
                    "table.source",
                    c.published().source().publisher(),
                    c.published().source().dataset(),
                    texts.get("confidence." + c.published().source().confidence())));
      }
    }
  }

  void csv(PrintStream out, List<Section> sections, List<Comparison> comparisons) {
    out.println(
        "territory_level,territory_code,territory_name,sector,measure,population,base,value,"
            + "secret");
    for (Section s : sections) {
      for (Indicator i : s.indicators()) {
        out.println(
            String.join(
                ",",
                s.territory().level().name(),
                cell(String.valueOf(s.territory().code())),
                cell(s.territory().name()),
                cell(s.sector().toString()),
                i.measure().name(),
                cell(i.population().toString()),
                cell(i.base().map(Object::toString).orElse("")),
                cell(i.isSecret() ? "" : data(i.value())),
                Boolean.toString(i.isSecret())));
      }
    }
  }

  /**
   * Writes the comparisons with published figures as CSV, one row per comparison: the published
   * figure's id and source, what it counts, both values (empty when secret) and whether they agree.
   */
  void comparisonsCsv(PrintStream out, List<Comparison> comparisons) {
    out.println(
        "published_id,territory_level,territory_code,territory_name,measure,population,base,"
            + "computed_value,computed_secret,published_value,publisher,dataset,confidence,agrees,"
            + "summary");
    for (Comparison c : comparisons) {
      Indicator p = c.published();
      Indicator m = c.computed();
      out.println(
          String.join(
              ",",
              cell(p.id()),
              p.territory().level().name(),
              cell(String.valueOf(p.territory().code())),
              cell(p.territory().name()),
              p.measure().name(),
              cell(p.population().toString()),
              cell(p.base().map(Object::toString).orElse("")),
              cell(m.isSecret() ? "" : data(m.value())),
              Boolean.toString(m.isSecret()),
              cell(p.isSecret() ? "" : data(p.value())),
              cell(p.source().publisher()),
              cell(p.source().dataset()),
              p.source().confidence().name(),
              Boolean.toString(c.agrees()),
              cell(c.summary(locale))));
    }
  }

  void json(
      PrintStream out,
      String title,
      PerimeterDefinition perimeter,
      List<Section> sections,
      List<Comparison> comparisons,
      List<RowAccounting> accountings) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("title", title);
    root.put("perimeter", perimeter.name());
    List<Object> acc = new ArrayList<>();
    for (RowAccounting a : accountings) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("source", a.source());
      m.put("read", a.read());
      m.put("accepted", a.accepted());
      Map<String, Long> filtered = new LinkedHashMap<>();
      a.filtered().forEach((k, v) -> filtered.put(k.code(), v));
      m.put("filtered", filtered);
      m.put("rejected", a.rejectedByCode());
      acc.add(m);
    }
    root.put("accounting", acc);
    List<Object> secs = new ArrayList<>();
    for (Section s : sections) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("territory", territory(s.territory()));
      m.put("sector", s.sector().toString());
      List<Object> indicators = new ArrayList<>();
      for (Indicator i : s.indicators()) {
        indicators.add(indicator(i));
      }
      m.put("indicators", indicators);
      secs.add(m);
    }
    root.put("sections", secs);
    List<Object> comps = new ArrayList<>();
    for (Comparison c : comparisons) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("computed", indicator(c.computed()));
      m.put("published", indicator(c.published()));
      m.put("agrees", c.agrees());
      m.put("summary", c.summary(locale));
      comps.add(m);
    }
    root.put("comparisons", comps);
    try {
      out.println(
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, Object> indicator(Indicator i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", i.id());
    m.put("territory", territory(i.territory()));
    m.put("measure", i.measure().name());
    m.put("population", i.population().toString());
    i.base().ifPresent(b -> m.put("base", b.toString()));
    m.put("secret", i.isSecret());
    if (!i.isSecret()) {
      m.put("value", data(i.value()));
    }
    m.put("display", i.shown().message(locale));
    m.put("label", label(i));
    return m;
  }

  private static Map<String, Object> territory(Territory t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("level", t.level().name());
    m.put("code", String.valueOf(t.code()));
    m.put("name", t.name());
    return m;
  }

  private static String name(Territory t) {
    return t.toString();
  }

  /**
   * Returns an indicator's value as data, for CSV and JSON: a count as an integer ({@code "434"}),
   * a share as a decimal fraction of 1 to 6 places ({@code "0.43"}, not a percentage), an amount as
   * a plain decimal, a range of counts as {@link CountRange#toString()} ({@code "[186, 187]"}) and
   * a range of shares as {@code "[0.425, 0.4375]"} (a bound written {@code (} or {@code )} is
   * open); a rounded published figure gives the figure as published ({@code RoundedPercentage} 43 %
   * as {@code "0.43"}).
   */
  static String data(IndicatorValue value) {
    if (value instanceof Count c) {
      return Long.toString(c.value());
    } else if (value instanceof RoundedCount r) {
      return Long.toString(r.value());
    } else if (value instanceof CountRange r) {
      return r.toString();
    } else if (value instanceof Amount a) {
      return a.value().toPlainString();
    } else if (value instanceof Share share) {
      return decimal(share.fraction());
    } else if (value instanceof RoundedPercentage p) {
      return decimal(Fraction.ofPercent(p.percent()));
    } else if (value instanceof ShareRange r) {
      return r.isExact() ? decimal(r.lower()) : interval(r.asShareInterval().orElseThrow());
    }
    throw new IllegalArgumentException("unknown indicator value " + value.getClass());
  }

  private static String interval(RationalInterval i) {
    return (i.lowerClosed() ? "[" : "(")
        + decimal(i.lower())
        + ", "
        + decimal(i.upper())
        + (i.upperClosed() ? "]" : ")");
  }

  private static String decimal(Fraction f) {
    BigDecimal d = f.toBigDecimal(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  /** A CSV cell: quoted when it holds a comma, a quote or a line break. */
  static String cell(String text) {
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
